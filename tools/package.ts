// npm run package [-- --env demo] [--out DIR]: writes DIR/samtale-<env>.zip (default dist/appPackage/) for
// upload in Teams admin center. Exit 1 when the filled manifest breaks the schema, 2 on bad input.
import path from 'node:path';
import { buildAppPackage } from './manifest/app-package';
import { parseCommandArgs, runCommand } from './manifest/cli';

runCommand(() => {
  const args = parseCommandArgs(
    process.argv.slice(2),
    { env: { type: 'string', default: 'demo' }, out: { type: 'string' } },
    'npm run package -- [--env demo] [--out dist/appPackage]',
  );
  const file = buildAppPackage({
    env: args.env ?? 'demo',
    ...(args.out ? { outDir: path.resolve(args.out) } : {}),
  });
  console.log(`app package: ${path.relative(process.cwd(), file)}`);
});
