// The Directory port on Microsoft Graph: users, their manager and their direct reports.
import type { Client, PageCollection } from '@microsoft/microsoft-graph-client';
import { PageIterator } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { Directory, DirectoryPerson } from '../../ports/directory';
import { GraphRequestError, toGraphRequestError } from './errors';

export { GraphRequestError };

export interface GraphDirectoryOptions {
  client: Client;
  /**
   * where the tenant keeps the position percentage: 'extensionAttribute1'..'extensionAttribute15'
   * (onPremisesExtensionAttributes) or a directory extension 'extension_{appId}_{name}'; default extensionAttribute1
   */
  positionPercentAttribute?: string;
  /** users per page of directReports; default 999, Graph's largest */
  pageSize?: number;
}

const ZGraphUser = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  jobTitle: z.string().nullish(),
  department: z.string().nullish(),
  employeeId: z.string().nullish(),
  employeeHireDate: z.string().nullish(),
  employeeType: z.string().nullish(),
  preferredLanguage: z.string().nullish(),
  onPremisesExtensionAttributes: z.record(z.string(), z.string().nullable()).nullish(),
});
export type GraphUser = z.infer<typeof ZGraphUser>;

const ON_PREMISES_ATTRIBUTE = /^extensionAttribute([1-9]|1[0-5])$/;

export function createGraphDirectory(options: GraphDirectoryOptions): Directory {
  const { client } = options;
  const attribute = options.positionPercentAttribute ?? 'extensionAttribute1';
  const onPremises = ON_PREMISES_ATTRIBUTE.test(attribute);
  // Graph returns employeeId, department ... only when asked for them by name.
  const select = Object.keys(ZGraphUser.shape).filter(
    (k) => onPremises || k !== 'onPremisesExtensionAttributes',
  );
  if (!onPremises) select.push(attribute);

  const toPerson = (raw: unknown): DirectoryPerson => {
    const user = ZGraphUser.parse(raw);
    const percent = onPremises
      ? user.onPremisesExtensionAttributes?.[attribute]
      : (raw as Record<string, unknown>)[attribute];
    return {
      id: user.id,
      displayName: user.displayName ?? user.userPrincipalName ?? user.id,
      givenName: user.givenName ?? '',
      surname: user.surname ?? '',
      mail: user.mail ?? user.userPrincipalName ?? '',
      jobTitle: user.jobTitle ?? '',
      department: user.department ?? null,
      employeeNumber: user.employeeId ?? null,
      startDate: user.employeeHireDate ? osloDate(user.employeeHireDate) : null,
      employeeType: user.employeeType ?? null,
      positionPercent: parsePercent(percent),
      preferredLanguage: user.preferredLanguage ?? null,
    };
  };

  const getOne = async (path: string): Promise<DirectoryPerson | null> => {
    try {
      return toPerson(await client.api(path).select(select).get());
    } catch (error) {
      const failure = toGraphRequestError(error, path);
      if (failure.status === 404) return null;
      throw failure;
    }
  };

  return {
    getPerson: (id) => getOne(`/users/${encodeURIComponent(id)}`),
    getManager: (id) => getOne(`/users/${encodeURIComponent(id)}/manager`),
    async listDirectReports(leaderId) {
      const path = `/users/${encodeURIComponent(leaderId)}/directReports`;
      const people: DirectoryPerson[] = [];
      try {
        const first = (await client
          .api(path)
          .select(select)
          .top(options.pageSize ?? 999)
          .get()) as PageCollection;
        // Only users count as people; a leader may also own devices or service accounts in directReports.
        const iterator = new PageIterator(client, first, (item: { '@odata.type'?: string }) => {
          if (item['@odata.type'] === undefined || item['@odata.type'] === '#microsoft.graph.user')
            people.push(toPerson(item));
          return true;
        });
        await iterator.iterate();
      } catch (error) {
        const failure = toGraphRequestError(error, path);
        if (failure.status === 404) return []; // someone not in the directory leads no one
        throw failure;
      }
      return people;
    },
  };
}

/** Entra stores the hire date as a moment; the start date is that moment's calendar day in Norway. */
function osloDate(isoDateTime: string): string | null {
  const moment = new Date(isoDateTime);
  if (Number.isNaN(moment.getTime())) return null;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(moment);
}

/** "80", "80 %" or "80,5" (a Norwegian decimal comma) -> a number 0-100; anything else -> null */
function parsePercent(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).replace('%', '').replace(',', '.').trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}
