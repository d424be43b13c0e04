// The personnel library through Graph: /sites/{id}/drives, /drives/{id}, items, children, content,
// listItem fields and retentionLabel, with Graph's conflict behaviour and errors.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { toDrive, toDriveItem, toFields, toListItem, toRetentionLabel } from './drive-json';
import { createDriveStore, LIBRARY_COLUMNS } from './drive-store';
import type { DemoArchive, DriveStore, StoredItem } from './drive-store';
import { graphError, notFound } from './errors';
import type { EmulatorEnv } from './exchange';
import { contextUrl, pageOf, readQuery } from './odata';
import { conflict, invalidName, readConflictBehavior, uniqueName } from './drive-names';

type C = Context<EmulatorEnv>;
const ITEM = 'microsoft.graph.driveItem';
const ITEMS = `Collection(${ITEM})`;
const ITEM_PATH = '/v1.0/drives/{drive-id}/items/{item-id}';
const SELECTABLE = new Set([
  'id',
  'name',
  'eTag',
  'cTag',
  'webUrl',
  'size',
  'file',
  'folder',
  'parentReference',
]);
for (const name of ['createdDateTime', 'lastModifiedDateTime', 'createdBy', 'lastModifiedBy', 'root'])
  SELECTABLE.add(name);

const ZNewFolder = z.looseObject({
  name: z.string().min(1),
  folder: z.object({}).loose(),
  '@microsoft.graph.conflictBehavior': z.enum(['fail', 'replace', 'rename']).optional(),
});
const ZFieldsPatch = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const ZLabelPatch = z.object({ name: z.string().min(1) });

export interface DriveRoutesOptions {
  archive: DemoArchive;
}

export function registerDriveRoutes(app: Hono<EmulatorEnv>, options: DriveRoutesOptions): DriveStore {
  const { archive } = options;
  const drive = createDriveStore(archive);
  const base = '/v1.0/drives/:driveId';

  /** the item the route names, or Graph's 404; 'root' is the library's root folder */
  const itemOf = (c: C, id = c.req.param('id') ?? 'root'): StoredItem | Response => {
    if (c.req.param('driveId') !== archive.driveId) return notFound(c, c.req.param('driveId') ?? '');
    const item = drive.get(id);
    return item ?? graphError(c, 404, 'itemNotFound', 'The resource could not be found.');
  };

  /** $expand=listItem or listItem($expand=fields): the only expansions the product asks for */
  const expandOf = (c: C): boolean | Response => {
    const expand = c.req.query('$expand');
    if (expand === undefined) return false;
    if (/^listItem(\(\$expand=fields\))?$/.test(expand)) return true;
    return graphError(c, 400, 'invalidRequest', `Unsupported $expand: '${expand}'.`);
  };

  const shape = (c: C, item: StoredItem, listItem: boolean, select: string[] | null) => {
    const full: Record<string, unknown> = toDriveItem(drive, item, { listItem });
    if (!select) return full;
    return Object.fromEntries(
      Object.entries(full).filter(([k]) => k === 'id' || k === 'listItem' || select.includes(k)),
    );
  };

  app.get('/v1.0/sites/:siteId/drives', (c) => {
    c.set('route', {
      path: '/v1.0/sites/{site-id}/drives',
      responseType: 'Collection(microsoft.graph.drive)',
    });
    if (c.req.param('siteId') !== archive.siteId) return notFound(c, c.req.param('siteId'));
    return c.json({ '@odata.context': contextUrl(c, 'drives', null, false), value: [toDrive(drive)] });
  });

  app.get(base, (c) => {
    c.set('route', { path: '/v1.0/drives/{drive-id}', responseType: 'microsoft.graph.drive' });
    if (c.req.param('driveId') !== archive.driveId) return notFound(c, c.req.param('driveId'));
    return c.json({ '@odata.context': contextUrl(c, 'drives', null, true), ...toDrive(drive) });
  });

  const getItem = (path: string) => (c: C) => {
    c.set('route', { path, responseType: ITEM });
    const query = readQuery(c, ITEM, SELECTABLE);
    if (!query.ok) return query.response;
    const expand = expandOf(c);
    if (expand instanceof Response) return expand;
    const item = itemOf(c);
    if (item instanceof Response) return item;
    return c.json({
      '@odata.context': contextUrl(c, 'driveItems', null, true),
      ...shape(c, item, expand, query.select),
    });
  };
  app.get(`${base}/root`, getItem('/v1.0/drives/{drive-id}/root'));
  app.get(`${base}/items/:id`, getItem(ITEM_PATH));

  const listChildren = (path: string) => (c: C) => {
    c.set('route', { path, responseType: ITEMS });
    const query = readQuery(c, ITEM, SELECTABLE);
    if (!query.ok) return query.response;
    if (query.filter !== null) return graphError(c, 400, 'invalidRequest', '$filter is not supported here.');
    const expand = expandOf(c);
    if (expand instanceof Response) return expand;
    const parent = itemOf(c);
    if (parent instanceof Response) return parent;
    const children = drive
      .children(parent.id)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((i) => shape(c, i, expand, query.select));
    return c.json(pageOf(c, children, query, contextUrl(c, 'driveItems', null, false)));
  };
  app.get(`${base}/root/children`, listChildren('/v1.0/drives/{drive-id}/root/children'));
  app.get(`${base}/items/:id/children`, listChildren(`${ITEM_PATH}/children`));

  const createFolder = (path: string) => async (c: C) => {
    c.set('route', { path, requestType: ITEM, responseType: ITEM });
    const body = ZNewFolder.safeParse(await c.req.json().catch(() => null));
    if (!body.success)
      return graphError(c, 400, 'invalidRequest', 'A folder needs a name and a folder facet.');
    const parent = itemOf(c);
    if (parent instanceof Response) return parent;
    const name = body.data.name;
    if (invalidName(name)) return invalidNameError(c, name);
    // Graph's default for creating a child is to fail on a name that is taken.
    const behavior = body.data['@microsoft.graph.conflictBehavior'] ?? 'fail';
    const existing = drive.childNamed(parent.id, name);
    if (existing && behavior === 'fail') return conflict(c, name);
    if (existing && behavior === 'replace') drive.remove(existing.id);
    const finalName = existing && behavior === 'rename' ? uniqueName(drive, parent.id, name) : name;
    const folder = drive.add(parent.id, finalName, null);
    drive.touch(parent);
    return c.json(
      { '@odata.context': contextUrl(c, 'driveItems', null, true), ...toDriveItem(drive, folder) },
      201,
    );
  };
  app.post(`${base}/root/children`, createFolder('/v1.0/drives/{drive-id}/root/children'));
  app.post(`${base}/items/:id/children`, createFolder(`${ITEM_PATH}/children`));

  // PUT items/{parent-id}:/{filename}:/content. The colon path addresses the child named {filename} of
  // {parent-id}, so the exchange is recorded as that child (.../children/{name}): the contract's path walker
  // knows no colon addressing, and Graph answers the upload with the driveItem, not with the stream.
  // The body is the file's bytes, typed Edm.Stream: the contract checks JSON bodies against the CSDL, and
  // for a stream it checks only that a body is there.
  app.put(`${base}/items/:parent{[^/]+:}/:name{[^/]+:}/content`, async (c) => {
    c.set('route', {
      path: `${ITEM_PATH}/children/{name}`,
      requestType: 'Edm.Stream',
      responseType: ITEM,
    });
    const parent = itemOf(c, c.req.param('parent').replace(/:$/, ''));
    if (parent instanceof Response) return parent;
    if (!parent.isFolder) return graphError(c, 400, 'invalidRequest', 'The parent is not a folder.');
    const name = decodeURIComponent(c.req.param('name').replace(/:$/, ''));
    if (invalidName(name)) return invalidNameError(c, name);
    const behavior = readConflictBehavior(c.req.query('@microsoft.graph.conflictBehavior'));
    if (behavior === null) return graphError(c, 400, 'invalidRequest', 'Unknown conflict behavior.');
    const content = new Uint8Array(await c.req.arrayBuffer());
    const mimeType = c.req.header('content-type') ?? 'application/octet-stream';
    const existing = drive.childNamed(parent.id, name);
    // A simple upload replaces a file of the same name unless the caller asks otherwise.
    if (existing && behavior === 'fail') return conflict(c, name);
    if (existing && !existing.isFolder && behavior === 'replace') {
      Object.assign(existing, { content, mimeType });
      drive.touch(existing);
      return c.json({
        '@odata.context': contextUrl(c, 'driveItems', null, true),
        ...toDriveItem(drive, existing),
      });
    }
    const finalName = existing ? uniqueName(drive, parent.id, name) : name;
    const file = drive.add(parent.id, finalName, { content, mimeType });
    drive.touch(parent);
    return c.json(
      { '@odata.context': contextUrl(c, 'driveItems', null, true), ...toDriveItem(drive, file) },
      201,
    );
  });

  app.get(`${base}/items/:id/content`, (c) => {
    c.set('route', { path: `${ITEM_PATH}/content`, responseType: 'Edm.Stream' });
    const item = itemOf(c);
    if (item instanceof Response) return item;
    if (!item.content) return graphError(c, 400, 'invalidRequest', 'A folder has no content.');
    // Graph answers 302 to a pre-authenticated download url; the bytes straight away are what clients end with.
    return c.body(item.content.slice().buffer, 200, {
      'content-type': item.mimeType ?? 'application/octet-stream',
    });
  });

  app.delete(`${base}/items/:id`, (c) => {
    c.set('route', { path: ITEM_PATH, responseType: null });
    const item = itemOf(c);
    if (item instanceof Response) return item;
    if (item.parentId === null) return graphError(c, 403, 'accessDenied', 'The root cannot be deleted.');
    drive.remove(item.id);
    return c.body(null, 204);
  });

  app.get(`${base}/items/:id/listItem`, (c) => {
    c.set('route', { path: `${ITEM_PATH}/listItem`, responseType: 'microsoft.graph.listItem' });
    const item = itemOf(c);
    if (item instanceof Response) return item;
    return c.json({ '@odata.context': contextUrl(c, 'listItems', null, true), ...toListItem(drive, item) });
  });

  const fieldsPath = `${ITEM_PATH}/listItem/fields`;
  app.get(`${base}/items/:id/listItem/fields`, (c) => {
    c.set('route', { path: fieldsPath, responseType: 'microsoft.graph.fieldValueSet' });
    const item = itemOf(c);
    if (item instanceof Response) return item;
    return c.json({ '@odata.context': contextUrl(c, 'fields', null, true), ...toFields(item) });
  });
  app.patch(`${base}/items/:id/listItem/fields`, async (c) => {
    const type = 'microsoft.graph.fieldValueSet';
    c.set('route', { path: fieldsPath, requestType: type, responseType: type });
    const body = ZFieldsPatch.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return graphError(c, 400, 'invalidRequest', 'Expected an object of field values.');
    const item = itemOf(c);
    if (item instanceof Response) return item;
    // Like SharePoint: a field the library has no column for is an error, not silently dropped.
    const unknown = Object.keys(body.data).find((k) => !LIBRARY_COLUMNS.has(k));
    if (unknown) return graphError(c, 400, 'invalidRequest', `Field '${unknown}' is not recognized`);
    Object.assign(item.fields, body.data);
    drive.touch(item);
    return c.json({ '@odata.context': contextUrl(c, 'fields', null, true), ...toFields(item) });
  });

  const labelPath = `${ITEM_PATH}/retentionLabel`;
  const labelType = 'microsoft.graph.itemRetentionLabel';
  app.get(`${base}/items/:id/retentionLabel`, (c) => {
    c.set('route', { path: labelPath, responseType: labelType });
    const item = itemOf(c);
    if (item instanceof Response) return item;
    return c.json({
      '@odata.context': contextUrl(c, 'retentionLabel', null, true),
      ...toRetentionLabel(item, c.get('caller')),
    });
  });
  app.patch(`${base}/items/:id/retentionLabel`, async (c) => {
    c.set('route', { path: labelPath, requestType: labelType, responseType: labelType });
    const body = ZLabelPatch.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return graphError(c, 400, 'invalidRequest', 'Expected { name } of a retention label.');
    const item = itemOf(c);
    if (item instanceof Response) return item;
    // Graph answers 201 when a file gets its first label, 200 when a label is changed.
    const status = item.retentionLabel ? 200 : 201;
    item.retentionLabel = {
      name: body.data.name,
      labelAppliedDateTime: new Date().toISOString().slice(0, 19) + 'Z',
    };
    drive.touch(item);
    return c.json(
      {
        '@odata.context': contextUrl(c, 'retentionLabel', null, true),
        ...toRetentionLabel(item, c.get('caller')),
      },
      status,
    );
  });

  return drive;
}

function invalidNameError(c: C, name: string): Response {
  return graphError(
    c,
    400,
    'invalidRequest',
    `The name '${name}' contains invalid characters or is reserved.`,
  );
}
