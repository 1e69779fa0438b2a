import type { Deployment, Server } from '../deployment.js';
import { known, unknown, type Value } from '../value.js';
import { directReplicasOf, serversInScope } from './server-index.js';

/**
 * The data nodes that replicate directly from `master` (a replica of a replica is not counted:
 * min-replicas and Sentinel's promotion only see direct replicas). Unknown when some `replicaof`
 * in the master's scope could not be matched to its master and may point at this one (same port,
 * or a port that is not a number), or when its compose project runs data nodes whose
 * configuration is not known: the set of replicas is then not proven complete.
 */
export function replicaFilesOf(deployment: Deployment, master: Server): Value<Server[]> {
  const unmatched = serversInScope(deployment, master.scope).find(
    (s) => s !== master && s.replicaof && !s.master && (!s.replicaof.port.known || !master.port.known || s.replicaof.port.value === master.port.value),
  );
  if (unmatched) return unknown(`${unmatched.name} replicates from an address that could be ${master.name}`, master.declaredAt);
  const project = master.scope.project;
  const hidden = project?.unknownProcesses.find((u) => u.mode !== 'sentinel');
  if (hidden) return unknown(`what service ${hidden.service.name} runs is not known (${hidden.why})`, master.declaredAt);
  const external = project?.facts.networks.find((n) => n.external);
  if (external) return unknown(`network ${external.name} is external: replicas of other projects may join it`, master.declaredAt);
  return known([...directReplicasOf(deployment, master)], master.declaredAt);
}

/**
 * How many replica instances replicate from `master`. DESIGN.md "Counting instances": in compose
 * each replica process runs once per container of its service, and a fully known project proves
 * the count (none excepted: replicas elsewhere may reach it). In a conf-only scope each file that replicates the same master is one
 * instance, but a lone replica file is a template that may be started any number of times, and no
 * replica file at all proves nothing (replicas may be started from flags or by other tooling). So
 * there the count is known only from two files on.
 */
export function replicaCountOf(deployment: Deployment, master: Server): Value<number> {
  const replicas = replicaFilesOf(deployment, master);
  if (!replicas.known) return replicas;
  if (master.scope.kind === 'compose') {
    let total = 0;
    for (const replica of replicas.value) {
      if (!replica.instances.known) return unknown(`the number of containers of ${replica.name} is not known`, replica.instances.span);
      total += replica.instances.value;
    }
    // None in the project does not prove none at all: a replica elsewhere may reach it over a shared network or a published port.
    return total > 0 ? known(total, master.declaredAt) : unknown('no replica in the compose project replicates from it', master.declaredAt);
  }
  if (replicas.value.length < 2) {
    return unknown('a lone replica file is a template: how many replicas start from it is not known', master.declaredAt);
  }
  return known(replicas.value.length, master.declaredAt);
}
