// Reading the whole store, table by table: what the right of access (GDPR art. 15) needs so that nothing stored
// about a person is left out, including a table added after the export was written. Not for request paths:
// a scan reads every partition, which DESIGN §8 keeps off the hot path.
import type { Stored } from './store';

export interface StoreScan {
  /** the names of every table the store holds, as the Store port names them (without a deployment's prefix) */
  tables(): Promise<string[]>;
  /** every entity of a table, all partitions, in the service's order */
  scan<T>(table: string): AsyncIterable<Stored<T>>;
}
