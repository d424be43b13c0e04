// The StoreScan port on Azure Tables: the service's table list (only this deployment's prefix) and a query
// without a filter, following continuation tokens. For the export and retention commands, never a request path.
import { TableClient, TableServiceClient } from '@azure/data-tables';
import type { StoreScan } from '../../ports/store-scan';
import type { Stored } from '../../ports/store';
import { decodeValue } from './encoding';
import { asStoreUnavailable } from './errors';
import { tableName } from './keys';

export function createTableScan(options: { connectionString: string; tablePrefix?: string }): StoreScan {
  const prefix = options.tablePrefix ?? '';
  const allowInsecureConnection =
    /DefaultEndpointsProtocol=http;|TableEndpoint=http:|UseDevelopmentStorage=true/i.test(
      options.connectionString,
    );
  const clientOptions = { allowInsecureConnection };
  return {
    async tables() {
      const service = TableServiceClient.fromConnectionString(options.connectionString, clientOptions);
      const names: string[] = [];
      try {
        for await (const table of service.listTables()) {
          const name = table.name ?? '';
          // another deployment (or test run) with another prefix shares the account: not ours to read
          if (name.startsWith(prefix) && name.length > prefix.length) names.push(name.slice(prefix.length));
        }
      } catch (error) {
        throw asStoreUnavailable(error, 'list tables');
      }
      return names.sort();
    },
    async *scan<T>(table: string): AsyncIterable<Stored<T>> {
      const name = tableName(prefix, table);
      const client = TableClient.fromConnectionString(options.connectionString, name, clientOptions);
      try {
        for await (const entity of client.listEntities<Record<string, unknown>>()) {
          const partitionKey = entity.partitionKey ?? '';
          const rowKey = entity.rowKey ?? '';
          const value = decodeValue<T>(entity, `${table}/${partitionKey}/${rowKey}`);
          yield { partitionKey, rowKey, value, etag: entity.etag };
        }
      } catch (error) {
        throw asStoreUnavailable(error, `scan ${table}`);
      }
    },
  };
}
