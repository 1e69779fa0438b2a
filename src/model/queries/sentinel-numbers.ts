import type { ConfArg, SentinelOptionFact } from '../facts.js';

/**
 * `sentinel` options whose number sentinel.c reads with `atoi` (sentinelHandleConfiguration), and
 * the index of that number in the option's arguments (after the master name, for per-master ones).
 */
export const ATOI_ARGUMENTS: Readonly<Record<string, { index: number; what: string }>> = {
  'down-after-milliseconds': { index: 0, what: 'down-after-milliseconds' },
  'failover-timeout': { index: 0, what: 'failover-timeout' },
  'parallel-syncs': { index: 0, what: 'parallel-syncs' },
  'master-reboot-down-after-period': { index: 0, what: 'master-reboot-down-after-period' },
  'known-replica': { index: 1, what: 'known-replica port' },
  'known-sentinel': { index: 1, what: 'known-sentinel port' },
  'announce-port': { index: 0, what: 'announce-port' },
};

/** The argument of an option that sentinel.c reads with atoi, when it has one. */
export function atoiArgument(option: SentinelOptionFact): ConfArg | undefined {
  const spec = ATOI_ARGUMENTS[option.option];
  return spec ? option.args[spec.index] : undefined;
}

/**
 * What C `atoi` makes of a text (glibc: `(int) strtol(s, NULL, 10)`): the leading digits after an
 * optional sign, 0 without any; strtol saturates to 64 bits and the cast to int wraps.
 */
export function readAtoi(text: string): number {
  const [, sign, digits] = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(text) ?? [];
  if (!digits) return 0;
  const max = (1n << 63n) - 1n;
  let long = digits.length > 20 ? max + 1n : BigInt(digits);
  if (sign === '-') long = -long;
  if (long > max) long = max;
  if (long < -max - 1n) long = -max - 1n;
  return Number(BigInt.asIntN(32, long));
}

/** The text is a plain decimal integer that atoi reads whole and unchanged. */
export function isPlainInteger(text: string): boolean {
  return /^[+-]?\d+$/.test(text) && readAtoi(text) === Number(text);
}

/** The value of an atoi option when it is written as a plain integer; undefined otherwise. */
export function plainNumberOf(option: SentinelOptionFact | undefined): number | undefined {
  const arg = option && atoiArgument(option);
  return arg && isPlainInteger(arg.text) ? Number(arg.text) : undefined;
}
