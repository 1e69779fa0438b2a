import type { CeleryConfig, ClientUrl, SettingInEffect } from '../clients.js';
import type { Deployment } from '../deployment.js';
import type { Span } from '../span.js';
import type { PyDict, PyDictEntry, PyValue } from '../../sources/python/facts.js';
import { knownText } from '../../sources/python/py-text.js';
import { lookupKey } from '../../sources/python/dict-lookup.js';

/**
 * Reading a Celery app's settings the way the rules of RULES.md §2.6 need them: the value in
 * effect, or Celery's default when the config is complete (nothing unread could set it), or
 * unknown. A setting written inside `if`/`try` is unknown: it may not run.
 */
export type CeleryValue = { state: 'set'; setting: SettingInEffect; value: PyValue } | { state: 'default' } | { state: 'unknown' };

export function celeryValue(config: CeleryConfig, key: string): CeleryValue {
  const setting = config.settings.get(key);
  if (!setting) return config.complete ? { state: 'default' } : { state: 'unknown' };
  if (setting.conditional) return { state: 'unknown' };
  return { state: 'set', setting, value: setting.resolved.value };
}

/** A boolean setting as Python tests it (`True`, `1`); undefined when it cannot be told. */
export function celeryBool(config: CeleryConfig, key: string, fallback: boolean): { value: boolean; setting?: SettingInEffect } | undefined {
  const found = celeryValue(config, key);
  if (found.state === 'unknown') return undefined;
  if (found.state === 'default') return { value: fallback };
  const value = truthy(found.value);
  return value === undefined ? undefined : { value, setting: found.setting };
}

/** A number setting; undefined when it is not a number the linter can read. `None` gives `null`. */
export function celeryNumber(config: CeleryConfig, key: string, fallback: number | null): { value: number | null; setting?: SettingInEffect } | undefined {
  const found = celeryValue(config, key);
  if (found.state === 'unknown') return undefined;
  if (found.state === 'default') return { value: fallback };
  const value = numberOf(found.value);
  return value === undefined ? undefined : { value, setting: found.setting };
}

/** Python truthiness of a literal; undefined for anything else (a string from the environment may be `'False'`). */
export function truthy(value: PyValue): boolean | undefined {
  if (value.kind === 'bool') return value.value;
  if (value.kind === 'number') return value.value !== 0;
  if (value.kind === 'none') return false;
  return undefined;
}

/** A literal number (`None` → null); undefined for anything else. */
export function numberOf(value: PyValue): number | null | undefined {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'none') return null;
  return undefined;
}

/**
 * A transport-options setting (`broker_transport_options`, `result_backend_transport_options`):
 * `dict` is its literal value when every key can be listed (no `**x`, no key from the
 * environment); an unset setting on a complete config is an empty dict. Undefined: unknown.
 */
export interface TransportOptions {
  key: string;
  setting?: SettingInEffect;
  dict?: PyDict;
}

export function transportOptions(config: CeleryConfig, key: string): TransportOptions | undefined {
  const found = celeryValue(config, key);
  if (found.state === 'unknown') return undefined;
  if (found.state === 'default') return { key };
  if (found.value.kind === 'none') return { key, setting: found.setting };
  if (found.value.kind !== 'dict' || !closedDict(found.value)) return undefined;
  return { key, setting: found.setting, dict: found.value };
}

/** Every key of the dict is a known string and nothing (`**x`) may add more. */
export function closedDict(dict: PyDict): boolean {
  return dict.opaque.length === 0 && dict.entries.every((e) => e.key.kind === 'str' && knownText(e.key) !== undefined);
}

/** The entry Python keeps for a key (the last one written). */
export function optionEntry(options: TransportOptions, name: string): PyDictEntry | undefined {
  return options.dict ? lookupKey(options.dict, name) : undefined;
}

/** A number option, with kombu's default when absent; undefined when it is not a literal number. */
export function optionNumber(options: TransportOptions, name: string, fallback: number | null): { value: number | null; entry?: PyDictEntry } | undefined {
  const entry = optionEntry(options, name);
  if (!entry) return { value: fallback };
  const value = numberOf(entry.value);
  return value === undefined ? undefined : { value, entry };
}

/** Where a finding about an option goes: its key, else the setting's name. */
export function optionsAt(options: TransportOptions, entry?: PyDictEntry): Span | undefined {
  return entry?.key.span ?? options.setting?.at;
}

/**
 * What a Celery app's broker or result backend is: 'sentinel' or 'redis' (also `rediss://`)
 * when its URL says so, 'other' (a broker that is not Redis, Celery's default `amqp://`, or no
 * result backend), 'unknown' when it cannot be told (an unread URL, `broker_transport`, separate
 * read/write URLs).
 */
export type RedisKind = 'sentinel' | 'redis' | 'other' | 'unknown';

export function brokerKind(deployment: Deployment, config: CeleryConfig): RedisKind {
  for (const key of ['broker_transport', 'broker_read_url', 'broker_write_url']) {
    const found = celeryValue(config, key);
    if (found.state === 'unknown' || (found.state === 'set' && found.value.kind !== 'none')) return 'unknown';
  }
  return kindOf(deployment, config, 'broker_url', 'broker');
}

export function backendKind(deployment: Deployment, config: CeleryConfig): RedisKind {
  return kindOf(deployment, config, 'result_backend', 'backend');
}

/** The client URL the model built for a setting of this config. */
export function settingUrl(deployment: Deployment, config: CeleryConfig, setting: SettingInEffect, role: 'broker' | 'backend'): ClientUrl | undefined {
  return deployment.clients.urls.find(
    (u) => u.celery === config && u.role === role && u.origin === 'python' && u.writtenAs === setting.writtenAs && sameSpan(u.at, setting.at),
  );
}

function kindOf(deployment: Deployment, config: CeleryConfig, key: string, role: 'broker' | 'backend'): RedisKind {
  const found = celeryValue(config, key);
  if (found.state === 'unknown') return 'unknown';
  if (found.state === 'default' || found.value.kind === 'none') return 'other';
  const url = settingUrl(deployment, config, found.setting, role);
  if (!url) {
    // The model keeps only Redis-family URLs: a known string that is not one is another broker.
    const text = knownText(found.value);
    return text !== undefined && !/^(redis|rediss|sentinel)(\+socket)?:/i.test(text) ? 'other' : 'unknown';
  }
  const view = role === 'broker' ? url.parsed.asKombuSees : url.parsed.asCeleryBackendSees;
  if (!view.name.known) return 'unknown';
  const name = view.name.value.toLowerCase();
  if (name === 'sentinel') return 'sentinel';
  if (name === 'redis' || name === 'rediss') return 'redis';
  return 'other';
}

const sameSpan = (a: Span, b: Span) => a.file === b.file && a.line === b.line && a.column === b.column;

/** How messages name an app: `the Celery app in celery.py`. */
export function describeConfig(config: CeleryConfig): string {
  return config.kind === 'app' ? `the Celery app in ${config.file}` : `the Celery settings in ${config.file}`;
}
