// How a policy value reads to HR: an option by its label, a switch as on or off, an emptied number as empty.
// The form's selects and the confirmation's list of changes say the same thing in the same words.
import type { messagesIn } from '../i18n/feature-messages';
import type { PolicyField } from './policy-fields';
import type { policyMessages } from './policy-messages';

export type PolicyTexts = ReturnType<typeof messagesIn<typeof policyMessages.nb>>;

export function optionLabel(m: PolicyTexts, option: string): string {
  if (option.startsWith('spread:')) return m['opt.spread'](Number(option.slice('spread:'.length)));
  const key = `opt.${option}` as keyof PolicyTexts;
  const text = m[key];
  return typeof text === 'string' ? text : option;
}

export function valueText(m: PolicyTexts, field: PolicyField, value: string): string {
  if (field.kind === 'select') return optionLabel(m, value);
  if (field.kind === 'switch') return value === 'true' ? m.valueOn : m.valueOff;
  return value.trim() === '' ? m.valueEmpty : value.trim();
}
