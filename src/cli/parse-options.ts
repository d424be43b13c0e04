// node:util parseArgs with the CLI's rules: unknown options and stray arguments are usage errors (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A YYYY-MM-DD option that must be a real date. */
export function dateOption(
  name: string,
  value: string | undefined,
  isDate: (iso: string) => boolean,
): string {
  if (value === undefined) throw new UsageError(`--${name} is required (YYYY-MM-DD)`);
  if (!isDate(value)) throw new UsageError(`--${name}: expected a date as YYYY-MM-DD, got '${value}'`);
  return value;
}
