const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

/**
 * C `atoi` as Sentinel uses it (glibc: `(int) strtol(s, NULL, 10)`): leading blanks, an optional
 * sign, then digits until the first other character; no digits gives 0. `17999x` is 17999, `2abc`
 * is 2, `abc` is 0. strtol clamps to the 64-bit range, then the cast to int wraps.
 */
export function atoi(text: string): number {
  const match = /^[ \t\n\v\f\r]*([+-]?)(\d*)/.exec(text);
  const digits = match?.[2] ?? '';
  if (digits === '') return 0;
  let long = BigInt(digits.length > 30 ? '9'.repeat(30) : digits);
  if (match?.[1] === '-') long = -long;
  if (long > LONG_MAX) long = LONG_MAX;
  if (long < LONG_MIN) long = LONG_MIN;
  return Number(BigInt.asIntN(32, long));
}

/** True when `atoi` reads the whole text as a number, without a word. */
export function isCleanInteger(text: string): boolean {
  return /^[+-]?\d+$/.test(text);
}
