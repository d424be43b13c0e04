// The Store port on Azure Tables: Azurite in the demo and in tests, Azure Table Storage or Azure Cosmos DB
// for Table in production. The same client speaks to all three; only the connection string differs.
import { odata, TableClient, type TableEntity, type TableServiceClientOptions } from '@azure/data-tables';
import { z } from 'zod';
import { AlreadyExistsError, ConflictError, type Store, type Stored } from '../../ports/store';
import { decodeValue, encodeValue, type EncodedValue } from './encoding';
import { asStoreUnavailable } from './errors';
import { checkKey, keysStorable, prefixUpperBound, tableName } from './keys';

export const ZTableStoreOptions = z.object({
  /** an Azure Storage or Cosmos DB for Table connection string; Azurite's uses http */
  connectionString: z.string().min(1),
  /** put before every table name, e.g. "test1" so parallel test runs do not share tables */
  tablePrefix: z
    .string()
    .regex(/^[A-Za-z0-9]*$/, 'letters and digits only')
    .default(''),
  /**
   * how long one try may wait for the service's answer; default 10 s. Without it a service that accepts the
   * connection and never answers would hold a person's save (and the request behind it) for ever.
   */
  requestTimeoutMs: z.number().int().positive().default(10_000),
  /**
   * retries of a try that got no answer or a 408/429/5xx, with growing pauses from retryDelayMs up to
   * maxRetryDelayMs: a table service restarting (Azurite) or failing over is back within those few seconds
   * more often than not. Defaults 3, 500 ms, 4 s: about 3.5 s of pauses at most before the caller is told.
   */
  maxRetries: z.number().int().min(0).default(3),
  /**
   * requests to the service at once from this instance; more wait here, where waiting costs nothing and does
   * not count against requestTimeoutMs. Without it a burst (200 leaders opening the overview, 20 reads each)
   * put thousands of requests on the service at once: each then waited past its timeout behind the others
   * and was sent again, which only added to the queue (issue 9 load bench). Default 64.
   */
  maxInFlight: z.number().int().positive().default(64),
  retryDelayMs: z.number().int().positive().default(500),
  maxRetryDelayMs: z.number().int().positive().default(4000),
});
export type TableStoreOptions = z.input<typeof ZTableStoreOptions>;

const ZServiceError = z.object({ statusCode: z.number() });
const statusOf = (error: unknown) => ZServiceError.safeParse(error).data?.statusCode;

function etagOf(etag: string | undefined, where: string): string {
  if (!etag) throw new Error(`${where}: the table service returned no ETag`);
  return etag;
}

export function createTableStore(options: TableStoreOptions): Store {
  const parsed = ZTableStoreOptions.parse(options);
  const { connectionString, tablePrefix } = parsed;
  // Azurite listens on plain http; the SDK refuses that unless told, and must not for a real account
  const allowInsecureConnection =
    /DefaultEndpointsProtocol=http;|TableEndpoint=http:|UseDevelopmentStorage=true/i.test(connectionString);
  const clients = new Map<string, Promise<TableClient>>();

  /** the table's client, creating the table on first use (one attempt at a time per table) */
  function tableClient(table: string): Promise<TableClient> {
    const name = tableName(tablePrefix, table);
    let ready = clients.get(name);
    if (!ready) {
      const client = TableClient.fromConnectionString(connectionString, name, {
        allowInsecureConnection,
        retryOptions: {
          maxRetries: parsed.maxRetries,
          retryDelayInMs: parsed.retryDelayMs,
          maxRetryDelayInMs: parsed.maxRetryDelayMs,
        },
        additionalPolicies: [{ policy: perTryTimeout(parsed.requestTimeoutMs), position: 'perRetry' }],
      });
      // createTable already treats 409 TableAlreadyExists as success
      ready = client.createTable().then(() => client);
      ready.catch(() => clients.delete(name));
      clients.set(name, ready);
    }
    return ready;
  }

  function entityOf(
    table: string,
    partitionKey: string,
    rowKey: string,
    value: unknown,
  ): TableEntity<EncodedValue> {
    checkKey(table, 'partitionKey', partitionKey);
    checkKey(table, 'rowKey', rowKey);
    return { partitionKey, rowKey, ...encodeValue(value, `${table}/${partitionKey}/${rowKey}`) };
  }

  const store: Store = {
    async get<T>(table: string, partitionKey: string, rowKey: string): Promise<Stored<T> | null> {
      // nothing can be stored under such a key, so "none" is the truth, and the service is not asked: it would
      // answer 400, which every caller (the Outlook pane, the bot, the CLI, a timer) took for a fault, a 500
      if (!keysStorable(partitionKey, rowKey)) return null;
      const client = await tableClient(table);
      try {
        const entity = await client.getEntity<Record<string, unknown>>(partitionKey, rowKey);
        const value = decodeValue<T>(entity, `${table}/${partitionKey}/${rowKey}`);
        return { partitionKey, rowKey, value, etag: entity.etag };
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw error;
      }
    },

    async insert<T>(table: string, partitionKey: string, rowKey: string, value: T): Promise<Stored<T>> {
      const entity = entityOf(table, partitionKey, rowKey, value);
      const client = await tableClient(table);
      try {
        const response = await client.createEntity(entity);
        return { partitionKey, rowKey, value, etag: etagOf(response.etag, 'insert') };
      } catch (error) {
        if (statusOf(error) === 409) throw new AlreadyExistsError(table, partitionKey, rowKey);
        throw error;
      }
    },

    async put<T>(
      table: string,
      partitionKey: string,
      rowKey: string,
      value: T,
      etag?: string,
    ): Promise<Stored<T>> {
      const entity = entityOf(table, partitionKey, rowKey, value);
      const client = await tableClient(table);
      if (etag === undefined) {
        const response = await client.upsertEntity(entity, 'Replace');
        return { partitionKey, rowKey, value, etag: etagOf(response.etag, 'put') };
      }
      try {
        const response = await client.updateEntity(entity, 'Replace', { etag });
        return { partitionKey, rowKey, value, etag: etagOf(response.etag, 'put') };
      } catch (error) {
        // 412: someone wrote since; 404: someone deleted since. Either way the caller's version is gone.
        const status = statusOf(error);
        if (status === 412 || status === 404) throw new ConflictError(table, partitionKey, rowKey);
        throw error;
      }
    },

    async delete(table: string, partitionKey: string, rowKey: string, etag?: string): Promise<void> {
      // as deleting a missing entity: there is none under a key that cannot be stored
      if (!keysStorable(partitionKey, rowKey)) return;
      const client = await tableClient(table);
      try {
        await client.deleteEntity(partitionKey, rowKey, { etag: etag ?? '*' });
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) return;
        if (status === 412) throw new ConflictError(table, partitionKey, rowKey);
        throw error;
      }
    },

    async list<T>(table: string, partitionKey: string, rowKeyPrefix = ''): Promise<Stored<T>[]> {
      if (!keysStorable(partitionKey)) return [];
      const client = await tableClient(table);
      let filter = odata`PartitionKey eq ${partitionKey}`;
      if (rowKeyPrefix !== '') {
        filter += odata` and RowKey ge ${rowKeyPrefix}`;
        const bound = prefixUpperBound(rowKeyPrefix);
        if (bound !== null) filter += odata` and RowKey lt ${bound}`;
      }
      const found: Stored<T>[] = [];
      // the iterator follows continuation tokens: every page, not only the first 1,000 entities
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
        const rowKey = entity.rowKey ?? '';
        if (!rowKey.startsWith(rowKeyPrefix)) continue;
        const value = decodeValue<T>(entity, `${table}/${partitionKey}/${rowKey}`);
        found.push({ partitionKey, rowKey, value, etag: entity.etag });
      }
      return found;
    },
  };
  return unavailableAsAppError(atMostInFlight(parsed.maxInFlight, store));
}

/** each try (the first and every retry) gets its own deadline */
type PipelinePolicy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number]['policy'];

function perTryTimeout(ms: number): PipelinePolicy {
  return {
    name: 'samtalePerTryTimeout',
    sendRequest: (request, next) => {
      request.timeout = ms;
      return next(request);
    },
  };
}

/** the store with at most `max` of its calls running at once; the others wait their turn, first come first */
export function atMostInFlight(max: number, store: Store): Store {
  let running = 0;
  const waiting: (() => void)[] = [];
  const turn = async <R>(run: () => Promise<R>): Promise<R> => {
    if (running < max) running += 1;
    else await new Promise<void>((go) => waiting.push(go));
    try {
      return await run();
    } finally {
      // hand the place to the next in line, or give it up
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
  return {
    get: (t, p, r) => turn(() => store.get(t, p, r)),
    insert: (t, p, r, v) => turn(() => store.insert(t, p, r, v)),
    put: (t, p, r, v, etag) => turn(() => store.put(t, p, r, v, etag)),
    delete: (t, p, r, etag) => turn(() => store.delete(t, p, r, etag)),
    list: (t, p, prefix) => turn(() => store.list(t, p, prefix)),
  };
}

/** the table service not answering, as StoreUnavailableError (503 upstream-unavailable), not an internal 500 */
function unavailableAsAppError(store: Store): Store {
  const guard = async <R>(operation: string, run: () => Promise<R>): Promise<R> => {
    try {
      return await run();
    } catch (error) {
      throw asStoreUnavailable(error, operation);
    }
  };
  return {
    get: <T>(t: string, p: string, r: string) => guard(`get ${t}`, () => store.get<T>(t, p, r)),
    insert: <T>(t: string, p: string, r: string, v: T) =>
      guard(`insert ${t}`, () => store.insert(t, p, r, v)),
    put: <T>(t: string, p: string, r: string, v: T, etag?: string) =>
      guard(`put ${t}`, () => store.put(t, p, r, v, etag)),
    delete: (t: string, p: string, r: string, etag?: string) =>
      guard(`delete ${t}`, () => store.delete(t, p, r, etag)),
    list: <T>(t: string, p: string, prefix?: string) => guard(`list ${t}`, () => store.list<T>(t, p, prefix)),
  };
}
