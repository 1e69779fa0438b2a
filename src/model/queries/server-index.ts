import { oncePer } from '../../once-per.js';
import type { Deployment, Scope, Server } from '../deployment.js';
import { pushTo } from '../../multimap.js';

/**
 * The data nodes of a Deployment indexed once, by scope and by the master they replicate from.
 * Queries asked once per node would otherwise scan every server of the repository each time,
 * which is quadratic on a monorepo with thousands of conf files.
 */
interface ServerIndex {
  byScope: Map<Scope, Server[]>;
  byMaster: Map<Server, Server[]>;
}

const indexOf = oncePer((deployment: Deployment): ServerIndex => {
  const index: ServerIndex = { byScope: new Map(), byMaster: new Map() };
  for (const server of deployment.servers) {
    pushTo(index.byScope, server.scope, server);
    if (server.master) pushTo(index.byMaster, server.master, server);
  }
  return index;
});

/** The data nodes of one scope (a conf folder or a compose project), in model order. */
export function serversInScope(deployment: Deployment, scope: Scope): readonly Server[] {
  return indexOf(deployment).byScope.get(scope) ?? [];
}

/** The data nodes whose `replicaof` resolves to `master`, in model order. */
export function directReplicasOf(deployment: Deployment, master: Server): readonly Server[] {
  return indexOf(deployment).byMaster.get(master) ?? [];
}
