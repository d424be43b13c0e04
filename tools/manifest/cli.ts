// What the two commands share: argument parsing and how a ManifestError becomes a message and an exit code.
import { parseArgs } from 'node:util';
import { ManifestError } from './errors';

export function parseCommandArgs(
  args: string[],
  options: Record<string, { type: 'string'; default?: string }>,
  usage: string,
): Record<string, string | undefined> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | undefined
    >;
  } catch (error) {
    throw new ManifestError(`${(error as Error).message}\nusage: ${usage}`, 2);
  }
}

/** Runs a command; a ManifestError prints its message and exits 1 (schema) or 2 (input). */
export function runCommand(command: () => void): void {
  try {
    command();
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    console.error(error.message);
    process.exitCode = error.exitCode;
  }
}
