import type { PortFact, PortMapping } from '../../sources/compose/facts.js';
import type { Span } from '../span.js';
import type { ConfNode } from './conf-node.js';
import { isLoopbackAddress, networkAddresses, type BindAddress, type Listening } from './listen-addresses.js';

/** How far a compose node's TCP port reaches beyond its own container. */
export type ComposeExposure =
  /** A `ports:` entry publishes it on a host address that is not loopback. */
  | { kind: 'published'; entry: PortFact; mapping: PortMapping; port: number }
  /** `network_mode: host`: it listens on these addresses of the host itself. */
  | { kind: 'host-network'; at: Span; addresses: BindAddress[] }
  /** Only other containers on its networks, or nothing (`network_mode: none`, loopback only). */
  | { kind: 'not-published' }
  | { kind: 'unknown' };

/**
 * Whether clients outside the compose project reach a compose node's port. Docker forwards a
 * published port to the container's IPv4 address, so it arrives only where the node listens on
 * `*`/`0.0.0.0` (the compiled default `* -::*` included); a port published on 127.0.0.1 or ::1
 * reaches the host itself only. With `network_mode: host` the node listens on the host's own
 * interfaces and `ports:` does nothing. A shared network namespace (`service:x`), a mapping or
 * a mode that is not known, or a bind address whose owner is not known leave it unknown.
 */
export function composeExposureOf(node: ConfNode, listening: Listening): ComposeExposure {
  const service = node.service;
  if (!service || !node.port.known) return { kind: 'unknown' };
  const port = node.port.value;
  const mode = service.facts.networkMode;
  if (mode && !mode.known) return { kind: 'unknown' };
  const remote = networkAddresses(listening);
  if (mode?.known) {
    const value = mode.value.trim().toLowerCase();
    if (value === 'host') return remote.length > 0 ? { kind: 'host-network', at: mode.span, addresses: remote } : { kind: 'not-published' };
    if (value === 'none') return { kind: 'not-published' };
    if (/^(?:service|container):/.test(value)) return { kind: 'unknown' };
  }
  let unknownEntry = false;
  const entries: { entry: PortFact; mapping: PortMapping }[] = [];
  for (const entry of service.facts.ports) {
    if (!entry.mapping.known) {
      unknownEntry = true;
      continue;
    }
    const mapping = entry.mapping.value;
    if (mapping.protocol !== 'tcp' || port < mapping.target.start || port > mapping.target.end) continue;
    if (mapping.hostIp !== undefined && isLoopbackAddress(stripBrackets(mapping.hostIp))) continue;
    entries.push({ entry, mapping });
  }
  if (entries.length === 0) return unknownEntry ? { kind: 'unknown' } : { kind: 'not-published' };
  if (remote.length === 0) return { kind: 'not-published' }; // forwarded to an address it does not listen on
  if (!remote.some((a) => a.address === '*' || a.address === '0.0.0.0')) return { kind: 'unknown' };
  return { kind: 'published', ...entries[0]!, port };
}

/** "host port 6379", "a host port in 26379-26381", "a host port Docker picks", with the host address. */
export function describePublished(exposure: Extract<ComposeExposure, { kind: 'published' }>): string {
  const { mapping, port } = exposure;
  const { published, target } = mapping;
  let hostPort: string;
  if (!published) hostPort = 'a host port Docker picks';
  else if (published.end - published.start === target.end - target.start) hostPort = `host port ${published.start + (port - target.start)}`;
  else hostPort = `a host port in ${published.start}-${published.end}`;
  const ip = mapping.hostIp === undefined ? '' : stripBrackets(mapping.hostIp);
  const where = ip === '' || ip === '0.0.0.0' || ip === '::' ? 'on every host address' : `on host address ${ip}`;
  return `${hostPort} ${where}`;
}

const stripBrackets = (ip: string) => ip.replace(/^\[(.*)\]$/, '$1');
