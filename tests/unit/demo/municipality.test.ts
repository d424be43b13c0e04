import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ZMunicipality, type Municipality, type Person } from '../../../src/core/org';
import { generateMunicipality } from '../../../src/demo/municipality/generate';

// 29 March 2026 Oslo moves to summer time: inside the eight calendar weeks from this day.
const TODAY = '2026-03-10';
const m = generateMunicipality({ seed: 7, today: TODAY });
const today = DateTime.fromISO(TODAY, { zone: 'utc' });
const daysFromToday = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).diff(today, 'days').days;
const isLeader = (p: Person) => p.roles.includes('leader');
const reportsOf = (mun: Municipality) => {
  const count = new Map<string, number>();
  for (const p of mun.people) if (p.managerId) count.set(p.managerId, (count.get(p.managerId) ?? 0) + 1);
  return count;
};
const lastAnnual = (id: string) =>
  m.history
    .filter((h) => h.personId === id && h.kind === 'annual')
    .map((h) => h.date)
    .sort()
    .at(-1);

describe('generateMunicipality: determinism', () => {
  it('gives byte-identical JSON for the same seed and day, other data for another seed', () => {
    const again = generateMunicipality({ seed: 7, today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(m));
    expect(JSON.stringify(generateMunicipality({ seed: 8, today: TODAY }))).not.toBe(JSON.stringify(m));
  });

  it('passes the shared schema and refuses a day that does not exist', () => {
    expect(() => ZMunicipality.parse(m)).not.toThrow();
    expect(() => generateMunicipality({ today: '2026-02-30' })).toThrow();
  });
});

describe('generateMunicipality: the organisation', () => {
  it('has the units of a kommune, at least 5 leaders and 60 employees', () => {
    const names = m.units.map((u) => u.name).join(' | ');
    for (const word of ['administrasjon', 'sykehjem', 'skole', 'Hjemmetjenesten'])
      expect(names).toContain(word);
    expect(m.units.length).toBeGreaterThanOrEqual(3);
    expect(m.people.filter(isLeader).length).toBeGreaterThanOrEqual(5);
    expect(m.people.filter((p) => !isLeader(p)).length).toBeGreaterThanOrEqual(60);
    expect(m.domain).toBe('fjordvik.kommune.example');
  });

  it('has one kommunedirektør at the top, every manager resolves and there are no cycles', () => {
    const byId = new Map(m.people.map((p) => [p.id, p]));
    const top = m.people.filter((p) => p.managerId === null);
    expect(top.map((p) => p.jobTitle)).toEqual(['kommunedirektør']);
    for (const person of m.people) {
      let current: Person | undefined = person;
      for (let steps = 0; current?.managerId; steps++) {
        expect(steps).toBeLessThan(20);
        current = byId.get(current.managerId);
        expect(current).toBeDefined();
      }
      expect(current?.id).toBe(top[0]?.id);
    }
    for (const unit of m.units) expect(byId.get(unit.leaderId)?.unitId).toBe(unit.id);
  });

  it('gives the leader role to exactly those with reports, and an assistant leader to a large unit', () => {
    const reports = reportsOf(m);
    for (const p of m.people) expect(isLeader(p)).toBe(reports.has(p.id));
    for (const p of m.people.filter(isLeader)) expect(p.roles).toEqual(['leader', 'employee']);
    const deputy = m.people.find((p) => isLeader(p) && !m.units.some((u) => u.leaderId === p.id));
    expect(deputy?.jobTitle).toBe('avdelingsleder');
  });

  it('has the HR persona, a personalsjef in the town hall', () => {
    const hr = m.people.filter((p) => p.roles.includes('hr'));
    expect(hr).toHaveLength(1);
    expect(hr[0]?.roles).toEqual(['hr', 'employee']);
    expect(hr[0]?.jobTitle).toBe('personalsjef');
    expect(m.units.find((u) => u.id === hr[0]?.unitId)?.name).toContain('administrasjon');
  });

  it('uses Norwegian names with æ, ø and å, unique ids and ASCII mail addresses', () => {
    const names = m.people.map((p) => p.displayName).join(' ');
    for (const letter of ['æ', 'ø', 'å']) expect(names.toLowerCase()).toContain(letter);
    expect(new Set(m.people.map((p) => p.id)).size).toBe(m.people.length);
    expect(new Set(m.people.map((p) => p.mail)).size).toBe(m.people.length);
    expect(new Set(m.people.map((p) => p.employeeNumber)).size).toBe(m.people.length);
    for (const p of m.people) expect(p.mail).toMatch(/^[a-z0-9.-]+@fjordvik\.kommune\.example$/);
  });

  it('prefers mostly bokmål, some nynorsk and a few English', () => {
    const count = (lang: string) => m.people.filter((p) => p.preferredLanguage === lang).length;
    expect(count('nb')).toBeGreaterThan(m.people.length / 2);
    expect(count('nn')).toBeGreaterThan(0);
    expect(count('en')).toBeGreaterThan(0);
  });
});

describe('generateMunicipality: employment terms', () => {
  it('has part-timers under 50 %, someone at exactly 50 %, and temporaries with an end date', () => {
    const percents = new Set(m.people.map((p) => p.positionPercent));
    for (const p of percents) expect([100, 80, 75, 60, 50, 40, 20]).toContain(p);
    expect(m.people.filter((p) => p.positionPercent < 50).length).toBeGreaterThanOrEqual(2);
    expect(m.people.some((p) => p.positionPercent === 50)).toBe(true);
    const temporaries = m.people.filter((p) => p.employmentType === 'temporary');
    expect(temporaries.length).toBeGreaterThanOrEqual(2);
    for (const p of temporaries) expect(p.endDate).not.toBeNull();
  });

  it('has at least 4 hires in the last 6 months and exactly one who starts in 10 days', () => {
    const recent = m.people.filter(
      (p) => daysFromToday(p.startDate) <= 0 && daysFromToday(p.startDate) > -183,
    );
    expect(recent.length).toBeGreaterThanOrEqual(4);
    const future = m.people.filter((p) => daysFromToday(p.startDate) > 0);
    expect(future.map((p) => p.startDate)).toEqual(['2026-03-20']);
    expect(new Set(m.people.map((p) => p.startDate.slice(0, 4))).size).toBeGreaterThan(10);
  });

  it('has exactly one person leaving next month', () => {
    const leaving = m.people.filter((p) => p.endDate?.startsWith('2026-04'));
    expect(leaving).toHaveLength(1);
  });
});

describe('generateMunicipality: history', () => {
  const due = m.people.filter(
    (p) =>
      p.managerId &&
      p.employmentType === 'permanent' &&
      p.positionPercent >= 50 &&
      daysFromToday(p.startDate) < -365,
  );

  it('has annual conversations overdue (over 12 months ago) and never held', () => {
    const overdue = due.filter((p) => {
      const last = lastAnnual(p.id);
      return last !== undefined && daysFromToday(last) < -365;
    });
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(due.filter((p) => lastAnnual(p.id) === undefined).length).toBeGreaterThanOrEqual(1);
    expect(due.filter((p) => (lastAnnual(p.id) ?? '') > '2025-03-10').length).toBeGreaterThan(due.length / 2);
  });

  it('gives recent hires a start conversation and a follow-up after 4 weeks (000 2.3)', () => {
    const recent = m.people.filter(
      (p) => daysFromToday(p.startDate) <= -30 && daysFromToday(p.startDate) > -183,
    );
    expect(recent.length).toBeGreaterThanOrEqual(3);
    for (const p of recent) {
      const kinds = m.history.filter((h) => h.personId === p.id).map((h) => h.kind);
      expect(kinds).toContain('start');
      expect(kinds).toContain('probation-followup');
    }
  });

  it('only has past conversations of known people, after they started', () => {
    const byId = new Map(m.people.map((p) => [p.id, p]));
    for (const h of m.history) {
      const person = byId.get(h.personId);
      expect(person).toBeDefined();
      expect(h.date >= (person?.startDate ?? '')).toBe(true);
      expect(h.date < TODAY).toBe(true);
    }
  });
});

describe('generateMunicipality: any seed and size', () => {
  it('keeps the default at 5+ leaders and 60+ employees for every seed', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const other = generateMunicipality({ seed, today: TODAY, calendars: false });
      expect(other.people.filter(isLeader).length).toBeGreaterThanOrEqual(5);
      expect(other.people.filter((p) => !isLeader(p)).length).toBeGreaterThanOrEqual(60);
    }
  });

  it.each([30, 300, 2_000])('keeps roles, spans and the demo stories at size %i', (size) => {
    const other = generateMunicipality({ seed: size, today: '2026-10-20', size, calendars: false });
    expect(other.people).toHaveLength(size);
    const reports = reportsOf(other);
    for (const p of other.people) expect(isLeader(p)).toBe(reports.has(p.id));
    expect(Math.max(...reports.values())).toBeLessThanOrEqual(25);
    expect(other.people.filter((p) => p.startDate > '2026-10-20').map((p) => p.startDate)).toEqual([
      '2026-10-30',
    ]);
    expect(other.people.filter((p) => p.endDate?.startsWith('2026-11'))).toHaveLength(1);
  });
});
