import type { SchedulingDeps } from '../../app/scheduling-deps';

/** What the bot's handlers need: the use cases' dependencies, and the tenant the bot serves. */
export interface BotDeps extends SchedulingDeps {
  /** the municipality's tenant: activities from any other are refused */
  tenantId: string;
  log: (line: string) => void;
}
