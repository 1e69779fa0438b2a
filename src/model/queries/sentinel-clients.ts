import { oncePer } from '../../once-per.js';
import type { CeleryConfig, ClientUrl, RedisPyClient, Resolved } from '../clients.js';
import type { Deployment, MasterGroup, Sentinel, Server } from '../deployment.js';
import type { Secret } from '../secret.js';
import { spanKey, type Span } from '../span.js';
import type { ClientView } from '../../sources/client/broker-url.js';
import type { PyDict, PyValue } from '../../sources/python/facts.js';
import { knownText } from '../../sources/python/py-text.js';
import { lookupKey } from '../../sources/python/dict-lookup.js';
import { accessUnknown } from './access-unknown.js';
import { envWrittenAt } from './env-written-at.js';
import { clientTargets, groupsMonitoredAs, reachAt, type ClientTarget, type Reach } from './client-targets.js';
import type { ConfNode } from './conf-node.js';
import { defaultUserAuth } from './node-auth.js';

/**
 * A client that finds its master through Sentinel (a Celery `sentinel://` broker or result
 * backend, a redis-py `Sentinel([...])`), read for what it sends to whom (RULES.md §1.8):
 * `sentinel_kwargs` goes to the Sentinels only, the URL's `:password@` (or `master_for`'s
 * `password`) to the master only.
 */
export interface SentinelClient {
  /** Which library reads it: fixes are written differently. */
  library: 'celery' | 'redis-py';
  /** How messages name it: `the Celery broker (broker_url in celeryconfig.py)`, `the redis-py Sentinel in monitor.py`. */
  describe: string;
  /**
   * 'code-default': the Celery URL and settings the code builds from its own defaults, next to the
   * ones a `.env` makes of them (nothing proves the `.env` reaches the worker, so both may run).
   */
  variant?: 'code-default';
  /** The URL or the `Sentinel(...)` call. */
  at: Span;
  /**
   * Every Sentinel it asks, when each address it dials is a Sentinel of the deployment; undefined
   * when one is not known (a host name outside the project, a port nothing listens on, an
   * unknown value): then nobody can say what the client meets, and the rules stay silent.
   */
  sentinels?: Sentinel[];
  /** Each Sentinel address it dials (where it is written) and what that reaches. */
  dials: { at: Span; reach: Reach }[];
  /** The Python modules that build it: where the client code runs is where these files are. */
  modules: string[];
  /** A compose service known to run it (its `build:` context or a bind mount holds the module, or its URL comes from the service's environment). */
  service?: string;
  /** What it was read from, for rules that need more of its settings. */
  source: { kind: 'celery'; config: CeleryConfig; url: ClientUrl; backend: boolean } | { kind: 'redis-py'; client: RedisPyClient };
  /**
   * Whether its connections to the master use TLS: Celery's broker with a `broker_use_ssl` dict,
   * its result backend with a `redis_backend_use_ssl` dict (both select kombu's / Celery's
   * SentinelManagedSSLConnection), redis-py with `ssl=True` (redis-py 4.3 `SentinelConnectionPool`).
   * `setting` is where that is written, or where it would be added.
   */
  masterTls: { kind: 'tls' | 'plain'; at: Span; setting: string } | { kind: 'unknown' };
  /** The password it sends to the Sentinels (`sentinel_kwargs['password']`). */
  sentinelPassword: ClientPassword;
  /** The names it asks the Sentinels for, with what it sends to that master. */
  requests: MasterRequest[];
}

export interface MasterRequest {
  name: { known: true; value: string; at: Span } | { known: false };
  /** What it sends to the master; absent where it never talks to the master (`discover_master`). */
  password?: ClientPassword;
}

/**
 * `set`: a non-empty password is sent (`secret` when its value is known; `user` for `AUTH user
 * pw`). `none`: nothing is sent, `at` is where one would be added. `unknown`: something the
 * linter cannot read may send one (an unset environment variable, `**kwargs`, a credential
 * provider, a setting outside the files read).
 */
export type ClientPassword =
  | { kind: 'set'; at: Span; secret?: Secret; user?: string }
  | { kind: 'none'; at: Span }
  | { kind: 'unknown' };

const UNKNOWN: ClientPassword = { kind: 'unknown' };

/**
 * Every Celery Sentinel broker / backend and every redis-py Sentinel client of the repository,
 * worked out once per Deployment: eight rules ask, and linking every client to its nodes is not free.
 */
export const sentinelClients: (deployment: Deployment) => readonly SentinelClient[] = oncePer(linkClients);

function linkClients(deployment: Deployment): SentinelClient[] {
  const out: SentinelClient[] = [];
  for (const url of deployment.clients.urls) {
    const client = celeryClient(deployment, url);
    if (client) out.push(client);
  }
  for (const client of deployment.clients.redisPy) out.push(redisPyClient(deployment, client));
  return out;
}

/** The Sentinels a client reaches, when every address reaches one. */
function sentinelsOf(reaches: Reach[]): Sentinel[] | undefined {
  if (reaches.length === 0) return undefined;
  const found: Sentinel[] = [];
  for (const reach of reaches) {
    if (reach.kind !== 'node' || !isSentinelNode(reach.node)) return undefined;
    if (!found.includes(reach.node)) found.push(reach.node);
  }
  return found;
}

function runningService(service: string | undefined, runsIn: readonly { name: string }[] | undefined): { service?: string } {
  const name = service ?? runsIn?.[0]?.name;
  return name === undefined ? {} : { service: name };
}

function isSentinelNode(node: object): node is Sentinel {
  return 'monitors' in node;
}

// ---------------------------------------------------------------------------------------------
// Celery

/**
 * A `sentinel://` broker or result backend of a Celery config. URLs that only a `.env` file or a
 * compose `environment:` holds are left out: which app's transport options go with them is not
 * known (when a Celery config reads such a variable, its own URL is the one linked here).
 */
function celeryClient(deployment: Deployment, url: ClientUrl): SentinelClient | undefined {
  const config = url.celery;
  if (!config || url.role === 'redis') return undefined;
  const backend = url.role === 'backend';
  const view = backend ? url.parsed.asCeleryBackendSees : url.parsed.asKombuSees;
  if (!view.name.known || view.name.value !== 'sentinel' || view.errors.length > 0) return undefined;
  const optionsKey = backend ? 'result_backend_transport_options' : 'broker_transport_options';
  const options = transportOptions(config, optionsKey);
  const targets = clientTargets(deployment, url);
  const name = options.dict ? lookupKey(options.dict, 'master_name') : undefined;
  const nameText = name && !hasUnknownKeys(options.dict!) ? knownText(name.value) : undefined;
  return {
    library: 'celery',
    describe:
      `the Celery ${backend ? 'result backend' : 'broker'} (${url.writtenAs} in ${url.at.file}` +
      `${url.variant === 'code-default' ? ", as the code's defaults build it when the .env does not reach the worker" : ''})`,
    ...(url.variant ? { variant: url.variant } : {}),
    at: url.at,
    sentinels: sentinelsOf(targets.map((t) => t.reach)),
    dials: targets.map((t) => ({ at: writtenAt(url, t), reach: t.reach })),
    modules: [config.file, ...(config.configModule ? [config.configModule.file] : [])],
    ...runningService(url.service ?? config.service, url.runsIn ?? config.runsIn),
    source: { kind: 'celery', config, url, backend },
    masterTls: celeryMasterTls(config, url, backend),
    sentinelPassword: celerySentinelPassword(config, options, url),
    requests: [
      {
        name: nameText !== undefined ? { known: true, value: nameText, at: name!.value.span } : { known: false },
        password: celeryMasterPassword(config, options, url, view, backend),
      },
    ],
  };
}

/** An endpoint's `host:port` where it is written: in the `.env` value the code reads, when it comes from one. */
function writtenAt(url: ClientUrl, target: ClientTarget): Span {
  const { host, port } = target.endpoint;
  if (!host.known || host.value === null || !port.known) return target.at;
  return envWrittenAt(url, target.at, `${host.value}:${port.value}`) ?? target.at;
}

/**
 * kombu `_connparams` and Celery's `RedisBackend`: a truthy dict is merged into the connection
 * options and selects the SSL connection class; `True` is not a dict (kombu ignores it, Celery
 * raises), so it is left unknown, as are query options on the URL.
 */
function celeryMasterTls(config: CeleryConfig, url: ClientUrl, backend: boolean): SentinelClient['masterTls'] {
  const key = backend ? 'redis_backend_use_ssl' : 'broker_use_ssl';
  if (url.parsed.chunks[0]?.query.length) return { kind: 'unknown' };
  const setting = config.settings.get(key);
  if (!setting) return config.complete ? { kind: 'plain', at: url.at, setting: key } : { kind: 'unknown' };
  const value = setting.resolved.value;
  if (value.kind === 'none' || (value.kind === 'bool' && !value.value)) return { kind: 'plain', at: setting.at, setting: key };
  if (value.kind !== 'dict') return { kind: 'unknown' };
  if (value.entries.length > 0) return { kind: 'tls', at: setting.at, setting: key };
  return value.opaque.length > 0 ? { kind: 'unknown' } : { kind: 'plain', at: setting.at, setting: key };
}

interface Options {
  key: string;
  /** The setting is written. */
  at?: Span;
  /** Its value, when it is a literal dict. */
  dict?: PyDict;
  /** Written, but not as a dict the linter can read. */
  unreadable: boolean;
}

function transportOptions(config: CeleryConfig, key: string): Options {
  const setting = config.settings.get(key);
  if (!setting) return { key, unreadable: false };
  const value = setting.resolved.value;
  return value.kind === 'dict' ? { key, at: setting.at, dict: value, unreadable: false } : { key, at: setting.at, unreadable: true };
}

/** A dict whose keys cannot all be listed: `**x`, a key read from the environment. */
function hasUnknownKeys(dict: PyDict): boolean {
  return dict.opaque.length > 0 || dict.entries.some((e) => e.key.kind !== 'str' || knownText(e.key) === undefined);
}

/**
 * kombu hands `sentinel_kwargs` to redis-py as is (None when absent: redis-py then copies only
 * the `socket_*` options); Celery's backend defaults it to `{}`. Either way a password reaches the
 * Sentinels only from `sentinel_kwargs['password']`.
 */
function celerySentinelPassword(config: CeleryConfig, options: Options, url: ClientUrl): ClientPassword {
  if (options.unreadable) return UNKNOWN;
  if (!options.dict) return config.complete ? { kind: 'none', at: url.at } : UNKNOWN;
  if (hasUnknownKeys(options.dict)) return UNKNOWN;
  const kwargs = lookupKey(options.dict, 'sentinel_kwargs');
  if (!kwargs) return config.complete ? { kind: 'none', at: options.at! } : UNKNOWN;
  return passwordIn(kwargs.value, kwargs.key.span);
}

/** `{'password': …}` as redis-py reads a connection's options: a falsy password sends no AUTH. */
function passwordIn(value: PyValue, at: Span): ClientPassword {
  if (value.kind === 'none') return { kind: 'none', at };
  if (value.kind !== 'dict' || hasUnknownKeys(value)) return UNKNOWN;
  if (lookupKey(value, 'credential_provider')) return UNKNOWN;
  const password = lookupKey(value, 'password');
  if (!password) return { kind: 'none', at };
  const username = lookupKey(value, 'username');
  const user = username ? knownText(username.value) : undefined;
  if (username && user === undefined && username.value.kind !== 'none') return UNKNOWN;
  return passwordValue(password.value, password.key.span, user || undefined);
}

function passwordValue(value: PyValue, at: Span, user?: string): ClientPassword {
  if (value.kind === 'none') return { kind: 'none', at };
  if (value.kind !== 'str') return UNKNOWN;
  const text = knownText(value);
  if (text === '') return { kind: 'none', at };
  // One known character makes it non-empty, whatever the unknown ones hold.
  if (text === undefined && !value.text.holes.some((h) => h === undefined)) return UNKNOWN;
  return { kind: 'set', at, ...(value.secret && text !== undefined ? { secret: value.secret } : {}), ...(user ? { user } : {}) };
}

/**
 * What reaches the master: the first chunk's user and password (kombu `_connparams`, Celery
 * `_params_from_url`), else `broker_password` / `redis_password`. A credential provider replaces
 * both. A `password` transport option is ignored by kombu, but `unknown-transport-option` says
 * so: it counts as unknown here.
 */
function celeryMasterPassword(config: CeleryConfig, options: Options, url: ClientUrl, view: ClientView, backend: boolean): ClientPassword {
  const first = url.parsed.chunks[0];
  if (!first) return UNKNOWN;
  const queryNames = first.query.map((q) => (q.name.known ? q.name.value : undefined));
  if (queryNames.some((n) => n === undefined || n === 'credential_provider' || n === 'password')) return UNKNOWN;
  const credentialSettings = backend ? ['redis_password', 'redis_backend_credential_provider', 'redis_username'] : ['broker_password', 'broker_user'];
  if (credentialSettings.some((key) => config.settings.has(key))) return UNKNOWN;
  if (options.dict && lookupKey(options.dict, 'credential_provider')) return UNKNOWN;
  const user = view.user;
  if (user && !user.known) return UNKNOWN;
  const userName = user?.known ? user.value || undefined : undefined;
  // Where `:<password>@` goes: right after the first chunk's `sentinel://`.
  const [start, end] = first.scheme.known ? first.scheme.range : [first.range[0], first.range[0] + 1];
  const none: ClientPassword = { kind: 'none', at: url.index.span(start, Math.max(start + 1, end)) };
  if (view.password) {
    const at = url.index.span(...view.password.range);
    if (!view.password.known) return { kind: 'set', at, ...(userName ? { user: userName } : {}) };
    if (view.password.secret.isEmpty) return userName ? UNKNOWN : none;
    return { kind: 'set', at, secret: view.password.secret, ...(userName ? { user: userName } : {}) };
  }
  if (userName) return UNKNOWN; // AUTH <user> "": an ACL question this rule set leaves alone
  if (options.unreadable || (options.dict && (hasUnknownKeys(options.dict) || lookupKey(options.dict, 'password')))) return UNKNOWN;
  return config.complete ? none : UNKNOWN;
}

// ---------------------------------------------------------------------------------------------
// redis-py

function redisPyClient(deployment: Deployment, client: RedisPyClient): SentinelClient {
  const reaches: Reach[] = [];
  const dials: SentinelClient['dials'] = [];
  let known = client.endpointsKnown;
  for (const endpoint of client.endpoints) {
    const host = knownText(endpoint.host.value);
    const port = portOf(endpoint.port);
    const reach: Reach = host === undefined || port === undefined ? { kind: 'unknown' } : reachAt(deployment, host, port, client.runsIn);
    if (reach.kind === 'unknown' && (host === undefined || port === undefined)) known = false;
    else reaches.push(reach);
    dials.push({ at: endpoint.at, reach });
  }
  const spread = client.sentinel.spread.length > 0;
  const sentinels = known ? sentinelsOf(reaches) : undefined;
  return {
    library: 'redis-py',
    describe: `the redis-py Sentinel in ${client.file}`,
    at: client.at,
    ...(sentinels ? { sentinels } : {}),
    dials,
    modules: [client.file],
    ...runningService(client.service, client.runsIn),
    masterTls: spread ? { kind: 'unknown' } : redisPyMasterTls(client),
    source: { kind: 'redis-py', client },
    sentinelPassword: spread ? UNKNOWN : client.sentinelKwargs ? passwordIn(client.sentinelKwargs.value, client.sentinelKwargs.value.span) : { kind: 'none', at: client.at },
    requests: client.masters.map((master) => {
      const name = master.name ? knownText(master.name.value) : undefined;
      return {
        name: name !== undefined ? { known: true, value: name, at: master.name!.value.span } : { known: false },
        ...(master.kind === 'master_for' ? { password: redisPyMasterPassword(client, master) } : {}),
      };
    }),
  };
}

/** redis-py 4.3 `SentinelConnectionPool`: `ssl` picks the SSL connection class unless one is given. */
function redisPyMasterTls(client: RedisPyClient): SentinelClient['masterTls'] {
  const masters = client.masters.filter((m) => m.kind === 'master_for');
  if (masters.length === 0 || masters.some((m) => m.call.spread.length > 0)) return { kind: 'unknown' };
  const verdicts = masters.map((master) => {
    const kwargs = [...client.kwargs, ...master.kwargs];
    if (kwargs.some((k) => k.name === 'connection_class' || k.name === 'connection_pool')) return undefined;
    const ssl = [...kwargs].reverse().find((k) => k.name === 'ssl');
    if (!ssl) return 'plain' as const;
    const value = ssl.value.value;
    if (value.kind === 'bool') return value.value ? ('tls' as const) : ('plain' as const);
    return value.kind === 'none' ? ('plain' as const) : undefined;
  });
  const first = verdicts[0];
  if (first === undefined || verdicts.some((v) => v !== first)) return { kind: 'unknown' };
  return { kind: first, at: masters[0]!.at, setting: 'ssl' };
}

function portOf(port: Resolved): number | undefined {
  const value = port.value;
  if (value.kind === 'number' && Number.isInteger(value.value)) return value.value;
  const text = knownText(value);
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** `master_for(**kwargs)` merges its keyword arguments over the Sentinel's connection kwargs. */
function redisPyMasterPassword(client: RedisPyClient, master: RedisPyClient['masters'][number]): ClientPassword {
  if (client.sentinel.spread.length > 0 || master.call.spread.length > 0) return UNKNOWN;
  const kwargs = [...client.kwargs, ...master.kwargs];
  if (kwargs.some((k) => k.name === 'credential_provider' || k.name === 'username' || k.name === 'connection_pool')) return UNKNOWN;
  if (master.password) return passwordValue(master.password.value, master.password.value.span);
  const fromSentinel = client.kwargs.find((k) => k.name === 'password');
  if (fromSentinel) return passwordValue(fromSentinel.value.value, fromSentinel.value.value.span);
  return { kind: 'none', at: master.at };
}

// ---------------------------------------------------------------------------------------------
// what the client meets

/** How one node answers a client that sends `AUTH <password>` (one argument) or nothing. */
export interface NodeLogin {
  node: ConfNode;
  /** The line that decides it, and words for a `related` message. */
  at: Span;
  why: string;
  /** The passwords it accepts, when it requires one. */
  secrets?: Secret[];
}

/**
 * What every one of `nodes` asks of a client with no user name: `none` when none has a password
 * for the default user, `password` when each has one, undefined when they differ or one of them
 * cannot be read (an ACL file, an include not read, a line compose fills in at run time).
 */
export function commonLogin(nodes: readonly ConfNode[]): { kind: 'none' | 'password'; nodes: NodeLogin[] } | undefined {
  const out: NodeLogin[] = [];
  let kind: 'none' | 'password' | undefined;
  for (const node of nodes) {
    if (accessUnknown(node)) return undefined;
    const auth = defaultUserAuth(node);
    if (auth.kind !== 'none' && auth.kind !== 'password') return undefined;
    if (kind && kind !== auth.kind) return undefined;
    kind = auth.kind;
    out.push({ node, at: auth.at, why: auth.why, ...(auth.kind === 'password' ? { secrets: auth.secrets } : {}) });
  }
  return kind && { kind, nodes: out };
}

/**
 * The master groups the client's Sentinels know as `name`: each Sentinel answers for the groups
 * it monitors under that name (case-sensitive, as `SENTINEL get-master-addr-by-name` looks it up).
 */
export function groupsAsked(deployment: Deployment, sentinels: readonly Sentinel[], name: string): MasterGroup[] {
  const groups: MasterGroup[] = [];
  for (const sentinel of sentinels) {
    for (const group of groupsMonitoredAs(deployment, sentinel, name)) if (!groups.includes(group)) groups.push(group);
  }
  return groups;
}

/** The masters a request can be handed, when every group it may get has a known master. */
export function mastersAsked(deployment: Deployment, sentinels: readonly Sentinel[], name: string): Server[] | undefined {
  const groups = groupsAsked(deployment, sentinels, name);
  if (groups.length === 0 || groups.some((g) => !g.master)) return undefined;
  return [...new Set(groups.map((g) => g.master!))];
}

/** One master a Sentinel client asks for by name, with the data nodes its Sentinels may hand out. */
export interface AskedMaster {
  client: SentinelClient & { sentinels: Sentinel[] };
  request: MasterRequest & { name: { known: true; value: string; at: Span } };
  /** Every master the request can be handed (more than one when its Sentinels monitor different groups under the name). */
  masters: Server[];
}

/**
 * Every request of every Sentinel client whose Sentinels, master name and masters are all known:
 * what the client-to-master rules compare. Requests the linter cannot follow are left out.
 */
export function* askedMasters(deployment: Deployment): Generator<AskedMaster> {
  for (const client of sentinelClients(deployment)) {
    if (!client.sentinels) continue;
    for (const request of client.requests) {
      if (!request.name.known) continue;
      const masters = mastersAsked(deployment, client.sentinels, request.name.value);
      if (!masters) continue;
      yield { client: client as AskedMaster['client'], request: request as AskedMaster['request'], masters };
    }
  }
}

/**
 * Each place once: a `.env` and the code's defaults often build the same client twice, and a
 * finding at the same span says the same thing (the `.env` one, listed first, is kept).
 */
export function oncePerPlace<T extends { at: Span }>(findings: Iterable<T>): T[] {
  const seen = new Set<string>();
  return [...findings].filter((f) => {
    const key = spanKey(f.at);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}
