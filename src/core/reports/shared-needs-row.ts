// 003: needs common to many go to the leader group and the autumn budget. This is all that leaves a
// conversation for that purpose: one row per approved referat, written on its second approval — the unit,
// the kind, the day and the texts of the actions marked as a shared need. No names, no person ids (DESIGN
// §5: "Only aggregates leave the conversation"); the schema is strict, so a row carrying more is refused.
import { z } from 'zod';
import { ZCalendarDate } from '../calendar/days';
import { ZConversationKind } from '../org';

export const ZSharedNeedsRow = z
  .object({
    /** the employee's department (unit name); null when the directory has none */
    unit: z.string().trim().min(1).nullable(),
    kind: ZConversationKind,
    /** the day the conversation was held, YYYY-MM-DD */
    heldOn: ZCalendarDate,
    /** the `what` of each action with sharedNeed true */
    needs: z.array(z.string().max(1000)),
  })
  .strict();
export type SharedNeedsRow = z.infer<typeof ZSharedNeedsRow>;

/** The input file of `samtale report needs`: the rows, e.g. as exported from the sharedNeeds table. */
export const ZSharedNeedsFile = z.array(ZSharedNeedsRow);
