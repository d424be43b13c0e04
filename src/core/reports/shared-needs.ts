// Shared needs per unit (003: to the leader group and the autumn budget; 000: a department meeting looks at
// the aggregated results). Rules, and why:
//
// - A need is the text of an action the leader and the employee marked as a shared need. Texts are grouped
//   trimmed, with runs of white space made one, Unicode-normalised and case-folded, so "Kurs i Excel" and
//   "kurs i excel " are one need; the spelling shown is the one written most often (ties: the first in
//   Norwegian alphabetical order, so the output does not depend on the order of the rows).
// - The count is the number of conversations that raised it (a referat listing it twice counts once).
// - Needs raised once are shown too: 003 wants every shared need raised to the leader level, and the text
//   was written to be shared. What must not happen is that a need points at a person. So:
// - Small-number protection: a unit is named only when at least MIN_GROUP (3) conversations of the period
//   in it raised needs and, when the unit's head count is known, it has at least MIN_GROUP employees. With
//   one or two behind it, "Enhet X: needs Y" tells HR who asked. Such units are merged into "Andre enheter",
//   and that group too is shown only when it holds MIN_GROUP conversations; otherwise its needs are counted
//   in the municipality total alone, where no unit is attached to them.
import type { ReportPeriod } from './period';
import { inPeriod } from './period';
import type { SharedNeedsRow } from './shared-needs-row';

export const MIN_GROUP = 3;
export const OTHER_UNITS = 'Andre enheter';

export interface NeedCount {
  need: string;
  count: number;
}

export interface NeedsGroup {
  /** the unit's name, or OTHER_UNITS for the merged small units */
  unit: string;
  /** conversations in the period that raised at least one need */
  conversations: number;
  needs: NeedCount[];
}

export interface SharedNeedsReport {
  period: ReportPeriod;
  units: NeedsGroup[];
  /** the whole municipality, every need of the period */
  total: Omit<NeedsGroup, 'unit'>;
}

export interface SharedNeedsOptions {
  /** employees per unit name, when known (the directory's departments) */
  unitSizes?: ReadonlyMap<string, number>;
}

function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** the grouping key of a need */
export function needKey(text: string): string {
  return tidy(text).toLocaleLowerCase('nb');
}

function countNeeds(rows: readonly SharedNeedsRow[]): NeedCount[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const raw of row.needs) {
      const spelling = tidy(raw);
      const key = needKey(spelling);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { count: 0, spellings: new Map() }));
      group.count++;
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    }
  }
  const needs = [...groups.values()].map((g) => {
    const spellings = [...g.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nb'));
    return { need: spellings[0]?.[0] ?? '', count: g.count };
  });
  return needs.sort((a, b) => b.count - a.count || a.need.localeCompare(b.need, 'nb'));
}

const raisedAny = (row: SharedNeedsRow) => row.needs.some((n) => needKey(n) !== '');

export function sharedNeedsReport(
  rows: readonly SharedNeedsRow[],
  period: ReportPeriod,
  options: SharedNeedsOptions = {},
): SharedNeedsReport {
  const inside = rows.filter((r) => inPeriod(r.heldOn, period) && raisedAny(r));
  const byUnit = new Map<string | null, SharedNeedsRow[]>();
  for (const row of inside) {
    const list = byUnit.get(row.unit);
    if (list) list.push(row);
    else byUnit.set(row.unit, [row]);
  }

  const named: NeedsGroup[] = [];
  const merged: SharedNeedsRow[] = [];
  for (const [unit, unitRows] of byUnit) {
    // with head counts given, a unit missing from them (renamed, closed) counts as small: the safe side
    const size = unit === null || !options.unitSizes ? undefined : (options.unitSizes.get(unit) ?? 0);
    const bigEnough = unitRows.length >= MIN_GROUP && (size === undefined || size >= MIN_GROUP);
    // a row without a unit cannot be shown under one: it goes with the small ones
    if (unit === null || !bigEnough) merged.push(...unitRows);
    else named.push({ unit, conversations: unitRows.length, needs: countNeeds(unitRows) });
  }
  named.sort((a, b) => a.unit.localeCompare(b.unit, 'nb'));
  if (merged.length >= MIN_GROUP) {
    named.push({ unit: OTHER_UNITS, conversations: merged.length, needs: countNeeds(merged) });
  }
  return { period, units: named, total: { conversations: inside.length, needs: countNeeds(inside) } };
}
