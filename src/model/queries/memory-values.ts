/**
 * Directives whose value redis-server reads as a memory size: config.c 7.0.15 registers these
 * with the MEMORY_CONFIG flag (maxmemory-clients also takes a percent), and
 * `client-output-buffer-limit` reads its hard and soft limits with memtoull.
 */
export const MEMORY_DIRECTIVES: ReadonlySet<string> = new Set([
  'maxmemory',
  'maxmemory-clients',
  'client-query-buffer-limit',
  'proto-max-bulk-len',
  'repl-backlog-size',
  'auto-aof-rewrite-min-size',
  'active-defrag-ignore-bytes',
  'cluster-link-sendbuf-limit',
  'stream-node-max-bytes',
  'hll-sparse-max-bytes',
  'hash-max-listpack-value',
  'zset-max-listpack-value',
]);

/** Units of util.c `memtoull`, case-insensitive: `k`, `m`, `g` are powers of 1000, `kb`, `mb`, `gb` of 1024. */
const UNITS: Readonly<Record<string, number>> = {
  '': 1, b: 1, k: 1e3, kb: 1024, m: 1e6, mb: 1024 ** 2, g: 1e9, gb: 1024 ** 3,
};

/** A memory value as memtoull reads it. */
export interface MemoryValue {
  digits: string;
  /** Lower-case unit as written, '' for none. */
  unit: string;
  /** Exact below 2^53, which covers every value worth a message. */
  bytes: number;
}

/** Undefined when memtoull refuses the text (the parser reports those). A bare unit reads as 0. */
export function readMemoryValue(text: string): MemoryValue | undefined {
  const match = /^(\d*)([a-z]*)$/i.exec(text);
  const unit = match?.[2]?.toLowerCase();
  if (!match || unit === undefined || !(unit in UNITS)) return undefined;
  const digits = match[1]!;
  return { digits, unit, bytes: (digits === '' ? 0 : Number(digits)) * UNITS[unit]! };
}

/** The same number of the binary unit: `512m` → `512mb`. */
export function binaryUnitOf(unit: string): string | undefined {
  return unit === 'k' || unit === 'm' || unit === 'g' ? `${unit}b` : undefined;
}

/** Bytes of a value with the binary unit. */
export function bytesWithUnit(digits: string, unit: string): number {
  return Number(digits) * (UNITS[unit] ?? 1);
}
