import { defineRule } from '../src/engine/rule.js';
import type { ComposeProject, Sentinel, Server } from '../src/model/deployment.js';
import type { Span } from '../src/model/span.js';
import { isIpLiteral } from '../src/model/address.js';
import { publishedPortsOf } from '../src/model/queries/published-ports.js';

type Node = Server | Sentinel;

/** What a node announces: Sentinel's hello address, or the replica address a master lists in INFO. */
interface Announce {
  node: Node;
  ip: string;
  at: Span;
  /** The directive that would fix it. */
  portDirective: string;
}

// The provable subset. Inside one compose network Sentinels and replicas reach each other on container
// addresses and ports: nothing needs announcing, and nothing is reported. A remapped port matters only
// once the node announces a host address, and the files prove an address is the host's only when it is
// a `ports:` host IP, or when several containers announce the same one.
export default defineRule({
  id: 'sentinel-nat-without-announce',
  level: 'warning',
  category: 'network',
  docs: {
    summary: 'A compose Sentinel or replica announces a host address but not the remapped host port that leads to it.',
    breaks:
      'Sentinels find each other through the address and port each one announces, and find replicas through the ' +
      "address and port in the master's INFO. With `sentinel announce-ip` (or `replica-announce-ip`) set to a Docker " +
      'host address but no `announce-port` (`replica-announce-port`), the node announces its container port, while ' +
      'on the host only the published port (e.g. 26380 for `26380:26379`) leads to it: the others connect to the ' +
      'wrong port — often another node — so Sentinels miss each other and replicas look unreachable; with no good ' +
      'replica there is no failover (redis-doc sentinel.md "Sentinel, Docker, NAT, and possible issues"; sentinel.c ' +
      'sentinelSendHello and replication.c use `port` when no announce port is set). Only what the files prove is ' +
      'reported: the announced address must be a host IP of a `ports:` entry, or be announced by several containers.',
    fix:
      'Set `sentinel announce-port` (`replica-announce-port`) to the published host port, or publish the port 1:1 ' +
      '(`26379:26379` on each host), or let the nodes talk on the compose network and drop the announce-ip.',
    example: { bad: 'bad-announce-ip-without-port', good: 'good-announce-ip-and-port' },
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const announces = announcesOf(project);
      for (const announce of announces) {
        const { node, ip } = announce;
        const service = node.service!;
        if (service.facts.networkMode !== undefined || !service.instances.known || service.instances.value !== 1 || !node.port.known) continue;
        if (!isHostAddress(project, announces, announce)) continue;
        const port = node.port.value;
        const published = publishedPortsOf(service).filter((p) => p.protocol === 'tcp' && p.target.start <= port && port <= p.target.end);
        const hostPorts = published.map((p) => (p.published.start === p.published.end && p.target.start === p.target.end ? p.published.start : undefined));
        if (published.length === 0 || hostPorts.some((h) => h === undefined || h === port)) continue;
        const hostPort = hostPorts[0]!;
        yield {
          at: announce.at,
          message:
            `${node.name} announces ${ip}:${port}, but on ${ip} it is reached on host port ${hostPort} (${hostPort}:${port}): ` +
            `${node.conf.kind === 'sentinel-conf' ? 'the other Sentinels connect to the wrong port and miss it' : "Sentinels take that address from the master's INFO, cannot reach the replica and never promote it"}. ` +
            `Add ${announce.portDirective} ${hostPort}.`,
          related: [{ at: published[0]!.span, message: `service ${service.facts.name} publishes container port ${port} on host port ${hostPort}` }],
        };
      }
    }
  },
});

/** Every node of the project that announces a literal IP without announcing a port. */
function announcesOf(project: ComposeProject): Announce[] {
  const out: Announce[] = [];
  for (const service of project.services) {
    for (const node of service.nodes) {
      if (node.conf.kind === 'sentinel-conf') {
        const sentinel = node as Sentinel;
        const ip = sentinel.global('announce-ip');
        const text = ip?.args[0]?.text;
        if (!ip || text === undefined || !isIpLiteral(text) || sentinel.global('announce-port')) continue;
        out.push({ node, ip: text, at: ip.declaredAt, portDirective: 'sentinel announce-port' });
      } else {
        const ip = node.setting('replica-announce-ip');
        const text = ip?.args[0]?.text;
        if (!ip || text === undefined || !isIpLiteral(text) || node.setting('replica-announce-port')) continue;
        out.push({ node, ip: text, at: ip.span, portDirective: 'replica-announce-port' });
      }
    }
  }
  return out;
}

/** The files prove `ip` is the Docker host's: a `ports:` host IP, or announced by another container too. */
function isHostAddress(project: ComposeProject, announces: Announce[], announce: Announce): boolean {
  const ip = announce.ip.toLowerCase();
  const fixed = project.services.some((s) => s.facts.networks.some((n) => [n.ipv4Address, n.ipv6Address].some((a) => a?.known && a.value.toLowerCase() === ip)));
  if (fixed) return false;
  const portHostIp = project.services.some((s) => publishedPortsOf(s).some((p) => p.hostIp?.replace(/^\[(.*)\]$/, '$1') === ip));
  const shared = announces.some((other) => other !== announce && other.node.service !== announce.node.service && other.ip.toLowerCase() === ip);
  return portHostIp || shared;
}
