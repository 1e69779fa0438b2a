import type { MasterGroup, Server } from '../deployment.js';

/** The data nodes of a Sentinel group that the files prove: the matched master first, then its replicas. */
export function groupDataNodes(group: MasterGroup): Server[] {
  const nodes = group.master ? [group.master, ...group.replicas] : [...group.replicas];
  return [...new Set(nodes)];
}

/** How a message names a node's role in a group: "the master" or "a replica". */
export function roleIn(group: MasterGroup, node: Server): string {
  return node === group.master ? `the master of ${group.name}` : `a replica of ${group.name}`;
}
