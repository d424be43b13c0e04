// The Store port in memory, for unit tests. It keeps the table store's rules (key checks, JSON copies,
// size limits, ETags), and tests/integration/store-contract.test.ts runs the same cases against both,
// so a test that passes here does not fail against Azure.
import { AlreadyExistsError, ConflictError, type Store, type Stored } from '../../ports/store';
import { decodeValue, encodeValue, type EncodedValue } from '../tables/encoding';
import { checkKey, keysStorable, tableName } from '../tables/keys';

interface Row {
  encoded: EncodedValue;
  etag: string;
}

export function createMemoryStore(): Store {
  const tables = new Map<string, Map<string, Map<string, Row>>>();
  let version = 0;

  /** the partition's rows; the caller has checked the keys */
  function rowsOf(table: string, partitionKey: string): Map<string, Row> {
    const name = tableName('', table);
    let partitions = tables.get(name);
    if (!partitions) tables.set(name, (partitions = new Map()));
    let rows = partitions.get(partitionKey);
    if (!rows) partitions.set(partitionKey, (rows = new Map()));
    return rows;
  }

  // values are kept as their JSON and read back as fresh copies, as from Azure: no shared objects
  const stored = <T>(partitionKey: string, rowKey: string, row: Row): Stored<T> => ({
    partitionKey,
    rowKey,
    value: decodeValue<T>(row.encoded, rowKey),
    etag: row.etag,
  });

  function save<T>(
    rows: Map<string, Row>,
    partitionKey: string,
    rowKey: string,
    encoded: EncodedValue,
  ): Stored<T> {
    const row = { encoded, etag: `W/"mem-${++version}"` };
    rows.set(rowKey, row);
    return stored(partitionKey, rowKey, row);
  }

  // async methods, so a caller that forgets an await fails here as it would against Azure
  return {
    async get<T>(table: string, partitionKey: string, rowKey: string): Promise<Stored<T> | null> {
      // as the table store: nothing can be stored under such a key, so there is none
      if (!keysStorable(partitionKey, rowKey)) return null;
      const row = rowsOf(table, partitionKey).get(rowKey);
      return row ? stored<T>(partitionKey, rowKey, row) : null;
    },

    async insert<T>(table: string, partitionKey: string, rowKey: string, value: T): Promise<Stored<T>> {
      checkKey(table, 'partitionKey', partitionKey);
      checkKey(table, 'rowKey', rowKey);
      const rows = rowsOf(table, partitionKey);
      const encoded = encodeValue(value, `${table}/${partitionKey}/${rowKey}`);
      if (rows.has(rowKey)) throw new AlreadyExistsError(table, partitionKey, rowKey);
      return save(rows, partitionKey, rowKey, encoded);
    },

    async put<T>(
      table: string,
      partitionKey: string,
      rowKey: string,
      value: T,
      etag?: string,
    ): Promise<Stored<T>> {
      checkKey(table, 'partitionKey', partitionKey);
      checkKey(table, 'rowKey', rowKey);
      const rows = rowsOf(table, partitionKey);
      const encoded = encodeValue(value, `${table}/${partitionKey}/${rowKey}`);
      if (etag !== undefined && rows.get(rowKey)?.etag !== etag)
        throw new ConflictError(table, partitionKey, rowKey);
      return save(rows, partitionKey, rowKey, encoded);
    },

    async delete(table: string, partitionKey: string, rowKey: string, etag?: string): Promise<void> {
      // as deleting a missing entity: there is none under a key that cannot be stored
      if (!keysStorable(partitionKey, rowKey)) return;
      const rows = rowsOf(table, partitionKey);
      const row = rows.get(rowKey);
      if (!row) return;
      if (etag !== undefined && etag !== '*' && row.etag !== etag)
        throw new ConflictError(table, partitionKey, rowKey);
      rows.delete(rowKey);
    },

    async list<T>(table: string, partitionKey: string, rowKeyPrefix = ''): Promise<Stored<T>[]> {
      if (!keysStorable(partitionKey)) return [];
      const rows = rowsOf(table, partitionKey);
      return [...rows.entries()]
        .filter(([rowKey]) => rowKey.startsWith(rowKeyPrefix))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([rowKey, row]) => stored<T>(partitionKey, rowKey, row));
    },
  };
}
