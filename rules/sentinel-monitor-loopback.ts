import { defineRule } from '../src/engine/rule.js';
import type { Monitor, Server } from '../src/model/deployment.js';
import { isLoopback } from '../src/model/address.js';
import { listeningPorts, reachFrom } from '../src/model/queries/compose-reach.js';
import { publishedPortsOf } from '../src/model/queries/published-ports.js';

// Compose scope only: for a conf file that nothing deploys, the files cannot tell which host runs what.
export default defineRule({
  id: 'sentinel-monitor-loopback',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'A compose Sentinel monitors 127.0.0.1, ::1 or localhost, but no data node runs in its container.',
    breaks:
      'Each compose service has its own network namespace: 127.0.0.1 inside the Sentinel\'s container is that ' +
      'container, not the Docker host and not the master\'s container (Docker "Networking in Compose"). The ' +
      'Sentinel connects to itself, finds no Redis server, marks the master down and never sees a replica; ' +
      'when the port is one the master publishes on the host, it is also the wrong port. Only ' +
      '`network_mode: host` or a namespace shared with the data node (`network_mode: service:<redis>`) make ' +
      'loopback reach it.',
    fix:
      'Monitor the master by its service name with `sentinel resolve-hostnames yes` (`sentinel monitor mymaster ' +
      'redis-master 6379 2`), or by a fixed `ipv4_address`, and use the port it listens on inside its container.',
    example: { bad: 'bad-loopback-in-own-service', good: 'good-shared-namespace' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (sentinel.scope.kind !== 'compose' || !sentinel.service) continue;
      for (const monitor of sentinel.monitors) {
        if (!isLoopback(monitor.host.text.toLowerCase())) continue;
        const reach = reachFrom(sentinel, monitor.host, monitor.port);
        // A data node in the namespace on another port is monitor-target-unknown's finding.
        if (reach.kind !== 'no-listener' || reach.servers.length > 0) continue;
        const port = monitor.port.known ? monitor.port.value : 0;
        const service = sentinel.service.facts.name;
        yield {
          at: monitor.host.span,
          message:
            `${sentinel.name} monitors ${monitor.name.text} at ${monitor.host.text}:${port}, but inside service ${service}'s ` +
            `container ${monitor.host.text} is that container, where no Redis server runs: the Sentinel sees the master ` +
            `down and never finds its replicas. ${advice(monitor, port)}`,
          related: hint(monitor, port),
        };
      }
    }
  },
});

/** The data nodes of the project that listen on the monitored port, or that publish it on the host. */
function candidates(monitor: Monitor, port: number): { server: Server; viaHostPort: boolean }[] {
  const project = monitor.sentinel.scope.project!;
  const servers = project.services.flatMap((s) => s.nodes).filter((n): n is Server => n.conf.kind === 'redis-conf');
  const out: { server: Server; viaHostPort: boolean }[] = [];
  for (const server of servers) {
    const published = publishedPortsOf(server.service!).some((p) => p.protocol === 'tcp' && p.published.start <= port && port <= p.published.end);
    if (published) out.push({ server, viaHostPort: true });
    else if (!server.replicaof && listeningPorts(server)?.includes(port)) out.push({ server, viaHostPort: false });
  }
  return out;
}

function advice(monitor: Monitor, port: number): string {
  const found = candidates(monitor, port);
  if (found.length !== 1) return "Monitor the master's service name with resolve-hostnames yes, and its container port.";
  const { server, viaHostPort } = found[0]!;
  const own = server.port.known ? server.port.value : port;
  const name = server.service!.facts.name;
  return viaHostPort && own !== port
    ? `${port} is the host port of service ${name}; monitor ${name} ${own} (its container port) with resolve-hostnames yes.`
    : `Monitor ${name} ${own} with resolve-hostnames yes.`;
}

function hint(monitor: Monitor, port: number): { at: Server['declaredAt']; message: string }[] {
  const found = candidates(monitor, port);
  if (found.length !== 1) return [];
  const { server, viaHostPort } = found[0]!;
  const message = viaHostPort ? `service ${server.service!.facts.name} publishes host port ${port}` : `${server.name} listens on port ${port} in its own container`;
  return [{ at: server.service!.facts.span, message }];
}
