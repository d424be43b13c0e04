// Runs Azurite's table service inside this process and ends it when the parent goes away.
// The parent holds our stdin open; when it exits for any reason (even SIGKILL, where no exit handler
// runs) the pipe closes, we see end-of-file and shut down. So Azurite never outlives whoever started it.
/* global setTimeout */
// Usage: node azurite-child.mjs <path to azurite's table/main.js> [azurite-table options]
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: azurite-child.mjs <azurite table main.js> [options]');
  process.exit(2);
}

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  // Azurite closes its server (and saves its database) on SIGINT, after which the process ends by itself;
  // the unref'd timer only fires if something still holds it open after three seconds
  setTimeout(() => process.exit(0), 3000).unref();
  process.kill(process.pid, 'SIGINT');
}
process.stdin.on('end', shutdown);
process.stdin.on('error', shutdown);
process.stdin.resume();

process.argv = [process.argv[0] ?? 'node', script, ...args];
await import(pathToFileURL(script).href);
