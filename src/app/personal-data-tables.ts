// Every table Samtale keeps, and what it holds about a person: the map the right of access (GDPR art. 15)
// walks. A table the store holds and this map does not name stops the export (export-person.ts), so a table
// added later is either listed here or noticed: it cannot be left out of an export silently.
//
// match: how a row belongs to a person.
//   person        the partition key is the person's id (their own partition)
//   conversation  the partition key is a conversation id; the row is the person's where they are its employee
//                 or its conductor
//   mentions      any string in the row's value is the person's id (who saved, who was handed what, …)
export type RowMatch = 'person' | 'conversation' | 'mentions';

export type TableRule =
  | { holds: 'personal'; section: ExportSection; match: readonly RowMatch[] }
  /** the rows repeat another table's facts under other keys (lists, sweeps); that table is exported */
  | { holds: 'index'; of: string }
  | { holds: 'nothing-personal'; why: string };

export type ExportSection =
  | 'conversations'
  | 'preparations'
  | 'referats'
  | 'actions'
  | 'referatComments'
  | 'invitationResponses'
  | 'delegations'
  | 'archive'
  | 'checklists'
  | 'exemptions'
  | 'notices'
  | 'mailCopies'
  | 'chat'
  | 'history'
  | 'rounds'
  | 'audit'
  | 'settingsSaved';

export const PERSONAL_DATA_TABLES: Readonly<Record<string, TableRule>> = {
  conversations: { holds: 'personal', section: 'conversations', match: ['conversation'] },
  conversationsByEmployee: { holds: 'index', of: 'conversations' },
  conversationsByConductor: { holds: 'index', of: 'conversations' },
  conversationsByYear: { holds: 'index', of: 'conversations' },
  conversationsByDay: { holds: 'index', of: 'conversations' },
  conversationsByICalUId: { holds: 'index', of: 'conversations' },
  preparations: { holds: 'personal', section: 'preparations', match: ['conversation'] },
  referats: { holds: 'personal', section: 'referats', match: ['conversation'] },
  actionStatus: { holds: 'personal', section: 'actions', match: ['conversation', 'mentions'] },
  actionDeadlines: { holds: 'index', of: 'referats' },
  referatComments: { holds: 'personal', section: 'referatComments', match: ['conversation'] },
  invitationResponses: { holds: 'personal', section: 'invitationResponses', match: ['conversation'] },
  delegations: { holds: 'personal', section: 'delegations', match: ['conversation', 'mentions'] },
  archiveDone: { holds: 'personal', section: 'archive', match: ['conversation'] },
  // pending jobs sit in one partition keyed by conversation id; a job names its conversation in the value
  archiveOutbox: { holds: 'personal', section: 'archive', match: ['mentions'] },
  checklists: { holds: 'personal', section: 'checklists', match: ['person', 'mentions'] },
  checklistsOpen: { holds: 'index', of: 'checklists' },
  exemptions: { holds: 'personal', section: 'exemptions', match: ['person', 'mentions'] },
  exemptionsByYear: { holds: 'index', of: 'exemptions' },
  notices: { holds: 'personal', section: 'notices', match: ['person'] },
  noticeOutbox: { holds: 'personal', section: 'notices', match: ['mentions'] },
  // a sent mail's copy still to be removed from the mailbox it went from (minutes, or a Graph outage): the
  // row names that mailbox's owner, so their export lists it meanwhile, ids and a key only, as Samtale's
  // use of their mailbox
  mailCopyRemovals: { holds: 'personal', section: 'mailCopies', match: ['mentions'] },
  chatReferences: { holds: 'personal', section: 'chat', match: ['person'] },
  history: { holds: 'personal', section: 'history', match: ['person'] },
  historyByYear: { holds: 'index', of: 'history' },
  rounds: { holds: 'personal', section: 'rounds', match: ['person', 'mentions'] },
  audit: { holds: 'personal', section: 'audit', match: ['conversation', 'mentions'] },
  // HR's saved policy and template versions name who saved them
  settings: { holds: 'personal', section: 'settingsSaved', match: ['mentions'] },
  templates: { holds: 'personal', section: 'settingsSaved', match: ['mentions'] },
  // 003: shared needs are counted per unit without names; the texts are the referat's, exported there
  sharedNeeds: { holds: 'index', of: 'referats' },
  conversationTemplates: {
    holds: 'nothing-personal',
    why: 'the template version a conversation was started on: questions, no answers',
  },
  leases: { holds: 'nothing-personal', why: 'which server instance runs a sweep, and until when' },
  meta: { holds: 'nothing-personal', why: 'when the demo seeded its history' },
};

/** The tables of a store this map does not name (case as the service keeps it). */
export function unlistedTables(tables: readonly string[]): string[] {
  const known = new Set(Object.keys(PERSONAL_DATA_TABLES).map((t) => t.toLowerCase()));
  return tables.filter((t) => !known.has(t.toLowerCase()));
}

/** The rule of a table whatever case the service reports it in. */
export function ruleOf(table: string): { name: string; rule: TableRule } | null {
  const name = Object.keys(PERSONAL_DATA_TABLES).find((t) => t.toLowerCase() === table.toLowerCase());
  return name ? { name, rule: PERSONAL_DATA_TABLES[name]! } : null;
}
