// The Directory port on Microsoft Graph: users, their manager and their direct reports.
import type { Client, PageCollection } from '@microsoft/microsoft-graph-client';
import { PageIterator } from '@microsoft/microsoft-graph-client';
import type { Directory, DirectoryPerson } from '../../ports/directory';
import { GraphRequestError, toGraphRequestError } from './errors';
import { LEAVE_DATE_PROPERTY, toDirectoryPerson, userSelect } from './user-mapping';

export { GraphRequestError };

export interface GraphDirectoryOptions {
  client: Client;
  /** where the tenant keeps the position percentage (see toDirectoryPerson); default 'extensionAttribute1' */
  positionPercentAttribute?: string;
  /** users per page of directReports; default 999, Graph's largest */
  pageSize?: number;
}

/** Graph failures other than 404 throw GraphRequestError (an AppError 'upstream-unavailable'). */
export function createGraphDirectory(options: GraphDirectoryOptions): Directory {
  const { client } = options;
  const attribute = options.positionPercentAttribute ?? 'extensionAttribute1';
  let select = userSelect(attribute);

  /**
   * The leave date needs User-LifeCycleInfo.Read.All as well (docs/deploy.md). Where the tenant has not
   * granted it, Graph refuses the whole request with 403: the adapter then reads without the leave date from
   * there on, so the product works with end dates the leaders record instead.
   */
  async function withSelect<T>(read: (fields: string[]) => Promise<T>): Promise<T> {
    try {
      return await read(select);
    } catch (error) {
      const withLeaveDate = select.includes(LEAVE_DATE_PROPERTY);
      if (!withLeaveDate || !(error instanceof GraphRequestError) || error.status !== 403) throw error;
      select = userSelect(attribute, false);
      return read(select);
    }
  }

  const getOne = (path: string): Promise<DirectoryPerson | null> =>
    withSelect(async (fields) => {
      try {
        return toDirectoryPerson(await client.api(path).select(fields).get(), attribute);
      } catch (error) {
        const failure = toGraphRequestError(error, path);
        if (failure.status === 404) return null;
        throw failure;
      }
    });

  return {
    getPerson: (id) => getOne(`/users/${encodeURIComponent(id)}`),
    getManager: (id) => getOne(`/users/${encodeURIComponent(id)}/manager`),
    listDirectReports: (leaderId) =>
      withSelect(async (fields) => {
        const path = `/users/${encodeURIComponent(leaderId)}/directReports`;
        const people: DirectoryPerson[] = [];
        try {
          const first = (await client
            .api(path)
            .select(fields)
            .top(options.pageSize ?? 999)
            .get()) as PageCollection;
          // Only users are people; directReports may also hold contacts or other directory objects.
          const iterator = new PageIterator(client, first, (item: { '@odata.type'?: string }) => {
            const type = item['@odata.type'];
            if (type === undefined || type === '#microsoft.graph.user')
              people.push(toDirectoryPerson(item, attribute));
            return true;
          });
          await iterator.iterate();
        } catch (error) {
          const failure = toGraphRequestError(error, path);
          if (failure.status === 404) return []; // someone not in the directory leads no one
          throw failure;
        }
        return people;
      }),
    listPeople: () =>
      withSelect(async (fields) => {
        // /users pages at most 999 at a time; at 50,000 employees that is 51 requests, followed by nextLink
        const people: DirectoryPerson[] = [];
        try {
          const first = (await client
            .api('/users')
            .select(fields)
            .top(options.pageSize ?? 999)
            .get()) as PageCollection;
          const iterator = new PageIterator(client, first, (item: unknown) => {
            people.push(toDirectoryPerson(item, attribute));
            return true;
          });
          await iterator.iterate();
        } catch (error) {
          throw toGraphRequestError(error, '/users');
        }
        return people;
      }),
  };
}
