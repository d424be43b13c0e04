// The input file of `samtale due`: a municipality as the demo generator exports it (calendars are ignored),
// plus what the directory does not hold: absences, exemptions, booked conversations and the policy.
import { z } from 'zod';
import { ZCalendarDate } from '../calendar/days';
import { ZPastConversation, ZPerson, ZUnit } from '../org';
import { ZPolicyFile } from '../policy/schema';
import { ZAbsence, ZExemption, ZPlannedConversation } from './inputs';

const ZPersonInFile = ZPerson.extend({ startDate: ZCalendarDate, endDate: ZCalendarDate.nullable() }).refine(
  (person) => person.endDate === null || person.endDate >= person.startDate,
  { path: ['endDate'], message: 'must not be before startDate' },
);

export const ZOrgFile = z
  .object({
    name: z.string().min(1).optional(),
    tenantId: z.string().optional(),
    domain: z.string().optional(),
    units: z.array(ZUnit).default([]),
    people: z.array(ZPersonInFile),
    /** conversations held */
    history: z.array(ZPastConversation.extend({ date: ZCalendarDate })).default([]),
    /** busy blocks of a demo export; not used by the due list */
    calendars: z.array(z.unknown()).optional(),
    absences: z.array(ZAbsence).default([]),
    exemptions: z.array(ZExemption).default([]),
    planned: z.array(ZPlannedConversation).default([]),
    policy: ZPolicyFile.optional(),
  })
  .superRefine((file, ctx) => {
    // a record about someone who is not in the file is a mistake in the file, not something to skip silently
    const ids = new Set(file.people.map((p) => p.id));
    const lists = {
      history: file.history,
      absences: file.absences,
      exemptions: file.exemptions,
      planned: file.planned,
    };
    for (const [name, rows] of Object.entries(lists)) {
      rows.forEach((row, i) => {
        if (!ids.has(row.personId)) {
          ctx.addIssue({
            code: 'custom',
            path: [name, i, 'personId'],
            message: 'no person with this id in people',
          });
        }
      });
    }
    const seen = new Set<string>();
    file.people.forEach((person, i) => {
      if (seen.has(person.id))
        ctx.addIssue({ code: 'custom', path: ['people', i, 'id'], message: 'duplicate id' });
      seen.add(person.id);
    });
  });
export type OrgFile = z.infer<typeof ZOrgFile>;
