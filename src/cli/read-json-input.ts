// Reading an input file: JSON, then the zod schema. Any problem becomes a UsageError (exit 2) that names the
// file, the field path and what was expected, e.g. "org.json: people[3].startDate: expected a real calendar date".
import type { z } from 'zod';
import { PolicyError, resolvePolicy, type ResolvedPolicy } from '../core/policy/resolve';
import { ZPolicyFile, type PolicyFile } from '../core/policy/schema';
import { UsageError, type CliIo } from './io';

const MAX_ISSUES = 10;

export function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return text || '(root)';
}

function issuesText(file: string, issues: { path: string; message: string }[]): string {
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => `  ${file}: ${issue.path}: ${issue.message}`);
  if (issues.length > MAX_ISSUES) shown.push(`  … and ${issues.length - MAX_ISSUES} more`);
  return `invalid input\n${shown.join('\n')}`;
}

export async function readJsonInput<S extends z.ZodType>(
  io: CliIo,
  file: string,
  schema: S,
): Promise<z.output<S>> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new UsageError(
      issuesText(
        file,
        result.error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message })),
      ),
    );
  }
  return result.data;
}

/**
 * The policy from a --policy file, or else the one inside the org file (`inline`), checked for every unit.
 * A --policy file replaces the org file's policy as a whole.
 */
export async function loadPolicy(
  io: CliIo,
  file: string | undefined,
  inline?: { policy: PolicyFile | undefined; file: string },
): Promise<ResolvedPolicy> {
  const policyFile = file === undefined ? (inline?.policy ?? {}) : await readJsonInput(io, file, ZPolicyFile);
  try {
    return resolvePolicy(policyFile);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    if (file !== undefined) throw new UsageError(issuesText(file, error.issues));
    const issues = error.issues.map((issue) => ({ ...issue, path: `policy.${issue.path}` }));
    throw new UsageError(issuesText(inline?.file ?? 'policy', issues));
  }
}
