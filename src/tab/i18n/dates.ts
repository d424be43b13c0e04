// Calendar dates as a Norwegian leader reads and types them: "03.12.2026" in tables and fields, and
// "3.12.2026", "03.12.26" or "3/12/2026" all understood when typed. The value the tab sends stays ISO
// ("2026-12-03"); a calendar date has no time of day, so no time zone can move it to another day.

export type ParsedDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

const NORWEGIAN = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a person typed in a date field: day.month.year with a two- or four-digit year, or ISO. */
export function parseDateInput(text: string): ParsedDate {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const iso = ISO.exec(typed);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const nor = NORWEGIAN.exec(typed);
  if (!nor) return { kind: 'invalid' };
  const year = nor[3]!.length === 2 ? 2000 + Number(nor[3]) : Number(nor[3]);
  return calendarDate(year, Number(nor[2]), Number(nor[1]));
}

function calendarDate(year: number, month: number, day: number): ParsedDate {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return { kind: 'invalid' };
  // 31.04 or 29.02 in a common year: Date.UTC would roll it into the next month
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return { kind: 'invalid' };
  return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** "2026-12-03" → "03.12.2026"; anything else is shown as it is. */
export function formatShortDate(isoDate: string): string {
  const iso = ISO.exec(isoDate);
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : isoDate;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
