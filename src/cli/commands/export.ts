// samtale export --person ID [--out FILE]
// Right of access (GDPR art. 15): everything Samtale stores about one person, from the store the server uses,
// as JSON with a schema version (src/app/export-person.ts says what is in it and what is not, and why).
import { z } from 'zod';
import { exportPerson } from '../../app/export-person';
import { EXIT, UsageError, type Command } from '../io';
import { parseOptions } from '../parse-options';
import { openServerStore } from '../store-connection';

export const EXPORT_HELP = `Usage: samtale export --person ID [--out FILE]

Writes everything Samtale stores about a person (GDPR art. 15) as JSON: their conversations as employee and
as conductor, preparations, referats, actions, comments, checklists, exemptions, notices sent to them, the
chat reference, the audit entries about them and by them, the rounds they are in, and the settings they saved.
Every table of the store is walked; a table the export does not know stops it (exit 1), so none is left out.
A leader's private notes are in the leader's export only (offl. § 13 jf. fvl. § 13; DESIGN §6).

The store is the server's: SAMTALE_STORAGE_CONNECTION_STRING and SAMTALE_TABLE_PREFIX (or .env), or without
them the demo's data under .data/ (stop npm start first).

  --person ID  the person's Entra object id
  --out FILE   write the JSON to FILE (default: standard output)
`;

export const exportCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(EXPORT_HELP);
    return EXIT.ok;
  }
  const options = parseOptions(args, { person: { type: 'string' }, out: { type: 'string' } });
  if (options.person === undefined) throw new UsageError('--person ID is required');
  if (!z.string().uuid().safeParse(options.person).success)
    throw new UsageError(`--person: expected an Entra object id (a GUID), got '${options.person}'`);
  if (options.out !== undefined && !io.writeFile) throw new Error('this environment cannot write files');

  const opened = await openServerStore(io);
  try {
    const exported = await exportPerson(
      { scan: opened.scan, clock: { now: () => new Date() } },
      { personId: options.person },
    );
    const json = `${JSON.stringify(exported, null, 2)}\n`;
    if (options.out === undefined) io.stdout(json);
    else {
      await io.writeFile!(options.out, new TextEncoder().encode(json));
      const rows = Object.values(exported.sections).reduce((n, rows) => n + rows.length, 0);
      io.stderr(
        `${options.out}: ${rows} rows from ${exported.tables.length} tables, ` +
          `${exported.conversations.length} conversations (${opened.where})\n`,
      );
    }
    return EXIT.ok;
  } finally {
    await opened.close();
  }
};
