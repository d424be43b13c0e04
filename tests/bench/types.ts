/** One line of `npm run bench`: BENCH <name> <value> <unit>. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}
