// samtale schema org|policy|absence|exemption: the input formats as JSON Schema, generated from the zod schemas.
import { z } from 'zod';
import { ZAbsence, ZExemption, ZPlannedConversation } from '../../core/due/inputs';
import { ZOrgFile } from '../../core/due/org-file';
import { ZPolicyFile } from '../../core/policy/schema';
import { ZConversationsFile } from '../../core/reports/conversations-file';
import { ZSharedNeedsFile } from '../../core/reports/shared-needs-row';
import { ZPlanFile } from '../../core/scheduling/plan-file';
import { ZReferatDocument } from '../../core/referat/referat-document';
import { ZReminderState } from '../../core/reminders/state';
import { EXIT, UsageError, type Command } from '../io';

const SCHEMAS: Record<string, z.ZodType> = {
  org: ZOrgFile,
  policy: ZPolicyFile,
  absence: ZAbsence,
  exemption: ZExemption,
  planned: ZPlannedConversation,
  plan: ZPlanFile,
  'referat-document': ZReferatDocument,
  conversations: ZConversationsFile,
  'shared-needs': ZSharedNeedsFile,
  'reminder-state': ZReminderState,
};

export const schema: Command = async (args, io) => {
  const [name, ...rest] = args;
  const known = Object.keys(SCHEMAS).join(', ');
  if (name === undefined || rest.length > 0) throw new UsageError(`give one schema name: ${known}`);
  const chosen = SCHEMAS[name];
  if (!chosen) throw new UsageError(`unknown schema '${name}'; known: ${known}`);
  // io 'input': the file as written, where fields with defaults may be left out
  io.stdout(`${JSON.stringify(z.toJSONSchema(chosen, { io: 'input' }), null, 2)}\n`);
  return EXIT.ok;
};
