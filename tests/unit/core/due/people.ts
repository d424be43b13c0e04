// Hand-made people for the due-list worked examples.
import type { PastConversation, Person } from '../../../../src/core/org';

let counter = 0;

export function person(overrides: Partial<Person> = {}): Person {
  counter += 1;
  const n = String(counter).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${n}`,
    employeeNumber: String(10000 + counter),
    givenName: 'Kari',
    surname: `Nordmann ${counter}`,
    displayName: `Kari Nordmann ${counter}`,
    mail: `kari${counter}@example.kommune.no`,
    jobTitle: 'Helsefagarbeider',
    unitId: 'unit-1',
    managerId: '00000000-0000-4000-8000-999999999999',
    positionPercent: 100,
    employmentType: 'permanent',
    startDate: '2015-08-01',
    endDate: null,
    preferredLanguage: 'nb',
    roles: ['employee'],
    ...overrides,
  };
}

export function held(who: Person, kind: PastConversation['kind'], date: string): PastConversation {
  return { personId: who.id, kind, date };
}
