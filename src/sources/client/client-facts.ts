import type { CeleryConfig, ClientFacts, ClientRole, ClientUrl, RedisPyClient, RedisPyMaster, Resolved } from '../../model/clients.js';
import type { LineIndex, Span } from '../../model/span.js';
import { MappedTextBuilder, verbatim, type MappedText } from '../compose/mapped-text.js';
import type { ComposeFacts } from '../compose/facts.js';
import type { PyValue, RedisCall } from '../python/facts.js';
import { parseBrokerUrl } from './broker-url.js';
import { appConfig, moduleConfig, type ConfigContext } from './celery-config.js';
import { EnvResolver, type EnvFileInput } from './env-resolve.js';
import { PythonRepo, type PythonInput } from './settings-module.js';

export type { EnvFileInput } from './env-resolve.js';
export type { PythonInput } from './settings-module.js';

export interface ComposeEnvInput {
  facts: ComposeFacts;
  index: LineIndex;
}

export interface ClientInput {
  python: PythonInput[];
  envFiles: EnvFileInput[];
  compose?: ComposeEnvInput[];
}

/** A name that says its value is a broker, result backend or Redis URL (only Redis-family URLs are kept). */
function roleOfName(name: string): ClientRole | undefined {
  const upper = name.toUpperCase();
  if (/(^|_)BROKER(_READ|_WRITE)?_URL$/.test(upper)) return 'broker';
  if (/(^|_)RESULT_BACKEND(_URL)?$/.test(upper)) return 'backend';
  if (/_URL$|_URI$|^REDIS_?URL$/.test(upper)) return 'redis';
  return undefined;
}

const REDIS_SCHEME = /^(redis|rediss|sentinel)(\+socket)?:\/\//i;

/** Builds the client view of the repository (see `ClientFacts`). Never throws on odd facts; unknowns stay unknown. */
export function buildClientFacts(input: ClientInput): ClientFacts {
  const repo = new PythonRepo(input.python);
  const env = new EnvResolver(input.envFiles);
  const ctx: ConfigContext = { repo, env };
  const indexes = new Map<string, LineIndex>([...input.python.map((p) => [p.facts.file, p.index] as const), ...input.envFiles.map((e) => [e.facts.file, e.index] as const)]);

  const celery: CeleryConfig[] = [];
  for (const mod of input.python) for (const app of mod.facts.celeryApps) celery.push(appConfig(app, mod, ctx));
  if (celery.length === 0) {
    for (const mod of input.python) {
      const config = lonelySettings(mod, ctx);
      if (config) celery.push(config);
    }
  }

  const urls: ClientUrl[] = [];
  const addUrl = (url: Omit<ClientUrl, 'parsed'>) => urls.push({ ...url, parsed: parseBrokerUrl(url.text, url.index) });
  // Nothing in the code proves that a `.env` reaches the worker (python-dotenv, compose env_file, a
  // shell that sources it): the URL built from the code's own defaults is what runs without it.
  const withoutEnv: ConfigContext = { repo, env: new EnvResolver([]) };
  const codeDefaults = new Map(celery.map((config) => [config, config.app ? appConfig(config.app, moduleOf(input.python, config.file)!, withoutEnv) : undefined]));
  for (const config of celery) {
    for (const [key, role] of [['broker_url', 'broker'], ['result_backend', 'backend'], ['broker_read_url', 'broker'], ['broker_write_url', 'broker']] as const) {
      const setting = config.settings.get(key);
      const value = setting?.resolved.value;
      if (!setting || value?.kind !== 'str') continue;
      const index = indexes.get(value.span.file) ?? indexes.get(setting.file);
      if (!index) continue;
      addUrl({
        role, origin: 'python', at: setting.at, writtenAs: setting.writtenAs, text: value.text, index, env: setting.resolved.env, celery: config,
        ...(setting.overrides ? { overrides: setting.overrides } : {}),
      });
      const fromEnvFile = setting.source === 'env-override' || setting.resolved.env.some((e) => e.resolvedFrom === 'env-file');
      const fallback = fromEnvFile ? codeDefaults.get(config)?.settings.get(key) : undefined;
      const fallbackValue = fallback?.resolved.value;
      if (fallback && fallbackValue?.kind === 'str') {
        addUrl({
          role, origin: 'python', at: fallback.at, writtenAs: fallback.writtenAs, text: fallbackValue.text,
          index: indexes.get(fallbackValue.span.file) ?? index, env: fallback.resolved.env, celery: codeDefaults.get(config)!, variant: 'code-default',
        });
      }
    }
  }
  // Module-level URL constants of files no Celery config covers (a Flask config class, a settings module).
  const covered = new Set(celery.flatMap((c) => [c.file, ...(c.configModule ? [c.configModule.file] : [])]));
  for (const mod of input.python) {
    if (covered.has(mod.facts.file)) continue;
    const lastByName = new Map(mod.facts.assignments.map((a) => [a.name, a]));
    for (const a of [...lastByName.values(), ...mod.facts.classes.flatMap((c) => c.assignments)]) {
      const role = roleOfName(a.name);
      if (!role) continue;
      const resolved = env.resolve(a.value, mod.rootPath);
      const url = urlText(resolved, indexes, mod.index);
      if (url && REDIS_SCHEME.test(url.text.text)) addUrl({ role, origin: 'python', at: a.nameSpan, writtenAs: a.name, ...url, env: resolved.env });
    }
  }
  for (const mod of input.python) {
    for (const call of mod.facts.redisCalls) {
      if (call.kind !== 'from_url' && call.kind !== 'kombu.Connection') continue;
      const arg = call.args[0] ?? call.kwargs.find((k) => k.name === (call.kind === 'from_url' ? 'url' : 'hostname'))?.value;
      if (!arg) continue;
      const resolved = env.resolve(arg, mod.rootPath);
      const url = urlText(resolved, indexes, mod.index);
      if (!url || (call.kind === 'kombu.Connection' && !REDIS_SCHEME.test(url.text.text))) continue;
      addUrl({ role: call.kind === 'from_url' ? 'redis' : 'broker', origin: 'python', at: arg.span, writtenAs: call.callee, ...url, env: resolved.env });
    }
  }
  for (const file of input.envFiles) {
    for (const entry of file.facts.entries) {
      const role = roleOfName(entry.name);
      if (role && REDIS_SCHEME.test(entry.value.text)) {
        addUrl({ role, origin: 'env-file', at: entry.nameSpan, writtenAs: entry.name, text: entry.value, index: file.index, env: [] });
      }
    }
  }
  for (const compose of input.compose ?? []) {
    for (const service of compose.facts.services) {
      for (const variable of service.environment) {
        const role = roleOfName(variable.name);
        if (!role || !variable.value.known || !REDIS_SCHEME.test(variable.value.value)) continue;
        const text = composeText(variable.value.value, variable.value.span, compose.index);
        addUrl({ role, origin: 'compose', at: variable.nameSpan, writtenAs: variable.name, text, index: compose.index, env: [], service: service.name });
      }
    }
  }

  const redisPy = input.python.flatMap((mod) => sentinelClients(mod, env));
  return { python: input.python.map((p) => p.facts), envFiles: input.envFiles.map((e) => e.facts), celery, urls, redisPy };
}

function moduleOf(python: readonly PythonInput[], file: string): PythonInput | undefined {
  return python.find((p) => p.facts.file === file);
}

/** A lone celeryconfig.py, or Django settings holding CELERY_ names (read with namespace 'CELERY'). */
function lonelySettings(mod: PythonInput, ctx: ConfigContext): CeleryConfig | undefined {
  const base = mod.rootPath.split('/').pop();
  if (base === 'celeryconfig.py') return moduleConfig(mod, ctx, undefined, ['no Celery app was found that reads this module']);
  const names = mod.facts.assignments.map((a) => a.name);
  const django = base === 'settings.py' || /(^|\/)settings\/[^/]+\.py$/.test(mod.rootPath) || names.includes('INSTALLED_APPS');
  if (django && names.some((n) => n.startsWith('CELERY_'))) {
    return moduleConfig(mod, ctx, 'CELERY', ["no Celery app was found; read as Django settings with namespace='CELERY'"]);
  }
  return undefined;
}

/** A resolved string's text and the file its offsets belong to. */
function urlText(resolved: Resolved, indexes: Map<string, LineIndex>, fallback: LineIndex): { text: MappedText; index: LineIndex } | undefined {
  const value = resolved.value;
  if (value.kind !== 'str') return undefined;
  return { text: value.text, index: indexes.get(value.span.file) ?? fallback };
}

/** A compose value as mapped text: the file's own characters when they spell it, else every character maps to the value's span. */
function composeText(value: string, span: Span, index: LineIndex): MappedText {
  const start = index.lineStart(span.line) + span.column - 1;
  const end = index.lineStart(span.endLine) + span.endColumn - 1;
  const written = index.text.slice(start, end);
  const at = written.indexOf(value);
  if (at !== -1 && !written.slice(0, at).includes('\n')) return verbatim(value, start + at);
  const out = new MappedTextBuilder([start, end]);
  for (const c of value) out.push(c, start, end);
  return out.build();
}

/** redis-py `Sentinel([...])` calls with the masters asked of them. */
function sentinelClients(mod: PythonInput, env: EnvResolver): RedisPyClient[] {
  const resolve = (value: PyValue) => env.resolve(value, mod.rootPath);
  const kwargsOf = (call: RedisCall, skip: Set<string>) =>
    call.kwargs.filter((k) => !skip.has(k.name)).map((k) => ({ name: k.name, at: k.nameSpan, value: resolve(k.value) }));
  return mod.facts.redisCalls
    .filter((c) => c.kind === 'Sentinel')
    .map((sentinel) => {
      const list = sentinel.args[0] ?? sentinel.kwargs.find((k) => k.name === 'sentinels')?.value;
      const endpoints: RedisPyClient['endpoints'] = [];
      let endpointsKnown = list?.kind === 'list';
      for (const item of list?.kind === 'list' ? list.items : []) {
        if (item.kind === 'list' && item.items.length === 2) endpoints.push({ host: resolve(item.items[0]!), port: resolve(item.items[1]!), at: item.span });
        else endpointsKnown = false;
      }
      const sentinelKwargs = sentinel.kwargs.find((k) => k.name === 'sentinel_kwargs');
      const masters: RedisPyMaster[] = mod.facts.redisCalls
        .filter((c) => c.receiver === sentinel && (c.kind === 'master_for' || c.kind === 'slave_for' || c.kind === 'discover_master'))
        .map((call) => {
          const name = call.args[0] ?? call.kwargs.find((k) => k.name === 'service_name')?.value;
          const password = call.kwargs.find((k) => k.name === 'password')?.value;
          return {
            call, kind: call.kind as RedisPyMaster['kind'], at: call.span,
            ...(name ? { name: resolve(name) } : {}),
            ...(password ? { password: resolve(password) } : {}),
            kwargs: kwargsOf(call, new Set(['service_name', 'password'])),
          };
        });
      return {
        file: mod.facts.file, sentinel, at: sentinel.span, endpoints, endpointsKnown,
        ...(sentinelKwargs ? { sentinelKwargs: resolve(sentinelKwargs.value) } : {}),
        kwargs: kwargsOf(sentinel, new Set(['sentinels', 'sentinel_kwargs'])),
        masters,
      };
    });
}

