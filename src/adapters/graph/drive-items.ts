// The few driveItem operations the archive needs, on one drive: list children (all pages, optionally with
// their list item fields), get-or-create a folder, upload a small file, set fields and label, delete.
import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { toGraphRequestError } from './errors';

export const ZDriveItem = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  webUrl: z.string(),
  folder: z.looseObject({}).optional(),
  file: z.looseObject({}).optional(),
  listItem: z.looseObject({ fields: z.record(z.string(), z.unknown()).optional() }).optional(),
});
export type DriveItem = z.infer<typeof ZDriveItem>;

const ZPage = z.object({ value: z.array(ZDriveItem), '@odata.nextLink': z.string().optional() });

/** column values of our own site columns (see docs/archive.md) */
export type ArchiveFields = Record<string, string>;

export interface DriveItems {
  /** every child of a folder ('root' for the library's root), with list item fields when asked */
  children(parentId: string, options?: { fields?: boolean }): Promise<DriveItem[]>;
  /** the child folder of that name, created when missing; safe when another instance creates it at once */
  ensureFolder(parentId: string, name: string): Promise<DriveItem>;
  /** a small file (< 4 MB) under that name, replacing a file of the same name */
  upload(parentId: string, name: string, content: Uint8Array, contentType: string): Promise<DriveItem>;
  setFields(itemId: string, fields: ArchiveFields): Promise<void>;
  setRetentionLabel(itemId: string, name: string): Promise<void>;
  remove(itemId: string): Promise<void>;
}

export function createDriveItems(client: Client, driveId: string): DriveItems {
  const drive = `/drives/${encodeURIComponent(driveId)}`;
  const item = (id: string) => (id === 'root' ? `${drive}/root` : `${drive}/items/${encodeURIComponent(id)}`);
  const call = async <T>(path: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toGraphRequestError(error, path);
    }
  };

  const items: DriveItems = {
    async children(parentId, options = {}) {
      const path = `${item(parentId)}/children`;
      return call(path, async () => {
        let request = client.api(path).top(999);
        // The fields carry our conversation and employee ids: the only way to tell our files apart.
        if (options.fields) request = request.expand('listItem($expand=fields)');
        let page = ZPage.parse(await request.get());
        const all = [...page.value];
        while (page['@odata.nextLink']) {
          page = ZPage.parse(await client.api(page['@odata.nextLink']).get());
          all.push(...page.value);
        }
        return all;
      });
    },

    async ensureFolder(parentId, name) {
      const existing = async () =>
        (await items.children(parentId)).find((c) => c.folder && c.name.toLowerCase() === name.toLowerCase());
      const found = await existing();
      if (found) return found;
      const path = `${item(parentId)}/children`;
      try {
        // 'fail', not 'rename': two instances filing for the same employee at once must end in one folder.
        const body = { name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
        return ZDriveItem.parse(await client.api(path).post(body));
      } catch (error) {
        const failure = toGraphRequestError(error, path);
        if (failure.status !== 409) throw failure;
        const raced = await existing();
        if (!raced) throw failure; // a file of that name, not a folder: nothing we should touch
        return raced;
      }
    },

    async upload(parentId, name, content, contentType) {
      const path = `${drive}/items/${encodeURIComponent(parentId)}:/${encodeURIComponent(name)}:/content`;
      // 'replace' makes a retry (after a timeout whose request did arrive) overwrite the same file instead
      // of making "referat 1.pdf"; the caller picks a name that is this conversation's own.
      return call(path, async () =>
        ZDriveItem.parse(
          await client
            .api(path)
            .query({ '@microsoft.graph.conflictBehavior': 'replace' })
            .header('Content-Type', contentType)
            .put(Buffer.from(content)),
        ),
      );
    },

    async setFields(itemId, fields) {
      const path = `${item(itemId)}/listItem/fields`;
      await call(path, () => client.api(path).patch(fields));
    },

    async setRetentionLabel(itemId, name) {
      const path = `${item(itemId)}/retentionLabel`;
      await call(path, () => client.api(path).patch({ name }));
    },

    async remove(itemId) {
      const path = item(itemId);
      try {
        await client.api(path).delete();
      } catch (error) {
        const failure = toGraphRequestError(error, path);
        if (failure.status !== 404) throw failure; // already gone: what we wanted
      }
    },
  };
  return items;
}
