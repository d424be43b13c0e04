import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { parseCsv } from '../core/reports/parse-csv';
import { fakeIo } from './fake-io';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const files = {
  'org.json': read('examples/demo-municipality.json'),
  'conversations.json': read('examples/conversations.json'),
  'needs.json': read('examples/shared-needs.json'),
};
const COMPLIANCE = ['report', 'compliance', '--org', 'org.json', '--conversations', 'conversations.json'];
const NEEDS = ['report', 'needs', '--needs', 'needs.json', '--period', '2026'];

async function run(args: string[], extra: Record<string, unknown> = {}) {
  const io = fakeIo({ ...files, ...extra });
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('samtale report compliance', () => {
  it('prints "X av Y har hatt medarbeidersamtale i 2026" and a row per unit', async () => {
    const { code, out, err } = await run([...COMPLIANCE, '--period', '2026']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Medarbeidersamtaler i 2026 – Fjordvik kommune');
    expect(out).toContain('32 av 44 har hatt medarbeidersamtale i 2026 (73 %)');
    // three booked in the example file, the fourth is cancelled and still counts as not booked
    expect(out).toContain('3 har samtalen booket, 9 mangler booking');
    expect(out).toMatch(/Fjordvik skole\s+15\s+13\s+/);
  });

  it('--json: the same numbers, per unit and in total', async () => {
    const { code, out } = await run([...COMPLIANCE, '--period', '2026', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { total: Record<string, number>; units: { required: number }[] };
    expect(report.total).toMatchObject({ required: 44, had: 32, booked: 3, notBooked: 9, offered: 10 });
    expect(report.units.reduce((n, u) => n + u.required, 0)).toBe(44);
  });

  it('--csv: BOM, semicolons, CRLF; reads back with the total last', async () => {
    const { code, out } = await run([...COMPLIANCE, '--period', '2026', '--csv']);
    expect(code).toBe(0);
    expect(out.startsWith('\uFEFFEnhet;Fra;Til;Påkrevd;Har hatt samtale;')).toBe(true);
    const rows = parseCsv(out);
    expect(rows).toHaveLength(6);
    expect(rows[5]).toEqual([
      'Hele kommunen',
      '2026-01-01',
      '2026-12-31',
      '44',
      '32',
      '3',
      '9',
      '0',
      '10',
      '8',
    ]);
  });

  it('--from and --to: a period that is not a year', async () => {
    const { code, out } = await run([...COMPLIANCE, '--from', '2026-01-01', '--to', '2026-06-30']);
    expect(code).toBe(0);
    expect(out).toContain('har hatt medarbeidersamtale 01.01.2026–30.06.2026');
  });

  it.each([
    [['--period', '26'], '--period: expected a year as YYYY'],
    [['--period', '2026', '--from', '2026-01-01'], 'not both'],
    [['--from', '2026-06-01', '--to', '2026-01-01'], '--to: must not be before --from'],
    [['--from', '2026-02-30', '--to', '2026-03-01'], '--from: expected a date'],
    [[], '--period YYYY'],
    [['--period', '2026', '--csv', '--json'], '--csv or --json'],
  ])('bad options %j: exit 2, %s, nothing on stdout', async (extra, message) => {
    const { code, out, err } = await run([...COMPLIANCE, ...extra]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(out).toBe('');
  });

  it('a bad field in the org or conversations file: exit 2 naming the file and field', async () => {
    const org = structuredClone(files['org.json']) as { people: { positionPercent: number }[] };
    org.people[3]!.positionPercent = 150;
    const bad = await run([...COMPLIANCE, '--period', '2026'], { 'org.json': org });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('org.json: people[3].positionPercent');
    expect(bad.out).toBe('');

    const conversations = structuredClone(files['conversations.json']) as { status: string }[];
    conversations[1]!.status = 'held';
    const badStatus = await run([...COMPLIANCE, '--period', '2026'], { 'conversations.json': conversations });
    expect(badStatus.code).toBe(2);
    expect(badStatus.err).toContain('conversations.json: [1].status');
    expect(badStatus.out).toBe('');

    const stranger = [
      { employeeId: 'nobody', kind: 'annual', status: 'booked', start: '2026-12-01T09:00:00Z' },
    ];
    const badPerson = await run([...COMPLIANCE, '--period', '2026'], { 'conversations.json': stranger });
    expect(badPerson.code).toBe(2);
    expect(badPerson.err).toContain('conversations.json: [0].employeeId: no person with this id');
  });
});

describe('samtale report needs', () => {
  it('lists needs per unit by count, small units only as "Andre enheter", and the total', async () => {
    const { code, out } = await run(NEEDS);
    expect(code).toBe(0);
    expect(out).toMatch(/Fjordvik skole – 4 samtaler\n\s+3\s+Kurs i digital vurdering\n\s+2\s+Flere bærbare/);
    expect(out).toMatch(/Andre enheter – 3 samtaler\n\s+2\s+Flere tjenestebiler/);
    expect(out).not.toContain('Hjemmetjenesten');
    expect(out).not.toContain('Rådhuset');
    expect(out).toContain('Hele kommunen – 11 samtaler');
  });

  it('--csv keeps a need with a semicolon in one field', async () => {
    const { out } = await run([...NEEDS, '--csv']);
    const rows = parseCsv(out);
    expect(rows).toContainEqual([
      'Fjordvik sykehjem',
      '2026-01-01',
      '2026-12-31',
      'Løftehjelpemidler; flere takheiser',
      '1',
    ]);
  });

  it('a row carrying a name is refused: exit 2 naming the field, nothing on stdout', async () => {
    const rows = [
      { unit: 'Skole', kind: 'annual', heldOn: '2026-03-01', needs: ['Kurs'], employeeName: 'Ola' },
    ];
    const { code, out, err } = await run(NEEDS, { 'needs.json': rows });
    expect(code).toBe(2);
    expect(err).toContain('needs.json: [0]');
    expect(err).toContain('employeeName');
    expect(out).toBe('');
  });

  it('an unknown report is a usage error', async () => {
    const { code, err } = await run(['report', 'salaries']);
    expect(code).toBe(2);
    expect(err).toContain('compliance or needs');
  });
});
