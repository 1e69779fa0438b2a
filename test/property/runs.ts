/**
 * How many cases each fast-check property runs. CI runs the count a test gives (at least 10 000
 * where a case is cheap); `npm run fuzz` sets SENTINEL_LINT_FUZZ_RUNS to run far more, and then
 * the per-test timeouts are lifted, since a long fuzz run is the point.
 */
const override = Number(process.env.SENTINEL_LINT_FUZZ_RUNS);
export const FUZZING = Number.isInteger(override) && override > 0;

export function fuzzRuns(ciRuns: number): number {
  return FUZZING ? override : ciRuns;
}

/** A test timeout for a property: the CI bound, or a day while fuzzing. */
export function fuzzTimeout(ciMs: number): number {
  return FUZZING ? 86_400_000 : ciMs;
}
