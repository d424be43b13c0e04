import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ZMunicipality, type Person } from '../../../src/core/org';
import { generateMunicipality } from '../../../src/demo/municipality/generate';
import { demoPersonas } from '../../../src/demo/municipality/personas';

// 29 March 2026 Oslo moves to summer time: inside the eight calendar weeks from this day.
const TODAY = '2026-03-10';
const WINDOW_END = '2026-05-05';
const m = generateMunicipality({ seed: 7, today: TODAY });
const oslo = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Oslo');
const osloDate = (iso: string) => oslo(iso).toISODate() ?? 'invalid';

describe('generateMunicipality: busy calendars', () => {
  it('puts every block on a weekday inside 08:00-15:30 Oslo time, across the DST change', () => {
    const offsets = new Set<number>();
    for (const block of m.calendars) {
      const start = oslo(block.start);
      const end = oslo(block.end);
      expect(start.weekday).toBeLessThanOrEqual(5);
      expect(start.toISODate()).toBe(end.toISODate());
      expect(start.hour * 60 + start.minute).toBeGreaterThanOrEqual(8 * 60);
      expect(end.hour * 60 + end.minute).toBeLessThanOrEqual(15 * 60 + 30);
      expect(end > start).toBe(true);
      expect(osloDate(block.start) >= TODAY && osloDate(block.start) < WINDOW_END).toBe(true);
      offsets.add(start.offset);
    }
    // winter (UTC+1) and summer (UTC+2) blocks both present: a fixed offset would fail the hours above
    expect([...offsets].sort()).toEqual([120, 60].sort());
  });

  it('gives every person 2-6 blocks a week while employed, with realistic subjects and statuses', () => {
    const blocksOf = new Map<string, string[]>();
    for (const b of m.calendars) blocksOf.set(b.personId, [...(blocksOf.get(b.personId) ?? []), b.start]);
    const employedAllWindow = (p: Person) =>
      p.startDate <= TODAY && (p.endDate === null || p.endDate >= WINDOW_END);
    for (const p of m.people) {
      expect(blocksOf.get(p.id)?.length ?? 0).toBeGreaterThan(0);
      if (!employedAllWindow(p)) continue;
      expect(blocksOf.get(p.id)?.length).toBeGreaterThanOrEqual(2 * 8);
      expect(blocksOf.get(p.id)?.length).toBeLessThanOrEqual(6 * 8);
    }
    const subjects = new Set(m.calendars.map((b) => b.subject));
    for (const s of ['Vaktmøte', 'Personalmøte', 'Foreldremøte', 'Kurs']) expect(subjects).toContain(s);
    expect(new Set(m.calendars.map((b) => b.showAs))).toEqual(
      new Set(['busy', 'tentative', 'oof', 'workingElsewhere']),
    );
  });

  it('has no blocks for the new hire before the first day', () => {
    const starter = m.people.find((p) => p.startDate > TODAY);
    const theirs = m.calendars.filter((b) => b.personId === starter?.id);
    expect(theirs.length).toBeGreaterThan(0);
    for (const b of theirs) expect(osloDate(b.start) >= (starter?.startDate ?? '')).toBe(true);
  });
});

describe('demoPersonas', () => {
  const personas = demoPersonas(m);
  const byId = new Map(m.people.map((p) => [p.id, p]));
  const teamSize = (id: string) => m.people.filter((p) => p.managerId === id).length;

  it('offers the leader with the biggest team first, another leader, an employee, a new hire and HR', () => {
    expect(personas.map((p) => p.role)).toEqual(['leader', 'leader', 'employee', 'employee', 'hr']);
    const [first, second, employee, newHire, hr] = personas;
    const unitLeaders = m.people.filter((p) => p.roles.includes('leader') && p.managerId !== null);
    expect(teamSize(first?.personId ?? '')).toBe(Math.max(...unitLeaders.map((p) => teamSize(p.id))));
    expect(second?.personId).not.toBe(first?.personId);
    expect(byId.get(employee?.personId ?? '')?.managerId).toBe(first?.personId);
    expect(byId.get(employee?.personId ?? '')?.endDate).toBeNull();
    const hire = byId.get(newHire?.personId ?? '');
    expect(hire && hire.startDate <= TODAY && hire.startDate > '2025-09-10').toBe(true);
    expect(hr?.jobTitle).toBe('personalsjef');
    expect(hr?.unitName).toContain('administrasjon');
  });
});

describe('generateMunicipality at benchmark size', () => {
  it('generates 50,000 people with unique ids and realistic spans of control', () => {
    const big = generateMunicipality({ seed: 7, today: TODAY, size: 50_000, calendars: false });
    expect(big.people).toHaveLength(50_000);
    expect(new Set(big.people.map((p) => p.id)).size).toBe(50_000);
    expect(new Set(big.people.map((p) => p.mail)).size).toBe(50_000);
    const reports = new Map<string, number>();
    for (const p of big.people)
      if (p.managerId) reports.set(p.managerId, (reports.get(p.managerId) ?? 0) + 1);
    expect(Math.max(...reports.values())).toBeLessThanOrEqual(25);
    expect(big.people.filter((p) => p.managerId === null)).toHaveLength(1);
    expect(big.people.filter((p) => p.startDate > TODAY)).toHaveLength(1);
    expect(() => ZMunicipality.parse(big)).not.toThrow();
    expect(big.calendars).toEqual([]);
  });
});
