// A microsoft.graph.user as the Directory port's person. Entra has no start date or position
// percentage of its own: hire date is a moment, and the percentage lives in an attribute the tenant picks.
import { z } from 'zod';
import type { DirectoryPerson } from '../../ports/directory';

export const ZGraphUser = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  jobTitle: z.string().nullish(),
  department: z.string().nullish(),
  employeeId: z.string().nullish(),
  employeeHireDate: z.string().nullish(),
  employeeLeaveDateTime: z.string().nullish(),
  employeeType: z.string().nullish(),
  preferredLanguage: z.string().nullish(),
  onPremisesExtensionAttributes: z.record(z.string(), z.string().nullable()).nullish(),
});
export type GraphUser = z.infer<typeof ZGraphUser>;

const ON_PREMISES_ATTRIBUTE = /^extensionAttribute([1-9]|1[0-5])$/;

/**
 * Reading it takes User-LifeCycleInfo.Read.All besides User.Read.All; a tenant that has not granted it still
 * gets everything else (the adapter asks again without it, see directory.ts).
 */
export const LEAVE_DATE_PROPERTY = 'employeeLeaveDateTime';

/** the $select that brings every property the mapping reads (Graph leaves employeeId, department ... out by default) */
export function userSelect(positionPercentAttribute: string, withLeaveDate = true): string[] {
  const onPremises = ON_PREMISES_ATTRIBUTE.test(positionPercentAttribute);
  const names = Object.keys(ZGraphUser.shape).filter(
    (k) =>
      (onPremises || k !== 'onPremisesExtensionAttributes') && (withLeaveDate || k !== LEAVE_DATE_PROPERTY),
  );
  return onPremises ? names : [...names, positionPercentAttribute];
}

/**
 * `positionPercentAttribute` is 'extensionAttribute1'..'extensionAttribute15' (onPremisesExtensionAttributes)
 * or a directory extension 'extension_{appId}_{name}' on the user itself.
 */
export function toDirectoryPerson(raw: unknown, positionPercentAttribute: string): DirectoryPerson {
  const user = ZGraphUser.parse(raw);
  const percent = ON_PREMISES_ATTRIBUTE.test(positionPercentAttribute)
    ? user.onPremisesExtensionAttributes?.[positionPercentAttribute]
    : (raw as Record<string, unknown>)[positionPercentAttribute];
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName ?? user.id,
    givenName: user.givenName ?? '',
    surname: user.surname ?? '',
    mail: user.mail ?? user.userPrincipalName ?? '',
    jobTitle: user.jobTitle ?? '',
    department: user.department ?? null,
    employeeNumber: user.employeeId ?? null,
    startDate: user.employeeHireDate ? osloDate(user.employeeHireDate) : null,
    endDate: user.employeeLeaveDateTime ? lastDay(user.employeeLeaveDateTime) : null,
    employeeType: user.employeeType ?? null,
    positionPercent: parsePercent(percent),
    preferredLanguage: user.preferredLanguage ?? null,
  };
}

// made once: building a formatter loads time-zone data and took more time than all else in mapping a user
// (a team overview maps every report on each request; issue 9 load bench)
const OSLO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });

// Entra stores the hire date as a moment. HR sync usually writes midnight UTC, but a tool that writes
// Norwegian midnight gives '2026-03-29T22:00:00Z' for a start on 30 March: the day in Oslo is right for both.
function osloDate(isoDateTime: string): string | null {
  const moment = new Date(isoDateTime);
  if (Number.isNaN(moment.getTime())) return null;
  return OSLO_DAY.format(moment);
}

// The leave moment is written two ways: Microsoft's lifecycle example sets the last day at 23:59:59Z, HR sync
// of a date field writes midnight UTC of it. Both are that day in UTC (in Oslo the first would be the next
// day), and so is the end of the day in Oslo (22:59:59Z in winter).
function lastDay(isoDateTime: string): string | null {
  const moment = new Date(isoDateTime);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString().slice(0, 10);
}

/** "80", "80 %" or "80,5" (a Norwegian decimal comma) -> a number 0-100; anything else -> null */
function parsePercent(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).replace('%', '').replace(',', '.').trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}
