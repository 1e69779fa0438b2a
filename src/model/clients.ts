import type { BrokerUrl } from '../sources/client/broker-url.js';
import type { EnvEntry, EnvFileFacts } from '../sources/client/env-file.js';
import type { MappedText } from '../sources/compose/mapped-text.js';
import type { EnvVar } from '../sources/compose/facts.js';
import type { CeleryApp, PyValue, PythonFacts, RedisCall, TaskDelay } from '../sources/python/facts.js';
import type { LineIndex, Span } from './span.js';

/**
 * The client side of the deployment: what every Celery app, redis-py client and `.env` / compose
 * variable says about the brokers and Redis servers it talks to. Built by
 * `src/sources/client/client-facts.ts`; the client rules (RULES.md §2.6) read only this.
 *
 * Values keep their code form (`value`) next to what the environment makes of them (`resolved`):
 * a rule can say "the .env value wins" or stay silent on what is unknown. Strings may hold secrets:
 * never print a value's text.
 */
export interface ClientFacts {
  python: PythonFacts[];
  envFiles: EnvFileFacts[];
  celery: CeleryConfig[];
  urls: ClientUrl[];
  redisPy: RedisPyClient[];
  /** Every countdown / ETA / retry delay the Python code gives a task (`PythonFacts.taskDelays`, all files). */
  taskDelays: TaskDelay[];
}

export const emptyClientFacts = (): ClientFacts => ({ python: [], envFiles: [], celery: [], urls: [], redisPy: [], taskDelays: [] });

/**
 * A compose service that runs a Python module: its `build:` context or a bind-mounted folder
 * holds the module. Its `environment:` and `env_file:` answer the module's variables first.
 */
export interface RunningService {
  /** The service's name as written. */
  name: string;
  composeFile: string;
  via: 'build' | 'volume';
  /** The `build:` context or the volume entry. */
  at: Span;
}

/**
 * Where a resolved environment variable took its value: a `.env` file (the repository's, or a
 * service's `env_file:`), the `environment:` of the compose service that runs the code, the code's
 * default, or nothing (unknown).
 */
export type ResolvedFrom = 'default' | 'env-file' | 'compose' | 'unknown';

/** One environment variable a value reads, and what answered it. */
export interface EnvUse {
  name: string;
  /** The variable's name where the code reads it (`os.getenv('X'…)`'s string). */
  readAt: Span;
  resolvedFrom: ResolvedFrom;
  /** The `.env` entry that gave the value (resolvedFrom 'env-file'). */
  entry?: EnvEntry;
  /** That `.env` file's path. */
  envFile?: string;
  /** The compose service whose `environment:` (resolvedFrom 'compose') or `env_file:` gave the value. */
  service?: string;
  composeFile?: string;
  /** The compose `environment:` entry (resolvedFrom 'compose'); its value may be unknown or a secret. */
  variable?: EnvVar;
}

/**
 * A value with the environment applied: `PyEnv`s replaced by the `.env` value (a `PyStr` whose text
 * and span are in the `.env` file, converted by the read's cast) or their code default, and string
 * parts from environment variables replaced the same way (those characters map to where the code
 * reads the variable). A variable with neither is `unknown`: never guessed.
 */
export interface Resolved {
  value: PyValue;
  env: EnvUse[];
}

/** How a Celery setting name was written. */
export type SettingStyle = 'new' | 'old' | 'namespaced';

/** Where a setting came from, highest precedence first (celery/app/base.py `_load_config`, utils.py `Settings`). */
export type SettingSource = 'env-override' | 'app-kwarg' | 'conf' | 'config-module';

/** The value a setting has in effect. */
export interface SettingInEffect {
  /** The new lower-case name (`broker_url`). */
  key: string;
  /** As written in code (for an env override: the `.env` value as a string). */
  value: PyValue;
  resolved: Resolved;
  /** The name or keyword argument that sets it (the `.env` entry's name for an env override). */
  at: Span;
  /** The name as written (`CELERY_BROKER_URL`, `broker`, `BROKER_TRANSPORT_OPTIONS`). */
  writtenAs: string;
  file: string;
  source: SettingSource;
  /** The line may not run (inside `if`/`try`/a function). */
  conditional: boolean;
  /** For an env override: the code's value it replaces, if any. */
  overrides?: SettingInEffect;
}

/** A line that sets a Celery setting, as written, whether or not it is in effect. */
export interface WrittenSetting {
  /** The new name it means (`CELERYD_PREFETCH_MULTIPLIER` → `worker_prefetch_multiplier`); for a namespaced key, the name after the prefix, lower-cased. */
  key: string;
  writtenAs: string;
  style: SettingStyle;
  value: PyValue;
  at: Span;
  file: string;
  source: Exclude<SettingSource, 'env-override'>;
  conditional: boolean;
  /** This line's value is the one in `settings`. */
  inEffect: boolean;
  /** Ignored: with a namespace, a module key without the prefix (or, in Django, not upper-case). */
  ignored?: string;
}

export interface CeleryConfig {
  /** 'app': a `Celery(...)` call; 'settings-module': a settings module no app in the repository was found to read. */
  kind: 'app' | 'settings-module';
  /** The app's file, or the settings module's. */
  file: string;
  declaredAt: Span;
  app?: CeleryApp;
  /** `namespace='CELERY'` (of `config_from_object` or `Celery(...)`); only keys with this prefix count in the module. */
  namespace?: string;
  /** The settings module `config_from_object` reads, when followed. */
  configModule?: { file: string; object: string; at: Span };
  /** In effect, by new lower-case name. Absent: not set (Celery's default applies). */
  settings: Map<string, SettingInEffect>;
  /** Every setting line, in precedence order of its source then file order. */
  written: WrittenSetting[];
  /** What `detect_settings` would refuse: old and new names mixed in the module (`E_MIX_OLD_INTO_NEW`/`E_MIX_NEW_INTO_OLD`). */
  mixed: WrittenSetting[];
  /** How `detect_settings` reads the names: 'old' when the old upper-case names win. */
  keyStyle: 'new' | 'old';
  /**
   * The compose service that runs the app's module, when one does (its environment was applied).
   * Absent: no compose service was found to run it (the repository's `.env` was applied).
   */
  service?: string;
  /** Every service this config stands for (services whose environment gives the same settings). */
  runsIn?: RunningService[];
  /** Flask: the files of the Flask config the app reads (`conf.update(app.config)`, `config_from_object(app.config['CELERY'])`). */
  flask?: { files: string[]; at: Span };
  /** False when something the linter cannot read may change the settings. */
  complete: boolean;
  /** Why not complete, in words for a message. */
  why: string[];
}

export type ClientRole = 'broker' | 'backend' | 'redis';
export type ClientOrigin = 'python' | 'env-file' | 'compose';

/** A broker / backend / Redis URL a client uses or the environment hands it. */
export interface ClientUrl {
  role: ClientRole;
  origin: ClientOrigin;
  /** The name or call that sets it. */
  at: Span;
  /** The name as written (`broker_url`, `CELERY_BROKER_URL`, `from_url`). */
  writtenAs: string;
  /** Offsets into the file of `index` (for a Python value resolved from `.env`, the `.env` file). */
  text: MappedText;
  parsed: BrokerUrl;
  /** Turns `parsed`'s ranges into spans. */
  index: LineIndex;
  /** Environment variables the text went through. */
  env: EnvUse[];
  celery?: CeleryConfig;
  /** For a URL from an env override: the code value it replaces. */
  overrides?: SettingInEffect;
  /**
   * The compose service: for origin 'compose' the one whose `environment:` holds the URL; for
   * origin 'python' the one that runs the code (absent: no service was found to run it, e.g. it
   * runs on the host). Also in `runsIn` with the compose file.
   */
  service?: string;
  runsIn?: RunningService[];
  /**
   * 'code-default': the URL the code builds from its own defaults, next to the one a `.env` makes
   * of it: nothing proves the `.env` reaches the worker, so both may run.
   */
  variant?: 'code-default';
}

/** A redis-py `Sentinel([...], sentinel_kwargs=…)` and the masters asked of it. */
export interface RedisPyClient {
  file: string;
  sentinel: RedisCall;
  at: Span;
  /** The `(host, port)` pairs; `endpointsKnown` false when the list is not a literal. */
  endpoints: { host: Resolved; port: Resolved; at: Span }[];
  endpointsKnown: boolean;
  /** `sentinel_kwargs=`: options for the sentinel connections only. */
  sentinelKwargs?: Resolved;
  /** The Sentinel's other keyword arguments (they reach the masters; `socket_*` also the sentinels when `sentinel_kwargs` is absent). */
  kwargs: { name: string; at: Span; value: Resolved }[];
  masters: RedisPyMaster[];
  /** The compose service that runs the code, when one does (its environment was applied); all of them in `runsIn`. */
  service?: string;
  runsIn?: RunningService[];
}

export interface RedisPyMaster {
  call: RedisCall;
  kind: 'master_for' | 'slave_for' | 'discover_master';
  name?: Resolved;
  password?: Resolved;
  kwargs: { name: string; at: Span; value: Resolved }[];
  at: Span;
}
