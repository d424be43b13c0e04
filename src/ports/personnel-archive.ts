// The employee's personnel folder (personalmappe): a SharePoint document library reached through Graph.
// Seeds 000 2.4 and 003: the signed referat is filed there; 002: kept locked away, and under the
// "replace previous" policy the previous plan is removed when a new one is filed.
import type { ConversationKind } from '../core/org';

export interface ArchiveDocument {
  /** our conversation id; filing the same conversation again must never make a second file */
  conversationId: string;
  employee: { id: string; employeeNumber: string; displayName: string };
  kind: ConversationKind;
  /** the conversation's date, YYYY-MM-DD (the year picks the subfolder) */
  date: string;
  /** e.g. "2026-11-30 Medarbeidersamtale.pdf" */
  fileName: string;
  content: Uint8Array;
  contentType: 'application/pdf';
}

export interface ArchivedFile {
  itemId: string;
  name: string;
  /** folder path inside the library, e.g. "10025 Ingvild Olsen/Medarbeidersamtale/2026" */
  folderPath: string;
  webUrl: string;
}

export interface ArchiveOptions {
  /** a Purview retention label to apply, when the municipality configured one */
  retentionLabel: string | null;
  /** seed 002: remove earlier files of the same kind for this employee once the new one is stored */
  replacePrevious: boolean;
}

export interface PersonnelArchive {
  /** files the document (idempotent per conversationId), sets its metadata, label and retention policy */
  file(document: ArchiveDocument, options: ArchiveOptions): Promise<ArchivedFile>;
  /** the filed document of a conversation, or null when none is stored yet */
  find(employeeId: string, conversationId: string): Promise<ArchivedFile | null>;
}
