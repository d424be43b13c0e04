import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { fakeIo } from './fake-io';

const org = JSON.parse(readFileSync('examples/org.json', 'utf8')) as { people: Record<string, unknown>[] };
const ARGS = ['due', '--org', 'org.json', '--today', '2026-11-23'];

describe('samtale due', () => {
  it('prints a table per leader in bokmål, with status, deadline and the rule', async () => {
    const io = fakeIo({ 'org.json': org });
    expect(await main(ARGS, io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('Samtaler per 23.11.2026 – Eksempel kommune');
    expect(text).toMatch(
      /Ola Hansen \(2003\)\s+Medarbeidersamtale\s+01\.10\.2026\s+02\.08\.2026–01\.10\.2026\s+forfalt\s+002 1/,
    );
    // § 15-6 (4): 21 days of absence, told in writing
    expect(text).toContain('Lars Berg (2007): prøvetid 01.07.2026–21.01.2027, forlenget 21 dager for fravær');
    expect(text).toContain('fritak (ansatt): Har hatt tett oppfølging');
    expect(io.err).toEqual([]);
  });

  it('prints JSON with every item when asked', async () => {
    const io = fakeIo({ 'org.json': org });
    expect(await main([...ARGS, '--json'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as {
      today: string;
      people: { displayName: string; items: unknown[] }[];
    };
    expect(json.today).toBe('2026-11-23');
    const siri = json.people.find((p) => p.displayName === 'Siri Lie');
    // 002: exactly 50 % is required
    expect(siri?.items).toEqual([
      expect.objectContaining({ kind: 'annual', status: 'due', dueDate: '2027-01-20' }),
    ]);
  });

  it('filters to one leader by mail', async () => {
    const io = fakeIo({ 'org.json': org });
    expect(await main([...ARGS, '--leader', 'ingrid.bakke@eksempel.kommune.no'], io)).toBe(0);
    expect(io.out.join('')).toContain('1 personer');
  });

  it('applies a --policy file: with a 40 % limit Per Dahl (40 %) is required, and overdue', async () => {
    const io = fakeIo({ 'org.json': org, 'policy.json': { annual: { minPositionPercent: 40 } } });
    expect(await main([...ARGS, '--policy', 'policy.json'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/Per Dahl \(2005\)\s+Medarbeidersamtale\s+03\.11\.2026\s+\S+\s+forfalt/);
  });

  it('names the field path of bad input, exits 2 and prints nothing to stdout', async () => {
    const bad = structuredClone(org);
    const third = bad.people[3];
    if (third) third.startDate = '2026-02-30';
    const io = fakeIo({ 'org.json': bad });
    expect(await main(ARGS, io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toContain('org.json: people[3].startDate: expected a real calendar date');
  });

  it('names a record about an unknown person', async () => {
    const io = fakeIo({
      'org.json': {
        ...org,
        absences: [{ personId: 'nobody', from: '2026-01-01', to: '2026-01-02', writtenNoticeGiven: true }],
      },
    });
    expect(await main(ARGS, io)).toBe(2);
    expect(io.err.join('')).toContain('absences[0].personId: no person with this id in people');
  });

  it('names the field of a bad policy, in a --policy file and inside the org file', async () => {
    const io = fakeIo({ 'org.json': org, 'p.json': { invitation: { minDaysAhead: 20 } } });
    expect(await main([...ARGS, '--policy', 'p.json'], io)).toBe(2);
    expect(io.err.join('')).toContain(
      'p.json: invitation.minDaysAhead: must not be larger than invitation.maxDaysAhead',
    );
    const inline = fakeIo({ 'org.json': { ...org, policy: { units: { x: { probation: { months: 9 } } } } } });
    expect(await main(ARGS, inline)).toBe(2);
    expect(inline.err.join('')).toContain('org.json: policy.units.x.probation.months');
    expect(inline.out).toEqual([]);
  });

  it('exits 2 on a missing option, a bad date, an unreadable file and invalid JSON', async () => {
    for (const [args, files, message] of [
      [['due', '--today', '2026-11-23'], {}, '--org FILE is required'],
      [
        ['due', '--org', 'org.json', '--today', '23.11.2026'],
        { 'org.json': org },
        "--today: expected a date as YYYY-MM-DD, got '23.11.2026'",
      ],
      [ARGS, {}, 'cannot read org.json'],
      [ARGS, { 'org.json': '{ not json' }, 'org.json is not valid JSON'],
      [[...ARGS, '--bogus'], { 'org.json': org }, "Unknown option '--bogus'"],
    ] as const) {
      const io = fakeIo(files);
      expect(await main([...args], io), message).toBe(2);
      expect(io.out).toEqual([]);
      expect(io.err.join('')).toContain(message);
    }
  });

  it('reads a demo municipality export (calendars ignored)', async () => {
    const demo = JSON.parse(readFileSync('examples/demo-municipality.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const io = fakeIo({ 'demo.json': { ...demo, calendars: [{ any: 'busy block' }] } });
    expect(await main(['due', '--org', 'demo.json', '--today', '2026-11-23'], io)).toBe(0);
    expect(io.out.join('')).toContain('Fjordvik kommune');
  });
});
