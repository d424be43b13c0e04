// The annual medarbeidersamtale of one person: who must have one, who is offered one, and when it is due.
import { addMonths, yearOf } from '../calendar/days';
import type { Person } from '../org';
import type { Policy } from '../policy/schema';
import type { Exemption } from './inputs';
import type { RuleId } from './rules';

export interface AnnualEligibility {
  required: boolean;
  rule: RuleId;
}

/**
 * 002: required for permanent staff in at least a 50 % position (policy.minPositionPercent); those below it
 * and temporaries are offered one (002 2: "bør få tilbud"), unless the policy requires it of temporaries.
 */
export function annualEligibility(
  person: Pick<Person, 'positionPercent' | 'employmentType'>,
  policy: Policy['annual'],
): AnnualEligibility {
  if (person.positionPercent < policy.minPositionPercent)
    return { required: false, rule: 'annual-offered-part-time' };
  if (person.employmentType === 'temporary') {
    return policy.temporaries === 'required'
      ? { required: true, rule: 'annual-temporary-required' }
      : { required: false, rule: 'annual-offered-temporary' };
  }
  return { required: true, rule: policy.intervalMonths === 12 ? 'annual-yearly' : 'annual-every-other-year' };
}

export function exemptionFor(
  exemptions: Exemption[],
  kind: Exemption['kind'],
  due: number,
): Exemption | undefined {
  const year = yearOf(due);
  return exemptions.find((e) => e.kind === kind && (e.year === undefined || e.year === year));
}

export interface AnnualDue {
  due: number;
  exemption?: Exemption;
}

/**
 * What a held conversation satisfies: the one of its cycle. The next is due one interval after the last one
 * held (002: "hvert år"); someone who never had one is due one interval after starting (the probation
 * follow-ups of 000 2.2 come first and "skal ikke være medarbeidersamtaler"). An exemption covers the cycle
 * whose due date falls in its year; once the next cycle's window opens, that cycle is what is due.
 *
 * `lastHeld` is the day of the latest annual conversation on or after the start date, if any.
 */
export function annualDue(
  start: number,
  lastHeld: number | undefined,
  today: number,
  policy: Policy['annual'],
  exemptions: Exemption[],
): AnnualDue {
  let due = addMonths(lastHeld ?? start, policy.intervalMonths);
  let exemption = exemptionFor(exemptions, 'annual', due);
  while (exemption) {
    const next = addMonths(due, policy.intervalMonths);
    if (next - policy.windowDays > today) break;
    due = next;
    exemption = exemptionFor(exemptions, 'annual', due);
  }
  return exemption ? { due, exemption } : { due };
}
