// The Store port on Azure Tables: Azurite in the demo and in tests, Azure Table Storage or Azure Cosmos DB
// for Table in production. The same client speaks to all three; only the connection string differs.
import { odata, TableClient, type TableEntity } from '@azure/data-tables';
import { z } from 'zod';
import { AlreadyExistsError, ConflictError, type Store, type Stored } from '../../ports/store';
import { decodeValue, encodeValue, type EncodedValue } from './encoding';
import { checkKey, prefixUpperBound, tableName } from './keys';

export const ZTableStoreOptions = z.object({
  /** an Azure Storage or Cosmos DB for Table connection string; Azurite's uses http */
  connectionString: z.string().min(1),
  /** put before every table name, e.g. "test1" so parallel test runs do not share tables */
  tablePrefix: z
    .string()
    .regex(/^[A-Za-z0-9]*$/, 'letters and digits only')
    .default(''),
});
export type TableStoreOptions = z.input<typeof ZTableStoreOptions>;

const ZServiceError = z.object({ statusCode: z.number() });
const statusOf = (error: unknown) => ZServiceError.safeParse(error).data?.statusCode;

function etagOf(etag: string | undefined, where: string): string {
  if (!etag) throw new Error(`${where}: the table service returned no ETag`);
  return etag;
}

export function createTableStore(options: TableStoreOptions): Store {
  const { connectionString, tablePrefix } = ZTableStoreOptions.parse(options);
  // Azurite listens on plain http; the SDK refuses that unless told, and must not for a real account
  const allowInsecureConnection =
    /DefaultEndpointsProtocol=http;|TableEndpoint=http:|UseDevelopmentStorage=true/i.test(connectionString);
  const clients = new Map<string, Promise<TableClient>>();

  /** the table's client, creating the table on first use (one attempt at a time per table) */
  function tableClient(table: string): Promise<TableClient> {
    const name = tableName(tablePrefix, table);
    let ready = clients.get(name);
    if (!ready) {
      const client = TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection });
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
    checkKey('partitionKey', partitionKey);
    checkKey('rowKey', rowKey);
    return { partitionKey, rowKey, ...encodeValue(value, `${table}/${partitionKey}/${rowKey}`) };
  }

  return {
    async get<T>(table: string, partitionKey: string, rowKey: string): Promise<Stored<T> | null> {
      checkKey('partitionKey', partitionKey);
      checkKey('rowKey', rowKey);
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
      checkKey('partitionKey', partitionKey);
      checkKey('rowKey', rowKey);
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
      checkKey('partitionKey', partitionKey);
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
}
