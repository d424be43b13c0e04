// What people read about archiving: why a referat still waits for the archive (the leader's status), and
// the e-mail that carries the employee's copy (003: "kopi til medarbeider").
import type { ArchiveFailure } from './archive-job';
import type { ConversationKind, Language } from './org';

/** 'queued': stored, not tried yet (or archiving is not configured on this server yet) */
export type WaitingReason = ArchiveFailure | 'queued';

const WAITING: Record<WaitingReason, Record<Language, string>> = {
  queued: {
    nb: 'Referatet står i kø for arkivering.',
    nn: 'Referatet står i kø for arkivering.',
    en: 'The referat is queued for archiving.',
  },
  'archive-unavailable': {
    nb: 'Personalarkivet (SharePoint) svarer ikke akkurat nå. Vi prøver igjen automatisk.',
    nn: 'Personalarkivet (SharePoint) svarar ikkje akkurat no. Vi prøver igjen automatisk.',
    en: 'The personnel archive (SharePoint) is not answering right now. We will try again automatically.',
  },
  'archive-throttled': {
    nb: 'Personalarkivet (SharePoint) ber oss vente litt. Vi prøver igjen automatisk.',
    nn: 'Personalarkivet (SharePoint) ber oss vente litt. Vi prøver igjen automatisk.',
    en: 'The personnel archive (SharePoint) asked us to wait. We will try again automatically.',
  },
  'archive-timeout': {
    nb: 'Personalarkivet (SharePoint) svarte ikke i tide. Vi prøver igjen automatisk.',
    nn: 'Personalarkivet (SharePoint) svarte ikkje i tide. Vi prøver igjen automatisk.',
    en: 'The personnel archive (SharePoint) did not answer in time. We will try again automatically.',
  },
  'archive-rejected': {
    nb: 'Personalarkivet avviste lagringen. IT må se på oppsettet av arkivet; vi prøver igjen.',
    nn: 'Personalarkivet avviste lagringa. IT må sjå på oppsettet av arkivet; vi prøver igjen.',
    en: 'The personnel archive refused the file. IT needs to check the archive setup; we keep trying.',
  },
  'mail-failed': {
    nb: 'Referatet er arkivert, men kopien til medarbeideren er ikke sendt ennå. Vi prøver igjen.',
    nn: 'Referatet er arkivert, men kopien til medarbeidaren er ikkje sendt enno. Vi prøver igjen.',
    en: 'The referat is archived, but the employee’s copy is not sent yet. We will try again.',
  },
  'missing-data': {
    nb: 'Det mangler opplysninger i katalogen (for eksempel ansattnummer). IT eller HR må rette det.',
    nn: 'Det manglar opplysningar i katalogen (til dømes tilsettnummer). IT eller HR må rette det.',
    en: 'Directory details are missing (for example the employee number). IT or HR must fix them.',
  },
  failed: {
    nb: 'Arkiveringen feilet. Vi prøver igjen automatisk.',
    nn: 'Arkiveringa feila. Vi prøver igjen automatisk.',
    en: 'Archiving failed. We will try again automatically.',
  },
};

export function waitingText(reason: WaitingReason, language: Language): string {
  return WAITING[reason][language];
}

// The definite form of each kind's name ("medarbeidersamtalen") is written out: it is not the name plus -n.
const SUBJECTS: Record<ConversationKind, Record<Language, string>> = {
  annual: {
    nb: 'Referat fra medarbeidersamtalen',
    nn: 'Referat frå medarbeidarsamtalen',
    en: 'Referat from your annual employee conversation',
  },
  start: {
    nb: 'Referat fra startsamtalen',
    nn: 'Referat frå startsamtalen',
    en: 'Referat from your start conversation',
  },
  'probation-followup': {
    nb: 'Referat fra oppfølgingssamtalen i prøvetiden',
    nn: 'Referat frå oppfølgingssamtalen i prøvetida',
    en: 'Referat from your probation follow-up conversation',
  },
  exit: {
    nb: 'Referat fra sluttsamtalen',
    nn: 'Referat frå sluttsamtalen',
    en: 'Referat from your exit conversation',
  },
};

const COPY = {
  nb: {
    greeting: (name: string) => `Hei ${name},`,
    body: 'Vedlagt er referatet dere begge har godkjent. Det er arkivert i personalmappen din.',
    confidential: 'Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1.',
  },
  nn: {
    greeting: (name: string) => `Hei ${name},`,
    body: 'Vedlagt er referatet de begge har godkjent. Det er arkivert i personalmappa di.',
    confidential: 'Unnateke offentlegheit, offl. § 13 jf. fvl. § 13 første ledd nr. 1.',
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    body: 'Attached is the referat you both approved. It has been filed in your personnel folder.',
    confidential: 'Exempt from public disclosure, Freedom of Information Act § 13, cf. PAA § 13 (1) no. 1.',
  },
} satisfies Record<Language, unknown>;

/** The e-mail with the employee's copy, in the employee's language; the PDF goes with it as an attachment. */
export function referatCopyMail(input: {
  language: Language;
  kind: ConversationKind;
  employeeName: string;
  conductorName: string;
}): { subject: string; html: string } {
  const t = COPY[input.language];
  const subject = SUBJECTS[input.kind][input.language];
  const html = [
    `<p>${escapeHtml(t.greeting(input.employeeName))}</p>`,
    `<p>${escapeHtml(t.body)}</p>`,
    `<p>${escapeHtml(input.conductorName)}</p>`,
    `<p><small>${escapeHtml(t.confidential)}</small></p>`,
  ].join('\n');
  return { subject, html };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
