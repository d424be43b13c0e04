// samtale plan --input FILE [--policy FILE] [--json]: plans a round on given busy data, as a dry run. Nothing
// is booked; the same planner runs when a leader plans a round in the tab.
import { ZPlanFile, roundInputOf } from '../../core/scheduling/plan-file';
import { planRound } from '../../core/scheduling/round-planner';
import { EXIT, UsageError, type Command } from '../io';
import { parseOptions } from '../parse-options';
import { planTable } from '../plan-table';
import { loadPolicy, readJsonInput } from '../read-json-input';

export const plan: Command = async (args, io) => {
  const options = parseOptions(args, {
    input: { type: 'string' },
    policy: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (options.input === undefined)
    throw new UsageError('--input FILE is required (see `samtale schema plan`)');
  const file = await readJsonInput(io, options.input, ZPlanFile);
  const policy = await loadPolicy(io, options.policy, { policy: file.policy, file: options.input });
  const input = roundInputOf(file, policy.municipality);
  const result = planRound(input);

  if (options.json) {
    const { period, durationMinutes, bufferMinutes } = input;
    io.stdout(`${JSON.stringify({ period, durationMinutes, bufferMinutes, ...result }, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(planTable(file, input, result));
  return EXIT.ok;
};
