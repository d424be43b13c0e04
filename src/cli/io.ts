/** What a CLI command may touch: output streams and reading input files. Tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** writes a whole file (render-referat, export --out), only after the input was checked */
  writeFile?(path: string, bytes: Uint8Array): Promise<void>;
  /** the environment the server's settings are read from (export and retention open its store) */
  env?: Record<string, string | undefined>;
}

/** Exit codes: 0 ok, 1 failure while running, 2 bad usage or bad input (nothing was written). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Thrown for bad usage or input; main prints the message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
