// Stored items as Graph answers them: microsoft.graph.drive, driveItem, listItem, itemRetentionLabel.
import { createHash } from 'node:crypto';
import type { Caller } from './auth';
import type { DriveStore, StoredItem } from './drive-store';

export function toDrive(store: DriveStore) {
  const { archive } = store;
  return {
    id: archive.driveId,
    name: archive.libraryName,
    description: 'Personalmapper (demo)',
    driveType: 'documentLibrary',
    createdDateTime: '2024-01-08T09:00:00Z',
    lastModifiedDateTime: '2024-01-08T09:00:00Z',
    webUrl: `${archive.siteUrl}/${archive.libraryName}`,
    createdBy: { user: { displayName: 'System Account' } },
  };
}

export function toDriveItem(store: DriveStore, item: StoredItem, options: { listItem?: boolean } = {}) {
  const { archive } = store;
  const path = store.pathOf(item);
  const parent = item.parentId ? store.get(item.parentId) : undefined;
  const parentPath = parent ? store.pathOf(parent) : null;
  return {
    id: item.id,
    name: item.name,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    eTag: `"{${item.id}},${item.version}"`,
    cTag: `"c:{${item.id}},${item.version}"`,
    webUrl: webUrlOf(store, path),
    size: item.content?.byteLength ?? 0,
    createdBy: APP,
    lastModifiedBy: APP,
    ...(parent
      ? {
          parentReference: {
            driveId: archive.driveId,
            driveType: 'documentLibrary',
            id: parent.id,
            path: `/drives/${archive.driveId}/root:${parentPath ? `/${parentPath}` : ''}`,
            siteId: archive.siteId,
          },
        }
      : { root: {} }),
    ...(item.isFolder
      ? { folder: { childCount: store.children(item.id).length } }
      : {
          file: {
            mimeType: item.mimeType,
            hashes: {
              sha256Hash: createHash('sha256')
                .update(item.content ?? new Uint8Array())
                .digest('hex'),
            },
          },
        }),
    ...(options.listItem ? { listItem: toListItem(store, item) } : {}),
  };
}

export function toListItem(store: DriveStore, item: StoredItem) {
  return {
    id: item.listItemId,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    eTag: `"${item.id},${item.version}"`,
    webUrl: webUrlOf(store, store.pathOf(item)),
    fields: toFields(item),
  };
}

/** the list item's fields: SharePoint always adds the name (FileLeafRef) beside the library's columns */
export function toFields(item: StoredItem) {
  return { id: item.listItemId, FileLeafRef: item.name, ...item.fields };
}

export function toRetentionLabel(item: StoredItem, caller: Caller) {
  const label = item.retentionLabel;
  return {
    name: label?.name ?? null,
    isLabelAppliedExplicitly: label !== null,
    labelAppliedDateTime: label?.labelAppliedDateTime ?? null,
    labelAppliedBy: label ? identityOf(caller) : null,
  };
}

// The personnel library is written by the app only (app-only token), so items say the app made them.
const APP = { application: { displayName: 'Samtale' } };

function identityOf(caller: Caller) {
  return caller.kind === 'delegated' ? { user: { id: caller.oid } } : APP;
}

function webUrlOf(store: DriveStore, path: string): string {
  const { siteUrl, libraryName } = store.archive;
  const encoded = path
    .split('/')
    .filter(Boolean)
    .map((s) => encodeURIComponent(s))
    .join('/');
  return `${siteUrl}/${libraryName}${encoded ? `/${encoded}` : ''}`;
}
