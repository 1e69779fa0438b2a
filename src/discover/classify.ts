import type { FileKind } from '../model/source-file.js';

/** Base names that say what a file is when its content cannot (empty, all comments, unreadable). */
const SENTINEL_NAME = /sentinel[^/]*\.conf$/i;
const REDIS_NAME = /(redis|valkey)[^/]*\.conf$/i;

/**
 * Compose files by name: `compose.yaml`, `docker-compose.yml`, `docker-compose.prod.yml`,
 * `compose.override.yaml`, `docker-compose-dev.yml`, also behind a prefix (`redis-compose.yml`).
 */
const COMPOSE_NAME = /(^|[_.-])(docker-)?compose([.-][\w.-]*)?\.ya?ml$/i;

export function isComposeName(baseName: string): boolean {
  return COMPOSE_NAME.test(baseName);
}

/** `.env`, `.env.production`, `redis.env`: what compose, python-dotenv and `source` read. */
export function isEnvName(baseName: string): boolean {
  return /^\.env(\.[\w.-]+)?$/i.test(baseName) || /^[\w.-]+\.env$/i.test(baseName);
}

export function isPythonName(baseName: string): boolean {
  return /\.py$/i.test(baseName);
}

export function isYamlName(baseName: string): boolean {
  return /\.ya?ml$/i.test(baseName);
}

/** Files whose content is sniffed. Everything else is not read at all. */
export function isCandidate(baseName: string): boolean {
  return /\.conf$/i.test(baseName) || isYamlName(baseName) || isComposeName(baseName) || isEnvName(baseName) || isPythonName(baseName);
}

/**
 * A Python module matters when it can configure a Redis client: it names Celery, kombu or
 * redis-py, or a broker setting. Other modules are not parsed at all.
 */
export function looksLikeClientPython(text: string): boolean {
  // A manage.py that names the settings module and a Flask factory that loads its config decide
  // which settings a Celery app reads, without saying "celery" themselves.
  return /\b(celery|kombu|redis|broker_url|result_backend)\b|\bCELERY_|\bBROKER_URL\b|\bDJANGO_SETTINGS_MODULE\b|\.config\.from_object\b/i.test(text);
}

/**
 * A YAML file with another name is a compose file when its content says so: a top-level
 * `services:` map whose entries have an `image:` or `build:`, and no top-level key of the YAML
 * formats that also have services (a GitHub workflow's `jobs:`, a Kubernetes `apiVersion:`).
 * Only files that mention Redis or Valkey are claimed on their own: the others have nothing to
 * check, unless a compose file that is claimed names them (discover: `extends`, `include`).
 */
export function looksLikeCompose(text: string): boolean {
  return hasComposeShape(text) && /redis|valkey/i.test(text);
}

/** The shape of a compose file, whatever it runs. */
export function hasComposeShape(text: string): boolean {
  if (!/^services:[ \t]*(#.*)?\r?$/m.test(text)) return false;
  if (/^(jobs|apiVersion|kind|on|steps|stages|pipeline|tasks|hosts):/m.test(text)) return false;
  return /^[ \t]+(image|build):/m.test(text);
}

/** The kind a file's name suggests, for files whose content cannot decide (DESIGN.md "discover"). */
export function kindByName(baseName: string): FileKind | undefined {
  if (SENTINEL_NAME.test(baseName)) return 'sentinel-conf';
  if (REDIS_NAME.test(baseName)) return 'redis-conf';
  return undefined;
}

/**
 * Content first: a `.conf` with a `sentinel monitor` line is a Sentinel config whatever its name;
 * one made of Redis directives is a server config; the base name only breaks ties (an empty or
 * all-comment file). nginx.conf, supervisord.conf and friends are not Redis files: unclaimed.
 */
export function classifyConf(baseName: string, text: string, isDirective: (word: string) => boolean): FileKind | undefined {
  let code = 0;
  let directives = 0;
  let sentinelLines = 0;
  // Line by line without splitting the text: most lines of a redis.conf are comments, skipped
  // by their first character before any string is cut (trim keeps the `#` first).
  for (let start = 0, lines = 0; start <= text.length && lines < 5000; lines++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const lineStart = start;
    start = newline === -1 ? text.length + 1 : newline + 1;
    if (text.charCodeAt(lineStart) === 0x23) continue;
    const line = text.slice(lineStart, end).trim();
    if (line === '' || line.startsWith('#')) continue;
    code++;
    const first = /^\S+/.exec(line)![0].toLowerCase().replace(/^\uFEFF/, '');
    if (first === 'sentinel') {
      if (/^\S+\s+monitor\s/i.test(line)) return 'sentinel-conf';
      sentinelLines++;
    }
    if (first === 'sentinel' || isDirective(first)) directives++;
  }
  if (code === 0) return kindByName(baseName);
  // Most lines must be Redis directives: a single `port` line does not make nginx.conf a Redis file.
  if (directives / code < 0.6) return undefined;
  // `sentinel` lines without a monitor are a Sentinel config only when the name says so too:
  // redis-server refuses them in a server config, and that is worth saying.
  return sentinelLines > 0 && kindByName(baseName) === 'sentinel-conf' ? 'sentinel-conf' : 'redis-conf';
}
