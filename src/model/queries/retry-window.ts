import type { CeleryConfig, RedisPyClient, Resolved } from '../clients.js';
import type { Span } from '../span.js';
import type { PyDict, PyValue } from '../../sources/python/facts.js';
import { lookupKey } from '../../sources/python/dict-lookup.js';
import { knownText } from '../../sources/python/py-text.js';

/**
 * The longest a Sentinel client keeps trying one command (a Celery publish, a redis-py command on
 * `master_for`) before it raises, as an upper bound in seconds, with where the numbers that fix it
 * are written. Undefined when any part is not bounded or not known: a missing socket timeout (the
 * OS connect timeout applies), `retry=`, an unbounded or unreadable retry policy.
 *
 * One attempt, without retries, gets a connection and sends the command. Getting a connection
 * (redis-py 4.3 `ConnectionPool.get_connection`) may connect twice (connect, `can_read`,
 * disconnect, connect again); each connect of a `SentinelManagedConnection` first asks the
 * Sentinels in turn (`discover_master`: per Sentinel, again up to two connects, AUTH and
 * SENTINEL MASTERS), then connects to the master and sends up to four setup commands (AUTH,
 * SELECT, CLIENT SETNAME, a health-check PING). The bound, generous on purpose:
 * discovery = sentinels × 2 × (connect + 2 reads); connecting = discovery + connect + 4 reads;
 * attempt = 2 × connecting + 2 reads.
 * `socket_connect_timeout` falls back to `socket_timeout` (redis-py 4.3 `Connection.__init__`);
 * `retry_on_timeout` gives each command one more try (`Retry(NoBackoff(), 1)`).
 */
export interface RetryWindow {
  seconds: number;
  /** Where the deciding timeout is written. */
  at: Span;
  /** How the bound was reached, for a message. */
  how: string;
}

interface Timeouts {
  connect: number;
  read: number;
}

function attempt(sentinels: number, sentinel: Timeouts, master: Timeouts): number {
  const discovery = sentinels * 2 * (sentinel.connect + 2 * sentinel.read);
  const connecting = discovery + master.connect + 4 * master.read;
  return 2 * connecting + 2 * master.read;
}

// ---------------------------------------------------------------------------------------------
// redis-py

/** A redis-py `master_for` client: redis-py 4.3 retries a command only with `retry_on_timeout` (once). */
export function redisPyWindow(client: RedisPyClient, master: RedisPyClient['masters'][number]): RetryWindow | undefined {
  if (client.sentinel.spread.length > 0 || master.call.spread.length > 0 || !client.endpointsKnown) return undefined;
  const kwargs = new Map<string, { value: PyValue; at: Span }>();
  for (const k of [...client.kwargs, ...master.kwargs]) kwargs.set(k.name, { value: k.value.value, at: k.at });
  // `retry` (used only with `retry_on_error` in 4.3), `retry_on_error`, or another connection class: not modelled.
  if (['retry', 'retry_on_error', 'connection_class', 'connection_pool'].some((k) => kwargs.has(k))) return undefined;
  const read = kwargs.get('socket_timeout');
  const masterTimeouts = timeoutsOf(read?.value, kwargs.get('socket_connect_timeout')?.value);
  if (!read || !masterTimeouts) return undefined;
  const retryOnTimeout = kwargs.get('retry_on_timeout')?.value;
  const tries = retryOnTimeout === undefined ? 1 : retryOnTimeout.kind === 'bool' ? (retryOnTimeout.value ? 2 : 1) : undefined;
  if (tries === undefined) return undefined;
  // Sentinel.__init__: without sentinel_kwargs the Sentinel connections copy the socket_* options of Sentinel(...).
  const sentinel = client.sentinelKwargs
    ? dictTimeouts(client.sentinelKwargs.value)
    : timeoutsOf(client.kwargs.find((k) => k.name === 'socket_timeout')?.value.value, client.kwargs.find((k) => k.name === 'socket_connect_timeout')?.value.value);
  if (!sentinel) return undefined;
  const seconds = tries * attempt(client.endpoints.length, sentinel, masterTimeouts);
  return { seconds, at: read.at, how: `${tries === 1 ? 'no retry' : 'one retry (retry_on_timeout)'}, socket_timeout ${masterTimeouts.read} s, ${client.endpoints.length} Sentinel${client.endpoints.length === 1 ? '' : 's'}` };
}

// ---------------------------------------------------------------------------------------------
// Celery

/** Celery's default `task_publish_retry_policy` (celery/app/defaults.py). */
const DEFAULT_POLICY = { max_retries: 3, interval_start: 0, interval_max: 1, interval_step: 0.2 };
/** kombu `Connection.ensure`'s defaults for keys a policy leaves out (max_retries None: forever). */
const ENSURE_DEFAULTS = { interval_start: 1, interval_step: 1, interval_max: 1 };

/**
 * A Celery broker's publish (`apply_async` / `delay` without their own `retry` / `retry_policy`):
 * kombu `Producer.publish` wraps it in `Connection.ensure(**task_publish_retry_policy)`, which on a
 * connection error reconnects (`_ensure_connection`, up to the retries left, sleeping the
 * policy's intervals) and publishes again, at most `max_retries` times. The Redis transport passes
 * the `socket_*` transport options to redis-py; `broker_connection_timeout` is not one of them.
 */
export function celeryPublishWindow(config: CeleryConfig, sentinels: number): RetryWindow | undefined {
  // Without transport options there is no socket_timeout: the OS connect timeout applies, nothing bounds it.
  const options = config.settings.get('broker_transport_options');
  const dict = options && literalDict(options.resolved);
  if (!dict) return undefined;
  // Transport options kombu reads as failover options of the connection itself: leave them to a person.
  if (['max_retries', 'interval_start', 'interval_step', 'interval_max'].some((k) => lookupKey(dict, k))) return undefined;
  const read = lookupKey(dict, 'socket_timeout');
  const master = timeoutsOf(read?.value, lookupKey(dict, 'socket_connect_timeout')?.value);
  if (!read || !master) return undefined;
  const retryOnTimeout = lookupKey(dict, 'retry_on_timeout')?.value;
  const tries = retryOnTimeout === undefined ? 1 : retryOnTimeout.kind === 'bool' ? (retryOnTimeout.value ? 2 : 1) : undefined;
  if (tries === undefined) return undefined;
  const sentinelKwargs = lookupKey(dict, 'sentinel_kwargs')?.value;
  // kombu passes its connparams (socket_* included) as the Sentinel's kwargs; without sentinel_kwargs redis-py copies the socket_* ones.
  const sentinel = sentinelKwargs && sentinelKwargs.kind !== 'none' ? dictTimeouts(sentinelKwargs) : master;
  if (!sentinel) return undefined;
  const one = tries * attempt(sentinels, sentinel, master);

  const retry = settingBool(config, 'task_publish_retry', true);
  if (retry === undefined) return undefined;
  const policy = retry ? publishPolicy(config) : { max_retries: 0, interval_start: 0, interval_step: 0, interval_max: 0 };
  if (!policy) return undefined;
  const r = policy.max_retries;
  let seconds = (r + 1) * one;
  for (let done = 0; done < r; done++) {
    const left = Math.max(r - done, 1);
    seconds += (left + 1) * one + sleeps(policy, left);
  }
  return {
    seconds,
    at: read.key.span,
    how:
      `${retry ? `${r} publish ${r === 1 ? 'retry' : 'retries'} (task_publish_retry_policy)` : 'no publish retry (task_publish_retry = False)'}` +
      `, socket_timeout ${master.read} s, ${sentinels} Sentinel${sentinels === 1 ? '' : 's'}`,
  };
}

interface Policy {
  max_retries: number;
  interval_start: number;
  interval_step: number;
  interval_max: number;
}

function publishPolicy(config: CeleryConfig): Policy | undefined {
  const setting = config.settings.get('task_publish_retry_policy');
  if (!setting) return config.complete ? DEFAULT_POLICY : undefined;
  const dict = literalDict(setting.resolved);
  if (!dict) return undefined;
  const out: Record<string, number> = {};
  for (const key of ['max_retries', 'interval_start', 'interval_step', 'interval_max'] as const) {
    const entry = lookupKey(dict, key);
    if (!entry) {
      if (key === 'max_retries') return undefined; // None: kombu retries forever
      out[key] = ENSURE_DEFAULTS[key];
      continue;
    }
    const value = numberOf(entry.value);
    if (value === undefined || value < 0) return undefined;
    out[key] = value;
  }
  if (!Number.isInteger(out['max_retries'])) return undefined;
  const { max_retries, interval_start, interval_step, interval_max } = out as Record<keyof Policy, number>;
  return { max_retries, interval_start, interval_step, interval_max };
}

/** kombu `retry_over_time`: the first `count` values of fxrange(start, max + start, step, repeatlast=True). */
function sleeps(policy: Policy, count: number): number {
  const stop = policy.interval_max + policy.interval_start;
  let total = 0;
  let current = policy.interval_start;
  let last = current;
  for (let i = 0; i < count; i++) {
    if (!stop || current <= stop) {
      last = current;
      current += policy.interval_step;
    }
    total += last;
  }
  return total;
}

function settingBool(config: CeleryConfig, key: string, fallback: boolean): boolean | undefined {
  const setting = config.settings.get(key);
  if (!setting) return config.complete ? fallback : undefined;
  const value = setting.resolved.value;
  return value.kind === 'bool' ? value.value : undefined;
}

// ---------------------------------------------------------------------------------------------
// values

function literalDict(resolved: Resolved): PyDict | undefined {
  const value = resolved.value;
  if (value.kind !== 'dict' || value.opaque.length > 0) return undefined;
  if (value.entries.some((e) => e.key.kind !== 'str' || knownText(e.key) === undefined)) return undefined;
  return value;
}

function dictTimeouts(value: PyValue): Timeouts | undefined {
  if (value.kind !== 'dict' || value.opaque.length > 0) return undefined;
  if (value.entries.some((e) => e.key.kind !== 'str' || knownText(e.key) === undefined)) return undefined;
  return timeoutsOf(lookupKey(value, 'socket_timeout')?.value, lookupKey(value, 'socket_connect_timeout')?.value);
}

/** Read and connect timeouts; connect falls back to read when absent, None or 0 (`or`). */
function timeoutsOf(read: PyValue | undefined, connect: PyValue | undefined): Timeouts | undefined {
  const r = read && numberOf(read);
  if (r === undefined || r <= 0) return undefined;
  if (connect === undefined || connect.kind === 'none') return { connect: r, read: r };
  const c = numberOf(connect);
  if (c === undefined || c < 0) return undefined;
  return { connect: c === 0 ? r : c, read: r };
}

function numberOf(value: PyValue): number | undefined {
  if (value.kind === 'number') return value.value;
  const text = value.kind === 'str' ? knownText(value) : undefined;
  return text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}
