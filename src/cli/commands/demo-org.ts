// samtale demo-org --today YYYY-MM-DD [--seed N] [--size N] [--calendars]: the demo's fictional municipality as
// an org file, the same people `npm start` shows. examples/demo-municipality.json is made with this command.
import { z } from 'zod';
import { isCalendarDate } from '../../core/calendar/days';
import { generateMunicipality } from '../../demo/municipality/generate';
import { EXIT, UsageError, type Command } from '../io';
import { dateOption, parseOptions } from '../parse-options';

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name}: expected a whole number, got '${value}'`);
  return Number(value);
}

export const demoOrg: Command = async (args, io) => {
  const values = parseOptions(args, {
    today: { type: 'string' },
    seed: { type: 'string' },
    size: { type: 'string' },
    calendars: { type: 'boolean', default: false },
  });
  const today = dateOption('today', values.today, isCalendarDate);
  let municipality;
  try {
    municipality = generateMunicipality({
      today,
      seed: wholeNumber('seed', values.seed, 2026),
      size: wholeNumber('size', values.size, 70),
      calendars: values.calendars,
    });
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const issue = error.issues[0];
    throw new UsageError(`--${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  io.stdout(`${JSON.stringify(municipality, null, 2)}\n`);
  return EXIT.ok;
};
