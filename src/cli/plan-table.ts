// `samtale plan` for people: one table per conductor with the Oslo times, then whoever could not be placed
// and why, in bokmål.
import { DateTime } from 'luxon';
import { formatDate, OSLO } from '../core/calendar/oslo';
import type { PlanFile } from '../core/scheduling/plan-file';
import type { RoundInput } from '../core/scheduling/round-input';
import type { RoundPlan, UnplacedReason } from '../core/scheduling/round-planner';
import { table } from './due-table';

export const REASON_TEXT: Record<UnplacedReason, string> = {
  'no-common-free-time': 'ingen felles ledig tid i perioden',
  'conductor-no-free-time': 'samtalelederen har ingen ledig tid i perioden',
  'conductor-full': 'de felles ledige tidene er brukt av andre, eller dagene har nådd maks per dag',
};

const WEEKDAY = ['man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.'];

function osloOf(instant: string): DateTime {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(OSLO);
}

export function planTable(file: PlanFile, input: RoundInput, plan: RoundPlan): string {
  const names = new Map([...file.conductors, ...file.employees].map((p) => [p.id, p.name ?? p.id]));
  const name = (id: string) => names.get(id) ?? id;
  const { period } = input;
  const lines = [
    `Samtalerunde ${formatDate(period.from)}–${formatDate(period.to)}${file.title ? ` – ${file.title}` : ''}`,
    `${plan.stats.placed} av ${plan.stats.employees} plassert · ${input.durationMinutes} min · ` +
      `${input.bufferMinutes} min buffer · ${plan.stats.workingDays} arbeidsdager`,
  ];
  for (const conductor of input.conductors) {
    const own = plan.placements.filter((p) => p.conductorId === conductor.id);
    const perDay = new Map<string, number>();
    for (const p of own) perDay.set(p.start.slice(0, 10), (perDay.get(p.start.slice(0, 10)) ?? 0) + 1);
    lines.push('', `${name(conductor.id)} – ${own.length} samtaler, maks ${conductor.maxPerDay} per dag`);
    if (own.length === 0) continue;
    const rows = [...own]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((p) => {
        const start = osloOf(p.start);
        return [
          WEEKDAY[start.weekday - 1] ?? '',
          start.toFormat('dd.MM.yyyy'),
          `${start.toFormat('HH:mm')}–${osloOf(p.end).toFormat('HH:mm')}`,
          name(p.employeeId),
        ];
      });
    lines.push(...table([['Dag', 'Dato', 'Tid', 'Ansatt'], ...rows]).map((line) => `  ${line}`));
  }
  if (plan.unplaced.length > 0) {
    lines.push('', `Ikke plassert: ${plan.unplaced.length}`);
    const rows = plan.unplaced.map((u) => [name(u.employeeId), name(u.conductorId), REASON_TEXT[u.reason]]);
    lines.push(...table([['Ansatt', 'Samtaleleder', 'Årsak'], ...rows]).map((line) => `  ${line}`));
  }
  return `${lines.join('\n')}\n`;
}
