// The PersonnelArchive port on a SharePoint document library through Graph (seeds 000 2.4, 002, 003).
// Layout: "<employee number> <name>/<kind>/<year>/<file>", e.g. "10025 Ingvild Olsen/Medarbeidersamtale/2026".
//
// Which folder is the employee's: the folder's own list item carries SamtaleEmployeeId (the Entra object
// id), and that is what we look for, not the name. A name changes (marriage: "10025 Ingvild Olsen" is now
// Ingvild Hansen) and the folder must stay one; find() gets only the object id. A folder someone made by
// hand, or one whose stamping was cut short, is adopted by its employee-number prefix "10025 " and stamped.
// Our files carry SamtaleConversationId, so filing again replaces our own file and "replace previous"
// removes only what this app filed, never a document HR put there.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ArchivedFile, ArchiveDocument, PersonnelArchive } from '../../ports/personnel-archive';
import { createDriveItems } from './drive-items';
import type { DriveItem, DriveItems } from './drive-items';
import { employeeFolderName, employeePrefix, KIND_FOLDERS, sanitiseName } from './sharepoint-names';

export interface SharePointArchiveOptions {
  client: Client;
  /** the personnel library's drive id (SAMTALE_ARCHIVE_DRIVE_ID) */
  driveId: string;
}

const CONVERSATION = 'SamtaleConversationId';
const EMPLOYEE = 'SamtaleEmployeeId';

export function createSharePointArchive(options: SharePointArchiveOptions): PersonnelArchive {
  const drive = createDriveItems(options.client, options.driveId);

  return {
    async file(document, { retentionLabel, replacePrevious }) {
      const employeeFolder = await ensureEmployeeFolder(drive, document.employee);
      const kindName = KIND_FOLDERS[document.kind];
      const kindFolder = await drive.ensureFolder(employeeFolder.id, kindName);
      const year = document.date.slice(0, 4);
      const yearFolder = await drive.ensureFolder(kindFolder.id, year);
      const siblings = await drive.children(yearFolder.id, { fields: true });
      const name = targetName(siblings, document);
      const stored = await drive.upload(yearFolder.id, name, document.content, document.contentType);
      await drive.setFields(stored.id, {
        [CONVERSATION]: document.conversationId,
        SamtaleKind: kindName,
        SamtaleDate: document.date,
        [EMPLOYEE]: document.employee.id,
      });
      if (retentionLabel) await drive.setRetentionLabel(stored.id, retentionLabel);
      // Only once the new document is stored, labelled and findable: a failure above keeps the old plan.
      if (replacePrevious) {
        for (const old of await filesUnder(drive, kindFolder)) {
          const id = conversationOf(old);
          if (old.id !== stored.id && id !== null && id !== document.conversationId)
            await drive.remove(old.id);
        }
      }
      const folderPath = `${employeeFolder.name}/${kindName}/${year}`;
      return { itemId: stored.id, name: stored.name, folderPath, webUrl: stored.webUrl };
    },

    async find(employeeId, conversationId) {
      const roots = await drive.children('root', { fields: true });
      const employeeFolder = roots.find((f) => f.folder && f.listItem?.fields?.[EMPLOYEE] === employeeId);
      if (!employeeFolder) return null;
      const ours = new Set(Object.values(KIND_FOLDERS));
      for (const kindFolder of await drive.children(employeeFolder.id)) {
        if (!kindFolder.folder || !ours.has(kindFolder.name)) continue;
        for (const yearFolder of await drive.children(kindFolder.id)) {
          if (!yearFolder.folder) continue;
          const files = await drive.children(yearFolder.id, { fields: true });
          const hit = files.find((f) => conversationOf(f) === conversationId);
          if (hit) return archived(hit, `${employeeFolder.name}/${kindFolder.name}/${yearFolder.name}`);
        }
      }
      return null;
    },
  };
}

async function ensureEmployeeFolder(
  drive: DriveItems,
  employee: ArchiveDocument['employee'],
): Promise<DriveItem> {
  const lookup = async () => {
    const folders = (await drive.children('root', { fields: true })).filter((f) => f.folder);
    const stamped = folders.find((f) => f.listItem?.fields?.[EMPLOYEE] === employee.id);
    if (stamped) return { folder: stamped, stamped: true };
    const prefix = employeePrefix(employee);
    // Sorted, so two hand-made folders of one number always resolve to the same one.
    const byNumber = folders
      .filter((f) => f.name.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    return byNumber[0] ? { folder: byNumber[0], stamped: false } : null;
  };
  const found = (await lookup()) ?? {
    folder: await drive.ensureFolder('root', employeeFolderName(employee)),
    stamped: false,
  };
  if (!found.stamped) await drive.setFields(found.folder.id, { [EMPLOYEE]: employee.id });
  return found.folder;
}

/**
 * This conversation's file name in the year folder: the name of the file it already has there (so a
 * retry or a renamed template replaces it), else the document's name, made unique when another
 * conversation's file holds it (two follow-ups on one day must not overwrite each other).
 */
function targetName(siblings: DriveItem[], document: ArchiveDocument): string {
  const own = siblings.find((f) => f.file && conversationOf(f) === document.conversationId);
  if (own) return own.name;
  const wanted = sanitiseName(document.fileName);
  const taken = siblings.find((f) => f.name.toLowerCase() === wanted.toLowerCase());
  // A file with our name and no conversation id is our own upload whose fields were never set: replace it.
  if (!taken || conversationOf(taken) === null) return wanted;
  const dot = wanted.lastIndexOf('.');
  const suffix = ` (${document.conversationId.slice(0, 8)})`;
  return dot > 0 ? `${wanted.slice(0, dot)}${suffix}${wanted.slice(dot)}` : `${wanted}${suffix}`;
}

async function filesUnder(drive: DriveItems, kindFolder: DriveItem): Promise<DriveItem[]> {
  const files: DriveItem[] = [];
  for (const yearFolder of await drive.children(kindFolder.id)) {
    if (yearFolder.folder)
      files.push(...(await drive.children(yearFolder.id, { fields: true })).filter((f) => f.file));
  }
  return files;
}

function conversationOf(item: DriveItem): string | null {
  const value = item.listItem?.fields?.[CONVERSATION];
  return typeof value === 'string' && value !== '' ? value : null;
}

function archived(item: DriveItem, folderPath: string): ArchivedFile {
  return { itemId: item.id, name: item.name, folderPath, webUrl: item.webUrl };
}
