// npm run validate [-- --env demo] [--file manifest.json]: fills the manifest's placeholders for an environment
// and validates it offline against the schema in @microsoft/app-manifest. A file without placeholders is
// validated as it is. Prints the schema's message with the JSON path; exit 1 when invalid, 2 on bad input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCommandArgs, runCommand } from './manifest/cli';
import { ManifestError } from './manifest/errors';
import { placeholdersOf } from './manifest/fill';
import { TEMPLATE_FILE, filledManifest, parseManifestJson } from './manifest/load';
import { assertValidManifest } from './manifest/schema';

runCommand(() => {
  const args = parseCommandArgs(
    process.argv.slice(2),
    { env: { type: 'string', default: 'demo' }, file: { type: 'string' } },
    'npm run validate -- [--env demo] [--file manifest.json]',
  );
  const env = args.env ?? 'demo';
  const file = path.resolve(args.file ?? TEMPLATE_FILE);
  const source = path.relative(process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ManifestError(`${source}: cannot read the file`, 2);
  }
  const manifest =
    placeholdersOf(text).length > 0 ? filledManifest(env, file) : parseManifestJson(text, source);
  assertValidManifest(manifest, source);
  console.log(
    `${source}: valid (manifest ${String((manifest as { manifestVersion: unknown }).manifestVersion)}, env ${env})`,
  );
});
