import { defineRule } from '../src/engine/rule.js';
import { isLoopback } from '../src/model/address.js';
import { explainMiss, missRelated, reachFrom } from '../src/model/queries/compose-reach.js';

// Compose scope only: in a conf-only scope a host name means nothing the files can check.
export default defineRule({
  id: 'monitor-target-unknown',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'A compose Sentinel monitors a host:port where no data node of the project listens.',
    breaks:
      'Sentinel connects to the monitored address and nothing answers: a name no service, container_name or ' +
      'network alias carries does not resolve on the compose network (with `resolve-hostnames yes` Sentinel starts ' +
      'with an empty address and retries forever; without it it exits, RULES.md E16), and a port the master does ' +
      'not listen on inside its container — often the host port it publishes, which only the Docker host sees — ' +
      'refuses the connection. Either way the Sentinel marks the master down (+sdown), finds no replicas and ' +
      'gives clients an address that does not work (RULES.md E36, Docker "Networking in Compose": containers ' +
      'talk to each other on CONTAINER ports).',
    fix:
      'Monitor the master by its service name (or container_name) and the port its server listens on inside its ' +
      'container, e.g. `sentinel monitor mymaster redis-master 6379 2` with `sentinel resolve-hostnames yes`.',
    example: { bad: 'bad-host-port-used', good: 'good-container-port' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (sentinel.scope.kind !== 'compose') continue;
      for (const monitor of sentinel.monitors) {
        const reach = reachFrom(sentinel, monitor.host, monitor.port);
        if (reach.kind !== 'no-such-host' && reach.kind !== 'no-listener') continue;
        // 127.0.0.1 in a container with no data node is sentinel-monitor-loopback's finding.
        if (reach.kind === 'no-listener' && isLoopback(monitor.host.text.toLowerCase()) && reach.servers.length === 0) continue;
        const port = monitor.port.known ? monitor.port.value : 0;
        const at = reach.kind === 'no-such-host' ? monitor.host.span : monitor.portArg.span;
        yield {
          at,
          message:
            `${sentinel.name} monitors ${monitor.name.text} at ${monitor.host.text}:${port}, but ` +
            `${explainMiss(reach, monitor.host.text, port, sentinel.scope.project!.file)}: the Sentinel sees the master down ` +
            `and finds no replicas. ${advice(reach)}`,
          related: missRelated(reach),
        };
      }
    }
  },
});

function advice(reach: ReturnType<typeof reachFrom>): string {
  if (reach.kind === 'no-such-host') return "Use the master's service name or container_name.";
  if (reach.kind === 'no-listener' && reach.servers.length > 0) return 'Use the port the server listens on inside its container.';
  return "Monitor the service that runs the master's Redis server.";
}
