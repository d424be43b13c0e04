// The templates that ship with the product, one JSON file per template version. A published file is
// never edited: a change of questions is a new file with the next version (see registry.ts for why).
import medarbeidersamtaleV1 from './data/medarbeidersamtale.v1.json';
import oppfolgingProvetidV1 from './data/oppfolging-provetid.v1.json';
import sluttsamtaleV1 from './data/sluttsamtale.v1.json';
import startsamtaleV1 from './data/startsamtale.v1.json';
import { describeIssues, ZTemplate, type Template } from './template';

/** Parses template data; a broken file stops the product at load with the file and field named. */
export function loadTemplate(name: string, data: unknown): Template {
  const parsed = ZTemplate.safeParse(data);
  if (!parsed.success) throw new Error(`template ${name} is not valid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export const SHIPPED_TEMPLATES: readonly Template[] = [
  loadTemplate('medarbeidersamtale.v1.json', medarbeidersamtaleV1),
  loadTemplate('oppfolging-provetid.v1.json', oppfolgingProvetidV1),
  loadTemplate('startsamtale.v1.json', startsamtaleV1),
  loadTemplate('sluttsamtale.v1.json', sluttsamtaleV1),
];
