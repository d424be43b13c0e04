// Launches Debian's Chromium for the browser tests. A missing browser is a failed run with a clear message,
// never a skipped test: a green run must mean the pages were really looked at.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

// flags for a quiet, reproducible headless run in a container: no sandbox (no user namespaces there),
// no GPU, and none of the background traffic the machine could not reach anyway
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run \`apt-get install chromium\` first.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}
