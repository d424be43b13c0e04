import type { Policy } from '../core/policy/schema';
import type { Calendar } from '../ports/calendar';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import type { Store } from '../ports/store';

/** What the scheduling use cases need from the outside world. */
export interface SchedulingDeps {
  directory: Directory;
  calendar: Calendar;
  store: Store;
  clock: Clock;
  /** the policy that applies to a unit (the municipality's, with the unit's own overrides) */
  policyFor(unitName: string | null): Promise<Policy>;
  /** new unique ids (conversation and round ids) */
  newId(): string;
  /** where the tab is served, for deep links in invitations, e.g. https://samtale.kommune.no */
  publicUrl: string;
  /** nudges the notice delivery worker after a use case stored a notice (queue-notice.ts); optional */
  noticesQueued?: () => void;
}
