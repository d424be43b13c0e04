// What Azure Tables (and Cosmos DB for Table) accept as table names and keys. Checked before any request,
// so a bad key fails the same way in the memory store, in Azurite and in production, with a clear message
// instead of a 400 from the service ("The remote server returned an error" tells a caller nothing). The key
// rule itself is the Store port's (isStorableKey), shared with the API's path guard.
import { isStorableKey, UnstorableKeyError } from '../../ports/store';

/** Thrown for a table name the service would refuse: names are ours, so one is a bug, never input. */
export class InvalidTableNameError extends Error {
  readonly code = 'invalid-table-name';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTableNameError';
  }
}

/** Throws UnstorableKeyError unless the partition or row key is one Azure Tables accepts (ports/store.ts). */
export function checkKey(table: string, kind: 'partitionKey' | 'rowKey', key: string): void {
  if (!isStorableKey(key)) throw new UnstorableKeyError(table, kind, key);
}

/** false when either key is one no Store can hold: a read finds nothing there, without asking the service */
export function keysStorable(partitionKey: string, rowKey?: string): boolean {
  return isStorableKey(partitionKey) && (rowKey === undefined || isStorableKey(rowKey));
}

/** The full table name: alphanumeric, starting with a letter, 3-63 characters (Azure's rule). */
export function tableName(prefix: string, table: string): string {
  const name = prefix + table;
  if (!/^[A-Za-z][A-Za-z0-9]{2,62}$/.test(name) || name.toLowerCase() === 'tables') {
    throw new InvalidTableNameError(
      `table name "${name}" is not allowed: use 3-63 letters and digits, starting with a letter`,
    );
  }
  return name;
}

/**
 * The smallest string above every string that starts with prefix, for a range query
 * `RowKey ge prefix and RowKey lt bound`; null when no bound is needed (every key qualifies).
 */
export function prefixUpperBound(prefix: string): string | null {
  let end = prefix.length;
  while (end > 0 && prefix.charCodeAt(end - 1) === 0xffff) end--;
  if (end === 0) return null;
  return prefix.slice(0, end - 1) + String.fromCharCode(prefix.charCodeAt(end - 1) + 1);
}
