// Where one person stands in a compliance report. The definitions, each with the seed rule behind it:
//
// - in scope: employed on at least one day of the period (start on or before its end, no last day before
//   its start), and the annual conversation falls due by the end of the period — or by the person's last
//   day, if that comes first — per the due rules (annual.ts): one interval (12 months; 24 under 003) after
//   the last one held before the period, or after the start for someone who never had one. So a new hire
//   is not counted until a full interval has passed: the first months are for the start and probation
//   follow-ups, which "skal ikke være medarbeidersamtaler" (000 2.2); and someone who left before the
//   conversation fell due was never owed it (000 section 5: the sluttsamtale takes its place).
// - required: in scope and required by eligibility: permanent staff from the minimum position % (exactly
//   50 % included; 002 1, 000 2.3), and temporaries when the policy requires it (002 2).
// - offered: in scope but only offered: under the minimum %, or temporary where the policy says offered
//   (002 2: "bør få tilbud").
// - had: held an annual conversation inside the period (history). Start and probation follow-ups do not
//   count (000 2.2).
// - booked: not held, but an annual conversation booked (not cancelled) with a start inside the period.
// - exempt: neither held nor booked, and a recorded exemption covers a year of the period (000: a reason
//   is recorded, and reported; an employee's wish names the one year it covers).
// - notBooked: the rest of the required: required − had − booked − exempt.
import { addMonths, dayOf } from '../calendar/days';
import { annualEligibility } from '../due/annual';
import type { Exemption } from '../due/inputs';
import type { PastConversation, Person } from '../org';
import type { Policy } from '../policy/schema';
import { inPeriod, type ReportPeriod } from './period';

/** what the report needs of a person; managerId null marks the top of the tree, undefined "not known" */
export type ReportPerson = Pick<
  Person,
  'id' | 'unitId' | 'positionPercent' | 'employmentType' | 'startDate' | 'endDate'
> & { managerId?: string | null };

export type ReportExemption = Pick<Exemption, 'personId' | 'kind' | 'year'>;

export interface PersonRecords {
  history: readonly PastConversation[];
  /** Oslo dates of booked or booking (not cancelled) annual conversations */
  bookedDates: readonly string[];
  exemptions: readonly ReportExemption[];
}

export type Standing =
  | { scope: 'required'; outcome: 'had' | 'booked' | 'exempt' | 'notBooked' }
  | { scope: 'offered'; had: boolean }
  | null;

/** the last day the annual conversation may be held, per the due rules, counted from before the period */
function dueDay(
  person: ReportPerson,
  history: readonly PastConversation[],
  period: ReportPeriod,
  months: number,
) {
  let last: string | undefined;
  for (const h of history) {
    // held before the period and in this employment (a rehire starts over, as in the due list)
    if (h.kind !== 'annual' || h.date >= period.from || h.date < person.startDate) continue;
    if (last === undefined || h.date > last) last = h.date;
  }
  return addMonths(dayOf(last ?? person.startDate), months);
}

export function standingOf(
  person: ReportPerson,
  records: PersonRecords,
  policy: Policy,
  period: ReportPeriod,
  years: readonly number[],
): Standing {
  // the kommunedirektør's conversation is with the mayor, outside the product (as in the due list)
  if (person.managerId === null) return null;
  if (person.startDate > period.to) return null;
  if (person.endDate !== null && person.endDate < period.from) return null;
  const lastDay = person.endDate !== null && person.endDate < period.to ? person.endDate : period.to;
  if (dueDay(person, records.history, period, policy.annual.intervalMonths) > dayOf(lastDay)) return null;

  const had = records.history.some((h) => h.kind === 'annual' && inPeriod(h.date, period));
  if (!annualEligibility(person, policy.annual).required) return { scope: 'offered', had };
  if (had) return { scope: 'required', outcome: 'had' };
  if (records.bookedDates.some((d) => inPeriod(d, period))) return { scope: 'required', outcome: 'booked' };
  const exempt = records.exemptions.some(
    (e) => e.kind === 'annual' && (e.year === undefined || years.includes(e.year)),
  );
  return { scope: 'required', outcome: exempt ? 'exempt' : 'notBooked' };
}
