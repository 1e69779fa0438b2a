import type { CeleryConfig, SettingInEffect, SettingSource, SettingStyle, WrittenSetting } from '../../model/clients.js';
import type { Span } from '../../model/span.js';
import type { CeleryApp, ConfItemChange, FlaskConfigFact, PyDict, PyValue, PythonFacts } from '../python/facts.js';
import { knownText } from '../python/py-text.js';
import { OLD_SETTING_KEYS, SETTING_KEYS, TO_NEW_KEY, TO_OLD_KEY, isUpper, matchCase, newKeyToOld, oldKeyToNew } from './celery-keys.js';
import type { EnvResolver } from './env-resolve.js';
import { parentFolder } from './module-path.js';
import { dictObject, repoFlaskConfig } from './flask-config.js';
import type { ModuleName, PythonInput, PythonRepo, SettingsObject } from './settings-module.js';

/**
 * The settings a Celery app runs with, read the way Celery reads them (celery/app/base.py and
 * celery/app/utils.py at 5dc781f):
 *
 * - `Celery(broker=…, backend=…, include=…, **kwargs)` and `app.conf.update`/`app.conf.x = …` go
 *   into `_preconf` (the `changes` map, later writes win); `config_from_object` only remembers its
 *   object (the last call wins) and `_load_config` reads it lazily into the map below; then the
 *   defaults. `detect_settings(conf, preconf, ignore_keys=<kwargs>, prefix=namespace)` decides
 *   whether names are old or new (majority; a namespace forces new), renames the preconf keys to
 *   that style, and raises `E_MIX_OLD_INTO_NEW`/`E_MIX_NEW_INTO_OLD` for the minority keys of
 *   the module (of the preconf when there is no module) that lack their counterpart.
 * - A lookup (`ConfigurationView.__getitem__`) tries, in order, the prefixed key
 *   (`match_case(prefix + key, prefix)`), the key, `_old_key_to_new(key)`, `_new_key_to_old(key)`,
 *   each in changes → module → defaults; a key the defaults hold stops there. So with
 *   `namespace='CELERY'`, the module's `CELERY_BROKER_URL` beats `Celery(broker=…)`.
 * - `Settings.broker_url` is `os.environ['CELERY_BROKER_URL'] or first('broker_url', 'broker_host')`,
 *   `result_backend` is `os.environ['CELERY_RESULT_BACKEND'] or first('result_backend', 'CELERY_RESULT_BACKEND')`,
 *   and the read/write URLs the same with `CELERY_BROKER_READ_URL`/`CELERY_BROKER_WRITE_URL`.
 * - Django (`'django.conf:settings'`) exposes upper-case names only.
 */

/** `Celery.__init__` parameters that are not settings (the others go through `__autoset`). */
const NOT_SETTINGS = new Set([
  'main', 'loader', 'amqp', 'events', 'log', 'control', 'set_as_current', 'tasks', 'changes', 'config_source',
  'fixups', 'task_cls', 'autofinalize', 'namespace', 'strict_typing',
]);
const KWARG_KEYS: Record<string, string> = { broker: 'broker_url', backend: 'result_backend' };
/** Settings whose env variable wins over everything (`Settings` properties). */
const ENV_OVERRIDES: Record<string, string> = {
  broker_url: 'CELERY_BROKER_URL',
  result_backend: 'CELERY_RESULT_BACKEND',
  broker_read_url: 'CELERY_BROKER_READ_URL',
  broker_write_url: 'CELERY_BROKER_WRITE_URL',
};
/** `Settings` properties that fall back to a second key (`first(...)`). */
const FALLBACK: Record<string, string> = { broker_url: 'broker_host', result_backend: 'CELERY_RESULT_BACKEND' };

interface Entry {
  /** The key as the map holds it (preconf keys renamed to the detected style). */
  key: string;
  written: WrittenSetting;
  rootPath: string;
}

export interface ConfigContext {
  repo: PythonRepo;
  env: EnvResolver;
}

/** The config of one `Celery(...)` call. */
export function appConfig(app: CeleryApp, mod: PythonInput, ctx: ConfigContext): CeleryConfig {
  const facts = mod.facts;
  const apps = facts.celeryApps;
  const mine = (ref: CeleryApp | undefined, receiver: string) =>
    ref ? ref === app : app.boundTo !== undefined ? receiver === app.boundTo || (apps.length === 1 && !apps.some((a) => a.boundTo === receiver)) : apps.length === 1;
  const why: string[] = [];
  const pre: Omit<Entry, 'key'>[] = [];
  // Flask: what `app.config[...]` holds, for the Celery app that reads it.
  const flaskLinks = facts.flask.filter((f): f is Extract<FlaskConfigFact, { kind: 'to-celery' }> => f.kind === 'to-celery' && mine(f.celeryRef, f.celery));
  const readsFlask = flaskLinks.length > 0 || app.kwargs.some((k) => k.value.kind === 'unknown' && k.value.flaskConfig);
  const flask = readsFlask ? repoFlaskConfig(ctx.repo) : undefined;
  let flaskUsed = false;
  const add = (writtenAs: string, key: string, value: PyValue, at: Span, source: SettingSource, conditional: boolean, from?: ModuleName) => {
    // `Celery(broker=app.config['CELERY_BROKER_URL'])`: the value the Flask config holds.
    if (!from && value.kind === 'unknown' && value.flaskConfig && flask) {
      const item = flask.names.get(value.flaskConfig.key);
      flaskUsed = true;
      if (item) return add(writtenAs, key, item.value, at, source, conditional || item.conditional, item);
    }
    // The line is where `at` is; the value's variables are answered for the file that holds the value.
    pre.push({ written: written(key, writtenAs, 'new', value, at, at.file, source as WrittenSetting['source'], conditional), rootPath: from?.rootPath ?? mod.rootPath });
  };

  // Celery(...) keyword arguments; `changes=` is a dict of settings too.
  let namespace = textOf(kwarg(app, 'namespace'));
  let source: { object: PyValue; objectName?: string; at: Span; conditional: boolean } | undefined;
  const configSource = kwarg(app, 'config_source');
  if (configSource) source = { object: configSource, at: configSource.span, conditional: false };
  const auto = new Set<string>();
  const changes = kwarg(app, 'changes');
  if (changes?.kind === 'dict') {
    for (const entry of changes.entries) {
      const key = knownText(entry.key);
      if (key !== undefined) add(key, key, entry.value, entry.key.span, 'app-kwarg', false);
    }
    if (changes.opaque.length) why.push('`changes=` of Celery(...) holds settings that are not listed');
  } else if (changes) why.push('`changes=` of Celery(...) is not a literal dict');
  for (const k of app.kwargs) {
    if (NOT_SETTINGS.has(k.name) || k.value.kind === 'none') continue;
    const key = KWARG_KEYS[k.name] ?? k.name;
    auto.add(key);
    add(k.name, key, k.value, k.nameSpan, 'app-kwarg', false);
  }
  if (app.spread.length) why.push('Celery(...) is given `*args`/`**kwargs` that are not listed');
  const confLines = [
    ...facts.celerySettings.filter((s) => mine(s.appRef, s.app)).map((setting) => ({ span: setting.span, setting })),
    ...flaskLinks.filter((l) => l.via === 'conf.update').map((link) => ({ span: link.span, link })),
  ].sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  for (const line of confLines) {
    if ('setting' in line) {
      const s = line.setting;
      add(s.key, s.key, s.value, s.keySpan, 'conf', s.conditional);
      if (s.conditional) why.push(`\`${s.key}\` is set conditionally at line ${s.keySpan.line}`);
      continue;
    }
    const link = line.link;
    const object = flaskSettings(flask, link, why);
    flaskUsed = true;
    if (link.conditional) why.push(`the Flask config is handed to Celery conditionally at line ${link.span.line}`);
    // `conf.update(app.config)` copies every key; only Celery's (and CELERY_-prefixed) names matter to it.
    for (const n of object?.names.values() ?? []) {
      if (SETTING_KEYS.has(n.name) || OLD_SETTING_KEYS.has(n.name) || n.name.startsWith('CELERY_')) add(n.name, n.name, n.value, n.nameSpan, 'conf', n.conditional || link.conditional, n);
    }
  }
  for (const o of facts.opaqueConfUpdates) {
    if (mine(o.appRef, o.app)) why.push(`app.conf.update(...) at line ${o.span.line} sets settings that cannot be listed`);
  }
  const calls = facts.configFromObject.filter((c) => mine(c.appRef, c.app));
  const fromFlask = flaskLinks.filter((l) => l.via === 'config_from_object').at(-1);
  let last = calls.at(-1);
  if (fromFlask && (!last || fromFlask.span.line > last.span.line)) last = undefined;
  let flaskObject: SettingsObject | undefined;
  if (fromFlask && !last) {
    // `config_from_object(app.config['CELERY'])`: the object is the Flask config (or one dict of it).
    flaskUsed = true;
    source = undefined;
    flaskObject = flaskSettings(flask, fromFlask, why);
    const ns = textOf(fromFlask.namespace);
    if (ns !== undefined) namespace = ns;
    if (fromFlask.conditional) why.push(`config_from_object at line ${fromFlask.span.line} may not run`);
  }
  if (last) {
    source = { object: last.object, ...(last.objectName ? { objectName: last.objectName } : {}), at: last.span, conditional: last.conditional };
    const ns = textOf(last.namespace);
    if (ns !== undefined) namespace = ns;
    else if (last.namespace && last.namespace.kind !== 'none') why.push('the namespace of config_from_object is not known');
    if (calls.some((c) => c.conditional)) why.push(`config_from_object at line ${last.span.line} may not run`);
  }
  if (flaskUsed && flask) why.push(...flask.why);
  else if (flaskUsed) why.push('the Flask config the app reads was not found in the repository');
  const object = flaskObject ?? (source ? followObject(source, mod, ctx, why) : undefined);
  const config = resolveConfig({
    kind: 'app',
    file: facts.file,
    declaredAt: app.span,
    app,
    ...(namespace ? { namespace } : {}),
    object,
    noModule: !source && !fromFlask,
    pre,
    auto,
    rootPath: mod.rootPath,
    ctx,
    why,
    mutations: settingMutations(facts),
    itemChanges: facts.confItemChanges.filter((c) => mine(c.appRef, c.app) && !facts.celerySettings.some((s) => mine(s.appRef, s.app) && s.key === c.key && s.span.line > c.span.line)),
  });
  if (object) config.configModule = { file: object.file, object: object.object, at: source?.at ?? fromFlask!.span };
  if (flaskUsed && flask) {
    const files = [...new Set([...flask.names.values()].map((n) => n.file))];
    config.flask = { files, at: (fromFlask ?? flaskLinks[0])?.span ?? app.span };
  }
  return config;
}

/** The Flask config a link hands to Celery: all of it, or the dict under one key (`app.config['CELERY']`). */
function flaskSettings(flask: SettingsObject | undefined, link: Extract<FlaskConfigFact, { kind: 'to-celery' }>, why: string[]): SettingsObject | undefined {
  if (!flask) return undefined;
  if (link.item === undefined) return flask;
  const item = flask.names.get(link.item);
  if (item?.value.kind === 'dict') {
    const object = dictObject(item.value, `app.config['${link.item}']`, { file: item.file, rootPath: item.rootPath, conditional: item.conditional });
    why.push(...object.why);
    return object;
  }
  why.push(`app.config['${link.item}'] that Celery reads at line ${link.span.line} is not a dict the linter can list`);
  return undefined;
}

/** A settings module no app in the repository reads (a lone celeryconfig.py, Django settings with CELERY_ keys). */
export function moduleConfig(mod: PythonInput, ctx: ConfigContext, namespace: string | undefined, why: string[]): CeleryConfig {
  const object = ctx.repo.moduleObject(mod, mod.rootPath);
  why.push(...object.why);
  const config = resolveConfig({
    kind: 'settings-module', file: mod.facts.file, declaredAt: { file: mod.facts.file, line: 1, column: 1, endLine: 1, endColumn: 2 },
    ...(namespace ? { namespace } : {}), object, noModule: false, pre: [], auto: new Set(), rootPath: mod.rootPath, ctx, why,
    mutations: settingMutations(mod.facts),
  });
  config.configModule = { file: object.file, object: object.object, at: config.declaredAt };
  return config;
}

function kwarg(app: CeleryApp, name: string): PyValue | undefined {
  return app.kwargs.find((k) => k.name === name)?.value;
}

function textOf(value: PyValue | undefined): string | undefined {
  return knownText(value);
}

function written(key: string, writtenAs: string, style: SettingStyle, value: PyValue, at: Span, file: string, source: WrittenSetting['source'], conditional: boolean): WrittenSetting {
  return { key, writtenAs, style, value, at, file, source, conditional, inEffect: false };
}

/** The object `config_from_object` reads, when it is in the repository. */
function followObject(source: { object: PyValue; objectName?: string }, mod: PythonInput, ctx: ConfigContext, why: string[]): SettingsObject | undefined {
  const { repo } = ctx;
  const text = knownText(source.object);
  const asModule = (path: string): SettingsObject | undefined => {
    if (path === 'django.conf:settings' || path === 'django.conf.settings') return djangoSettings(mod, ctx, why);
    const [modulePath, attr] = path.includes(':') ? path.split(':', 2) as [string, string] : [path, undefined];
    const found = repo.find(modulePath, mod.rootPath);
    if (found && attr === undefined) return repo.moduleObject(found, modulePath);
    if (found && attr !== undefined) return repo.classObject(found, attr);
    // `_smart_import`: a dotted path that is not a module may be `module.attribute`.
    const dot = modulePath.lastIndexOf('.');
    if (attr === undefined && dot > 0) {
      const parent = repo.find(modulePath.slice(0, dot), mod.rootPath);
      if (parent) return repo.classObject(parent, modulePath.slice(dot + 1));
    }
    return undefined;
  };
  let object: SettingsObject | undefined;
  const before = why.length;
  if (text !== undefined) object = asModule(text);
  else if (source.objectName && /^[A-Za-z_]\w*$/.test(source.objectName)) {
    const name = source.objectName;
    object = repo.classObject(mod, name);
    const imported = mod.facts.imports.find((i) => i.names.includes(name));
    const plain = mod.facts.imports.find((i) => i.names.length === 0 && i.module === name);
    if (!object && imported) object = asModule(`${imported.module}${imported.module.endsWith('.') ? '' : '.'}${name}`) ?? asModule(`${imported.module}:${name}`);
    if (!object && plain) object = asModule(plain.module);
  }
  if (!object && why.length > before) return undefined; // djangoSettings said why
  if (!object) {
    why.push(`the object config_from_object reads (${text !== undefined ? `'${text}'` : (source.objectName ?? 'a value')}) was not found in the repository`);
    return undefined;
  }
  why.push(...object.why);
  return object;
}

/**
 * `'django.conf:settings'`: the module `DJANGO_SETTINGS_MODULE` names (`djangoSettingsModule`);
 * when nothing names it, the `settings.py` (or `settings/__init__.py`) beside the Celery module.
 * Django exposes its upper-case names only.
 */
function djangoSettings(mod: PythonInput, ctx: ConfigContext, why: string[]): SettingsObject | undefined {
  const named = djangoSettingsModule(mod, ctx);
  if (named.kind === 'unknown') {
    why.push(named.why);
    return undefined;
  }
  if (named.kind === 'module') {
    const found = ctx.repo.find(named.module, mod.rootPath);
    if (!found) {
      why.push(`DJANGO_SETTINGS_MODULE names ${named.module} (${named.where}), which was not read (not in the repository, or it names nothing the linter reads)`);
      return undefined;
    }
    const object = ctx.repo.moduleObject(found, 'django.conf:settings');
    object.names = new Map([...object.names].filter(([name]) => isUpper(name)));
    return object;
  }
  const folder = parentFolder(mod.rootPath);
  const prefix = folder === '' ? '' : `${folder}/`;
  for (const candidate of [`${prefix}settings.py`, `${prefix}settings/__init__.py`]) {
    const found = ctx.repo.byRootPath.get(candidate);
    if (found) {
      const object = ctx.repo.moduleObject(found, 'django.conf:settings');
      object.names = new Map([...object.names].filter(([name]) => isUpper(name)));
      return object;
    }
  }
  why.push('the Django settings module was not found beside the Celery module');
  return undefined;
}

type DjangoModule = { kind: 'module'; module: string; where: string } | { kind: 'unknown'; why: string } | { kind: 'none' };

/**
 * What `DJANGO_SETTINGS_MODULE` is when the Celery module runs: `os.environ['…'] = '…'` in it
 * wins; then the environment (compose, `.env`), which `setdefault` keeps; then the Celery module's
 * own `os.environ.setdefault(…)`; then the one default `manage.py` / `wsgi.py` / `asgi.py` agree on.
 */
function djangoSettingsModule(mod: PythonInput, ctx: ConfigContext): DjangoModule {
  const NAME = 'DJANGO_SETTINGS_MODULE';
  const sets = (m: PythonInput, conditionalOk: boolean) => m.facts.envSets.filter((e) => e.name === NAME && (conditionalOk || !e.conditional));
  const named = (value: PyValue, where: string): DjangoModule => {
    const text = knownText(value);
    return text === undefined || text === '' ? { kind: 'unknown', why: `DJANGO_SETTINGS_MODULE (${where}) is not known statically` } : { kind: 'module', module: text, where };
  };
  const assigned = sets(mod, false).filter((e) => e.how === 'assign').at(-1);
  if (assigned) return named(assigned.value, `${mod.facts.file}:${assigned.span.line}`);
  const fromEnv = ctx.env.lookup(mod.rootPath, NAME);
  if (fromEnv) {
    const where = `${fromEnv.file}:${fromEnv.nameSpan.line}`;
    return fromEnv.value && !fromEnv.value.holes.some((h) => h) ? { kind: 'module', module: fromEnv.value.text, where } : { kind: 'unknown', why: fromEnv.why ?? `DJANGO_SETTINGS_MODULE (${where}) is not known statically` };
  }
  const own = sets(mod, false).find((e) => e.how === 'setdefault');
  if (own) return named(own.value, `${mod.facts.file}:${own.span.line}`);
  const entryPoints = ctx.repo.modules.filter((m) => /(^|\/)(manage|wsgi|asgi|celery)\.py$/.test(m.rootPath) && m !== mod);
  const defaults = entryPoints.flatMap((m) => sets(m, true).filter((e) => e.how === 'setdefault').map((e) => ({ m, e, text: knownText(e.value) })));
  const texts = new Set(defaults.map((d) => d.text));
  if (defaults.length === 0) return { kind: 'none' };
  if (texts.size > 1 || texts.has(undefined)) return { kind: 'unknown', why: 'the entry points set different DJANGO_SETTINGS_MODULE defaults' };
  return named(defaults[0]!.e.value, `${defaults[0]!.m.facts.file}:${defaults[0]!.e.span.line}`);
}

interface ResolveInput {
  kind: CeleryConfig['kind'];
  file: string;
  declaredAt: Span;
  app?: CeleryApp;
  namespace?: string;
  object: SettingsObject | undefined;
  /** No config_from_object at all: detect_settings reads the preconf keys. */
  noModule: boolean;
  pre: Omit<Entry, 'key'>[];
  auto: Set<string>;
  rootPath: string;
  ctx: ConfigContext;
  why: string[];
  /** In-place changes in the files that hold the settings: values may differ from their literals. */
  mutations?: PythonFacts['mutations'];
  /** `app.conf.<setting>['k'] = v` on a setting the app's file does not set: entries added to what the setting holds. */
  itemChanges?: ConfItemChange[];
}

/** Changes in place of the module's own settings names or of an app's conf: `os.environ.setdefault(...)` is none. */
function settingMutations(facts: PythonFacts): PythonFacts['mutations'] {
  const names = new Set([...facts.assignments.map((a) => a.name), ...facts.classes.map((c) => c.name)]);
  return facts.mutations.filter((m) => m.target.includes('.conf') || names.has(/^[A-Za-z_]\w*/.exec(m.target)?.[0] ?? ''));
}

/**
 * `app.conf.broker_transport_options['master_name'] = 'x'` where the option dict comes from the config
 * module (the same dict object: Celery hands it out) or is the default empty dict of a `*_options` setting.
 */
function applyItemChange(settings: Map<string, SettingInEffect>, change: ConfItemChange, input: ResolveInput, why: string[]): void {
  const key = SETTING_KEYS.has(change.key) ? change.key : oldKeyToNew(change.key);
  const added: PyDict = { kind: 'dict', entries: change.entries, opaque: change.opaque, span: change.keySpan };
  const addedResolved = input.ctx.env.resolve(added, input.rootPath);
  const current = settings.get(key);
  if (!current) {
    if (!key.endsWith('_options') || !SETTING_KEYS.has(key)) {
      why.push(`line ${change.span.line} of ${change.span.file} changes ${change.key} in place, which is not followed`);
      return;
    }
    settings.set(key, { key, value: added, resolved: addedResolved, at: change.keySpan, writtenAs: change.key, file: change.keySpan.file, source: 'conf', conditional: false });
    return;
  }
  const value = current.value;
  const resolved = current.resolved.value;
  if (value.kind !== 'dict' || resolved.kind !== 'dict' || addedResolved.value.kind !== 'dict') {
    why.push(`line ${change.span.line} of ${change.span.file} changes ${change.key} in place, but it does not hold a dict the linter can read`);
    return;
  }
  settings.set(key, {
    ...current,
    value: { ...value, entries: [...value.entries, ...added.entries], opaque: [...value.opaque, ...added.opaque] },
    resolved: {
      value: { ...resolved, entries: [...resolved.entries, ...addedResolved.value.entries], opaque: [...resolved.opaque, ...addedResolved.value.opaque] },
      env: [...current.resolved.env, ...addedResolved.env],
    },
  });
}

/** In-place changes, in the files a settings object was read from, of the names it holds (a star-imported dict changed in place included). */
function objectMutations(object: SettingsObject | undefined, repo: PythonRepo): PythonFacts['mutations'] {
  if (!object) return [];
  const files = new Set([object.file, ...[...object.names.values()].map((n) => n.file)]);
  return repo
    .modulesIn(files)
    .flatMap((m) => m.facts.mutations.filter((change) => object.names.has(/^[A-Za-z_]\w*/.exec(change.target)?.[0] ?? '')));
}

function uniqueMutations(changes: PythonFacts['mutations']): PythonFacts['mutations'] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = `${c.span.file}:${c.span.line}:${c.span.column}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

function resolveConfig(input: ResolveInput): CeleryConfig {
  const { object, namespace, ctx } = input;
  const prefix = namespace ? namespace.replace(/_+$/, '') + '_' : undefined;
  const moduleEntries: Entry[] = object
    ? [...object.names.values()].map((n) => ({
        key: n.name,
        rootPath: n.rootPath,
        written: written(n.name, n.name, 'new', n.value, n.nameSpan, n.file, 'config-module', n.conditional || !!n.conditionallyRebound),
      }))
    : [];

  // detect_settings: which style the names are read in, and what it would refuse.
  const have = object ? new Set(moduleEntries.map((e) => e.key)) : input.noModule ? new Set(input.pre.map((e) => e.written.key).filter((k) => !input.auto.has(k))) : new Set<string>();
  const inNew = [...have].filter((k) => SETTING_KEYS.has(k));
  const inOld = [...have].filter((k) => OLD_SETTING_KEYS.has(k));
  let style: 'new' | 'old' = 'new';
  let left = inOld;
  if (inNew.length && inOld.length > inNew.length) [style, left] = ['old', inNew];
  if (inOld.length && !inNew.length) [style, left] = ['old', inNew];
  if (prefix) [style, left] = ['new', []];
  const convert = style === 'new' ? TO_NEW_KEY : TO_OLD_KEY;
  const reallyLeft = new Set(left.filter((k) => !have.has(convert.get(k)!)));

  const preEntries: Entry[] = input.pre.map((e) => ({ ...e, key: convert.get(e.written.key) ?? e.written.key }));
  const changes = new Map(preEntries.map((e) => [e.key, e]));
  const module = new Map(moduleEntries.map((e) => [e.key, e]));
  const defaults = style === 'new' ? SETTING_KEYS : OLD_SETTING_KEYS;
  const lookup = (key: string): Entry | undefined => {
    const keys = prefix ? [matchCase(key.startsWith(prefix) ? key : prefix + key, prefix), key] : [key];
    for (const k of [...keys, oldKeyToNew(key), newKeyToOld(key)]) {
      const found = changes.get(k) ?? module.get(k);
      if (found) return found;
      if (defaults.has(k)) return undefined;
    }
    return undefined;
  };

  // Each line's style and the new name it stands for.
  const isNamespaced = (name: string) => !!prefix && name.startsWith(prefix) && name.length > prefix.length && matchCase(name, prefix) === name;
  for (const e of [...preEntries, ...moduleEntries]) {
    const w = e.written;
    if (isNamespaced(w.writtenAs)) {
      w.style = 'namespaced';
      w.key = w.writtenAs.slice(prefix!.length).toLowerCase();
    } else if (OLD_SETTING_KEYS.has(w.key)) {
      w.style = 'old';
      w.key = oldKeyToNew(w.key);
    } else w.style = 'new';
  }
  // A module's other names (DEBUG, helper constants) are not setting lines.
  const isSettingLine = (e: Entry) =>
    e.written.source !== 'config-module' || e.written.style !== 'new' || SETTING_KEYS.has(e.written.writtenAs) || /^[a-z][a-z0-9_]*$/.test(e.written.writtenAs);
  const lines = [...preEntries, ...moduleEntries].filter(isSettingLine);

  const why = [...new Set(input.why)];
  const settings = new Map<string, SettingInEffect>();
  const wanted = new Set(lines.map((e) => e.written.key));
  for (const key of wanted) {
    let found = lookup(key);
    const fallback = FALLBACK[key];
    if (fallback && (!found || found.written.value.kind === 'none')) found = lookup(fallback) ?? found;
    if (!found) continue;
    found.written.inEffect = true;
    const w = found.written;
    settings.set(key, {
      key, value: w.value, resolved: ctx.env.resolve(w.value, found.rootPath), at: w.at, writtenAs: w.writtenAs,
      file: w.file, source: w.source, conditional: w.conditional,
    });
  }
  for (const change of input.itemChanges ?? []) applyItemChange(settings, change, input, why);
  for (const [key, variable] of Object.entries(ENV_OVERRIDES)) {
    const found = ctx.env.lookup(input.rootPath, variable);
    if (!found) continue;
    const value: PyValue = found.value
      ? { kind: 'str', text: found.value, env: [], span: found.valueSpan, ...(found.secret ? { secret: found.secret } : {}) }
      : { kind: 'unknown', why: found.why ?? `${variable} is set to a value not known statically`, span: found.valueSpan };
    const code = settings.get(key);
    settings.set(key, {
      key, value, at: found.nameSpan, writtenAs: variable, file: found.file, source: 'env-override', conditional: false,
      resolved: { value, env: [{ name: variable, readAt: found.nameSpan, ...found.use }] },
      ...(code ? { overrides: code } : {}),
    });
  }

  const writtenAll = lines.map((e) => e.written);
  for (const w of writtenAll) {
    // With a namespace, a module name without the prefix is looked up only after the defaults already answered.
    if (!w.inEffect && prefix && w.source === 'config-module' && w.style !== 'namespaced') {
      w.ignored = `with namespace '${namespace}' only ${prefix}-prefixed names are read`;
    }
  }
  for (const change of uniqueMutations([...(input.mutations ?? []), ...objectMutations(object, ctx.repo)])) {
    why.push(`line ${change.span.line} of ${change.span.file} changes ${change.target} in place, which is not followed`);
  }
  for (const w of writtenAll) {
    if (w.inEffect && w.conditional && !why.some((y) => y.includes(`\`${w.writtenAs}\``))) why.push(`\`${w.writtenAs}\` is set conditionally at line ${w.at.line}`);
  }
  return {
    kind: input.kind,
    file: input.file,
    declaredAt: input.declaredAt,
    ...(input.app ? { app: input.app } : {}),
    ...(namespace ? { namespace } : {}),
    settings,
    written: writtenAll,
    mixed: writtenAll.filter((w) => reallyLeft.has(w.writtenAs) && (w.source === 'config-module' || input.noModule)),
    keyStyle: style,
    complete: why.length === 0,
    why,
  };
}
