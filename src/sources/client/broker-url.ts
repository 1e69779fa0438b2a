import { Secret } from '../../model/secret.js';
import type { LineIndex } from '../../model/span.js';
import { fromAt, holeIn, sourceRange, toAt, type MappedText } from '../compose/mapped-text.js';
import { PyText, pyFloat, pyInt } from './urlparse-text.js';
import { urlToParts, type Field, type PyError } from './py-url.js';

/**
 * A Celery `broker_url` / `result_backend` read the two ways that matter (RULES.md §1.8):
 *
 * - **kombu** (`Connection.__init__`, kombu/connection.py): a URL holding `;` is split into `alt`
 *   and only `alt[0]` is parsed for transport, user, password, port, db and options. The
 *   Sentinel transport (`SentinelChannel._sentinel_managed_pool`, kombu/transport/redis.py) asks
 *   only the entries whose own scheme is `sentinel`; the others are dropped without a word.
 * - **Celery's result backend** (`SentinelBackend._params_from_url`, celery/backends/redis.py)
 *   splits on `;` and parses *every* chunk as a URL with defaults `localhost:6379`, so
 *   `localhost:26380` becomes host `380` port 6379 and a trailing `;` adds `localhost:6379`; the
 *   db, password and user come from the first chunk.
 *
 * Offsets are file offsets (from the MappedText). Characters of a hole make the fields they fall
 * in unknown; the URL's structure is read as if holes held no delimiter (`assumesHoles`).
 */
export type Range = [number, number];
export type UrlValue<T> =
  | { known: true; value: T; range: Range; /** The library's default: nothing in the URL says it. */ defaulted?: true }
  | { known: false; why: string; range: Range };
export type UrlSecret = { known: true; secret: Secret; range: Range } | { known: false; why: string; range: Range };

export interface QueryOption {
  name: UrlValue<string>;
  /** A secret when the name says so (`password`, `token`, …). */
  value: UrlValue<string> | UrlSecret;
  range: Range;
}

/** One `;`-separated part of the URL, as `url_to_parts` reads it. */
export interface UrlChunk {
  index: number;
  /** The chunk as written, without the `;` around it. */
  range: Range;
  /** Lower-cased scheme; '' when there is none. A chunk without `sentinel://` has the host as its scheme. */
  scheme: UrlValue<string>;
  /** Written as `<scheme>://` (what url_to_parts assumes when it cuts `len(scheme) + 3`). */
  schemeWritten: boolean;
  host?: UrlValue<string>;
  port?: UrlValue<number>;
  user?: UrlValue<string>;
  password?: UrlSecret;
  /** The path without its first `/`, decoded: what kombu calls the virtual host and Redis the db. */
  path?: UrlValue<string>;
  query: QueryOption[];
  /** What Python raises while parsing this chunk. */
  error?: LibraryError;
}

export interface LibraryError {
  type: PyError['type'];
  /** Python's words; `{}` stands where it quotes the text at `quoted` (never printed: it may hold a password). */
  message: string;
  quoted?: Range;
  chunk: number;
  /** `configure`: raised while the app/connection object is built; `connect`: on first use. */
  when: 'configure' | 'connect';
}

/** An address a client dials. */
export interface Endpoint {
  chunk: number;
  /** null: Python's None (redis-py then connects to the local machine). */
  host: UrlValue<string | null>;
  port: UrlValue<number>;
  /** A Unix socket path instead of host and port (`socket://`, `redis+socket://`). */
  socket?: UrlValue<string>;
}

export interface ClientView {
  /** kombu: the transport (`sentinel`, `redis`, `rediss`, …); Celery: the backend alias. */
  name: UrlValue<string>;
  /** Sentinel: the sentinels asked, in order. Redis: the server, then kombu's failover alternates. */
  endpoints: Endpoint[];
  /** Chunks the client never dials. */
  ignoredChunks: number[];
  /** The db it SELECTs, from the first chunk. */
  db: UrlValue<number>;
  user?: UrlValue<string>;
  password?: UrlSecret;
  /** `ssl_cert_reqs` as given; absent when not given. */
  sslCertReqs?: UrlValue<string>;
  /** `rediss://` with no `ssl_cert_reqs`: kombu falls back to CERT_NONE with a warning. */
  insecureTlsDefault?: true;
  errors: LibraryError[];
}

export type UrlProblemKind =
  | 'missing-scheme'
  | 'comma-separator'
  | 'trailing-separator'
  | 'empty-chunk'
  | 'space-in-url'
  | 'options-not-first'
  | 'library-error';

export interface UrlProblem {
  kind: UrlProblemKind;
  range: Range;
  /** Words for a message; never quotes the URL. */
  detail: string;
  chunk?: number;
}

export interface BrokerUrl {
  /** The scheme of the whole URL (of its first chunk), lower-cased. */
  scheme: UrlValue<string>;
  range: Range;
  chunks: UrlChunk[];
  /** Unknown characters exist and were read as if they held no `;/?#@:[]`. */
  assumesHoles: boolean;
  asKombuSees: ClientView;
  asCeleryBackendSees: ClientView;
  problems: UrlProblem[];
  /** Every password in the URL, for redaction. */
  secrets: Secret[];
}

/** The text (holes as HOLE_CHAR) each chunk and field was read from, for comparisons without rescanning. */
const written = new WeakMap<object, string>();

const SECRET_OPTION = /pass|secret|token|credential/i;
const CERT_REQS = new Set(['CERT_REQUIRED', 'CERT_OPTIONAL', 'CERT_NONE', 'required', 'optional', 'none']);
/** Keyword arguments of kombu's `Connection._init_params` a query option may fill (5.6). */
const KOMBU_INIT_PARAMS = new Set(['insist', 'ssl', 'connect_timeout', 'login_method', 'heartbeat', 'credential_provider']);
/** `parse_url` builds `dict(transport=…, hostname=…, port=…, userid=…, password=…, virtual_host=…, **query)`. */
const KOMBU_URL_KEYS = new Set(['transport', 'hostname', 'port', 'userid', 'password', 'virtual_host']);
const SSL_KEYS = ['ssl_ca_certs', 'ssl_certfile', 'ssl_keyfile', 'ssl_cert_reqs'];
/** redis-py `URL_QUERY_ARGUMENT_PARSERS` that take an int (Celery applies them to backend URLs). */
const INT_OPTIONS = new Set(['db', 'max_connections', 'health_check_interval']);
/** …and those that take a float. */
const FLOAT_OPTIONS = new Set(['socket_timeout', 'socket_connect_timeout']);

export function parseBrokerUrl(text: MappedText, index: LineIndex): BrokerUrl {
  const secrets: Secret[] = [];
  const whole = PyText.of(text);
  const range = sourceRange(text, 0, text.text.length);
  const chunks = whole.split(';').map((raw, i) => readChunk(text, index, raw, i, secrets));
  const first = chunks[0]!;
  const url: BrokerUrl = {
    scheme: first.scheme,
    range,
    chunks,
    assumesHoles: holeIn(text) !== undefined,
    asKombuSees: kombuView(text, whole, chunks),
    asCeleryBackendSees: celeryView(text, whole, chunks, index, secrets),
    problems: [],
    secrets,
  };
  url.problems = findProblems(url, text);
  return url;
}

// ---------------------------------------------------------------------------------------------
// chunks

function readChunk(source: MappedText, index: LineIndex, raw: PyText, i: number, secrets: Secret[]): UrlChunk {
  const parts = urlToParts(source, raw);
  const range = rangeOf(source, raw);
  const chunk: UrlChunk = {
    index: i,
    range,
    scheme: value(source, parts.scheme, parts.schemeName, range),
    schemeWritten: parts.schemeSeparator,
    query: [],
  };
  written.set(chunk, raw.text);
  // A hole before the first `:` may hold the scheme itself (`${CELERY_BROKER_URL}`).
  const colon = raw.indexOf(':');
  const head = raw.slice(0, colon === -1 ? raw.length : colon);
  const headHole = holeOf(source, head);
  if (headHole && parts.scheme.length === 0) chunk.scheme = { known: false, why: headHole, range: rangeOf(source, head) };
  if (parts.host) chunk.host = fieldValue(source, parts.host);
  if (parts.portText) {
    const portRange = rangeOf(source, parts.portText);
    const hole = holeOf(source, parts.portText);
    if (hole) chunk.port = { known: false, why: hole, range: portRange };
    else if (parts.port !== undefined) chunk.port = { known: true, value: parts.port, range: portRange };
  }
  if (parts.user) chunk.user = fieldValue(source, parts.user);
  if (parts.password) chunk.password = secretValue(source, index, parts.password, secrets);
  if (parts.path) chunk.path = fieldValue(source, parts.path);
  for (const option of parts.query) {
    const name = fieldValue(source, option.name);
    const isSecret = name.known && SECRET_OPTION.test(name.value);
    chunk.query.push({
      name,
      value: isSecret ? secretValue(source, index, option.value, secrets) : fieldValue(source, option.value),
      range: rangeOf(source, option.raw),
    });
  }
  if (parts.error) chunk.error = libraryError(source, parts.error, i, 'configure');
  return chunk;
}

function rangeOf(source: MappedText, raw: PyText): Range {
  if (raw.at.length === 0) return sourceRange(source, raw.pos, raw.pos);
  let from = Infinity;
  let to = -Infinity;
  for (const i of raw.at) {
    from = Math.min(from, fromAt(source, i));
    to = Math.max(to, toAt(source, i));
  }
  return [from, to];
}

function holeOf(source: MappedText, raw: PyText): string | undefined {
  for (const i of raw.at) if (source.holes[i]) return source.holes[i]!.why;
  return undefined;
}

function value(source: MappedText, raw: PyText, text: string, fallback: Range): UrlValue<string> {
  const range = raw.length > 0 ? rangeOf(source, raw) : fallback;
  const hole = holeOf(source, raw);
  return hole ? { known: false, why: hole, range } : { known: true, value: text, range };
}

function fieldValue(source: MappedText, field: Field): UrlValue<string> {
  const range = rangeOf(source, field.raw);
  const hole = holeOf(source, field.raw);
  const out: UrlValue<string> = hole ? { known: false, why: hole, range } : { known: true, value: field.value.text, range };
  written.set(out, field.raw.text);
  return out;
}

function secretValue(source: MappedText, index: LineIndex, field: Field, secrets: Secret[]): UrlSecret {
  const range = rangeOf(source, field.raw);
  const hole = holeOf(source, field.raw);
  const secret = hole ? undefined : new Secret(field.value.text, index.span(...range));
  if (secret) secrets.push(secret);
  const out: UrlSecret = secret ? { known: true, secret, range } : { known: false, why: hole!, range };
  written.set(out, field.raw.text);
  return out;
}

function libraryError(source: MappedText, error: PyError, chunk: number, when: LibraryError['when']): LibraryError {
  const out: LibraryError = { type: error.type, message: error.message, chunk, when };
  if (error.quoted) out.quoted = rangeOf(source, error.quoted);
  return out;
}

function lastOption(chunk: UrlChunk, name: string): QueryOption | undefined {
  let found: QueryOption | undefined;
  for (const option of chunk.query) if (option.name.known && option.name.value === name) found = option;
  return found;
}

/** The distinct option names in dict order (first appearance), each with its last value. */
function optionDict(chunk: UrlChunk): QueryOption[] {
  const names: string[] = [];
  for (const option of chunk.query) if (option.name.known && !names.includes(option.name.value)) names.push(option.name.value);
  return names.map((name) => lastOption(chunk, name)!);
}

function unknownOf(chunk: UrlChunk): string | undefined {
  return chunk.scheme.known ? undefined : chunk.scheme.why;
}

// ---------------------------------------------------------------------------------------------
// kombu

function kombuView(source: MappedText, whole: PyText, chunks: UrlChunk[]): ClientView {
  const first = chunks[0]!;
  const errors: LibraryError[] = [];
  const view: ClientView = { name: first.scheme, endpoints: [], ignoredChunks: [], db: defaultDb(first, 0), errors };
  const hostname = whole.split(';')[0]!;
  const sep = hostname.indexOf('://');
  const why = unknownOf(first) ?? (sep === -1 ? holeOf(source, hostname) : undefined);
  if (why) {
    view.name = { known: false, why, range: first.range };
    return view;
  }
  if (sep === -1) {
    // A bare host name: the transport comes from elsewhere (default amqp).
    view.name = { known: true, value: 'amqp', range: first.range, defaulted: true };
    return view;
  }
  const prefix = hostname.slice(0, sep);
  const plus = prefix.indexOf('+');
  if (plus !== -1) {
    // `redis+socket:///path`: the part after `+` is handed to the channel unparsed.
    const transport = prefix.slice(0, plus);
    view.name = value(source, transport, transport.text, first.range);
    const inner = urlToParts(source, hostname.slice(plus + 1));
    if (inner.schemeName === 'socket' && inner.path) {
      const path = fieldValue(source, inner.path);
      view.endpoints.push({ chunk: 0, host: defaultValue(null, first.range), port: defaultValue(0, first.range), socket: path.known ? { ...path, value: `/${path.value}` } : path });
    }
    return view;
  }
  const transport = first.scheme.known ? first.scheme.value : '';
  if (!['redis', 'rediss', 'sentinel'].includes(transport)) return view;

  // parse_url on alt[0]: `ssl_*` options go into `ssl` (a bad ssl_cert_reqs is a KeyError), then
  // dict() refuses a repeated keyword and _init_params an unknown one — in that order.
  const sslErrors: LibraryError[] = [];
  const duplicateErrors: LibraryError[] = [];
  const unknownErrors: LibraryError[] = [];
  for (const option of optionDict(first)) {
    if (!option.name.known) continue;
    const name = option.name.value;
    if (name === 'ssl_cert_reqs') {
      view.sslCertReqs = option.value as UrlValue<string>;
      if (option.value.known && 'value' in option.value && !CERT_REQS.has(option.value.value)) {
        sslErrors.push({ type: 'KeyError', message: '{}', quoted: option.value.range, chunk: 0, when: 'configure' });
      }
    } else if (name.startsWith('ssl_')) {
      continue;
    } else if (KOMBU_URL_KEYS.has(name)) {
      duplicateErrors.push({ type: 'TypeError', message: `dict() got multiple values for keyword argument '${name}'`, chunk: 0, when: 'configure' });
    } else if (!KOMBU_INIT_PARAMS.has(name)) {
      unknownErrors.push({ type: 'TypeError', message: `Connection._init_params() got an unexpected keyword argument '${name}'`, chunk: 0, when: 'configure' });
    }
  }
  const raised = [...sslErrors, ...duplicateErrors, ...unknownErrors][0];
  if (raised) errors.push(raised);
  if (first.error) {
    view.errors = [first.error];
    return view; // Connection() raised: nothing else is read
  }
  if (transport === 'rediss' && !view.sslCertReqs) view.insecureTlsDefault = true;
  if (first.user) view.user = first.user;
  if (first.password) view.password = first.password;
  view.db = kombuDb(first);
  if (!view.db.known && view.db.why === 'not an int') {
    errors.push({ type: 'ValueError', message: 'Database is int between 0 and limit - 1, not {}', quoted: view.db.range, chunk: 0, when: 'connect' });
    view.db = { known: false, why: 'kombu cannot read the db', range: view.db.range };
  }

  const defaultPort = transport === 'sentinel' ? 26379 : 6379;
  if (transport === 'sentinel') {
    if (chunks.length > 1) {
      for (const chunk of chunks) {
        if (!chunk.scheme.known) {
          view.endpoints.push(unknownEndpoint(chunk));
        } else if (chunk.scheme.value === 'sentinel') {
          if (chunk.index > 0 && chunk.error) errors.push({ ...chunk.error, when: 'connect' });
          view.endpoints.push(endpoint(chunk, null, defaultPort));
        } else view.ignoredChunks.push(chunk.index);
      }
    }
    // "Fallback for when only one sentinel is provided": the first URL's host and port.
    if (view.endpoints.length === 0) view.endpoints.push(endpoint(first, '127.0.0.1', defaultPort));
    view.errors = errors.slice(0, 1);
    return view;
  }
  view.endpoints.push(endpoint(first, '127.0.0.1', defaultPort));
  for (const chunk of chunks.slice(1)) {
    // Failover alternates: `Connection.switch` parses a URL, or takes the text as a host name.
    if (chunk.schemeWritten) view.endpoints.push(endpoint(chunk, '127.0.0.1', defaultPort));
    else view.endpoints.push({ chunk: chunk.index, host: { known: true, value: textOf(source, chunk), range: chunk.range }, port: defaultValue(defaultPort, chunk.range) });
  }
  view.errors = errors.slice(0, 1);
  return view;
}

function textOf(_source: MappedText, chunk: UrlChunk): string {
  return written.get(chunk) ?? '';
}

function defaultValue<T>(value: T, range: Range): UrlValue<T> {
  return { known: true, value, range: [range[0], range[0]], defaulted: true };
}

function unknownEndpoint(chunk: UrlChunk): Endpoint {
  const why = unknownOf(chunk) ?? 'unknown';
  return { chunk: chunk.index, host: { known: false, why, range: chunk.range }, port: { known: false, why, range: chunk.range } };
}

/** kombu: `url.port or default_port`; the host as parsed (None stays None), or the channel's default. */
function endpoint(chunk: UrlChunk, defaultHost: string | null, defaultPort: number): Endpoint {
  const host = chunk.host ?? defaultValue<string | null>(defaultHost, chunk.range);
  const port = chunk.port && (!chunk.port.known || chunk.port.value !== 0) ? chunk.port : defaultValue(defaultPort, chunk.port?.range ?? chunk.range);
  return { chunk: chunk.index, host, port };
}

function defaultDb(chunk: UrlChunk, db: number): UrlValue<number> {
  return defaultValue(db, chunk.range);
}

/** `_prepare_virtual_host`: `virtual_host or '/'`; '/' is 0, one more leading `/` dropped, then int(). */
function kombuDb(chunk: UrlChunk): UrlValue<number> {
  const path = chunk.path;
  if (!path) return defaultDb(chunk, 0);
  if (!path.known) return path;
  if (path.value === '/') return { known: true, value: 0, range: path.range };
  const text = path.value.startsWith('/') ? path.value.slice(1) : path.value;
  const db = pyInt(text);
  if (db.ok) return { known: true, value: db.value, range: path.range };
  return { known: false, why: db.unknown ? 'a db written with non-ASCII digits' : 'not an int', range: path.range };
}

// ---------------------------------------------------------------------------------------------
// Celery result backend

function celeryView(source: MappedText, whole: PyText, chunks: UrlChunk[], index: LineIndex, secrets: Secret[]): ClientView {
  const first = chunks[0]!;
  const errors: LibraryError[] = [];
  const view: ClientView = { name: first.scheme, endpoints: [], ignoredChunks: [], db: defaultDb(first, 0), errors };
  // by_url: the alias is the text before `://`, as written (case matters); `a+b://` selects `a`.
  const sep = whole.indexOf('://');
  if (sep === -1) {
    view.name = value(source, whole, whole.text, first.range);
    return view;
  }
  let alias = whole.slice(0, sep);
  let url = whole;
  const plus = alias.indexOf('+');
  if (plus !== -1) {
    url = whole.slice(plus + 1);
    alias = alias.slice(0, plus);
  }
  view.name = value(source, alias, alias.text, first.range);
  if (!view.name.known) return view;
  const name = alias.text;
  let parsed: UrlChunk[];
  if (name === 'redis' || name === 'rediss') {
    parsed = [plus === -1 && chunks.length === 1 ? first : readChunk(source, index, url, 0, secrets)];
  } else if (name === 'sentinel') {
    parsed = plus === -1 ? chunks : url.split(';').map((raw, i) => readChunk(source, index, raw, i, secrets));
  } else return view;

  parsed.forEach((chunk) => {
    const connparams = backendParams(chunk, errors);
    view.endpoints.push(connparams.endpoint);
    if (chunk.index === 0) {
      view.db = connparams.db;
      if (connparams.user) view.user = connparams.user;
      if (connparams.password) view.password = connparams.password;
      const certReqs = lastOption(chunk, 'ssl_cert_reqs');
      if (certReqs) view.sslCertReqs = certReqs.value as UrlValue<string>;
    }
  });
  // `__init__` then checks ssl_cert_reqs of a rediss:// URL (the Sentinel backend's top level has no SSL class).
  if (name === 'rediss' && errors.length === 0) {
    const certReqs = lastOption(parsed[0]!, 'ssl_cert_reqs');
    if (!certReqs || (certReqs.value.known && 'value' in certReqs.value && !CERT_REQS.has(certReqs.value.value))) {
      errors.push({
        type: 'ValueError',
        message: 'A rediss:// URL must have parameter ssl_cert_reqs and this must be set to CERT_REQUIRED, CERT_OPTIONAL, or CERT_NONE (unless redis_backend_use_ssl sets it)',
        chunk: 0,
        when: 'configure',
      });
    }
  }
  view.errors = errors.slice(0, 1); // Python stops at the first
  return view;
}

/** `RedisBackend._params_from_url` for one chunk, defaults `localhost:6379`, db 0. */
function backendParams(chunk: UrlChunk, errors: LibraryError[]): { endpoint: Endpoint; db: UrlValue<number>; user?: UrlValue<string>; password?: UrlSecret } {
  const why = unknownOf(chunk);
  if (why) return { endpoint: unknownEndpoint(chunk), db: { known: false, why, range: chunk.range } };
  if (chunk.error) errors.push(chunk.error);
  const scheme = chunk.scheme.known ? chunk.scheme.value : '';
  const host = chunk.host ?? defaultValue<string | null>('localhost', chunk.range);
  const port = chunk.port ?? defaultValue(6379, chunk.range);
  const endpoint: Endpoint = { chunk: chunk.index, host, port };
  const names = optionDict(chunk);
  const has = (key: string) => names.some((option) => option.name.known && option.name.value === key);
  if (scheme === 'socket') {
    if (!chunk.path) errors.push({ type: 'TypeError', message: 'can only concatenate str (not "NoneType") to str', chunk: chunk.index, when: 'configure' });
    else endpoint.socket = chunk.path.known ? { ...chunk.path, value: `/${chunk.path.value}` } : chunk.path;
  }
  if (scheme === 'redis' && SSL_KEYS.some(has)) {
    errors.push({
      type: 'ValueError',
      message: 'SSL connection parameters have been provided but the specified URL scheme is redis://. A Redis SSL connection URL should use the scheme rediss://.',
      chunk: chunk.index,
      when: 'configure',
    });
  }
  // The db: `?virtual_host=` for socket URLs, else the path; `strip('/')`, `or 0`, int().
  let db: UrlValue<number> = defaultDb(chunk, 0);
  const dbText = scheme === 'socket' ? lastOption(chunk, 'virtual_host')?.value : chunk.path;
  if (dbText && !dbText.known) db = dbText;
  else if (dbText && 'value' in dbText) {
    const stripped = dbText.value.replace(/^\/+|\/+$/g, '');
    const parsed = stripped === '' ? { ok: true as const, value: 0 } : pyInt(stripped);
    if (parsed.ok) db = { known: true, value: parsed.value, range: dbText.range };
    else {
      db = { known: false, why: 'Celery cannot read the db', range: dbText.range };
      errors.push({ type: 'ValueError', message: "invalid literal for int() with base 10: {}", quoted: dbText.range, chunk: chunk.index, when: 'configure' });
    }
  }
  // Query options override everything (redis-py's parsers first).
  for (const option of names) {
    if (!option.name.known || !option.value.known || !('value' in option.value)) continue;
    if (INT_OPTIONS.has(option.name.value)) {
      const parsed = pyInt(option.value.value);
      if (!parsed.ok) errors.push({ type: 'ValueError', message: "invalid literal for int() with base 10: {}", quoted: option.value.range, chunk: chunk.index, when: 'configure' });
      else if (option.name.value === 'db') db = { known: true, value: parsed.value, range: option.value.range };
    }
    if (FLOAT_OPTIONS.has(option.name.value) && !pyFloat(option.value.value).ok) {
      errors.push({ type: 'ValueError', message: 'could not convert string to float: {}', quoted: option.value.range, chunk: chunk.index, when: 'configure' });
    }
    if (option.name.value === 'host') endpoint.host = option.value;
  }
  const out: { endpoint: Endpoint; db: UrlValue<number>; user?: UrlValue<string>; password?: UrlSecret } = { endpoint, db };
  if (chunk.user) out.user = chunk.user;
  const password = lastOption(chunk, 'password')?.value ?? chunk.password;
  if (password) out.password = password as UrlSecret;
  return out;
}

// ---------------------------------------------------------------------------------------------
// problems

function findProblems(url: BrokerUrl, source: MappedText): UrlProblem[] {
  const problems: UrlProblem[] = [];
  const { chunks } = url;
  const sentinel = url.scheme.known && url.scheme.value === 'sentinel';
  const celery = url.asCeleryBackendSees;
  const hasHoles = url.assumesHoles;
  const backendByChunk = new Map(celery.endpoints.map((e) => [e.chunk, e]));
  for (const chunk of chunks) {
    const text = textOf(source, chunk);
    const backendEndpoint = backendByChunk.get(chunk.index);
    const dials = backendEndpoint ? ` the Celery result backend dials ${describe(backendEndpoint)}` : '';
    if (chunks.length > 1 && text.length === 0) {
      const last = chunk.index === chunks.length - 1;
      problems.push({
        kind: last ? 'trailing-separator' : 'empty-chunk',
        range: chunk.range,
        chunk: chunk.index,
        detail: `${last ? 'the URL ends with `;`' : 'two `;` in a row'}: kombu ignores the empty entry;${dials || ' the Celery result backend dials localhost:6379'}`,
      });
      continue;
    }
    if (sentinel && chunk.index > 0 && chunk.scheme.known && chunk.scheme.value !== 'sentinel') {
      problems.push({
        kind: 'missing-scheme',
        range: chunk.range,
        chunk: chunk.index,
        detail: `this address lacks \`sentinel://\`: kombu never asks it;${dials}`,
      });
    }
    if (/^[\s\x00-\x1f]/.test(text) && !hasHoles) {
      problems.push({
        kind: 'space-in-url',
        range: chunk.range,
        chunk: chunk.index,
        detail: 'the address starts with white space: kombu cuts the scheme at the wrong place and loses the host',
      });
    }
    const comma = text.indexOf(',');
    if (comma !== -1 && (chunk.error || /,\s*[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text))) {
      const at = chunk.range[0] + comma;
      problems.push({
        kind: 'comma-separator',
        range: [at, at + 1],
        chunk: chunk.index,
        detail: 'addresses are separated by `,`; kombu and Celery split on `;` only (`ValueError` while parsing)',
      });
    }
  }
  if (sentinel) {
    const first = chunks[0]!;
    for (const chunk of chunks.slice(1)) {
      const parts: [string, { range: Range } | undefined, { range: Range } | undefined][] = [
        ['db', chunk.path, first.path],
        ['user', chunk.user, first.user],
        ['password', chunk.password, first.password],
        ['options', chunk.query[0], first.query[0]],
      ];
      for (const [what, here, there] of parts) {
        if (!here) continue;
        if (there && same(here, there, what)) continue;
        problems.push({
          kind: 'options-not-first',
          range: here.range,
          chunk: chunk.index,
          detail: `the ${what} of a later address is ignored: kombu and the Celery backend take it from the first address only${there ? ', where it differs' : ''}`,
        });
      }
    }
  }
  for (const [library, view] of [['kombu', url.asKombuSees], ['Celery result backend', celery]] as const) {
    for (const error of view.errors) {
      const range = error.quoted ?? chunks[error.chunk]?.range ?? url.range;
      problems.push({
        kind: 'library-error',
        range,
        chunk: error.chunk,
        detail: `${library} raises ${error.type}${error.when === 'connect' ? ' when it connects' : ''}: ${error.message.replace('{}', 'the text here')}`,
      });
    }
  }
  return problems;
}

function same(a: object, b: object, what: string): boolean {
  if (what === 'options') return false;
  return written.get(a) !== undefined && written.get(a) === written.get(b);
}

function describe(e: Endpoint): string {
  const host = e.host.known ? (e.host.value ?? 'the local machine') : 'an unknown host';
  const port = e.port.known ? String(e.port.value) : 'an unknown port';
  return `${host}:${port}`;
}
