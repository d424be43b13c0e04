// The state a 50,000-employee municipality has in its store on a Tuesday in late November, for the sweep
// bench: the demo generator's people, each employee with this year's annual conversation somewhere in the
// 12 months around today (about 190 a working day), preparations, referats at every stage, signed plans
// with actions, and stored checklists for everyone starting within a month. Written through the repos, as
// the product writes it. Deterministic: the same seed gives the same state.
import { insertChecklist } from '../../src/app/checklists-repo';
import { dayOf, isoOf } from '../../src/core/calendar/days';
import { osloToUtc } from '../../src/core/calendar/oslo';
import { isWorkingDay } from '../../src/core/calendar/working-days';
import { newItems, NO_OPTIONS, plannedItems } from '../../src/core/checklists/person-checklist';
import type { Person } from '../../src/core/org';
import { createRandom } from '../../src/demo/municipality/random';
import type { Directory, DirectoryPerson } from '../../src/ports/directory';
import type { Store } from '../../src/ports/store';
import { seedConversation, type SeedConversation } from '../fixtures/reminder-seed';

export interface SeededState {
  conversations: number;
  checklists: number;
}

const HALF_YEAR = 182;
const SLOTS = ['08:30', '09:30', '10:30', '12:30', '13:30', '14:30'];

export async function seedSweepState(store: Store, people: Person[], today: string): Promise<SeededState> {
  const random = createRandom(5);
  const todayDay = dayOf(today);
  let conversations = 0;
  for (const [i, person] of people.entries()) {
    if (!person.managerId) continue;
    let day = todayDay - HALF_YEAR + random.int(0, 2 * HALF_YEAR);
    while (!isWorkingDay(day)) day += 1;
    const start = osloToUtc(isoOf(day), random.pick(SLOTS));
    const spec: SeedConversation = {
      id: `c-${i}`,
      employeeId: person.id,
      conductorId: person.managerId,
      start,
      status: random.chance(0.03) ? 'cancelled' : 'booked',
    };
    if (day >= todayDay) {
      spec.prepared = { employee: random.chance(0.6), leader: random.chance(0.5) };
    } else {
      spec.referat = random.weighted([
        ['signed', 80],
        ['leader-approved', 8],
        ['draft', 7],
        ['none', 5],
      ] as const);
      spec.approvedAt = osloToUtc(isoOf(day + random.int(1, 10)), '15:00');
      spec.actions = Array.from({ length: random.int(0, 3) }, (_, n) => ({
        id: `a${n}`,
        deadline: isoOf(Math.max(day + 14, todayDay - 30) + random.int(0, 180)),
        responsibleId: random.weighted([
          [person.id, 70],
          [person.managerId, 20],
          [null, 10],
        ] as const),
        done: random.chance(0.25),
      }));
    }
    await seedConversation(store, spec);
    conversations += 1;
  }
  let checklists = 0;
  const now = osloToUtc(today, '07:00');
  for (const person of people) {
    const start = dayOf(person.startDate);
    if (!person.managerId || start < todayDay - 16 || start > todayDay + 30) continue;
    const header = {
      ...NO_OPTIONS,
      personId: person.id,
      kind: 'onboarding' as const,
      date: person.startDate,
      dateSource: 'directory' as const,
      createdAt: now,
      createdBy: person.managerId,
      updatedAt: now,
      updatedBy: person.managerId,
    };
    await insertChecklist(
      store,
      header,
      newItems(plannedItems('onboarding', person.startDate, NO_OPTIONS)),
      today,
    );
    checklists += 1;
  }
  return { conversations, checklists };
}

/** the generated people as the directory the sweep and the delivery worker ask */
export function directoryOf(people: Person[]): Directory {
  const byId = new Map(people.map((p) => [p.id, p]));
  const entry = (p: Person | undefined): DirectoryPerson | null =>
    p
      ? {
          id: p.id,
          displayName: p.displayName,
          givenName: p.givenName,
          surname: p.surname,
          mail: p.mail,
          jobTitle: p.jobTitle,
          department: p.unitId,
          employeeNumber: p.employeeNumber,
          startDate: p.startDate,
          endDate: p.endDate,
          employeeType: p.employmentType,
          positionPercent: p.positionPercent,
          preferredLanguage: p.preferredLanguage,
        }
      : null;
  return {
    getPerson: async (id) => entry(byId.get(id)),
    getManager: async (id) => entry(byId.get(byId.get(id)?.managerId ?? '')),
    listDirectReports: async (id) => people.filter((p) => p.managerId === id).flatMap((p) => entry(p) ?? []),
    listPeople: async () => people.flatMap((p) => entry(p) ?? []),
  };
}
