import type { ClientUrl } from '../clients.js';
import { resolveHost } from '../compose-topology.js';
import type { ComposeProject, Deployment, MasterGroup, Sentinel, Server, ServiceNode } from '../deployment.js';
import type { Endpoint } from '../../sources/client/broker-url.js';
import { isLoopback } from '../address.js';
import type { Span } from '../span.js';

/**
 * What one address of a client reaches in the deployment. A client's host names mean something
 * only inside a compose project (Docker's DNS answers service names), and a loopback address
 * only on the Docker host, through published ports; anything else is `unknown` and rules stay
 * silent on it.
 */
export type Reach =
  /** Inside the project's network: the node listening on that container port. */
  | { kind: 'node'; node: Sentinel | Server; via: 'network'; project: ComposeProject }
  /** From the Docker host: the node whose service publishes that host port. */
  | { kind: 'node'; node: Sentinel | Server; via: 'published'; project: ComposeProject; at: Span }
  /** The name is no service, container_name or alias of the only project that could run the client. */
  | { kind: 'no-such-host'; project: ComposeProject }
  /** The name is a service of the project, but nothing of it listens on that container port. */
  | { kind: 'no-listener'; service: ServiceNode; project: ComposeProject; publishedAs?: number }
  | { kind: 'unknown' };

export interface ClientTarget {
  url: ClientUrl;
  endpoint: Endpoint;
  /** Where the endpoint's host and port are written. */
  at: Span;
  reach: Reach;
}

/**
 * Every endpoint the client dials, as kombu sees a broker URL and Celery a backend URL (a redis
 * URL: its server), with what it reaches. A client is linked to a compose project only when the
 * repository has exactly one: with several, which one runs the client is not known.
 */
export function clientTargets(deployment: Deployment, url: ClientUrl): ClientTarget[] {
  const view = url.role === 'backend' ? url.parsed.asCeleryBackendSees : url.parsed.asKombuSees;
  const project = deployment.compose.length === 1 ? deployment.compose[0] : undefined;
  return view.endpoints.map((endpoint) => {
    const range = endpoint.host.known && endpoint.port.known
      ? [Math.min(endpoint.host.range[0], endpoint.port.range[0]), Math.max(endpoint.host.range[1], endpoint.port.range[1])]
      : endpoint.host.range;
    const at = url.index.span(range[0]!, Math.max(range[0]! + 1, range[1]!));
    return { url, endpoint, at, reach: project ? reachOf(project, endpoint, runsInService(url.runsIn)) : { kind: 'unknown' } };
  });
}

/**
 * Code that a compose service runs dials `localhost` inside that container, not on the Docker
 * host: what it reaches there is not a published port (and rarely known), so it stays unknown.
 */
export function runsInService(runsIn: readonly unknown[] | undefined): boolean {
  return (runsIn?.length ?? 0) > 0;
}

/**
 * What a `(host, port)` pair reaches, the way `clientTargets` reads a URL's endpoint: for
 * addresses written outside a URL (redis-py's `Sentinel([('sentinel-1', 26379)])`).
 */
export function reachAt(deployment: Deployment, host: string, port: number, runsIn?: readonly unknown[]): Reach {
  const project = deployment.compose.length === 1 ? deployment.compose[0] : undefined;
  return project ? reachOfAddress(project, host, port, runsInService(runsIn)) : { kind: 'unknown' };
}

function reachOf(project: ComposeProject, endpoint: Endpoint, inService: boolean): Reach {
  if (!endpoint.host.known || !endpoint.port.known || endpoint.host.value === null || endpoint.socket) return { kind: 'unknown' };
  return reachOfAddress(project, endpoint.host.value, endpoint.port.value, inService);
}

function reachOfAddress(project: ComposeProject, host: string, port: number, inService: boolean): Reach {
  if (isLoopback(host)) return inService ? { kind: 'unknown' } : publishedAt(project, port);
  const resolved = resolveHost(project, undefined, host);
  if (resolved.kind === 'none') return { kind: 'no-such-host', project };
  if (resolved.kind !== 'services') return { kind: 'unknown' };
  if (resolved.services.some((s) => project.unknownProcesses.some((u) => u.service === s.facts))) return { kind: 'unknown' };
  const listening = resolved.services.flatMap((s) => s.nodes).filter((n) => n.port.known && n.port.value === port);
  if (listening.length === 1) return { kind: 'node', node: listening[0]!, via: 'network', project };
  if (listening.length > 1 || resolved.services.length !== 1) return { kind: 'unknown' };
  const service = resolved.services[0]!;
  if (service.nodes.length === 0 || service.nodes.some((n) => !n.port.known)) return { kind: 'unknown' };
  const published = service.facts.ports.find((p) => p.mapping.known && p.mapping.value.published && p.mapping.value.published.start <= port && port <= p.mapping.value.published.end);
  return { kind: 'no-listener', service, project, publishedAs: published ? port : undefined };
}

/** A client on the Docker host reaches what a service publishes on that host port. */
function publishedAt(project: ComposeProject, port: number): Reach {
  const matches: { node: Sentinel | Server; at: Span }[] = [];
  for (const service of project.services) {
    for (const entry of service.facts.ports) {
      if (!entry.mapping.known) return { kind: 'unknown' };
      const { published, target, hostIp } = entry.mapping.value;
      if (!published || port < published.start || port > published.end) continue;
      if (hostIp && !isLoopback(hostIp) && hostIp !== '0.0.0.0' && hostIp !== '::') continue;
      const containerPort = target.start + (port - published.start);
      const node = service.nodes.find((n) => n.port.known && n.port.value === containerPort);
      if (!node) return { kind: 'unknown' };
      matches.push({ node, at: entry.span });
    }
  }
  return matches.length === 1 ? { kind: 'node', node: matches[0]!.node, via: 'published', project, at: matches[0]!.at } : { kind: 'unknown' };
}

/** The master groups a Sentinel monitors under a name. */
export function groupsMonitoredAs(deployment: Deployment, sentinel: Sentinel, name: string): MasterGroup[] {
  return deployment.masterGroups.filter((g) => g.name === name && g.monitors.some((m) => m.sentinel === sentinel));
}
