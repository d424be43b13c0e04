// The organisation directory (Entra ID through Microsoft Graph): who people are and who leads whom.
import type { Person } from '../core/org';

/** A person as the directory describes them; employment terms may be absent where the tenant does not carry them. */
export type DirectoryPerson = Pick<
  Person,
  'id' | 'displayName' | 'givenName' | 'surname' | 'mail' | 'jobTitle'
> & {
  /** unit (Graph `department`) */
  department: string | null;
  /** HR employee number (Graph `employeeId`) */
  employeeNumber: string | null;
  /** start date as YYYY-MM-DD (Graph `employeeHireDate`) */
  startDate: string | null;
  /**
   * the last day of employment as YYYY-MM-DD (Graph `employeeLeaveDateTime`, the Oslo date of that moment);
   * null when HR has not set one, or the tenant does not let the app read it
   */
  endDate: string | null;
  /** Graph `employeeType`, e.g. "permanent" / "temporary" */
  employeeType: string | null;
  /** position percentage, from the configured extension attribute; null when the tenant has none */
  positionPercent: number | null;
  preferredLanguage: string | null;
};

export interface Directory {
  /** the person by Entra object id, or null when unknown */
  getPerson(id: string): Promise<DirectoryPerson | null>;
  /** the nearest leader of a person, or null at the top of the tree */
  getManager(id: string): Promise<DirectoryPerson | null>;
  /** every direct report of a leader, all pages followed */
  listDirectReports(leaderId: string): Promise<DirectoryPerson[]>;
  /** everyone in the directory, all pages followed: the people HR's reports count (units by `department`) */
  listPeople(): Promise<DirectoryPerson[]>;
}
