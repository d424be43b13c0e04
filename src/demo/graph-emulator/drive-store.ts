// The demo personnel library (personalmapper) as SharePoint holds it: one site, one document library,
// folders and files with their list item fields and retention label, in memory.
import { createHash } from 'node:crypto';
import type { Municipality } from '../../core/org';

export interface DemoArchive {
  /** Graph's composite site id: 'hostname,siteCollectionId,webId' */
  siteId: string;
  /** the library's drive id: what the adapter is configured with (SAMTALE_ARCHIVE_DRIVE_ID) */
  driveId: string;
  /** e.g. https://fjordvik.sharepoint.example/sites/personal */
  siteUrl: string;
  /** the library's name and the last segment of its url */
  libraryName: string;
}

/** The demo municipality's personnel library; a pure function of the municipality, so the demo can configure the adapter. */
export function demoArchive(municipality: Pick<Municipality, 'tenantId' | 'domain'>): DemoArchive {
  const tenantName = municipality.domain.split('.')[0] ?? 'kommune';
  const hostname = `${tenantName}.sharepoint.example`;
  const guid = (salt: string) => {
    const h = createHash('sha256').update(`${salt}:${municipality.tenantId}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return {
    siteId: `${hostname},${guid('site')},${guid('web')}`,
    // SharePoint drive ids are 'b!' and base64url; the content is opaque to clients.
    driveId: `b!${Buffer.from(guid('drive').replace(/-/g, ''), 'hex').toString('base64url')}`,
    siteUrl: `https://${hostname}/sites/personal`,
    libraryName: 'Personalmapper',
  };
}

/**
 * The columns the library has. Graph rejects fields a list does not have, so the emulator does too:
 * docs/archive.md tells IT to add these site columns to the library.
 */
export const LIBRARY_COLUMNS = new Set([
  'Title',
  'SamtaleConversationId',
  'SamtaleKind',
  'SamtaleDate',
  'SamtaleEmployeeId',
]);

export interface StoredItem {
  id: string;
  /** the list item id SharePoint gives each file and folder, counting from 1 */
  listItemId: string;
  name: string;
  /** null for the root */
  parentId: string | null;
  isFolder: boolean;
  content: Uint8Array | null;
  mimeType: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  /** bumped on every change; part of eTag and cTag */
  version: number;
  fields: Record<string, unknown>;
  retentionLabel: { name: string; labelAppliedDateTime: string } | null;
}

export interface DriveStore {
  archive: DemoArchive;
  rootId: string;
  get(id: string): StoredItem | undefined;
  children(id: string): StoredItem[];
  /** SharePoint names are unique per folder without regard to case */
  childNamed(parentId: string, name: string): StoredItem | undefined;
  add(parentId: string, name: string, file: { content: Uint8Array; mimeType: string } | null): StoredItem;
  touch(item: StoredItem): void;
  /** removes the item and everything under it */
  remove(id: string): void;
  /** the path below the root, e.g. '10025 Ingvild Olsen/Medarbeidersamtale' ('' for the root) */
  pathOf(item: StoredItem): string;
}

export function createDriveStore(archive: DemoArchive, now: () => Date = () => new Date()): DriveStore {
  const items = new Map<string, StoredItem>();
  let counter = 0;
  const stamp = () =>
    now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  const make = (name: string, parentId: string | null, isFolder: boolean): StoredItem => {
    counter += 1;
    const item: StoredItem = {
      // SharePoint item ids are 34 upper-case characters starting with '01'.
      id: `01SAMTALE${String(counter).padStart(25, '0')}`,
      listItemId: String(counter),
      name,
      parentId,
      isFolder,
      content: null,
      mimeType: null,
      createdDateTime: stamp(),
      lastModifiedDateTime: stamp(),
      version: 1,
      fields: {},
      retentionLabel: null,
    };
    items.set(item.id, item);
    return item;
  };
  const root = make('root', null, true);
  const store: DriveStore = {
    archive,
    rootId: root.id,
    get: (id) => (id === 'root' ? root : items.get(id)),
    children: (id) => [...items.values()].filter((i) => i.parentId === id),
    childNamed: (parentId, name) =>
      store.children(parentId).find((i) => i.name.toLowerCase() === name.toLowerCase()),
    add(parentId, name, file) {
      const item = make(name, parentId, file === null);
      if (file) Object.assign(item, file);
      return item;
    },
    touch(item) {
      item.version += 1;
      item.lastModifiedDateTime = stamp();
    },
    remove(id) {
      for (const child of store.children(id)) store.remove(child.id);
      items.delete(id);
    },
    pathOf(item) {
      const names: string[] = [];
      for (let at: StoredItem | undefined = item; at && at.parentId; at = items.get(at.parentId))
        names.unshift(at.name);
      return names.join('/');
    },
  };
  return store;
}
