// The store the server uses, opened for the export and retention commands from the settings the server reads:
// SAMTALE_STORAGE_CONNECTION_STRING and SAMTALE_TABLE_PREFIX (production, see .env.example), or, with no
// connection string, the demo's Azurite data under SAMTALE_DATA_DIR (default .data), started for the command.
// Azurite keeps its data in one process: stop `npm start` before running a command on the demo's data.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createTableScan } from '../adapters/tables/table-scan';
import { createTableStore } from '../adapters/tables/table-store';
import { startAzurite } from '../demo/azurite';
import type { Store } from '../ports/store';
import type { StoreScan } from '../ports/store-scan';
import type { CliIo } from './io';
import { UsageError } from './io';

export interface OpenedStore {
  store: Store;
  scan: StoreScan;
  /** where the data is, for the command's first line (never the connection string: it holds the key) */
  where: string;
  close(): Promise<void>;
}

export async function openServerStore(io: CliIo): Promise<OpenedStore> {
  // bin/samtale.js hands over the environment (with .env read into it); tests pass their own
  const env = io.env ?? {};
  const tablePrefix = env.SAMTALE_TABLE_PREFIX || 'samtale';
  if (!/^[A-Za-z][A-Za-z0-9]{0,19}$/.test(tablePrefix))
    throw new UsageError('SAMTALE_TABLE_PREFIX: letters and digits, starting with a letter');
  const connectionString = env.SAMTALE_STORAGE_CONNECTION_STRING;
  if (connectionString) {
    const account = /AccountName=([^;]+)/i.exec(connectionString)?.[1] ?? 'the configured account';
    return {
      store: createTableStore({ connectionString, tablePrefix }),
      scan: createTableScan({ connectionString, tablePrefix }),
      where: `${account}, tables ${tablePrefix}*`,
      close: async () => {},
    };
  }
  const location = path.resolve(env.SAMTALE_DATA_DIR || '.data', 'azurite');
  if (!existsSync(location))
    throw new UsageError(
      `no SAMTALE_STORAGE_CONNECTION_STRING, and no demo data in ${location} (run npm start once)`,
    );
  const azurite = await startAzurite({ inMemory: false, location });
  return {
    store: createTableStore({ connectionString: azurite.connectionString, tablePrefix }),
    scan: createTableScan({ connectionString: azurite.connectionString, tablePrefix }),
    where: `the demo's data in ${location}`,
    close: () => azurite.stop(),
  };
}
