// Where the product keeps its own state (conversations, referat drafts, approvals, outbox, leases).
// Entities are grouped in tables and partitions; a partition is the unit of a transaction and a query.

/** A stored entity with its version tag. */
export interface Stored<T> {
  partitionKey: string;
  rowKey: string;
  value: T;
  /** Opaque version; pass it back to update or delete only that version. */
  etag: string;
}

/** Thrown when the entity changed since the caller read it (the ETag no longer matches). */
export class ConflictError extends Error {
  readonly code = 'conflict';
  constructor(
    readonly table: string,
    readonly partitionKey: string,
    readonly rowKey: string,
  ) {
    super(`${table}/${partitionKey}/${rowKey} was changed by someone else`);
    this.name = 'ConflictError';
  }
}

/** Thrown when an insert finds the key taken. */
export class AlreadyExistsError extends Error {
  readonly code = 'already-exists';
  constructor(
    readonly table: string,
    readonly partitionKey: string,
    readonly rowKey: string,
  ) {
    super(`${table}/${partitionKey}/${rowKey} already exists`);
    this.name = 'AlreadyExistsError';
  }
}

/**
 * Azure allows 1 KiB (UTF-16) per key and Cosmos DB for Table 1023 bytes (UTF-8); 255 characters fit both.
 * Generated ids are uuids and template ids short slugs, so this leaves room for keys made of two ids.
 */
export const MAX_KEY_LENGTH = 255;

// Azure Tables forbids / \ # ? and the control characters U+0000-U+001F and U+007F-U+009F in keys.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_KEY = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

/**
 * Why a partition or row key cannot be stored, or null when it can. The one rule for every Store and every
 * surface that checks an id before it reaches one (the API's path guard, card data); an empty key is refused
 * too: no id Samtale makes is empty, so one is always a mistake.
 */
export function keyProblem(key: string): string | null {
  if (typeof key !== 'string' || key.length === 0) return 'is empty';
  if (key.length > MAX_KEY_LENGTH)
    return `is ${key.length} characters; at most ${MAX_KEY_LENGTH} are allowed`;
  const bad = FORBIDDEN_IN_KEY.exec(key);
  if (!bad) return null;
  const shown = '/\\#?'.includes(bad[0]) ? bad[0] : `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`;
  return `contains ${shown}; / \\ # ? and control characters are not allowed`;
}

/** a key the table service can store (see keyProblem) */
export function isStorableKey(key: string): boolean {
  return keyProblem(key) === null;
}

/**
 * Thrown by insert and put for a key no Store can hold (see keyProblem): bad input, refused before anything
 * is written. Reads of such a key find nothing and deleting one does nothing, since nothing can be under it.
 */
export class UnstorableKeyError extends Error {
  readonly code = 'unstorable-key';
  constructor(
    readonly table: string,
    readonly kind: 'partitionKey' | 'rowKey',
    key: string,
  ) {
    // the start of the key is enough to find it in a log; a hostile one may be long
    const shown = JSON.stringify(String(key).slice(0, 40)) + (String(key).length > 40 ? '…' : '');
    super(`${table}: ${kind} ${shown} ${keyProblem(key) ?? 'is not storable'}`);
    this.name = 'UnstorableKeyError';
  }
}

export interface Store {
  /** read one entity, or null when there is none (always for a key no Store can hold) */
  get<T>(table: string, partitionKey: string, rowKey: string): Promise<Stored<T> | null>;
  /** create an entity; AlreadyExistsError when the key is taken, UnstorableKeyError for a key none can hold */
  insert<T>(table: string, partitionKey: string, rowKey: string, value: T): Promise<Stored<T>>;
  /**
   * replace an entity only if its ETag still matches; ConflictError otherwise. Without etag: create or replace.
   * UnstorableKeyError for a key no Store can hold.
   */
  put<T>(table: string, partitionKey: string, rowKey: string, value: T, etag?: string): Promise<Stored<T>>;
  /**
   * delete an entity only if its ETag still matches (any version when etag is omitted); no error when absent,
   * as it always is under a key no Store can hold
   */
  delete(table: string, partitionKey: string, rowKey: string, etag?: string): Promise<void>;
  /**
   * every entity of a partition, ordered by row key, optionally only row keys starting with prefix; none for a
   * partition key no Store can hold
   */
  list<T>(table: string, partitionKey: string, rowKeyPrefix?: string): Promise<Stored<T>[]>;
}
