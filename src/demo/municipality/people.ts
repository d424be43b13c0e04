// Names, addresses and employment terms for the drafted organisation.
import type { Language, Person, Role } from '../../core/org';
import { dayOf, endOfMonth, isoOf } from './days';
import { mailLocalPart, pickName } from './names';
import type { Draft } from './org-tree';
import type { Random } from './random';

/** share of staff hired in the last six months: a steady trickle of new hires in probation */
const RECENT_HIRE_SHARE = 0.04;

const ROLES: Record<Draft['position'], Role[]> = {
  top: ['leader', 'employee'],
  sector: ['leader', 'employee'],
  'unit-leader': ['leader', 'employee'],
  deputy: ['leader', 'employee'],
  hr: ['hr', 'employee'],
  staff: ['employee'],
};

export interface PeopleInput {
  drafts: Draft[];
  ids: string[];
  unitIds: string[];
  domain: string;
  today: string;
  random: Random;
}

export function makePeople({ drafts, ids, unitIds, domain, today, random }: PeopleInput): Person[] {
  const todayDay = dayOf(today);
  const mailCount = new Map<string, number>();
  return drafts.map((draft, i) => {
    const name = pickName(random, 0.06);
    const local = mailLocalPart(name);
    const seen = (mailCount.get(local) ?? 0) + 1;
    mailCount.set(local, seen);
    const isLeader = draft.position !== 'staff' && draft.position !== 'hr';
    const temporary = !isLeader && random.chance(draft.kind.temporaryShare);
    const language: Language = name.international ? 'en' : random.chance(0.1) ? 'nn' : 'nb';
    return {
      id: ids[i] ?? '',
      employeeNumber: String(10001 + i),
      givenName: name.givenName,
      surname: name.surname,
      displayName: `${name.givenName} ${name.surname}`,
      mail: `${local}${seen > 1 ? seen : ''}@${domain}`,
      jobTitle: draft.jobTitle,
      unitId: unitIds[draft.unitIndex] ?? '',
      managerId: draft.managerIndex === null ? null : (ids[draft.managerIndex] ?? null),
      positionPercent: isLeader ? 100 : random.weighted(draft.kind.percents),
      employmentType: temporary ? 'temporary' : 'permanent',
      startDate: isoOf(todayDay - startDaysAgo(random, isLeader, temporary)),
      // a vikariat ends at a month's end, never next month: exactly one person leaves then (stories.ts)
      endDate: temporary ? isoOf(endOfMonth(todayDay, random.int(2, 14))) : null,
      preferredLanguage: language,
      roles: ROLES[draft.position],
    };
  });
}

/** How long ago someone started: leaders have years behind them; temporaries come and go. */
function startDaysAgo(random: Random, isLeader: boolean, temporary: boolean): number {
  if (isLeader) return random.int(3 * 365, 25 * 365);
  if (temporary) return random.int(20, 2 * 365);
  if (random.chance(RECENT_HIRE_SHARE)) return random.int(1, 180);
  // tenure skews short: many with a few years, some with decades
  return 200 + Math.round(30 * 365 * random.next() ** 2);
}
