import { defineRule, type Finding } from '../src/engine/rule.js';
import type { PortRange } from '../src/sources/compose/facts.js';
import {
  describeHostPorts, hostIpsOverlap, isPortPool, publishedPortsOf, size, startsByDefault, type PublishedPort,
} from '../src/model/queries/published-ports.js';

export default defineRule({
  id: 'published-port-conflict',
  level: 'error',
  category: 'network',
  docs: {
    summary: 'Two services of one compose file publish the same host port on the same address and protocol.',
    breaks:
      'Docker binds each published host port once per address: the container that starts second fails with ' +
      '"Bind for 0.0.0.0:6379 failed: port is already allocated", and `docker compose up` stops there (RULES.md ' +
      '§2.4, Compose ports). Swarm refuses the second service\'s port the same way. One service whose replicas share a ' +
      'fixed host port fails only under Compose (Swarm\'s ingress publishes it once for all replicas), and the file does ' +
      'not say which will run it, so that case is not reported.',
    fix:
      'Give each service its own host port (`26380:26379` for the second Sentinel), or leave the host port out ' +
      '(`"26379"`) and let Docker pick a free one.',
    example: { bad: 'bad-two-sentinels-26379', good: 'good-one-host-port-each' },
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      // Only services with a known, non-zero number of containers bind anything for sure.
      const claims: Claim[] = project.services.flatMap((service) => {
        const { instances } = service;
        if (!instances.known || instances.value < 1 || !startsByDefault(service)) return [];
        return publishedPortsOf(service).map((port) => ({ port, containers: instances.value }));
      }).filter(({ port }) => isPortPool(port) || size(port.published) === size(port.target));
      for (const [k, later] of claims.entries()) {
        for (const earlier of claims.slice(0, k)) {
          if (earlier.port.service === later.port.service) continue;
          const finding = sharedHostPort(earlier, later, project.file);
          if (finding) yield finding;
        }
      }
    }
  },
});

/** A `ports:` entry and how many containers of its service bind it. */
interface Claim {
  port: PublishedPort;
  containers: number;
}

/** Two services whose containers cannot all get their host ports. */
function sharedHostPort(a: Claim, b: Claim, file: string): Finding | undefined {
  if (a.port.protocol !== b.port.protocol || !hostIpsOverlap(a.port.hostIp, b.port.hostIp)) return undefined;
  const overlap = intersect(a.port.published, b.port.published);
  if (!overlap || !mustCollide(a, b, overlap)) return undefined;
  const [first, second] = [a.port.service.facts.name, b.port.service.facts.name];
  const where = describeHostPorts({ hostIp: b.port.hostIp ?? a.port.hostIp, protocol: b.port.protocol }, overlap);
  const ports = size(overlap) === 1 ? `Host port ${where} is` : `Host ports ${where} are`;
  return {
    at: b.port.span,
    message:
      `${ports} published by both service ${first} and service ${second} in ${file}: whichever starts second ` +
      'fails with "port is already allocated". Give each service its own host port.',
    related: [{ at: a.port.span, message: `service ${first} publishes ${describeHostPorts(a.port, a.port.published)}` }],
  };
}

/**
 * Whether the two cannot both start whatever ports Docker picks: both need a shared port, or the
 * ports left in a pool after the other's needs are fewer than its containers (pigeonhole).
 */
function mustCollide(a: Claim, b: Claim, overlap: PortRange): boolean {
  const needA = needed(a);
  const needB = needed(b);
  if (needA && needB && intersect(needA, needB)) return true;
  const starved = (pool: Claim, other: PortRange | undefined) =>
    isPortPool(pool.port) && other !== undefined && size(pool.port.published) - overlapSize(pool.port.published, other) < pool.containers;
  if (starved(a, needB) || starved(b, needA)) return true;
  if (!isPortPool(a.port) || !isPortPool(b.port)) return false;
  const union = size(a.port.published) + size(b.port.published) - size(overlap);
  return a.containers + b.containers > union;
}

/** The host ports every start binds: all of a 1:1 mapping, and all of a pool its containers fill. */
function needed({ port, containers }: Claim): PortRange | undefined {
  return !isPortPool(port) || containers >= size(port.published) ? port.published : undefined;
}

function intersect(a: PortRange, b: PortRange): PortRange | undefined {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : undefined;
}

const overlapSize = (a: PortRange, b: PortRange) => {
  const shared = intersect(a, b);
  return shared ? size(shared) : 0;
};
