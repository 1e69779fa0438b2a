import type { ConfArg } from '../facts.js';
import type { ComposeProject, Sentinel, Server, ServiceNode } from '../deployment.js';
import { resolveHost } from '../compose-topology.js';
import { isLoopback } from '../address.js';
import { hasTemplatePlaceholder } from '../template.js';
import type { Value } from '../value.js';
import { publishedPortsOf, type PublishedPort } from './published-ports.js';

/** What a compose process reaches at a `monitor` or `replicaof` address, as far as the files prove it. */
export type Reach =
  /** The one data node listening there. */
  | { kind: 'node'; server: Server; services: ServiceNode[] }
  /** No service, container_name or network alias of the project has that name. */
  | { kind: 'no-such-host' }
  /** The name resolves, but no data node of those services listens on that container port. */
  | { kind: 'no-listener'; services: ServiceNode[]; servers: Server[]; hostPort?: PublishedPort }
  | { kind: 'unknown' };

/**
 * Where `host:port` leads from a compose process: the data node there, or proof that there is none.
 * Proof needs every link known: the caller's own network (Docker's DNS only serves the project's
 * networks; `network_mode: host` or `bridge` resolves elsewhere), no external network (another
 * project's containers may answer to the name), no service whose `hostname:` is the name, and for
 * each resolved service a known list of processes with known ports. A service with no Redis
 * process sentinel-lint can see (a custom image, a `build:`) may still run one: unknown.
 */
export function reachFrom(from: Server | Sentinel, host: ConfArg, port: Value<number>): Reach {
  const project = from.scope.project;
  const service = from.service;
  if (from.scope.kind !== 'compose' || !project || !service || !port.known) return { kind: 'unknown' };
  const name = host.text;
  if (name === '' || hasTemplatePlaceholder(name) || !resolvesThroughProject(service)) return { kind: 'unknown' };
  const resolved = resolveHost(project, service, name);
  if (resolved.kind === 'unknown') return resolved;
  if (resolved.kind === 'none') {
    const lower = name.toLowerCase();
    const hostnameMatch = project.services.some((s) => s.facts.hostname && (!s.facts.hostname.known || s.facts.hostname.value.toLowerCase() === lower));
    if (hostnameMatch || hasExternalNetwork(project) || isLoopback(lower)) return { kind: 'unknown' };
    return { kind: 'no-such-host' };
  }
  const loopback = isLoopback(name.toLowerCase());
  // Whatever shares a reached container's network namespace listens at its address too.
  const peers = (loopback ? [service] : resolved.services).map((s) => namespacePeers(project, s));
  if (peers.some((p) => p === undefined)) return { kind: 'unknown' };
  const services = [...new Set(peers.flatMap((p) => p!))];
  // A peer reached by name on the host's network is not on the project's networks: another failure.
  if (!loopback && services.some((s) => s.facts.networkMode !== undefined && !isNamespaceShare(s))) return { kind: 'unknown' };
  if (!services.every((s) => processesKnown(project, s))) return { kind: 'unknown' };
  const servers = services.flatMap((s) => s.nodes).filter((n): n is Server => n.conf.kind === 'redis-conf');
  const ports = servers.map(listeningPorts);
  if (ports.some((p) => p === undefined)) return { kind: 'unknown' };
  const listening = servers.filter((_, i) => ports[i]!.includes(port.value));
  if (listening.length === 1) return { kind: 'node', server: listening[0]!, services };
  if (listening.length > 1) return { kind: 'unknown' };
  const hostPort = services.flatMap(publishedPortsOf).find((p) => p.protocol === 'tcp' && port.value >= p.published.start && port.value <= p.published.end && !(p.target.start <= port.value && port.value <= p.target.end));
  return { kind: 'no-listener', services, servers, ...(hostPort ? { hostPort } : {}) };
}

/** The container port a published host port leads to. */
export function targetOf(published: PublishedPort, hostPort: number): number {
  const { published: range, target } = published;
  return target.start === target.end ? target.start : target.start + (hostPort - range.start);
}

/**
 * The services whose containers share `service`'s network namespace (itself first), so that
 * 127.0.0.1 inside it reaches theirs: `network_mode: service:x` or `container:x` either way, and
 * through a shared third service. Undefined when a network mode of the project is not known.
 */
export function namespacePeers(project: ComposeProject, service: ServiceNode): ServiceNode[] | undefined {
  const roots = new Map<ServiceNode, ServiceNode | undefined>();
  const rootOf = (s: ServiceNode, depth = 0): ServiceNode | undefined => {
    if (roots.has(s)) return roots.get(s);
    const mode = s.facts.networkMode;
    let root: ServiceNode | undefined = s;
    if (mode && !mode.known) root = undefined;
    else if (mode?.known) {
      const shared = /^(?:service|container):(.+)$/i.exec(mode.value.trim())?.[1]?.toLowerCase();
      if (shared !== undefined) {
        const target = project.services.find((t) => t.names.includes(shared));
        root = target && depth < project.services.length ? rootOf(target, depth + 1) : undefined;
      }
    }
    roots.set(s, root);
    return root;
  };
  if (project.services.some((s) => rootOf(s) === undefined)) return undefined;
  const mine = rootOf(service);
  return [service, ...project.services.filter((s) => s !== service && rootOf(s) === mine)];
}

/** The ports a data node accepts connections on: `port` (0 means none) and `tls-port`; undefined when not known. */
export function listeningPorts(server: Server): number[] | undefined {
  if (!server.port.known) return undefined;
  const out = server.port.value === 0 ? [] : [server.port.value];
  const tls = server.setting('tls-port')?.args[0]?.text;
  if (tls !== undefined) {
    const value = Number(tls);
    if (!Number.isInteger(value)) return undefined;
    if (value !== 0) out.push(value);
  }
  return out;
}

/** Everything the service's containers run is known: some Redis process and none whose configuration is hidden. */
export function processesKnown(project: ComposeProject, service: ServiceNode): boolean {
  return service.facts.processes.length > 0 && !project.unknownProcesses.some((u) => u.service === service.facts);
}

/** Names resolve through Docker's DNS of the project's networks: the default mode, or a namespace shared with such a service. */
function resolvesThroughProject(service: ServiceNode, depth = 0): boolean {
  const mode = service.facts.networkMode;
  if (!mode) return true;
  if (!mode.known) return false;
  const shared = /^(?:service|container):(.+)$/i.exec(mode.value.trim())?.[1]?.toLowerCase();
  if (shared === undefined || depth > service.project.services.length) return false;
  const target = service.project.services.find((t) => t.names.includes(shared));
  return target !== undefined && resolvesThroughProject(target, depth + 1);
}

function isNamespaceShare(service: ServiceNode): boolean {
  const mode = service.facts.networkMode;
  return mode?.known === true && /^(?:service|container):/i.test(mode.value.trim());
}

function hasExternalNetwork(project: ComposeProject): boolean {
  return project.facts.networks.some((n) => n.external);
}

/** Why nothing answers at host:port, for a message: "no service … is called X" / "service S listens on 6379, not 6380". */
export function explainMiss(reach: Extract<Reach, { kind: 'no-such-host' | 'no-listener' }>, host: string, port: number, composeFile: string): string {
  if (reach.kind === 'no-such-host') {
    return `no service, container_name or network alias in ${composeFile} is called ${host}, so the name does not resolve on the project's network`;
  }
  const names = reach.services.map((s) => `service ${s.facts.name}`);
  const who = names.length === 1 ? names[0]! : `services ${reach.services.map((s) => s.facts.name).join(', ')}`;
  if (reach.hostPort) {
    const target = targetOf(reach.hostPort, port);
    return `${port} is the host port that service ${reach.hostPort.service.facts.name} publishes for its container port ${target}; ` +
      `inside the compose network only the container port ${target} answers`;
  }
  if (reach.servers.length === 0) return `${who} runs no Redis server, only Sentinel`;
  const ports = [...new Set(reach.servers.flatMap((s) => listeningPorts(s) ?? []))].sort((a, b) => a - b);
  return ports.length === 0
    ? `the Redis server of ${who} has no TCP port (port 0)`
    : `the Redis server of ${who} listens on ${ports.join(' and ')}, not on ${port}`;
}

/** The other end of a miss: where the reached servers set their ports, and the published mapping that was used. */
export function missRelated(reach: Extract<Reach, { kind: 'no-such-host' | 'no-listener' }>): { at: Server['declaredAt']; message: string }[] {
  if (reach.kind === 'no-such-host') return [];
  const out = reach.servers.map((s) => ({ at: s.port.span, message: `${s.name} listens on port ${s.port.known ? s.port.value : '?'}` }));
  if (reach.hostPort) {
    const { published, target } = reach.hostPort;
    out.push({ at: reach.hostPort.span, message: `service ${reach.hostPort.service.facts.name} publishes host port ${published.start === published.end ? published.start : `${published.start}-${published.end}`} for container port ${target.start === target.end ? target.start : `${target.start}-${target.end}`}` });
  }
  return out;
}

/**
 * Which network namespace a service's containers listen in: `host` for the Docker host's own
 * (`network_mode: host`, or a service sharing such a service's namespace), else the name of the
 * service whose namespace it is (itself, or x for `service:x`). Undefined when a mode is not known.
 */
export function namespaceKey(project: ComposeProject, service: ServiceNode, depth = 0): string | undefined {
  const mode = service.facts.networkMode;
  if (!mode) return `service:${service.facts.name}`;
  if (!mode.known) return undefined;
  const value = mode.value.trim().toLowerCase();
  if (value === 'host') return 'host';
  const shared = /^(?:service|container):(.+)$/.exec(value)?.[1];
  if (shared === undefined) return `service:${service.facts.name}`;
  const target = project.services.find((t) => t.names.includes(shared));
  return target && depth < project.services.length ? namespaceKey(project, target, depth + 1) : undefined;
}
