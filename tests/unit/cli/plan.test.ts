import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { fakeIo } from './fake-io';

// Monday 30 March 2026 is the first working day after the clocks go forward: 08:00 in Oslo is 06:00Z.
const small = {
  title: 'Fjordvik barnehage',
  period: { from: '2026-03-30', to: '2026-03-30' },
  conductors: [{ id: 'kari', name: 'Kari Nordmann', maxPerDay: 2 }],
  employees: [
    { id: 'ola', name: 'Ola Hansen', conductorId: 'kari' },
    { id: 'siri', name: 'Siri Lie', conductorId: 'kari' },
    { id: 'per', name: 'Per Dahl', conductorId: 'kari' },
  ],
  busy: [{ personId: 'per', start: '2026-03-30T05:00:00Z', end: '2026-03-30T14:00:00Z', showAs: 'oof' }],
};

async function run(args: string[], files: Record<string, unknown>) {
  const io = fakeIo(files);
  const code = await main(['plan', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('samtale plan', () => {
  it('prints each conductor’s conversations in Oslo time and the unplaced with the reason', async () => {
    const { code, out, err } = await run(['--input', 'round.json'], { 'round.json': small });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Samtalerunde 30.03.2026–30.03.2026 – Fjordvik barnehage');
    // policy default for annual: 90 minutes; our default buffer 15 minutes
    expect(out).toContain('2 av 3 plassert · 90 min · 15 min buffer · 1 arbeidsdager');
    expect(out).toMatch(/man\.\s+30\.03\.2026\s+08:00–09:30\s+(Ola Hansen|Siri Lie)/);
    expect(out).toMatch(/Per Dahl\s+Kari Nordmann\s+ingen felles ledig tid i perioden/);
  });

  it('prints JSON with UTC instants and reason codes when asked', async () => {
    const { code, out } = await run(['--input', 'round.json', '--json'], { 'round.json': small });
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      placements: { employeeId: string; start: string }[];
      unplaced: { employeeId: string; reason: string }[];
      stats: { placed: number };
    };
    expect(json.placements.map((p) => p.start).sort()[0]).toBe('2026-03-30T06:00:00Z');
    expect(json.unplaced).toEqual([
      { employeeId: 'per', conductorId: 'kari', reason: 'no-common-free-time' },
    ]);
    expect(json.stats.placed).toBe(2);
  });

  it('takes the duration and max per day from the policy unless the file sets them', async () => {
    const file = { ...small, conductors: [{ id: 'kari' }], policy: { durationMinutes: { annual: 60 } } };
    const { out } = await run(['--input', 'round.json', '--json'], { 'round.json': file });
    const json = JSON.parse(out) as { durationMinutes: number; placements: unknown[] };
    expect(json.durationMinutes).toBe(60);
    // default policy: at most 3 a day, and Per is away, so 2 placed
    expect(json.placements).toHaveLength(2);
  });

  it('exits 2 naming the field when an employee’s conductor is not in the round', async () => {
    const file = { ...small, employees: [...small.employees, { id: 'nils', conductorId: 'kåre' }] };
    const { code, out, err } = await run(['--input', 'round.json'], { 'round.json': file });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain("round.json: employees[3].conductorId: 'kåre' is not one of the conductors");
  });

  it('exits 2 naming the field for a bad date, a busy block of nobody, and a block that ends before it starts', async () => {
    const file = {
      ...small,
      period: { from: '2026-02-30', to: '2026-03-30' },
      busy: [
        { personId: 'pål', start: '2026-03-30T08:00:00Z', end: '2026-03-30T09:00:00Z', showAs: 'busy' },
        { personId: 'ola', start: '2026-03-30T09:00:00Z', end: '2026-03-30T08:00:00Z', showAs: 'busy' },
      ],
    };
    const { code, err } = await run(['--input', 'round.json'], { 'round.json': file });
    expect(code).toBe(2);
    expect(err).toContain('period.from: expected a real calendar date');
    expect(err).toContain("busy[0].personId: 'pål' is not in the round");
    expect(err).toContain('busy[1].end: must be after start');
  });

  it('exits 2 for a period that ends before it starts, once', async () => {
    const file = { ...small, period: { from: '2026-03-30', to: '2026-03-27' } };
    const { code, err } = await run(['--input', 'round.json'], { 'round.json': file });
    expect(code).toBe(2);
    expect(err.match(/period\.to: must not be before period\.from/g)).toHaveLength(1);
  });

  it('counts booked conversations towards max per day, and exits 2 for a booking of someone else', async () => {
    const booked = [{ conductorId: 'kari', start: '2026-03-30T12:00:00Z', end: '2026-03-30T13:00:00Z' }];
    const ok = await run(['--input', 'round.json', '--json'], { 'round.json': { ...small, booked } });
    // max 2 that day, one already booked: one of Ola and Siri is placed
    expect((JSON.parse(ok.out) as { stats: { placed: number } }).stats.placed).toBe(1);
    const bad = { ...small, booked: [{ ...booked[0], conductorId: 'ola' }] };
    const { code, err } = await run(['--input', 'round.json'], { 'round.json': bad });
    expect(code).toBe(2);
    expect(err).toContain("booked[0].conductorId: 'ola' is not one of the conductors");
  });

  it('exits 2 without --input', async () => {
    const { code, err } = await run([], {});
    expect(code).toBe(2);
    expect(err).toContain('--input FILE is required');
  });

  it('plans the example made from the demo municipality (Fjordvik skole, one week)', async () => {
    const example: unknown = JSON.parse(readFileSync('examples/plan-input.json', 'utf8'));
    const { code, out } = await run(['--input', 'plan-input.json', '--json'], { 'plan-input.json': example });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { stats: { employees: number; placed: number; busiestDay: number } };
    // 18 reports and one week: at most 3 a day caps the round at 15; the leader's calendar allows 13
    expect(json.stats).toMatchObject({ employees: 18, placed: 13, busiestDay: 3 });
  });

  it('describes the input format as JSON Schema (samtale schema plan)', async () => {
    const io = fakeIo();
    expect(await main(['schema', 'plan'], io)).toBe(0);
    const schema = JSON.parse(io.out.join('')) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['period', 'conductors', 'employees']);
    expect(Object.keys(schema.properties)).toContain('busy');
  });
});
