// What Azure Tables (and Cosmos DB for Table) accept as table names and keys. Checked before any request,
// so a bad key fails the same way in the memory store, in Azurite and in production, with a clear message
// instead of a 400 from the service ("The remote server returned an error" tells a caller nothing).

/** Thrown for a table name or key the service would refuse. */
export class InvalidStoreKeyError extends Error {
  readonly code = 'invalid-store-key';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidStoreKeyError';
  }
}

/** Azure allows 1 KiB (UTF-16) per key and Cosmos DB 1023 bytes (UTF-8); 255 characters fit both. */
export const MAX_KEY_LENGTH = 255;

// Azure Tables forbids / \ # ? and the control characters U+0000-U+001F and U+007F-U+009F in keys.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_KEY = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

/** Throws InvalidStoreKeyError unless the partition or row key is one Azure Tables accepts. */
export function checkKey(kind: 'partitionKey' | 'rowKey', key: string): void {
  if (typeof key !== 'string' || key.length === 0)
    throw new InvalidStoreKeyError(`${kind} must be a non-empty string`);
  if (key.length > MAX_KEY_LENGTH) {
    throw new InvalidStoreKeyError(
      `${kind} is ${key.length} characters; at most ${MAX_KEY_LENGTH} are allowed`,
    );
  }
  const bad = FORBIDDEN_IN_KEY.exec(key);
  if (bad) {
    const shown = '/\\#?'.includes(bad[0])
      ? bad[0]
      : `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`;
    throw new InvalidStoreKeyError(
      `${kind} "${key}" contains ${shown}; / \\ # ? and control characters are not allowed`,
    );
  }
}

/** The full table name: alphanumeric, starting with a letter, 3-63 characters (Azure's rule). */
export function tableName(prefix: string, table: string): string {
  const name = prefix + table;
  if (!/^[A-Za-z][A-Za-z0-9]{2,62}$/.test(name) || name.toLowerCase() === 'tables') {
    throw new InvalidStoreKeyError(
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
