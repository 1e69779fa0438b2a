import { known, unknown, type Value } from '../../model/value.js';
import type { ComposeValues } from './compose-value.js';
import type { PortFact, PortMapping, PortRange } from './facts.js';

/**
 * `ports:` entries, short syntax `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]` (ranges
 * `26379-26381:26379`, IPv6 `[::1]:6379:6379`) and long syntax (`target`, `published`,
 * `host_ip`, `protocol`), as the compose specification defines them.
 */
export function readPorts(values: ComposeValues, node: unknown): PortFact[] {
  const { tree } = values;
  return (tree.seq(node) ?? []).map((item) => {
    const span = values.span(item);
    if (tree.map(item)) return { span, mapping: longSyntax(values, item) };
    const text = values.string(item);
    if (!text) return { span, mapping: unknown('an empty port entry', span) };
    if (!text.known) return { span, mapping: text };
    const mapping = shortSyntax(text.value);
    return { span, mapping: mapping ? known(mapping, span) : unknown('not a port mapping compose accepts', span) };
  });
}

export function shortSyntax(text: string): PortMapping | undefined {
  let rest = text.trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash !== -1) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (bracket) {
    hostIp = bracket[1]!;
    rest = bracket[2]!;
  }
  const parts = rest.split(':');
  if (!hostIp && parts.length === 3) hostIp = parts.shift()!;
  if (parts.length > 2 || (bracket && parts.length !== 2)) return undefined;
  const target = range(parts[parts.length - 1]!);
  if (!target) return undefined;
  const mapping: PortMapping = { target, protocol };
  if (hostIp !== undefined) mapping.hostIp = hostIp;
  if (parts.length === 2 && parts[0] !== '') {
    const published = range(parts[0]!);
    if (!published) return undefined;
    mapping.published = published;
  }
  return mapping;
}

function range(text: string): PortRange | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return start <= end && end <= 65535 ? { start, end } : undefined;
}

function longSyntax(values: ComposeValues, node: unknown): Value<PortMapping> {
  const { tree } = values;
  const span = values.span(node);
  const field = (key: string) => values.string(tree.get(node, key));
  const target = field('target');
  const published = field('published');
  const hostIp = field('host_ip');
  const protocol = field('protocol');
  for (const value of [target, published, hostIp, protocol]) if (value && !value.known) return unknown(value.why, value.span);
  const targetRange = target?.known ? range(target.value) : undefined;
  if (!targetRange) return unknown('a long-syntax port needs a target port', span);
  const mapping: PortMapping = { target: targetRange, protocol: protocol?.known ? protocol.value.toLowerCase() : 'tcp' };
  if (published?.known && published.value !== '') {
    const publishedRange = range(published.value);
    if (!publishedRange) return unknown('not a port compose accepts', published.span);
    mapping.published = publishedRange;
  }
  if (hostIp?.known) mapping.hostIp = hostIp.value;
  return known(mapping, span);
}
