import { describe, expect, it } from 'vitest';
import {
  changeRoundDraft,
  defaultRoundDraft,
  roundPeople,
  splitEvenly,
  toPlanInput,
} from '../../../src/tab/scheduling/round-draft';
import { invitationsByCalendar } from '../../../src/tab/scheduling/round-calendars';

const ROOMS = [{ mail: 'samtalerommet@x.no', displayName: 'Samtalerommet', capacity: 4, building: null }];
const PLANNER = 'kari';
const FOR_TWO = { plannerId: PLANNER, employeeIds: ['a', 'b'] };

const member = (id: string, displayName: string, booked: 'annual' | null = null) => ({
  id,
  displayName,
  nextBooked: booked ? { kind: booked } : null,
});
/** a team of six, named out of id order, with one annual conversation booked already */
const TEAM = [
  member('p1', 'Øystein Ås'),
  member('p2', 'Anne Berg'),
  member('p3', 'Carl Dahl', 'annual'),
  member('p4', 'Eva Fjell'),
  member('p5', 'Åse Lund'),
  member('p6', 'Bjørn Aune'),
];

describe('round settings', () => {
  it('default to three weeks from next Monday, Teams, the policy numbers and the planner conducting all', () => {
    const draft = defaultRoundDraft('2026-11-25');
    expect(toPlanInput(draft, ROOMS, FOR_TWO)).toEqual({
      ok: true,
      input: {
        kind: 'annual',
        employeeIds: ['a', 'b'],
        conductorOf: {},
        period: { from: '2026-11-30', to: '2026-12-18' },
        durationMinutes: undefined,
        maxPerDay: undefined,
        location: null,
        online: true,
        specialTopics: '',
      },
    });
  });

  it('book the chosen room and keep typed numbers', () => {
    const draft = {
      ...defaultRoundDraft('2026-11-25'),
      roomMail: 'samtalerommet@x.no',
      durationMinutes: '45',
      maxPerDay: '3',
    };
    const result = toPlanInput(draft, ROOMS, FOR_TWO);
    expect(result).toMatchObject({
      ok: true,
      input: {
        durationMinutes: 45,
        maxPerDay: 3,
        location: { displayName: 'Samtalerommet', roomMail: 'samtalerommet@x.no' },
      },
    });
  });

  it('name every problem: a period backwards, numbers out of range, no place at all', () => {
    const draft = {
      ...defaultRoundDraft('2026-11-25'),
      from: '2026-12-10',
      to: '2026-12-01',
      durationMinutes: '5',
      maxPerDay: '20',
      online: false,
    };
    expect(toPlanInput(draft, ROOMS, FOR_TWO)).toEqual({
      ok: false,
      problems: ['period', 'duration', 'max-per-day', 'place-missing'],
    });
  });
});

describe('who conducts in a shared round (003)', () => {
  it('splits evenly in name order and in blocks, the planner taking what is left over', () => {
    // by name (nb: Å and Ø after Z): Anne, Bjørn, Eva, Øystein, Åse; five over two is three and two
    const people = TEAM.filter((p) => p.id !== 'p3');
    expect(splitEvenly(people, [PLANNER, 'hilde'])).toEqual({
      p2: PLANNER,
      p6: PLANNER,
      p4: PLANNER,
      p1: 'hilde',
      p5: 'hilde',
    });
    // seven over three is three, two and two
    const seven = Array.from({ length: 7 }, (_, i) => ({ id: `x${i}`, displayName: `Person ${i}` }));
    const split = Object.values(splitEvenly(seven, ['a', 'b', 'c']));
    expect(['a', 'b', 'c'].map((c) => split.filter((x) => x === c).length)).toEqual([3, 2, 2]);
    expect(splitEvenly(seven, [])).toEqual({});
  });

  it('leaves out who is booked already and a team member who conducts in the round', () => {
    const draft = { ...defaultRoundDraft('2026-11-25'), coConductorIds: ['p4'] };
    const { people, alreadyBooked, conducting } = roundPeople(TEAM, draft);
    expect(alreadyBooked.map((p) => p.id)).toEqual(['p3']);
    expect(conducting.map((p) => p.id)).toEqual(['p4']);
    expect(people.map((p) => p.id)).toEqual(['p1', 'p2', 'p5', 'p6']);
    // another kind: the annual conversation booked does not count
    expect(roundPeople(TEAM, { ...draft, kind: 'exit' }).alreadyBooked).toEqual([]);
  });

  it('splits anew when co-conductors are added or removed or the kind changes, and keeps a row changed by hand otherwise', () => {
    const context = { plannerId: PLANNER, members: TEAM };
    let draft = changeRoundDraft(defaultRoundDraft('2026-11-25'), { coConductorIds: ['hilde'] }, context);
    expect(draft.conductorOf).toEqual({ p2: PLANNER, p6: PLANNER, p4: PLANNER, p1: 'hilde', p5: 'hilde' });
    draft = changeRoundDraft(draft, { conductorOf: { ...draft.conductorOf, p2: 'hilde' } }, context);
    expect(draft.conductorOf.p2).toBe('hilde');
    draft = changeRoundDraft(draft, { specialTopics: 'Turnus' }, context);
    expect(draft.conductorOf.p2).toBe('hilde');
    draft = changeRoundDraft(draft, { coConductorIds: ['hilde', 'kjersti'] }, context);
    expect(draft.conductorOf).toEqual({ p2: PLANNER, p6: PLANNER, p4: 'hilde', p1: 'hilde', p5: 'kjersti' });
    draft = changeRoundDraft(draft, { kind: 'exit' }, context);
    expect(Object.keys(draft.conductorOf)).toContain('p3');
    draft = changeRoundDraft(draft, { coConductorIds: [] }, context);
    expect(draft.conductorOf).toEqual({});
  });

  it('sends the co-conductors’ people only, for people in the round, and never a leader no longer chosen', () => {
    const draft = {
      ...defaultRoundDraft('2026-11-25'),
      coConductorIds: ['hilde'],
      conductorOf: { a: PLANNER, b: 'hilde', c: 'hilde', d: 'kjersti' },
    };
    const result = toPlanInput(draft, ROOMS, { plannerId: PLANNER, employeeIds: ['a', 'b', 'd'] });
    expect(result).toMatchObject({
      ok: true,
      input: { employeeIds: ['a', 'b', 'd'], conductorOf: { b: 'hilde' } },
    });
  });
});

describe('from whose calendar the invitations go', () => {
  const people = [
    { id: PLANNER, displayName: 'Kari Kvåle', mail: 'kari@x.no' },
    { id: 'hilde', displayName: 'Hilde Bøe', mail: 'hilde@x.no' },
  ];
  const placement = (employeeId: string, conductorId: string) => ({
    employeeId,
    conductorId,
    start: '2026-12-01T08:00:00Z',
    end: '2026-12-01T09:00:00Z',
  });

  it('counts the planner’s own first, then each co-conductor’s', () => {
    const round = {
      leaderId: PLANNER,
      people,
      placements: [placement('a', 'hilde'), placement('b', PLANNER), placement('c', 'hilde')],
    };
    expect(invitationsByCalendar(round)).toEqual([
      { conductorId: PLANNER, displayName: 'Kari Kvåle', count: 1, own: true },
      { conductorId: 'hilde', displayName: 'Hilde Bøe', count: 2, own: false },
    ]);
  });

  it('leaves out a calendar with nothing in it, the planner’s too', () => {
    const round = { leaderId: PLANNER, people, placements: [placement('a', 'hilde')] };
    expect(invitationsByCalendar(round).map((c) => c.conductorId)).toEqual(['hilde']);
    expect(invitationsByCalendar({ leaderId: PLANNER, people, placements: [] })).toEqual([]);
  });
});
