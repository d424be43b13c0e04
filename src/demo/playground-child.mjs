// Runs the Microsoft 365 Agents Playground inside this process and ends it when the parent goes away: the
// parent holds our stdin open; when it exits for any reason (even SIGKILL) the pipe closes, we see
// end-of-file and exit. So the playground never outlives the demo that started it (as azurite-child.mjs).
// Usage: node playground-child.mjs <path to the playground's cli.js> [playground options]
import { createRequire } from 'node:module';

const [cli, ...args] = process.argv.slice(2);
if (!cli) {
  console.error('usage: playground-child.mjs <m365agentsplayground cli.js> [options]');
  process.exit(2);
}
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

process.argv = [process.argv[0] ?? 'node', cli, ...args];
createRequire(import.meta.url)(cli);
