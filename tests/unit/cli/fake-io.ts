// A CliIo that records output and reads files from a map, so CLI tests touch no disk.
import type { CliIo } from '../../../src/cli/io';

export interface FakeIo extends CliIo {
  out: string[];
  err: string[];
  /** files written through writeFile, by path */
  written: Map<string, Uint8Array>;
}

export function fakeIo(files: Record<string, unknown> = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  return {
    out,
    err,
    written,
    writeFile: async (path, bytes) => void written.set(path, bytes),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file '${path}'`);
      const content = files[path];
      return typeof content === 'string' ? content : JSON.stringify(content);
    },
  };
}
