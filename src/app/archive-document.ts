// The archived PDF's document for a signed referat, with what the directory says about the two people.
import type { Conversation } from '../core/conversation';
import { osloDateOf } from '../core/calendar/oslo';
import { languageFromLocale } from '../core/language';
import type { Language, Person } from '../core/org';
import { validApprovals } from '../core/referat/approval';
import { contentHash } from '../core/referat/canonical';
import { referatDocument, type ReferatDocument } from '../core/referat/referat-document';
import type { Referat } from '../core/referat/referat';
import type { Template } from '../core/templates/template';
import type { DirectoryPerson } from '../ports/directory';

export interface ArchiveDocumentInput {
  referat: Referat;
  conversation: Conversation;
  employee: DirectoryPerson;
  conductor: DirectoryPerson;
  municipality: string;
  language: Language;
  /** the exact version the referat was written on, shipped or saved by HR (templates-repo.ts) */
  template: Template;
}

export function archiveDocumentOf(input: ArchiveDocumentInput): ReferatDocument {
  const { referat, conversation, employee, conductor } = input;
  const signed = validApprovals(referat);
  // The PDF's creation date is the second signature, not the moment of the try: a retry renders the same
  // bytes, and the document says when it came into being.
  const createdAt =
    signed
      .map((a) => a.at)
      .sort()
      .at(-1) ??
    referat.approvals[0]?.at ??
    conversation.end;
  // A referat may be signed without the date field filled in; the meeting's day is then its date. That
  // date is not part of the signed content, so the log and hash stay exactly those of what was signed.
  const dated: Referat = { ...referat, heldOn: referat.heldOn ?? osloDateOf(conversation.start) };
  const doc = referatDocument(dated, {
    municipality: input.municipality,
    language: input.language,
    template: input.template,
    employee: asPerson(employee),
    unitName: employee.department ?? input.municipality,
    conductor: asPerson(conductor),
    createdAt,
  });
  if (dated.heldOn === referat.heldOn) return doc;
  const names = new Map([
    [employee.id, employee.displayName],
    [conductor.id, conductor.displayName],
  ]);
  return {
    ...doc,
    contentHash: contentHash(referat),
    signatures: signed.map((a) => ({
      name: names.get(a.by) ?? a.by,
      role: a.role,
      at: a.at,
      contentHash: a.contentHash,
    })),
  };
}

/**
 * referatDocument reads a person's id, name, employee number and title; the directory has those. The
 * employment terms it does not read are filled with neutral values rather than guessed. An empty job title
 * (not every tenant carries one) must not keep a signed referat out of the personnel folder.
 */
function asPerson(p: DirectoryPerson): Person {
  return {
    id: p.id,
    employeeNumber: p.employeeNumber ?? '',
    givenName: p.givenName,
    surname: p.surname,
    displayName: p.displayName,
    mail: p.mail,
    jobTitle: p.jobTitle.trim() === '' ? '–' : p.jobTitle,
    unitId: p.department ?? '',
    managerId: null,
    positionPercent: p.positionPercent ?? 0,
    employmentType: 'permanent',
    startDate: p.startDate ?? '',
    endDate: null,
    preferredLanguage: languageFromLocale(p.preferredLanguage),
    roles: ['employee'],
  };
}
