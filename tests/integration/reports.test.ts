// HR's reports on the demo stack: only HR gets them (403 for a leader and an employee), the numbers are
// the ones the core computes from the demo municipality as the directory shows it, and the CSV reads back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertConversation } from '../../src/app/conversations-repo';
import type { Conversation } from '../../src/core/conversation';
import { complianceReport, type ComplianceReport } from '../../src/core/reports/compliance';
import { periodOfYear } from '../../src/core/reports/period';
import type { SharedNeedsReport } from '../../src/core/reports/shared-needs';
import { resolvePolicy } from '../../src/core/policy/resolve';
import { NOW, startScheduling, type Scheduling } from './scheduling/helpers';
import { parseCsv } from '../unit/core/reports/parse-csv';

let s: Scheduling;
beforeAll(async () => {
  s = await startScheduling();
}, 60_000);
afterAll(async () => {
  await s?.stack.stop();
});

const hr = () => s.stack.municipality.people.find((p) => p.roles.includes('hr'))!;
const employee = () =>
  s.stack.municipality.people.find((p) => s.reportsOf(p.id).length === 0 && !p.roles.includes('hr'))!;

/** the municipality as the directory shows it: units by name, no end dates, no manager on the list */
function expectedCompliance(conversations: Conversation[]): ComplianceReport {
  const m = s.stack.municipality;
  const names = new Map(m.units.map((u) => [u.id, u.name]));
  const people = m.people.map((p) => ({
    ...p,
    unitId: names.get(p.unitId) ?? '',
    endDate: null,
    managerId: undefined,
  }));
  return complianceReport({
    people,
    units: [...new Set(people.map((p) => p.unitId))].map((n) => ({ id: n, name: n })),
    history: m.history,
    conversations,
    policy: resolvePolicy({}),
    period: periodOfYear(2026),
  });
}

function booking(employeeId: string, status: Conversation['status'], id: string): Conversation {
  const at = NOW.toISOString();
  return {
    id,
    kind: 'annual',
    employeeId,
    conductorId: hr().id,
    status,
    start: '2026-12-07T09:00:00Z',
    end: '2026-12-07T10:00:00Z',
    location: null,
    online: true,
    specialTopics: '',
    roundId: null,
    meeting: null,
    newTimeRequest: null,
    cancelMessage: null,
    createdBy: hr().id,
    createdAt: at,
    updatedAt: at,
  };
}

async function csvOf(path: string) {
  const token = (await (
    await fetch(`${s.stack.url}/api/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: hr().id }),
    })
  ).json()) as { accessToken: string };
  return fetch(`${s.stack.url}/api${path}`, { headers: { authorization: `Bearer ${token.accessToken}` } });
}

describe('GET /api/reports/compliance', () => {
  it('gives HR the numbers the core computes from the municipality, bookings included', async () => {
    const before = expectedCompliance([]);
    // two people without a conversation this year: one booked, one booked and then cancelled
    const open = s.stack.municipality.people.filter((p) => {
      return (
        p.managerId !== null &&
        p.employmentType === 'permanent' &&
        p.positionPercent >= 50 &&
        p.startDate < '2025-06-01' &&
        !s.stack.municipality.history.some(
          (h) => h.personId === p.id && h.date >= '2026-01-01' && h.kind === 'annual',
        )
      );
    });
    const booked = booking(open[0]!.id, 'booked', 'report-test-1');
    const cancelled = booking(open[1]!.id, 'cancelled', 'report-test-2');
    await insertConversation(s.stack.store, booked);
    await insertConversation(s.stack.store, cancelled);

    const res = await s.call<ComplianceReport>(hr().id, 'GET', '/reports/compliance?year=2026');
    expect(res.status).toBe(200);
    const expected = expectedCompliance([booked, cancelled]);
    expect(res.body.total).toEqual(expected.total);
    expect(res.body.units).toEqual(expected.units);
    expect(res.body.total.booked).toBe(before.total.booked + 1);
    expect(res.body.total.notBooked).toBe(before.total.notBooked - 1);
    // "X of Y": everyone counted as had did hold an annual conversation in 2026
    const held = new Set(
      s.stack.municipality.history
        .filter((h) => h.kind === 'annual' && h.date >= '2026-01-01')
        .map((h) => h.personId),
    );
    expect(res.body.total.had + res.body.total.offeredHad).toBeLessThanOrEqual(held.size);
    expect(res.body.total.had).toBeGreaterThan(0);
  });

  it('as CSV: an attachment named samtaler-2026.csv that reads back to the JSON numbers', async () => {
    const json = await s.call<ComplianceReport>(hr().id, 'GET', '/reports/compliance?year=2026');
    const res = await csvOf('/reports/compliance?year=2026&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="samtaler-2026.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
    const t = json.body.total;
    expect(rows.at(-1)).toEqual([
      'Hele kommunen',
      '2026-01-01',
      '2026-12-31',
      ...[t.required, t.had, t.booked, t.notBooked, t.exempt, t.offered, t.offeredHad].map(String),
    ]);
    expect(rows.length).toBe(json.body.units.length + 2);
  });

  it('refuses a leader and an employee (403), and a bad year (400 naming it)', async () => {
    for (const who of [s.leader().id, employee().id]) {
      expect((await s.call(who, 'GET', '/reports/compliance?year=2026')).status).toBe(403);
      expect((await s.call(who, 'GET', '/reports/needs?year=2026')).status).toBe(403);
    }
    const bad = await s.call(hr().id, 'GET', '/reports/compliance?year=twenty');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('query.year');
  });
});

describe('GET /api/reports/needs', () => {
  it('gives HR the needs per unit, a one-person unit never named', async () => {
    const m = s.stack.municipality;
    const big = m.units[0]!.name;
    const rows = [
      { unit: big, needs: ['Kurs i Excel', 'Ny kaffemaskin'] },
      { unit: big, needs: ['kurs i excel'] },
      { unit: big, needs: ['Kurs i Excel '] },
      { unit: big, needs: ['Kurs i Excel; nivå 2'] },
      { unit: 'Enmannsenheten', needs: ['Egen parkeringsplass'] },
    ];
    for (const [i, row] of rows.entries()) {
      await s.stack.store.put('sharedNeeds', '2026', `needs-test-${i}`, {
        ...row,
        kind: 'annual',
        heldOn: '2026-05-0' + String(i + 1),
      });
    }
    const res = await s.call<SharedNeedsReport>(hr().id, 'GET', '/reports/needs?year=2026');
    expect(res.status).toBe(200);
    expect(res.body.units).toEqual([
      {
        unit: big,
        conversations: 4,
        needs: [
          { need: 'Kurs i Excel', count: 3 },
          { need: 'Kurs i Excel; nivå 2', count: 1 },
          { need: 'Ny kaffemaskin', count: 1 },
        ],
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('Enmannsenheten');
    expect(res.body.total.conversations).toBe(5);

    const csv = await csvOf('/reports/needs?year=2026&format=csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="felles-behov-2026.csv"');
    expect(parseCsv(await csv.text())).toContainEqual([
      big,
      '2026-01-01',
      '2026-12-31',
      'Kurs i Excel; nivå 2',
      '1',
    ]);
  });
});
