// Fills the manifest template's ${{VAR}} placeholders, the way the Teams toolkits do, so one manifest in git
// serves every environment. Values go in JSON-escaped: a quote in a name cannot break the JSON.
import { ManifestError } from './errors';

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The placeholder names a template uses, each once, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string>>,
  source: string,
): string {
  const missing = placeholdersOf(template).filter((name) => !(name in values));
  if (missing.length > 0) {
    throw new ManifestError(`${source}: no value for ${missing.map((n) => `\${{${n}}}`).join(', ')}`, 2);
  }
  return template.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(values[name]).slice(1, -1));
}
