// A hand-made municipality small enough to reason about in a test: a chief executive, one unit leader
// with five reports (enough to page with $top=2), one leader of a second unit, and one meeting room.
import type { Municipality, Person } from '../../src/core/org';

export const IDS = {
  chief: '00000000-0000-4000-8000-000000000001',
  leader: '00000000-0000-4000-8000-000000000002',
  nurseLeader: '00000000-0000-4000-8000-000000000003',
  room: '00000000-0000-4000-8000-000000000101',
  reports: [
    '00000000-0000-4000-8000-000000000011',
    '00000000-0000-4000-8000-000000000012',
    '00000000-0000-4000-8000-000000000013',
    '00000000-0000-4000-8000-000000000014',
    '00000000-0000-4000-8000-000000000015',
  ],
} as const;

function person(id: string, n: number, extra: Partial<Person>): Person {
  return {
    id,
    employeeNumber: `E${1000 + n}`,
    givenName: `Navn${n}`,
    surname: `Etternavn${n}`,
    displayName: `Navn${n} Etternavn${n}`,
    mail: `person${n}@testvik.kommune.no`,
    jobTitle: 'Rådgiver',
    unitId: 'oppvekst',
    managerId: IDS.leader,
    positionPercent: 100,
    employmentType: 'permanent',
    startDate: '2020-08-01',
    endDate: null,
    preferredLanguage: 'nb',
    roles: ['employee'],
    ...extra,
  };
}

export function smallMunicipality(): Municipality {
  return {
    name: 'Testvik kommune',
    tenantId: '00000000-0000-4000-8000-0000000000aa',
    domain: 'testvik.kommune.no',
    units: [
      { id: 'oppvekst', name: 'Oppvekst og kultur', leaderId: IDS.leader },
      { id: 'helse', name: 'Helse og omsorg', leaderId: IDS.nurseLeader },
    ],
    people: [
      person(IDS.chief, 1, { jobTitle: 'Kommunedirektør', managerId: null, roles: ['leader', 'employee'] }),
      person(IDS.leader, 2, {
        jobTitle: 'Kommunalsjef',
        managerId: IDS.chief,
        roles: ['leader', 'employee'],
      }),
      person(IDS.nurseLeader, 3, {
        jobTitle: 'Avdelingsleder',
        unitId: 'helse',
        managerId: IDS.chief,
        preferredLanguage: 'nn',
        roles: ['leader', 'employee'],
      }),
      ...IDS.reports.map((id, i) =>
        person(id, 11 + i, {
          positionPercent: [80, 100, 40, 100, 60][i] ?? 100,
          employmentType: i === 2 ? 'temporary' : 'permanent',
          // a vikariat ends: the directory carries the last day (employeeLeaveDateTime)
          endDate: i === 2 ? '2027-06-30' : null,
          startDate:
            ['2026-03-30', '2019-01-07', '2025-10-27', '2012-06-01', '2024-02-01'][i] ?? '2020-01-01',
          preferredLanguage: i === 4 ? 'en' : 'nb',
          jobTitle: i === 0 ? "Lærer, 'spesialpedagog'" : 'Lærer',
        }),
      ),
    ],
    history: [],
    calendars: [],
    rooms: [
      {
        id: IDS.room,
        mail: 'samtalerommet@testvik.kommune.no',
        displayName: 'Samtalerommet',
        capacity: 4,
        building: 'Rådhuset',
      },
    ],
  };
}
