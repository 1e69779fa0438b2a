import { oncePer } from '../../once-per.js';
import type { CeleryConfig, ClientFacts, ClientRole, ClientUrl, EnvUse, RedisPyClient, RedisPyMaster, Resolved, RunningService } from '../../model/clients.js';
import type { LineIndex } from '../../model/span.js';
import type { MappedText } from '../compose/mapped-text.js';
import type { PyValue, RedisCall } from '../python/facts.js';
import { knownText } from '../python/py-text.js';
import { parseBrokerUrl } from './broker-url.js';
import { appConfig, moduleConfig, type ConfigContext } from './celery-config.js';
import { composeIndexFor, ComposeRunners, type ComposeEnvInput } from './compose-runners.js';
import { EnvResolver, composeText, type EnvFileInput } from './env-resolve.js';
import { PythonRepo, type PythonInput } from './settings-module.js';

export type { EnvFileInput } from './env-resolve.js';
export type { PythonInput } from './settings-module.js';
export type { ComposeEnvInput } from './compose-runners.js';

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

/**
 * Where a module runs, for its environment: each compose service that runs it (its `environment:`
 * and `env_file:` answer first, then the repository's `.env`), or, when none does, the repository
 * alone (the `.env` python-dotenv finds).
 */
interface RunContext {
  env: EnvResolver;
  service?: RunningService;
}

/** Builds the client view of the repository (see `ClientFacts`). Never throws on odd facts; unknowns stay unknown. */
export function buildClientFacts(input: ClientInput): ClientFacts {
  const repo = new PythonRepo(input.python);
  const repoEnv = new EnvResolver(input.envFiles);
  const runners = new ComposeRunners(input.compose ?? [], input.envFiles);
  const contextsOf = (rootPath: string): RunContext[] => {
    const services = runners.running(rootPath);
    return services.length ? services.map((service) => ({ env: new EnvResolver(input.envFiles, service), service: service.service })) : [{ env: repoEnv }];
  };
  const indexes = new Map<string, LineIndex>([
    ...input.python.map((p) => [p.facts.file, p.index] as const),
    ...input.envFiles.map((e) => [e.facts.file, e.index] as const),
    ...(input.compose ?? []).map((c) => [c.facts.file, c.index] as const),
  ]);

  // One config per app and running service; services whose environment gives the same settings share one.
  const celery: CeleryConfig[] = [];
  const contextOf = new Map<CeleryConfig, RunContext>();
  const addConfigs = (rootPath: string, make: (ctx: ConfigContext) => CeleryConfig | undefined) => {
    const made = new Map<string, CeleryConfig>();
    for (const run of contextsOf(rootPath)) {
      const config = make({ repo, env: run.env });
      if (!config) continue;
      const key = configSignature(config);
      const twin = made.get(key);
      if (twin) {
        if (run.service) twin.runsIn = [...(twin.runsIn ?? []), run.service];
        continue;
      }
      if (run.service) Object.assign(config, { service: run.service.name, runsIn: [run.service] });
      made.set(key, config);
      celery.push(config);
      contextOf.set(config, run);
    }
  };
  for (const mod of input.python) for (const app of mod.facts.celeryApps) addConfigs(mod.rootPath, (ctx) => appConfig(app, mod, ctx));
  if (celery.length === 0) {
    for (const mod of input.python) addConfigs(mod.rootPath, (ctx) => lonelySettings(mod, ctx));
  }

  const urls: ClientUrl[] = [];
  const seenUrls = new Map<string, ClientUrl>();
  const addUrl = (url: Omit<ClientUrl, 'parsed'>, runsIn: readonly RunningService[] = []) => {
    // The same URL from the same code for several services (or none): one ClientUrl that lists them.
    const key = `${url.role}|${url.origin}|${url.at.file}:${url.at.line}:${url.at.column}|${url.variant ?? ''}|${url.text.text}|${envSignature(url.env)}`;
    const twin = seenUrls.get(key);
    if (twin) {
      if (runsIn.length) twin.runsIn = [...(twin.runsIn ?? []), ...runsIn];
      return;
    }
    const full: ClientUrl = { ...url, parsed: parseBrokerUrl(url.text, url.index), ...(runsIn.length ? { service: runsIn[0]!.name, runsIn: [...runsIn] } : {}) };
    seenUrls.set(key, full);
    urls.push(full);
  };
  for (const config of celery) {
    const run = contextOf.get(config)!;
    // Nothing in the code proves that the repository's `.env` reaches the worker (python-dotenv, a shell
    // that sources it): the URL built without it is what runs then. A compose service's own
    // `environment:` / `env_file:` does reach it.
    const withoutEnv: ConfigContext = { repo, env: new EnvResolver([], run.env.service) };
    let codeDefault: CeleryConfig | undefined | null = null;
    const codeDefaults = () => (codeDefault === null ? (codeDefault = config.app ? appConfig(config.app, moduleOf(input.python, config.file)!, withoutEnv) : undefined) : codeDefault);
    for (const [key, role] of [['broker_url', 'broker'], ['result_backend', 'backend'], ['broker_read_url', 'broker'], ['broker_write_url', 'broker']] as const) {
      const setting = config.settings.get(key);
      const value = setting?.resolved.value;
      if (!setting || value?.kind !== 'str') continue;
      const index = indexes.get(value.span.file) ?? indexes.get(setting.file);
      if (!index) continue;
      addUrl({
        role, origin: 'python', at: setting.at, writtenAs: setting.writtenAs, text: value.text, index, env: setting.resolved.env, celery: config,
        ...(setting.overrides ? { overrides: setting.overrides } : {}),
      }, config.runsIn);
      const fromEnvFile = setting.resolved.env.some(mayNotReach);
      const fallback = fromEnvFile ? codeDefaults()?.settings.get(key) : undefined;
      const fallbackValue = fallback?.resolved.value;
      if (fallback && fallbackValue?.kind === 'str') {
        addUrl({
          role, origin: 'python', at: fallback.at, writtenAs: fallback.writtenAs, text: fallbackValue.text,
          index: indexes.get(fallbackValue.span.file) ?? index, env: fallback.resolved.env, celery: codeDefaults()!, variant: 'code-default',
        }, config.runsIn);
      }
    }
  }
  // Module-level URL constants of files no Celery config covers (a Flask config class, a settings module).
  const covered = new Set(celery.flatMap((c) => [c.file, ...(c.configModule ? [c.configModule.file] : []), ...(c.flask?.files ?? [])]));
  for (const mod of input.python) {
    if (covered.has(mod.facts.file)) continue;
    const lastByName = new Map(mod.facts.assignments.map((a) => [a.name, a]));
    for (const run of contextsOf(mod.rootPath)) {
      for (const a of [...lastByName.values(), ...mod.facts.classes.flatMap((c) => c.assignments)]) {
        const role = roleOfName(a.name);
        if (!role) continue;
        const resolved = run.env.resolve(a.value, mod.rootPath);
        const url = urlText(resolved, indexes, mod.index);
        if (url && REDIS_SCHEME.test(url.text.text)) addUrl({ role, origin: 'python', at: a.nameSpan, writtenAs: a.name, ...url, env: resolved.env }, run.service ? [run.service] : []);
      }
    }
  }
  for (const mod of input.python) {
    for (const run of contextsOf(mod.rootPath)) {
      for (const call of mod.facts.redisCalls) {
        if (call.kind !== 'from_url' && call.kind !== 'kombu.Connection') continue;
        const arg = call.args[0] ?? call.kwargs.find((k) => k.name === (call.kind === 'from_url' ? 'url' : 'hostname'))?.value;
        if (!arg) continue;
        const resolved = run.env.resolve(arg, mod.rootPath);
        const url = urlText(resolved, indexes, mod.index);
        if (!url || (call.kind === 'kombu.Connection' && !REDIS_SCHEME.test(url.text.text))) continue;
        addUrl({ role: call.kind === 'from_url' ? 'redis' : 'broker', origin: 'python', at: arg.span, writtenAs: call.callee, ...url, env: resolved.env }, run.service ? [run.service] : []);
      }
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
        const index = composeIndexFor(compose, variable.value.span.file);
        const text = composeText(variable.value.value, variable.value.span, index);
        addUrl({ role, origin: 'compose', at: variable.nameSpan, writtenAs: variable.name, text, index, env: [], service: service.name });
      }
    }
  }

  const redisPy: RedisPyClient[] = [];
  for (const mod of input.python) {
    const made = new Map<string, RedisPyClient>();
    for (const run of contextsOf(mod.rootPath)) {
      sentinelClients(mod, run.env).forEach((client, i) => {
        const key = `${i}|${redisPySignature(client)}`;
        const twin = made.get(key);
        if (twin) {
          if (run.service) twin.runsIn = [...(twin.runsIn ?? []), run.service];
          return;
        }
        if (run.service) Object.assign(client, { service: run.service.name, runsIn: [run.service] });
        made.set(key, client);
        redisPy.push(client);
      });
    }
  }
  return {
    python: input.python.map((p) => p.facts), envFiles: input.envFiles.map((e) => e.facts), celery, urls, redisPy,
    taskDelays: input.python.flatMap((p) => p.facts.taskDelays),
  };
}

/** A value from the repository's `.env`: nothing proves it reaches the process (a service's own env_file does). */
const mayNotReach = (use: EnvUse) => use.resolvedFrom === 'env-file' && use.service === undefined;

/** What the environment gave a config: two services with the same signature run the same settings. */
function configSignature(config: CeleryConfig): string {
  const parts = [...config.settings.values()].map((s) => `${s.key}=${s.source}:${s.file}:${s.at.line}:${s.at.column}:${valueText(s.resolved.value)}|${envSignature(s.resolved.env)}`);
  return `${parts.join('\n')}\n${config.why.join('\n')}`;
}

function redisPySignature(client: RedisPyClient): string {
  const resolved: Resolved[] = [
    ...client.endpoints.flatMap((e) => [e.host, e.port]),
    ...(client.sentinelKwargs ? [client.sentinelKwargs] : []),
    ...client.kwargs.map((k) => k.value),
    ...client.masters.flatMap((m) => [...(m.name ? [m.name] : []), ...(m.password ? [m.password] : []), ...m.kwargs.map((k) => k.value)]),
  ];
  return resolved.map((r) => `${valueText(r.value)}|${envSignature(r.env)}`).join('\n');
}

function valueText(value: PyValue): string {
  const text = knownText(value);
  return text !== undefined ? `s:${text}` : value.kind === 'number' || value.kind === 'bool' ? `${value.kind}:${value.value}` : `${value.kind}@${value.span.line}:${value.span.column}`;
}

/** Where each variable was answered, without the service (two services sharing one env_file give the same). */
function envSignature(uses: readonly EnvUse[]): string {
  return uses
    .map((u) => `${u.name}:${u.resolvedFrom}:${u.envFile ?? ''}:${u.entry ? `${u.entry.nameSpan.line}` : ''}:${u.variable ? `${u.variable.nameSpan.file}:${u.variable.nameSpan.line}` : ''}`)
    .join(',');
}

/** Modules by file, worked out once per list: asked once per Celery config. */
const modulesByFile = oncePer((python: readonly PythonInput[]): ReadonlyMap<string, PythonInput> => new Map(python.map((p) => [p.facts.file, p] as const)));

function moduleOf(python: readonly PythonInput[], file: string): PythonInput | undefined {
  return modulesByFile(python).get(file);
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

