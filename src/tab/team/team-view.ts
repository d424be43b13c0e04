// How the leader looks at the team: sorted and filtered, kept in the URL hash (#/?sort=name&status=overdue)
// so a reload, the back button and a link keep it. Pure, so the rules are tested without a browser.
import type { ConversationKind } from '../../core/org';
import type { TeamMember } from '../api/schemas';

export const SORTS = ['urgency', 'name', 'due', 'start'] as const;
export type SortKey = (typeof SORTS)[number];
/** the due statuses, plus booked (a meeting is in the calendar) and nothing (nothing to plan) */
export const STATUSES = ['overdue', 'due', 'upcoming', 'offered', 'exempt', 'booked', 'nothing'] as const;
export type StatusFilter = (typeof STATUSES)[number];
export const KINDS = [
  'annual',
  'start',
  'probation-followup',
  'exit',
] as const satisfies readonly ConversationKind[];

export interface TeamView {
  /** urgency (overdue first) is the default: what to act on first comes first */
  sort: SortKey;
  status: StatusFilter | null;
  kind: ConversationKind | null;
  /** only people with checklist items left (a new hire or a leaver) */
  openChecklist: boolean;
}

export const DEFAULT_VIEW: TeamView = { sort: 'urgency', status: null, kind: null, openChecklist: false };

const pick = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** The view in a hash; anything unknown is the default, so an old or edited link still opens the team. */
export function parseTeamView(hash: string): TeamView {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  return {
    sort: pick(SORTS, params.get('sort')) ?? 'urgency',
    status: pick(STATUSES, params.get('status')),
    kind: pick(KINDS, params.get('kind')),
    openChecklist: params.get('checklist') === 'open',
  };
}

/** The hash for a view: only what differs from the default, so the plain overview stays '#/'. */
export function teamViewHash(view: TeamView): string {
  const params = new URLSearchParams();
  if (view.sort !== 'urgency') params.set('sort', view.sort);
  if (view.status) params.set('status', view.status);
  if (view.kind) params.set('kind', view.kind);
  if (view.openChecklist) params.set('checklist', 'open');
  const query = params.toString();
  return query ? `#/?${query}` : '#/';
}

export function isFiltered(view: TeamView): boolean {
  return view.status !== null || view.kind !== null || view.openChecklist;
}

/** The status a row is filtered by: its booked meeting, else its most urgent due item. */
export function statusOf(member: TeamMember): StatusFilter {
  if (member.nextBooked) return 'booked';
  return member.nextDue?.status ?? 'nothing';
}

function matches(member: TeamMember, view: TeamView): boolean {
  if (view.status && statusOf(member) !== view.status) return false;
  if (view.kind && member.nextDue?.kind !== view.kind && member.nextBooked?.kind !== view.kind) return false;
  if (view.openChecklist && !(member.checklist && member.checklist.done < member.checklist.total))
    return false;
  return true;
}

const byName = (a: TeamMember, b: TeamMember) => a.displayName.localeCompare(b.displayName, 'nb');
/** what a date sort goes by: the booked meeting's day, else the due date; nothing to plan sorts last */
const dueOf = (m: TeamMember) => m.nextBooked?.start.slice(0, 10) ?? m.nextDue?.dueDate ?? '9999-12-31';

/**
 * The rows to show. `members` come from the server overdue first (urgency); the other sorts are stable
 * and fall back to the name. Start date sorts newest first: the new hires are the ones to find.
 */
export function applyTeamView(members: readonly TeamMember[], view: TeamView): TeamMember[] {
  const shown = members.filter((m) => matches(m, view));
  switch (view.sort) {
    case 'name':
      return shown.sort(byName);
    case 'due':
      return shown.sort((a, b) => dueOf(a).localeCompare(dueOf(b)) || byName(a, b));
    case 'start':
      return shown.sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || byName(a, b));
    default:
      return shown;
  }
}
