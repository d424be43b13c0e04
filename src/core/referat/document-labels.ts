// The fixed texts of the referat document (the archived PDF) in bokmål, nynorsk and English. The legal
// marking is given in each language's own words; the law references (offl., fvl.) stay Norwegian, as the
// archive that reads them is Norwegian.
import type { CheckAnswer } from '../preparation/preparation';
import type { ConversationKind, Language } from '../org';
import type { ApprovalRole } from './referat';

export interface ReferatLabels {
  /** 000 2.4: the referat is filed under offl. § 13 / fvl. § 13 (a personal matter) */
  confidentiality: string;
  documentTitle: string;
  kinds: Record<ConversationKind, string>;
  employee: string;
  employeeNumber: string;
  position: string;
  unit: string;
  conductor: string;
  date: string;
  kind: string;
  agreed: string;
  checks: string;
  answers: Record<CheckAnswer, string>;
  unanswered: string;
  leaderFeedback: string;
  actionPlan: string;
  what: string;
  responsible: string;
  deadline: string;
  sharedNeed: string;
  yes: string;
  /** 003: «Samtale er gjennomført. Leder og medarbeider er enige om at det ikke er behov for særskilte tiltak» */
  noSpecialActions: string;
  signatures: string;
  name: string;
  role: string;
  time: string;
  contentHash: string;
  roles: Record<ApprovalRole, string>;
  notSigned: string;
  documentHash: string;
  empty: string;
  page: string;
  of: string;
}

const NB: ReferatLabels = {
  confidentiality: 'Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1',
  documentTitle: 'Referat',
  kinds: {
    annual: 'Medarbeidersamtale',
    start: 'Startsamtale',
    'probation-followup': 'Oppfølgingssamtale i prøvetiden',
    exit: 'Sluttsamtale',
  },
  employee: 'Medarbeider',
  employeeNumber: 'Ansattnummer',
  position: 'Stilling',
  unit: 'Enhet',
  conductor: 'Samtaleleder',
  date: 'Dato',
  kind: 'Samtale',
  agreed: 'Dette ble vi enige om',
  checks: 'Sjekkpunkter',
  answers: { yes: 'Ja', no: 'Nei', 'not-relevant': 'Ikke aktuelt' },
  unanswered: 'Ikke besvart',
  leaderFeedback: 'Leders tilbakemelding',
  actionPlan: 'Handlingsplan',
  what: 'Tiltak',
  responsible: 'Ansvarlig',
  deadline: 'Frist',
  sharedNeed: 'Felles behov',
  yes: 'Ja',
  noSpecialActions:
    'Samtalen er gjennomført. Leder og medarbeider er enige om at det ikke er behov for særskilte tiltak.',
  signatures: 'Signaturlogg',
  name: 'Navn',
  role: 'Rolle',
  time: 'Tidspunkt',
  contentHash: 'Innholdets SHA-256',
  roles: { leader: 'Leder', employee: 'Medarbeider' },
  notSigned: 'Ikke signert ennå.',
  documentHash: 'Dokumentets innhold, SHA-256',
  empty: '–',
  page: 'Side',
  of: 'av',
};

const NN: ReferatLabels = {
  confidentiality: 'Unnateke frå innsyn, offl. § 13 jf. fvl. § 13 første ledd nr. 1',
  documentTitle: 'Referat',
  kinds: {
    annual: 'Medarbeidarsamtale',
    start: 'Startsamtale',
    'probation-followup': 'Oppfølgingssamtale i prøvetida',
    exit: 'Sluttsamtale',
  },
  employee: 'Medarbeidar',
  employeeNumber: 'Tilsettnummer',
  position: 'Stilling',
  unit: 'Eining',
  conductor: 'Samtaleleiar',
  date: 'Dato',
  kind: 'Samtale',
  agreed: 'Dette vart vi samde om',
  checks: 'Sjekkpunkt',
  answers: { yes: 'Ja', no: 'Nei', 'not-relevant': 'Ikkje aktuelt' },
  unanswered: 'Ikkje svart på',
  leaderFeedback: 'Leiars tilbakemelding',
  actionPlan: 'Handlingsplan',
  what: 'Tiltak',
  responsible: 'Ansvarleg',
  deadline: 'Frist',
  sharedNeed: 'Felles behov',
  yes: 'Ja',
  noSpecialActions:
    'Samtalen er gjennomført. Leiar og medarbeidar er samde om at det ikkje er behov for særskilde tiltak.',
  signatures: 'Signaturlogg',
  name: 'Namn',
  role: 'Rolle',
  time: 'Tidspunkt',
  contentHash: 'Innhaldet sin SHA-256',
  roles: { leader: 'Leiar', employee: 'Medarbeidar' },
  notSigned: 'Ikkje signert enno.',
  documentHash: 'Innhaldet i dokumentet, SHA-256',
  empty: '–',
  page: 'Side',
  of: 'av',
};

const EN: ReferatLabels = {
  confidentiality: 'Exempt from public disclosure, offl. § 13 cf. fvl. § 13 first paragraph no. 1',
  documentTitle: 'Minutes',
  kinds: {
    annual: 'Annual employee conversation',
    start: 'Start conversation',
    'probation-followup': 'Probation follow-up conversation',
    exit: 'Exit conversation',
  },
  employee: 'Employee',
  employeeNumber: 'Employee number',
  position: 'Position',
  unit: 'Unit',
  conductor: 'Conducted by',
  date: 'Date',
  kind: 'Conversation',
  agreed: 'What we agreed',
  checks: 'Checks',
  answers: { yes: 'Yes', no: 'No', 'not-relevant': 'Not relevant' },
  unanswered: 'Not answered',
  leaderFeedback: "Leader's feedback",
  actionPlan: 'Action plan',
  what: 'Action',
  responsible: 'Responsible',
  deadline: 'Deadline',
  sharedNeed: 'Shared need',
  yes: 'Yes',
  noSpecialActions:
    'The conversation has been held. Leader and employee agree that no special actions are needed.',
  signatures: 'Signature log',
  name: 'Name',
  role: 'Role',
  time: 'Time',
  contentHash: 'SHA-256 of the content',
  roles: { leader: 'Leader', employee: 'Employee' },
  notSigned: 'Not signed yet.',
  documentHash: 'Content of this document, SHA-256',
  empty: '–',
  page: 'Page',
  of: 'of',
};

export const REFERAT_LABELS: Record<Language, ReferatLabels> = { nb: NB, nn: NN, en: EN };
