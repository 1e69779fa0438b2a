/**
 * How redis-server reads numbers from a config line (util.c `memtoull`, `string2ll`, `string2d`,
 * and the libc `strtoll` several set functions call). Arguments are C strings to these functions:
 * they end at the first NUL byte, which `sdssplitargs` can put inside a quoted argument ("\x00").
 * 64-bit results are BigInt, wrapped the way the C types wrap.
 */

const U64 = 2n ** 64n;
export const LLONG_MAX = 2n ** 63n - 1n;
export const LLONG_MIN = -(2n ** 63n);

/** The argument as a C function sees it: up to the first NUL. */
export const cString = (s: string): string => {
  const nul = s.indexOf('\0');
  return nul === -1 ? s : s.slice(0, nul);
};

/** C `tolower` / `strcasecmp` in the C locale: ASCII letters only (JS would also fold 'K', the Kelvin sign). */
export const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

/** C `isspace` in the C locale. */
const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

const UNITS: Record<string, bigint> = {
  '': 1n, b: 1n, k: 1000n, kb: 1024n, m: 1000n ** 2n, mb: 1024n ** 2n, g: 1000n ** 3n, gb: 1024n ** 3n,
};

/**
 * util.c `memtoull` (7.0+), exactly: digits, then an optional unit b, k, kb, m, mb, g, gb in any case;
 * no sign, decimal point, space or t/tb. A bare unit (or nothing) reads as 0, digits that overflow
 * read as 2^64-1 (strtoull), and the product wraps at 2^64. Undefined when the server says
 * "argument must be a memory value".
 */
export function memtoullExact(text: string): bigint | undefined {
  const p = cString(text);
  if (p.startsWith('-')) return undefined;
  let u = 0;
  while (isDigit(p[u])) u++;
  const mul = UNITS[asciiLower(p.slice(u))];
  if (mul === undefined || u >= 128) return undefined;
  let val = u === 0 ? 0n : BigInt(p.slice(0, u));
  if (val >= U64) val = U64 - 1n; // strtoull saturates, and memtoull does not look at ERANGE
  return (val * mul) % U64;
}

/** {@link memtoullExact} as a number (exact up to 2^53). RULES.md §1.3. */
export function memtoull(text: string): number | undefined {
  const value = memtoullExact(text);
  return value === undefined ? undefined : Number(value);
}

/** 6.2's `memtoll`: like memtoull, but a leading `-` is allowed and the value is a signed 64-bit one. */
export function memtollExact(text: string): bigint | undefined {
  const p = cString(text);
  let u = p.startsWith('-') ? 1 : 0;
  while (isDigit(p[u])) u++;
  const mul = UNITS[asciiLower(p.slice(u))];
  if (mul === undefined || u >= 128) return undefined;
  const digits = strtoll(p.slice(0, u), 10);
  if (digits.end !== u) return undefined; // "-" alone
  return BigInt.asIntN(64, digits.value * mul);
}

/** util.c `string2ll`: strict decimal, no spaces, no leading zeros, no `+`, at most 20 characters. */
export function string2ll(s: string): bigint | undefined {
  if (s.length === 0 || s.length >= 21) return undefined;
  if (s === '0') return 0n;
  const match = /^(-?)([1-9][0-9]*)$/.exec(s);
  if (!match) return undefined;
  const value = match[1] ? -BigInt(match[2]!) : BigInt(match[2]!);
  return value > LLONG_MAX || value < LLONG_MIN ? undefined : value;
}

export interface StrtollResult {
  /** Clamped to the long long range, as strtoll does. */
  value: bigint;
  /** Index of the first character not read: 0 when there were no digits (endptr == nptr). */
  end: number;
  /** errno would be ERANGE. */
  overflow: boolean;
}

/** libc `strtoll` for base 8 or 10 on a C string: leading spaces, a sign, digits. */
export function strtoll(text: string, base: 8 | 10): StrtollResult {
  const s = cString(text);
  let i = 0;
  while (isSpace(s[i])) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') negative = s[i++] === '-';
  const start = i;
  const max = base === 8 ? '7' : '9';
  while (i < s.length && s[i]! >= '0' && s[i]! <= max) i++;
  if (i === start) return { value: 0n, end: 0, overflow: false };
  let value = 0n;
  for (const c of s.slice(start, i)) value = value * BigInt(base) + BigInt(c.charCodeAt(0) - 48);
  if (negative) value = -value;
  if (value > LLONG_MAX) return { value: LLONG_MAX, end: i, overflow: true };
  if (value < LLONG_MIN) return { value: LLONG_MIN, end: i, overflow: true };
  return { value, end: i, overflow: false };
}

/** True when strtoll read the whole C string (`*endptr == '\0'`); an empty string passes, as in C. */
export const strtollWhole = (text: string, r: StrtollResult) => {
  const s = cString(text);
  return r.end === s.length || (r.end === 0 && s.length === 0);
};

/** libc `atoi`: strtol truncated to int. */
export function atoi(text: string): number {
  return Number(BigInt.asIntN(32, strtoll(text, 10).value));
}

/**
 * util.c `string2d`: libc `strtod` must read the whole argument, which must not start with a space;
 * overflow, underflow to zero and NaN are refused. `inf` and hexadecimal floats are accepted.
 */
export function string2d(text: string): number | undefined {
  if (text.length === 0 || isSpace(text[0]) || text.includes('\0')) return undefined;
  const m =
    /^[+-]?(?:(inf(?:inity)?)|(nan(?:\([0-9A-Za-z_]*\))?)|0[xX]([0-9a-fA-F]*\.?[0-9a-fA-F]*)(?:[pP]([+-]?\d+))?|(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/i.exec(text);
  if (!m) return undefined;
  const negative = text.startsWith('-');
  if (m[1]) return negative ? -Infinity : Infinity;
  if (m[2]) return undefined; // isnan
  let value: number;
  let nonZeroDigits: boolean;
  if (m[3] !== undefined) {
    const [int = '', frac = ''] = m[3].split('.');
    if (int.length + frac.length === 0) return undefined; // "0x" alone: strtod stops after the 0
    const mantissa = parseInt(int || '0', 16) + (frac ? parseInt(frac, 16) / 16 ** frac.length : 0);
    value = mantissa * 2 ** Number(m[4] ?? 0);
    nonZeroDigits = /[1-9a-fA-F]/.test(int + frac);
  } else {
    value = Math.abs(Number(text));
    nonZeroDigits = /[1-9]/.test(m[5]!);
  }
  if (!Number.isFinite(value)) return undefined; // ERANGE, HUGE_VAL
  if (value === 0 && nonZeroDigits) return undefined; // ERANGE, underflow to zero
  return negative ? -value : value;
}
