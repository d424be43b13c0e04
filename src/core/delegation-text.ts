// What the employee reads when their conversation is handed to another leader (002: the nearest leader can
// let another leader hold it). Outlook carries it as the comment of the old meeting's cancellation; the new
// conductor's invitation follows. The tab shows the same text in its confirmation, so the leader sees
// exactly what is sent.
import { DateTime } from 'luxon';
import { OSLO } from './calendar/oslo';
import { KIND_NAMES } from './kind-names';
import type { ConversationKind, Language } from './org';

export interface DelegationTextInput {
  /** the employee's language: it is their message */
  language: Language;
  kind: ConversationKind;
  fromName: string;
  toName: string;
  /** the new meeting's start (UTC); the same as the old one's when the time is kept */
  start: string;
  sameTime: boolean;
  /** the leader's own words to the employee, if any */
  note: string;
}

function when(start: string, language: Language): string {
  const local = DateTime.fromISO(start, { zone: 'utc' }).setZone(OSLO);
  return local.toFormat(language === 'en' ? "dd.MM.yyyy 'at' HH:mm" : "dd.MM.yyyy 'kl.' HH:mm");
}

export function delegationMessage(input: DelegationTextInput): string {
  const kind = KIND_NAMES[input.kind][input.language].toLowerCase();
  const at = when(input.start, input.language);
  const { fromName, toName } = input;
  const text = {
    nb: `${toName} holder samtalen din (${kind}) i stedet for ${fromName}. Denne avtalen avlyses, og du får en ny innkalling fra ${toName} ${input.sameTime ? `til samme tid, ${at}` : `til ${at}`}. Forberedelsen din er tatt vare på.`,
    nn: `${toName} held samtalen din (${kind}) i staden for ${fromName}. Denne avtalen blir avlyst, og du får ei ny innkalling frå ${toName} ${input.sameTime ? `til same tid, ${at}` : `til ${at}`}. Førebuinga di er teken vare på.`,
    en: `${toName} will hold your ${kind} instead of ${fromName}. This meeting is cancelled, and you will get a new invitation from ${toName} ${input.sameTime ? `for the same time, ${at}` : `for ${at}`}. Your preparation is kept.`,
  }[input.language];
  const note = input.note.trim();
  return note ? `${text}\n\n${note}` : text;
}
