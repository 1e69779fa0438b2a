import type { Monitor } from '../deployment.js';
import type { SentinelOptionFact } from '../facts.js';
import type { Span } from '../span.js';
import { plainNumberOf } from './sentinel-numbers.js';
import { monitorOption } from './sentinel-options.js';

/**
 * What Sentinel uses for a master that sets no value (sentinel.c `sentinel_default_down_after`,
 * `sentinel_default_failover_timeout`, `SENTINEL_DEFAULT_PARALLEL_SYNCS`). Sentinel's own rewrite
 * drops a line that is at its default, so a missing line and a default line mean the same.
 */
export const SENTINEL_TIMING_DEFAULTS = {
  'down-after-milliseconds': 30000,
  'failover-timeout': 180000,
  'parallel-syncs': 1,
} as const;

export type SentinelTiming = keyof typeof SENTINEL_TIMING_DEFAULTS;

/** A per-master number as one Sentinel runs it: its line, or the default when it has none. */
export type TimingValue = { known: true; value: number; line?: SentinelOptionFact; span: Span } | { known: false };

/**
 * The value of a timing for this monitor. Without a line it is the default, and the span is the
 * monitor line: that is where a missing setting matters. Unknown when an include may set it, or
 * when the value is not a plain number (sentinel.c's atoi reads it; sentinel-lenient-number's case).
 */
export function monitorTiming(monitor: Monitor, option: SentinelTiming): TimingValue {
  const found = monitorOption(monitor, option);
  if (!found.known) return { known: false };
  const line = found.fact;
  if (!line) return { known: true, value: SENTINEL_TIMING_DEFAULTS[option], span: monitor.declaredAt };
  const value = plainNumberOf(line);
  const arg = line.args[0];
  if (value === undefined || !arg) return { known: false };
  return { known: true, value, line, span: arg.span };
}
