// CPU time the server side of the load bench used, read from Linux's /proc: the server's event loop thread
// (the API and the in-process Graph emulator) and the Azurite child process, not the worker that plays the
// leaders. Unlike latency, this does not grow when other work on the machine takes the cores, so runs on a
// busy machine can be compared. null where /proc is not there (macOS, Windows).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux that Node supports

/** utime + stime of a /proc stat line, in ms (fields 14 and 15; the name in parentheses may hold spaces) */
function cpuOf(statPath: string): number | null {
  try {
    const stat = readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function azuriteChildren(): string[] {
  try {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          return parent === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('azurite');
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** CPU ms so far of the server thread and of Azurite; null without /proc */
export function serverCpuMs(): { server: number; azurite: number } | null {
  const server = cpuOf(`/proc/${process.pid}/task/${process.pid}/stat`);
  if (server === null) return null;
  const azurite = azuriteChildren().reduce((sum, pid) => sum + (cpuOf(`/proc/${pid}/stat`) ?? 0), 0);
  return { server, azurite };
}
