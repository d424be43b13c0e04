// The team overview's sort and filter: kept in the hash, overdue first by default, and the filters a
// leader uses (status, kind of conversation, an open checklist).
import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../src/tab/api/schemas';
import {
  applyTeamView,
  DEFAULT_VIEW,
  isFiltered,
  parseTeamView,
  teamViewHash,
} from '../../../src/tab/team/team-view';

function member(name: string, more: Partial<TeamMember> = {}): TeamMember {
  return {
    id: name,
    displayName: name,
    jobTitle: 'Sykepleier',
    department: 'Helse',
    mail: `${name}@fjordvik.no`,
    startDate: '2020-01-01',
    endDate: null,
    positionPercent: 100,
    employeeType: 'permanent',
    lastAnnualConversation: null,
    nextDue: null,
    nextBooked: null,
    probationEnd: null,
    openActions: 0,
    checklist: null,
    exemptions: [],
    ...more,
  };
}

// the server's order: overdue first
const team = [
  member('Øyvind', { nextDue: { kind: 'annual', dueDate: '2026-10-01', status: 'overdue' } }),
  member('Bente', { nextDue: { kind: 'annual', dueDate: '2026-12-20', status: 'due' } }),
  member('Anne', {
    startDate: '2026-12-03',
    nextDue: { kind: 'start', dueDate: '2026-12-10', status: 'upcoming' },
    checklist: { kind: 'onboarding', done: 3, total: 16, overdue: 2 },
  }),
  member('Carl', {
    nextBooked: { id: 'c1', kind: 'annual', start: '2026-12-01T09:00:00Z', conductor: null },
    nextDue: { kind: 'annual', dueDate: '2027-01-05', status: 'due' },
  }),
  member('Dag', { checklist: { kind: 'exit', done: 9, total: 9, overdue: 0 } }),
];
const names = (rows: TeamMember[]) => rows.map((m) => m.displayName);

describe('team view in the hash', () => {
  it('reads back what it wrote, and the default is the plain #/', () => {
    expect(teamViewHash(DEFAULT_VIEW)).toBe('#/');
    const view = { sort: 'name', status: 'overdue', kind: 'annual', openChecklist: true } as const;
    expect(teamViewHash(view)).toBe('#/?sort=name&status=overdue&kind=annual&checklist=open');
    expect(parseTeamView(teamViewHash(view))).toEqual(view);
  });

  it('treats an unknown or edited value as the default, so an old link still opens the team', () => {
    expect(parseTeamView('#/?sort=shoe&status=late&kind=x')).toEqual(DEFAULT_VIEW);
    expect(parseTeamView('')).toEqual(DEFAULT_VIEW);
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, sort: 'name' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, kind: 'exit' })).toBe(true);
  });
});

describe('applyTeamView', () => {
  it('keeps the server’s overdue-first order by default', () => {
    expect(names(applyTeamView(team, DEFAULT_VIEW))).toEqual(['Øyvind', 'Bente', 'Anne', 'Carl', 'Dag']);
  });

  it('sorts by name (Norwegian order: Ø after D), by due date (booked by its day), by start date newest first', () => {
    expect(names(applyTeamView(team, { ...DEFAULT_VIEW, sort: 'name' }))).toEqual([
      'Anne',
      'Bente',
      'Carl',
      'Dag',
      'Øyvind',
    ]);
    expect(names(applyTeamView(team, { ...DEFAULT_VIEW, sort: 'due' }))).toEqual([
      'Øyvind',
      'Carl',
      'Anne',
      'Bente',
      'Dag',
    ]);
    expect(names(applyTeamView(team, { ...DEFAULT_VIEW, sort: 'start' }))[0]).toBe('Anne');
  });

  it('filters by status (a booked meeting counts as booked), by kind, and by an open checklist', () => {
    expect(names(applyTeamView(team, { ...DEFAULT_VIEW, status: 'due' }))).toEqual(['Bente']);
    expect(names(applyTeamView(team, { ...DEFAULT_VIEW, status: 'booked' }))).toEqual(['Carl']);
    expect(names(applyTeamView(team, { ...DEFAULT_VIEW, status: 'nothing' }))).toEqual(['Dag']);
    expect(names(applyTeamView(team, { ...DEFAULT_VIEW, kind: 'start' }))).toEqual(['Anne']);
    // Dag's exit list is done: only Anne has items left
    expect(names(applyTeamView(team, { ...DEFAULT_VIEW, openChecklist: true }))).toEqual(['Anne']);
    expect(applyTeamView(team, { ...DEFAULT_VIEW, status: 'exempt' })).toEqual([]);
  });
});
