import type { Secret } from '../../model/secret.js';
import type { Span } from '../../model/span.js';
import type { MappedText } from '../compose/mapped-text.js';

/**
 * What a Python settings module (Celery app, celeryconfig.py, Django settings.py, a Flask factory,
 * a redis-py script) says about brokers and Redis clients, read without running it.
 *
 * Values are `PyValue`s: what a static reading can tell, with spans. Anything that depends on run
 * time (a function's result, a parameter, an import) is `unknown` with a reason, and rules stay
 * silent on it. Strings keep each character's origin (`MappedText`), so a URL built with `+` or
 * an f-string still points at the exact characters that make it.
 *
 * String texts hold secrets as written (a URL must be parsed whole): never print a `PyStr` text;
 * every secret it holds is also in `secrets`, whose spans the report masks.
 */
export interface PythonFacts {
  file: string;
  /** Module-level `NAME = value` (also `NAME: T = v`, `A = B = v`, `A, B = 1, 2`, `NAME += v`), in file order. */
  assignments: Assignment[];
  /** `class Config:` bodies at module level (`config_from_object(Config)` reads their attributes). */
  classes: ClassFact[];
  imports: ImportFact[];
  /** `Celery(...)` / `celery.Celery(...)` calls, wherever they are (module, factory function). */
  celeryApps: CeleryApp[];
  /** `app.conf.update(k=v)`, `app.conf.update({...})`, `app.conf.k = v`, `app.conf['k'] = v`, in file order. */
  celerySettings: CelerySetting[];
  /** `app.conf.update(x)` / `update(**x)` with something that is not a literal dict: settings nobody can list. */
  opaqueConfUpdates: OpaqueConfUpdate[];
  /**
   * Statements that change a value in place and could not be applied: `OPTS['k'] = v`,
   * `app.conf.broker_transport_options['k'] = v`, `OPTS.update(...)` inside `if`/`try`/a function,
   * or on a value not known statically. A setting read from this file may then hold more than its
   * literal says. (Unconditional module-level changes of a dict the file binds are applied to it.)
   */
  mutations: { target: string; span: Span }[];
  /**
   * `os.environ.setdefault('X', v)` and `os.environ['X'] = v` (Django's `DJANGO_SETTINGS_MODULE`
   * line): what the process sets for itself. `setdefault` keeps a value the environment already has.
   */
  envSets: EnvSet[];
  /** Delays that hold a task message before it runs: `apply_async(countdown=…|eta=…)`, `retry(countdown=…)`, `@app.task(default_retry_delay=…)`. */
  taskDelays: TaskDelay[];
  /**
   * Flask: `app.config['K'] = v`, `app.config.update(...)`, `app.config.from_object(...)` and
   * `Celery(...).conf.update(app.config)` / `celery.config_from_object(app.config)`, in file order.
   */
  flask: FlaskConfigFact[];
  /**
   * `app.conf.<setting>['k'] = v` / `app.conf.<setting>.update(...)` at module level, unconditional,
   * on a setting this file does not set (it comes from the config module or the defaults): the
   * model adds these entries to the dict the setting holds.
   */
  confItemChanges: ConfItemChange[];
  /** `app.config_from_object(...)`. Following the object into another file is the model's job. */
  configFromObject: ConfigFromObject[];
  /** redis-py and kombu client calls: `Sentinel(...)`, `.master_for(...)`, `Redis(...)`, `from_url(...)`, `kombu.Connection(...)`. */
  redisCalls: RedisCall[];
  /** Every secret the file holds (values of `*PASSWORD*`/`*PASS*`/`*SECRET*`/`*TOKEN*` names, keys and
   * keyword arguments, and `:password@` in redis://, rediss://, sentinel:// URLs), for redaction. */
  secrets: Secret[];
}

export interface EnvSet {
  name: string;
  nameSpan: Span;
  value: PyValue;
  how: 'setdefault' | 'assign';
  span: Span;
  conditional: boolean;
}

/**
 * A delay before a task message is executed: its message waits unacknowledged on a worker (or in the
 * broker's delayed set) that long. `seconds` when it is a known number (`eta` only for
 * `now() + timedelta(…)` with known numbers).
 */
export interface TaskDelay {
  kind: 'countdown' | 'eta' | 'default_retry_delay';
  /** How it is given: `apply_async`, `retry`, `signature`/`s`/`set`, or the task decorator. */
  via: 'apply_async' | 'retry' | 'set' | 'task';
  value: PyValue;
  seconds?: number;
  /** The keyword argument (`countdown=60`). */
  span: Span;
  /** The call or decorator. */
  callSpan: Span;
  /** Inside a function or `if`: it may not run (a delay in a task body usually does, sometimes). */
  conditional: boolean;
}

/** One statement that changes a Flask app's config, or hands it to Celery. */
export type FlaskConfigFact =
  | { kind: 'item'; app: string; key: string; keySpan: Span; value: PyValue; span: Span; conditional: boolean }
  | { kind: 'update'; app: string; source: PyValue; span: Span; conditional: boolean }
  | { kind: 'from-object'; app: string; object: PyValue; objectName?: string; span: Span; conditional: boolean }
  | { kind: 'from-mapping'; app: string; source: PyValue; span: Span; conditional: boolean }
  /** `celery.conf.update(app.config)` or `celery.config_from_object(app.config)`: the Celery app reads the Flask config. */
  | {
      kind: 'to-celery';
      app: string;
      /** The Celery app's receiver as written, and its `Celery(...)` call when bound in this file. */
      celery: string;
      celeryRef?: CeleryApp;
      via: 'conf.update' | 'config_from_object';
      /** `config_from_object(app.config['CELERY'])`: the Flask config key whose dict Celery reads. */
      item?: string;
      namespace?: PyValue;
      span: Span;
      conditional: boolean;
    };

/** A value as far as it can be known without running the code. Every value has the span of its expression. */
export type PyValue = PyStr | PyNumber | PyBool | PyNone | PyDict | PyList | PyEnv | PyCall | PyUnknown;

/** A string; characters whose value cannot be known are holes (`MappedText.holes`) that keep the text as written. */
export interface PyStr {
  kind: 'str';
  text: MappedText;
  /** Character ranges that come from environment variables (their default, or a hole when there is none). */
  env: EnvSlot[];
  /** Set when the string is a password (by the name it is bound to); the same object is in `facts.secrets`. */
  secret?: Secret;
  span: Span;
}

/** Characters [start, end) of a string stand for an environment variable: what `env` says when it is set. */
export interface EnvSlot {
  start: number;
  end: number;
  env: PyEnv;
}

export interface PyNumber {
  kind: 'number';
  value: number;
  /** Written as a float (`5.0`, `1e3`): `str()` gives `5.0`. */
  float: boolean;
  span: Span;
}

export interface PyBool {
  kind: 'bool';
  value: boolean;
  span: Span;
}

export interface PyNone {
  kind: 'none';
  span: Span;
}

export interface PyDict {
  kind: 'dict';
  /** In source order; a repeated key keeps both entries (the last one wins in Python). */
  entries: PyDictEntry[];
  /** `**x` (or `dict(x)`) whose keys cannot be listed: the dict may hold more than `entries`. */
  opaque: PyValue[];
  span: Span;
}

export interface PyDictEntry {
  /** The key's value; its span is the key's span. */
  key: PyValue;
  value: PyValue;
}

export interface PyList {
  kind: 'list';
  tuple: boolean;
  items: PyValue[];
  span: Span;
}

/**
 * A value read from the environment: `os.getenv('X', d)`, `os.environ.get('X', d)`,
 * `os.environ['X']`, django-environ `env('X', default=d)` / `env.str('X', d)`, python-decouple
 * `config('X', default=d)`, `os.getenv('X') or d`. The model resolves it from compose or `.env`.
 */
export interface PyEnv {
  kind: 'env';
  name: string;
  /** The span of the name's string literal. */
  nameSpan: Span;
  /** What the code uses when the variable is not set; absent: `None` (getenv) or an exception (environ[], env()). */
  default?: PyValue;
  /** How it is read, as written: `os.getenv`, `os.environ.get`, `os.environ[]`, `env`, `env.int`, `config`, `or`. */
  via: string;
  /** A conversion applied to it: `int(os.getenv(...))`, `env.bool(...)`, `config(..., cast=int)`. */
  cast?: string;
  span: Span;
}

/** A call whose result is an object the facts describe (a Celery app, a Sentinel); to rules it is not a value. */
export interface PyCall {
  kind: 'call';
  callee: string;
  celeryApp?: CeleryApp;
  redisCall?: RedisCall;
  span: Span;
}

export interface PyUnknown {
  kind: 'unknown';
  /** Why, in words for a message (never a value). */
  why: string;
  /** `app.config['K']` of a Flask app: the client model looks the key up in the Flask config it reads. */
  flaskConfig?: { app: string; key: string };
  span: Span;
}

export interface Assignment {
  name: string;
  nameSpan: Span;
  value: PyValue;
  /** The whole statement. */
  span: Span;
  /** Inside `if`/`try`/`with`/`for` at module level: it may not run. */
  conditional: boolean;
  /** `+=` and friends: `value` is already the combined value. */
  augmented?: boolean;
}

export interface ClassFact {
  name: string;
  nameSpan: Span;
  span: Span;
  /** Class-level `name = value` lines. */
  assignments: Assignment[];
}

export interface ImportFact {
  /** The module as written, leading dots kept (`.local`, `os.path`). */
  module: string;
  /** Imported names (`*` for a star import); empty for `import module`. */
  names: string[];
  span: Span;
  conditional: boolean;
}

export interface KeywordArg {
  name: string;
  nameSpan: Span;
  value: PyValue;
}

export interface CallArgs {
  args: PyValue[];
  kwargs: KeywordArg[];
  /** `*x` and `**x` arguments. */
  spread: PyValue[];
}

export interface CeleryApp extends CallArgs {
  /** The name it was bound to (`app`, `celery`, `self.celery`), when it was assigned. */
  boundTo?: string;
  /** `Celery` or `celery.Celery`, as written. */
  callee: string;
  /** The first positional argument (`main`), if any. */
  main?: PyValue;
  span: Span;
}

export interface CelerySetting {
  /** The receiver as written (`app`, `celery_app`, `self.app`). */
  app: string;
  /** The `Celery(...)` call it is, when the receiver was bound to one in this file. */
  appRef?: CeleryApp;
  key: string;
  keySpan: Span;
  value: PyValue;
  via: 'conf.update' | 'conf attribute' | 'conf item';
  /** The statement or keyword argument. */
  span: Span;
  conditional: boolean;
}

export interface ConfItemChange {
  app: string;
  appRef?: CeleryApp;
  /** The setting as written after `conf.` (`broker_transport_options`). */
  key: string;
  keySpan: Span;
  /** The entries added, in order (the last one of a key wins); `opaque`: added keys that cannot be listed. */
  entries: PyDictEntry[];
  opaque: PyValue[];
  span: Span;
}

export interface OpaqueConfUpdate {
  app: string;
  appRef?: CeleryApp;
  source: PyValue;
  span: Span;
}

export interface ConfigFromObject {
  app: string;
  appRef?: CeleryApp;
  /** The argument: a string (`'celeryconfig'`, `'django.conf:settings'`) or whatever it evaluates to. */
  object: PyValue;
  /** The argument as written when it is a name or attribute (`Config`, `settings.CELERY`). */
  objectName?: string;
  namespace?: PyValue;
  kwargs: KeywordArg[];
  span: Span;
  conditional: boolean;
}

export type RedisCallKind =
  | 'Sentinel'
  | 'master_for'
  | 'slave_for'
  | 'discover_master'
  | 'Redis'
  | 'from_url'
  | 'ConnectionPool'
  | 'kombu.Connection';

export interface RedisCall extends CallArgs {
  kind: RedisCallKind;
  /** As written: `redis.Redis`, `Redis.from_url`, `sentinel.master_for`. */
  callee: string;
  /** For `master_for` and friends: the `Sentinel(...)` call it was made on, when known. */
  receiver?: RedisCall;
  boundTo?: string;
  span: Span;
  conditional: boolean;
}
