import type { Deployment, Server } from '../deployment.js';
import { known, unknown, type Value } from '../value.js';

/**
 * The data-node files that replicate directly from `master` (a replica of a replica is not
 * counted: min-replicas and Sentinel's promotion only see direct replicas). Unknown when some
 * `replicaof` in the deployment could not be matched to its master and may point at this one
 * (same port, or a port that is not a number): the set of replicas is then not proven complete.
 */
export function replicaFilesOf(deployment: Deployment, master: Server): Value<Server[]> {
  const unmatched = deployment.servers.find(
    (s) => s !== master && s.replicaof && !s.master && (!s.replicaof.port.known || !master.port.known || s.replicaof.port.value === master.port.value),
  );
  if (unmatched) return unknown(`${unmatched.name} replicates from an address that could be ${master.name}`, master.declaredAt);
  return known(deployment.servers.filter((s) => s.master === master), master.declaredAt);
}

/**
 * How many replica instances replicate from `master`. DESIGN.md "Counting instances": in a
 * conf-only scope each file that replicates the same master is one instance, but a lone replica
 * file is a template that may be started any number of times, and no replica file at all proves
 * nothing (replicas may be started from flags or by other tooling). So the count is known only
 * from two files on.
 */
export function replicaCountOf(deployment: Deployment, master: Server): Value<number> {
  const files = replicaFilesOf(deployment, master);
  if (!files.known) return files;
  if (files.value.length < 2) {
    return unknown('a lone replica file is a template: how many replicas start from it is not known', master.declaredAt);
  }
  return known(files.value.length, master.declaredAt);
}
