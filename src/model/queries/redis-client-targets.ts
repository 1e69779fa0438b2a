import { oncePer } from '../../once-per.js';
import type { ClientUrl } from '../clients.js';
import type { Deployment } from '../deployment.js';
import { spanKey } from '../span.js';
import type { UrlProblemKind } from '../../sources/client/broker-url.js';
import { clientTargets, type ClientTarget } from './client-targets.js';

/** The schemes whose endpoints are Redis servers or Sentinels (kombu transports, Celery backend aliases). */
const REDIS_SCHEMES = new Set(['redis', 'rediss', 'sentinel']);

/**
 * URL mistakes that make the library dial addresses nobody wrote (`localhost:26380` read as host
 * `380`, a trailing `;` adding `localhost:6379`): their own rules report them (RULES.md §2.6), so
 * the endpoints of those chunks say nothing about the hosts and ports the user meant.
 */
const GARBLING: ReadonlySet<UrlProblemKind> = new Set(['missing-scheme', 'comma-separator', 'trailing-separator', 'empty-chunk', 'space-in-url']);

/**
 * Every address a Redis or Sentinel client dials, once per place it is written: the same `.env`
 * line is both the env-file URL and the Python setting it overrides. Only `redis://`, `rediss://`
 * and `sentinel://` URLs count; endpoints of garbled chunks are left out.
 *
 * A URL from a compose service's `environment:` is dialed from inside that container, so a
 * loopback address there means the container itself, not the host's published ports: such
 * endpoints, and those of services with a `network_mode`, become `unknown` (`clientTargets`
 * resolves every address as seen from no service).
 */
// Once per Deployment: two rules ask, and resolving every endpoint is not free.
export const redisClientTargets: (deployment: Deployment) => readonly ClientTarget[] = oncePer(allRedisClientTargets);

function allRedisClientTargets(deployment: Deployment): ClientTarget[] {
  const seen = new Set<string>();
  const out: ClientTarget[] = [];
  for (const url of deployment.clients.urls) {
    for (const target of redisTargetsOf(deployment, url)) {
      const key = `${url.role}\0${spanKey(target.at)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(target);
    }
  }
  return out;
}

/** The Redis or Sentinel addresses one URL dials (none for other schemes), garbled chunks left out. */
export function redisTargetsOf(deployment: Deployment, url: ClientUrl): ClientTarget[] {
  const scheme = schemeOf(url);
  if (scheme === undefined || !REDIS_SCHEMES.has(scheme)) return [];
  const garbled = new Set(url.parsed.problems.filter((p) => GARBLING.has(p.kind) && p.chunk !== undefined).map((p) => p.chunk!));
  return clientTargets(deployment, url)
    .filter((target) => !garbled.has(target.endpoint.chunk))
    .map((target) => (insideContainer(deployment, url) ? { ...target, reach: fromContainer(target) } : target));
}


/** The scheme the client speaks to this URL's endpoints: `sentinel` or a Redis server scheme. */
export function schemeOf(url: ClientUrl): string | undefined {
  const view = url.role === 'backend' ? url.parsed.asCeleryBackendSees : url.parsed.asKombuSees;
  return view.name.known ? view.name.value.toLowerCase() : undefined;
}

function insideContainer(deployment: Deployment, url: ClientUrl): boolean {
  return url.origin === 'compose' && deployment.compose.length === 1;
}

function fromContainer(target: ClientTarget): ClientTarget['reach'] {
  const reach = target.reach;
  if (reach.kind === 'node' && reach.via === 'published') return { kind: 'unknown' };
  const service = target.url.service?.toLowerCase();
  const project = reach.kind === 'unknown' ? undefined : reach.project;
  const client = project?.services.find((s) => s.names.includes(service ?? ''));
  if (!client || client.facts.networkMode) return { kind: 'unknown' };
  return reach;
}
