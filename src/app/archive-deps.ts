import type { Policy } from '../core/policy/schema';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import type { Mailer } from '../ports/mailer';
import type { PdfRenderer } from '../ports/pdf-renderer';
import type { PersonnelArchive } from '../ports/personnel-archive';
import type { Store } from '../ports/store';

/** What the archive worker needs from the outside world (DESIGN §2.7). */
export interface ArchiveDeps {
  store: Store;
  directory: Directory;
  clock: Clock;
  archive: PersonnelArchive;
  pdf: PdfRenderer;
  mailer: Mailer;
  /** the policy of the employee's unit: its retention says whether a new referat replaces the previous (002) */
  policyFor(unitName: string | null): Promise<Policy>;
  /** the municipality's name, the PDF's author, e.g. "Fjordvik kommune" */
  municipalityName: string;
  /** a Purview retention label for every filed referat; null: none configured */
  retentionLabel: string | null;
  /** in [0, 1), for the backoff's jitter; default Math.random */
  random?: () => number;
  /** a try that takes longer counts as failed (SharePoint hanging); default 2 min */
  attemptTimeoutMs?: number;
  /** how long a taken job stays this instance's; longer than a try may take. Default 5 min */
  leaseMs?: number;
}
