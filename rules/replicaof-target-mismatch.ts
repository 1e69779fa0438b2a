import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment, MasterGroup, Server } from '../src/model/deployment.js';
import { explainMiss, missRelated, reachFrom } from '../src/model/queries/compose-reach.js';

// Compose scope only: in a conf-only scope the files cannot show which host answers to a name.
export default defineRule({
  id: 'replicaof-target-mismatch',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'A compose data node replicates from an address where no data node listens, or from a replica of the master the Sentinels monitor.',
    breaks:
      'redis-server accepts any `replicaof` host at start and resolves it only when it connects (RULES.md E36): a ' +
      'name no service, container_name or alias carries, or a port the master does not listen on inside its ' +
      'container (often the host port it publishes, which only the Docker host sees), loops every second on ' +
      '"Unable to connect to MASTER" and the replica never gets any data. A replica of a replica is not in the ' +
      "master's INFO, where Sentinel discovers replicas (sentinel.c sentinelRefreshInstanceInfo): Sentinel never " +
      'sees it, never promotes it and never reconfigures it after a failover.',
    fix:
      'Point `replicaof` at the master the Sentinels monitor, by its service name and the port its server listens ' +
      'on inside its container (`replicaof redis-master 6379`).',
    example: { bad: 'bad-host-port-used', good: 'good-container-port' },
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (server.scope.kind !== 'compose' || !server.replicaof) continue;
      const finding = unreachable(server) ?? chained(deployment, server);
      if (finding) yield finding;
    }
  },
});

/** `replicaof` names nothing in the project, or a port no data node there listens on. */
function unreachable(server: Server): Finding | undefined {
  const { host, port } = server.replicaof!;
  const reach = reachFrom(server, host, port);
  if ((reach.kind !== 'no-such-host' && reach.kind !== 'no-listener') || !port.known) return undefined;
  return {
    at: reach.kind === 'no-such-host' ? host.span : port.span,
    message:
      `${server.name} replicates from ${host.text}:${port.value}, but ${explainMiss(reach, host.text, port.value, server.scope.project!.file)}: ` +
      `it loops on "Unable to connect to MASTER" and never gets any data. ${reach.kind === 'no-such-host' ? "Use the master's service name." : 'Use the port the master listens on inside its container.'}`,
    related: missRelated(reach),
  };
}

/** `replicaof` reaches a replica of the master that the Sentinels monitor. */
function chained(deployment: Deployment, server: Server): Finding | undefined {
  const reach = reachFrom(server, server.replicaof!.host, server.replicaof!.port);
  if (reach.kind !== 'node') return undefined;
  const upstream = reach.server;
  if (upstream === server || !upstream.replicaof || !upstream.master) return undefined;
  // Sentinel rewrites replicaof lines on failover: a committed rewritten file may be from another time.
  if (server.conf.rewrittenByServer || upstream.conf.rewrittenByServer) return undefined;
  const group = deployment.masterGroups.find((g: MasterGroup) => g.scope === server.scope && g.master !== undefined && g.master === upstream.master && g.master !== server);
  if (!group) return undefined;
  const master = group.master!;
  const monitor = group.monitors[0]!;
  return {
    at: server.replicaof!.host.span,
    message:
      `${server.name} replicates from ${upstream.name}, itself a replica of ${master.name}, which the Sentinels monitor as ` +
      `${group.name}: Sentinel finds replicas only in the master's INFO, so it does not know ${server.name}, cannot promote it ` +
      `and does not repoint it when a failover moves the master. Replicate from ${master.service?.facts.name ?? master.name}` +
      `${master.port.known ? ` ${master.port.value}` : ''} directly.`,
    related: [
      { at: upstream.replicaof!.declaredAt, message: `${upstream.name} replicates from ${master.name}` },
      { at: monitor.declaredAt, message: `${monitor.sentinel.name} monitors ${group.name}` },
    ],
  };
}
