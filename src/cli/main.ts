// `samtale <command> …`: the domain rules from the command line. One file per command in commands/.
import { EXIT, UsageError, type CliIo, type Command } from './io';

const COMMANDS: Record<string, { summary: string; run: () => Promise<Command> }> = {
  due: { summary: 'conversations due per person', run: () => import('./commands/due').then((m) => m.due) },
  checklist: {
    summary: 'onboarding or exit checklist with deadlines',
    run: () => import('./commands/checklist').then((m) => m.checklist),
  },
  schema: {
    summary: 'JSON Schema of an input format',
    run: () => import('./commands/schema').then((m) => m.schema),
  },
  'demo-org': {
    summary: "the demo's fictional municipality as an org file",
    run: () => import('./commands/demo-org').then((m) => m.demoOrg),
  },
  templates: {
    summary: 'the conversation templates',
    run: () => import('./commands/templates').then((m) => m.templates),
  },
  plan: {
    summary: 'plan a round of conversations on given busy data (dry run)',
    run: () => import('./commands/plan').then((m) => m.plan),
  },
  'render-referat': {
    summary: 'the referat as a PDF/A-2b file',
    run: () => import('./commands/render-referat').then((m) => m.renderReferat),
  },
  report: {
    summary: 'compliance or shared needs per unit and period (table, CSV, JSON)',
    run: () => import('./commands/report').then((m) => m.report),
  },
  remind: {
    summary: 'preview the reminders due on a day (--dry-run; the server sends)',
    run: () => import('./commands/remind').then((m) => m.remind),
  },
  export: {
    summary: "everything stored about a person, as JSON (GDPR art. 15; the server's store)",
    run: () => import('./commands/export').then((m) => m.exportCommand),
  },
  retention: {
    summary: 'what the policy makes due for deletion (--dry-run), or delete it',
    run: () => import('./commands/retention').then((m) => m.retention),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  samtale ${name.padEnd(16)} ${c.summary}`);
  return ['Usage: samtale <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`samtale: unknown command '${name}'\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await (
      await command.run()
    )(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`samtale ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`samtale ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
