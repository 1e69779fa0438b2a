import { asciiLower, atoi, cString, memtoullExact, string2d, strtoll, strtollWhole } from '../memory.js';
import { isValkeyAtLeast, type SetContext, type SetError } from './set-value.js';

/**
 * The set functions of config.c's special configs (`setConfigSaveOption`, `setConfigBindOption`, …)
 * and of 6.2's if/else chain, keyed by handler name. Each gets the values after the directive name
 * and returns the server's refusal, if any. What depends on the machine (`dir` and its chdir,
 * `logfile` and its fopen) is accepted.
 */
export type SpecialSet = (values: string[], ctx: SetContext) => SetError | undefined;

const wrongCount: SetError = { message: 'wrong number of arguments' };
const isWhole = (value: string, base: 8 | 10) => {
  const r = strtoll(value, base);
  return { ...r, whole: strtollWhole(value, r) };
};

/**
 * networking.c `getClientTypeByName`, for a class that has output buffer limits: `master` (and
 * Valkey 8's `primary`) is a known class without limits, refused like an unknown one.
 */
function isLimitClass(name: string): boolean {
  const n = asciiLower(cString(name));
  return n === 'normal' || n === 'slave' || n === 'replica' || n === 'pubsub';
}

/** notify.c `keyspaceEventsStringToFlags`. */
const EVENT_CLASSES_70 = 'Ag$lshzxeKEtmdn';
const EVENT_CLASSES_62 = 'Ag$lshzxeKEtmd';

export const SPECIAL_SETS: Record<string, SpecialSet> = {
  dir(values, ctx) {
    if (values.length !== 1) return wrongCount;
    if (isValkeyAtLeast(ctx, '8.0') && cString(values[0]!) === '') return { message: "dir can't be empty", at: 0 };
    return undefined; // chdir failing depends on the machine the file is deployed to
  },

  save(values) {
    // `save ""` is zero arguments: no snapshots.
    const args = values.length === 1 && cString(values[0]!) === '' ? [] : values;
    if (args.length % 2 === 1) return { message: 'Invalid save parameters' };
    const bad = args.findIndex((value, j) => {
      const r = isWhole(value, 10);
      return !r.whole || (j % 2 === 0 ? r.value < 1n : r.value < 0n);
    });
    return bad === -1 ? undefined : { message: 'Invalid save parameters', at: bad };
  },

  'save-6.2'(values) {
    if (values.length === 2) {
      const [seconds, changes] = values.map(atoi) as [number, number];
      if (seconds < 1 || changes < 0) return { message: 'Invalid save parameters' };
    }
    return undefined; // `save ""` clears; any other count is silently ignored by 6.2
  },

  'client-output-buffer-limit'(values) {
    if (values.length % 4) return { message: 'Wrong number of arguments in buffer limit configuration.' };
    for (let j = 0; j < values.length; j += 4) {
      if (!isLimitClass(values[j]!)) {
        return { message: 'Invalid client class specified in buffer limit configuration.', at: j };
      }
      // soft_seconds is an int: strtoll's result is truncated to 32 bits before the sign test.
      const seconds = isWhole(values[j + 3]!, 10);
      if (memtoullExact(values[j + 1]!) === undefined || memtoullExact(values[j + 2]!) === undefined ||
        BigInt.asIntN(32, seconds.value) < 0n || !seconds.whole) {
        return { message: 'Error in hard, soft or soft_seconds setting in buffer limit configuration.' };
      }
    }
    return undefined;
  },

  'client-output-buffer-limit-6.2'(values) {
    if (!isLimitClass(values[0]!)) {
      return {
        message: "Unrecognized client limit class: the user specified an invalid one, or 'master' which has no buffer limits.",
        at: 0,
      };
    }
    if (atoi(values[3]!) < 0) return { message: 'Negative number of seconds in soft limit is invalid', at: 3 };
    return undefined; // the limits go through memtoll without an error check
  },

  'oom-score-adj-values'(values) {
    if (values.length !== 3) return wrongCount;
    const bad = values.findIndex((value) => {
      const r = isWhole(value, 10);
      return !r.whole || r.value < -2000n || r.value > 2000n;
    });
    return bad === -1
      ? undefined
      : { message: 'Invalid oom-score-adj-values, elements must be between -2000 and 2000.', at: bad };
  },

  'notify-keyspace-events'(values) {
    if (values.length !== 1) return wrongCount;
    return [...cString(values[0]!)].every((c) => EVENT_CLASSES_70.includes(c))
      ? undefined
      : { message: "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.", at: 0 };
  },

  'notify-keyspace-events-6.2'(values) {
    return [...cString(values[0]!)].every((c) => EVENT_CLASSES_62.includes(c))
      ? undefined
      : { message: "Invalid event class character. Use 'g$lshzxeA'.", at: 0 };
  },

  bind(values) {
    return values.length > 16 ? { message: 'Too many bind addresses specified.', at: 16 } : undefined;
  },

  'bind-6.2'(values) {
    return values.length > 16 ? { message: 'Too many bind addresses specified', at: 16 } : undefined;
  },

  replicaof(values, ctx) {
    if (values.length !== 2) return wrongCount;
    const [host, port] = values as [string, string];
    if (asciiLower(cString(host)) === 'no' && asciiLower(cString(port)) === 'one') return undefined;
    // masterport is an int; strtol's long is truncated into it before the range test.
    const r = isWhole(port, 10);
    const value = BigInt.asIntN(32, r.value);
    if (value < 0n || value > 65535n || !r.whole) {
      return { message: isValkeyAtLeast(ctx, '8.0') ? 'Invalid primary port' : 'Invalid master port', at: 1 };
    }
    return undefined; // the host is not resolved while loading (RULES.md E36)
  },

  'latency-tracking-info-percentiles'(values) {
    if (values.length === 1 && values[0] === '') return undefined;
    for (const [j, value] of values.entries()) {
      const percentile = string2d(value);
      if (percentile === undefined) return { message: 'Invalid latency-tracking-info-percentiles parameters', at: j };
      if (percentile > 100 || percentile < 0) {
        return { message: 'latency-tracking-info-percentiles parameters should sit between [0.0,100.0]', at: j };
      }
    }
    return undefined;
  },

  'unixsocketperm-6.2'(values) {
    const r = strtoll(values[0]!, 8);
    // (mode_t) strtol(..., 8); only errno and the upper bound are looked at.
    return r.overflow || BigInt.asUintN(32, r.value) > 0o777n
      ? { message: 'Invalid socket file permissions', at: 0 }
      : undefined;
  },

  logfile: () => undefined, // 6.2 opens it while parsing; that depends on the machine
  string: () => undefined,
};
