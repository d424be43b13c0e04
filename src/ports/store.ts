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

export interface Store {
  /** read one entity, or null when there is none */
  get<T>(table: string, partitionKey: string, rowKey: string): Promise<Stored<T> | null>;
  /** create an entity; AlreadyExistsError when the key is taken */
  insert<T>(table: string, partitionKey: string, rowKey: string, value: T): Promise<Stored<T>>;
  /** replace an entity only if its ETag still matches; ConflictError otherwise. Without etag: create or replace. */
  put<T>(table: string, partitionKey: string, rowKey: string, value: T, etag?: string): Promise<Stored<T>>;
  /** delete an entity only if its ETag still matches (any version when etag is omitted); no error when absent */
  delete(table: string, partitionKey: string, rowKey: string, etag?: string): Promise<void>;
  /** every entity of a partition, ordered by row key, optionally only row keys starting with prefix */
  list<T>(table: string, partitionKey: string, rowKeyPrefix?: string): Promise<Stored<T>[]>;
}
