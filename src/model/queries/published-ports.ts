import type { PortRange } from '../../sources/compose/facts.js';
import type { ServiceNode } from '../deployment.js';
import type { Span } from '../span.js';

/** A `ports:` entry that publishes host ports, as Docker binds it. */
export interface PublishedPort {
  service: ServiceNode;
  span: Span;
  /** Absent when it binds every address (no host IP, or an empty one). */
  hostIp?: string;
  published: PortRange;
  target: PortRange;
  protocol: string;
}

/**
 * The host ports a service publishes, from the entries whose mapping is known and names host
 * ports (`"6379"` alone lets Docker pick a free one, so it never conflicts). Silent on services
 * whose network mode is not the default bridge: Docker discards `ports:` under `network_mode: host`
 * and refuses them with `service:`/`container:`, and an unknown mode may be either.
 */
export function publishedPortsOf(service: ServiceNode): PublishedPort[] {
  const mode = service.facts.networkMode;
  if (mode && !(mode.known && (mode.value === 'bridge' || mode.value === 'default'))) return [];
  return service.facts.ports.flatMap((port) => {
    if (!port.mapping.known) return [];
    const { hostIp, published, target, protocol } = port.mapping.value;
    if (!published) return [];
    const entry: PublishedPort = { service, span: port.span, published, target, protocol: protocol.toLowerCase() };
    if (hostIp !== undefined && hostIp !== '') entry.hostIp = hostIp.toLowerCase();
    return [entry];
  });
}

/** A range of more than one host port for a single container port: each container takes one of them. */
export const isPortPool = (port: PublishedPort) => size(port.published) > 1 && size(port.target) === 1;

/**
 * Whether two bindings can claim the same address: no host IP binds them all, `0.0.0.0` every IPv4
 * address and `::` every IPv6 one; other addresses only themselves.
 */
export function hostIpsOverlap(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  const covers = (any: string, other: string) =>
    (any === '0.0.0.0' && !other.includes(':')) || (any === '::' && other.includes(':'));
  return covers(a, b) || covers(b, a);
}

export const size = (range: PortRange) => range.end - range.start + 1;

/** `6379`, `26379-26381`, with `/udp` when not TCP and the host IP when one is given. */
export function describeHostPorts(port: Pick<PublishedPort, 'hostIp' | 'protocol'>, range: PortRange): string {
  const ports = range.start === range.end ? `${range.start}` : `${range.start}-${range.end}`;
  const ip = port.hostIp === undefined ? '' : port.hostIp.includes(':') ? `[${port.hostIp}]:` : `${port.hostIp}:`;
  return `${ip}${ports}${port.protocol === 'tcp' ? '' : `/${port.protocol}`}`;
}

/**
 * Whether `docker compose up` starts the service: one in a profile starts only when the profile
 * is asked for (compose-go `HasProfile`), so services of different profiles may share a port.
 */
export function startsByDefault(service: ServiceNode): boolean {
  return service.facts.profiles.length === 0;
}
