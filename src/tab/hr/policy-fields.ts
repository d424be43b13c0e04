// The policy form's fields: where each sits in the policy file, how it is edited, and how a form value goes
// back into the file. Plain data, so the form and its tests share one list.
import type { Policy, PolicyFile } from '../../core/policy/schema';

export type FieldId =
  | 'interval'
  | 'minPercent'
  | 'temporaries'
  | 'probationMonths'
  | 'followUps'
  | 'minDays'
  | 'maxDays'
  | 'durAnnual'
  | 'durStart'
  | 'durFollowUp'
  | 'durExit'
  | 'from'
  | 'to'
  | 'maxPerDay'
  | 'hidePrep'
  | 'retention'
  | 'keepAfterLeaving';

export type FieldKind = 'number' | 'select' | 'time' | 'switch';

export interface PolicyField {
  id: FieldId;
  /** the field's path in the policy file, as the server names it in a 400 */
  path: string;
  kind: FieldKind;
  options?: readonly string[];
}

export const POLICY_GROUPS: { id: 'annual' | 'probation' | 'booking' | 'privacy'; fields: PolicyField[] }[] =
  [
    {
      id: 'annual',
      fields: [
        { id: 'interval', path: 'annual.intervalMonths', kind: 'select', options: ['12', '24'] },
        { id: 'minPercent', path: 'annual.minPositionPercent', kind: 'number' },
        { id: 'temporaries', path: 'annual.temporaries', kind: 'select', options: ['required', 'offered'] },
      ],
    },
    {
      id: 'probation',
      fields: [
        { id: 'probationMonths', path: 'probation.months', kind: 'number' },
        {
          id: 'followUps',
          path: 'probation.followUps',
          kind: 'select',
          options: ['spread:1', 'spread:2', 'spread:3', 'spread:4', 'spread:5', 'monthly'],
        },
      ],
    },
    {
      id: 'booking',
      fields: [
        { id: 'minDays', path: 'invitation.minDaysAhead', kind: 'number' },
        { id: 'maxDays', path: 'invitation.maxDaysAhead', kind: 'number' },
        { id: 'durAnnual', path: 'durationMinutes.annual', kind: 'number' },
        { id: 'durStart', path: 'durationMinutes.start', kind: 'number' },
        { id: 'durFollowUp', path: 'durationMinutes.probation-followup', kind: 'number' },
        { id: 'durExit', path: 'durationMinutes.exit', kind: 'number' },
        { id: 'from', path: 'workingHours.from', kind: 'time' },
        { id: 'to', path: 'workingHours.to', kind: 'time' },
        { id: 'maxPerDay', path: 'maxConversationsPerLeaderPerDay', kind: 'number' },
      ],
    },
    {
      id: 'privacy',
      fields: [
        { id: 'hidePrep', path: 'hidePreparationsUntilBothSubmitted', kind: 'switch' },
        { id: 'retention', path: 'retention', kind: 'select', options: ['keep-all', 'replace-previous'] },
        // the range (0 to 3650) is the server's, with its reasons in core/policy/schema.ts
        { id: 'keepAfterLeaving', path: 'keepAfterLeavingDays', kind: 'number' },
      ],
    },
  ];

export const POLICY_FIELDS: PolicyField[] = POLICY_GROUPS.flatMap((g) => g.fields);

export type FormValues = Record<FieldId, string>;

function at(source: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
}

/** the municipality's policy as the form shows it */
export function formValues(policy: Policy): FormValues {
  const values = {} as FormValues;
  for (const field of POLICY_FIELDS) {
    const value = at(policy, field.path);
    values[field.id] =
      field.id === 'followUps'
        ? policy.probation.followUps.mode === 'monthly'
          ? 'monthly'
          : `spread:${policy.probation.followUps.count}`
        : String(value);
  }
  return values;
}

function fileValue(field: PolicyField, value: string): unknown {
  if (field.id === 'followUps') {
    return value === 'monthly' ? { mode: 'monthly' } : { mode: 'spread', count: Number(value.split(':')[1]) };
  }
  if (field.kind === 'switch') return value === 'true';
  // an empty or non-numeric entry goes as null, so the server names the field instead of guessing a number
  if (field.kind === 'number' || field.path === 'annual.intervalMonths') {
    return value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value);
  }
  return value;
}

/**
 * The file to save: the whole municipality policy with the form's values (every choice explicit, so a later
 * change of a default never changes what HR decided), and the units' own overrides carried over untouched.
 */
export function policyFileFrom(policy: Policy, values: FormValues, units: PolicyFile['units']): PolicyFile {
  const file = structuredClone(policy) as unknown as Record<string, Record<string, unknown> | unknown>;
  for (const field of POLICY_FIELDS) {
    const keys = field.path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], file as unknown);
    (parent as Record<string, unknown>)[last] = fileValue(field, values[field.id]);
  }
  return (units ? { ...file, units } : file) as PolicyFile;
}

export interface PolicyChange {
  field: PolicyField;
  /** the value in force, as the form showed it */
  from: string;
  /** the value as typed or chosen */
  to: string;
}

/**
 * What a save would change, in form order: the fields whose value the file would get differs from the one in
 * force (so "030" for 30 is no change, and an emptied number is one).
 */
export function policyChanges(saved: FormValues, edited: FormValues): PolicyChange[] {
  return POLICY_FIELDS.flatMap((field) => {
    const before = JSON.stringify(fileValue(field, saved[field.id]));
    const after = JSON.stringify(fileValue(field, edited[field.id]));
    return before === after ? [] : [{ field, from: saved[field.id], to: edited[field.id] }];
  });
}

/** the form field a server error names, e.g. "probation.followUps.count" → followUps */
export function fieldOfPath(path: string | null): FieldId | null {
  if (!path) return null;
  return POLICY_FIELDS.find((f) => path === f.path || path.startsWith(`${f.path}.`))?.id ?? null;
}
