import { defineRule } from '../src/engine/rule.js';
import type { Server } from '../src/model/deployment.js';
import { describePersistence, persistenceOf, persists, type Persistence } from '../src/model/queries/persistence.js';

export default defineRule({
  id: 'replica-persistence-asymmetric',
  level: 'warning',
  category: 'persistence',
  docs: {
    summary: 'In a Sentinel group the master writes RDB snapshots or an append-only file and a replica writes neither, or the other way round.',
    breaks:
      'Sentinel may promote any replica (RULES.md §2.5, sdoc). When the master persists and a replica does not, the ' +
      'replica that becomes master after a failover keeps nothing on disk, and its next restart loses every queued ' +
      'task. When only the replicas persist, the master is the node that loses its data: a restarted master with ' +
      'nothing on disk comes back empty and, if it is still master, its empty data set replicates to the others. ' +
      'A node with no `save` line counts with the default schedule `3600 1 300 100 60 10000`.',
    fix: 'Give every data node of the group the same persistence: the same `save` schedule and `appendonly` setting.',
    example: { bad: 'bad-replica-save-off', good: 'good-same-persistence' },
  },
  *check(deployment) {
    const seen = new Set<string>();
    for (const group of deployment.masterGroups) {
      const master = group.master;
      if (!master) continue;
      const m = persistenceOf(master);
      if (!m) continue;
      for (const replica of group.replicas) {
        const pair = `${master.name}\0${replica.name}`;
        if (seen.has(pair) || replica === master) continue;
        seen.add(pair);
        const r = persistenceOf(replica);
        if (!r || persists(r) === persists(m)) continue;
        yield persists(m)
          ? {
              at: offAt(replica, r),
              message:
                `${replica.name} writes nothing to disk, but its master ${master.name} writes ${describePersistence(m)}: ` +
                `after Sentinel promotes it, ${group.name} keeps no data across a restart. Persist on every node the same way.`,
              related: [onSide(master, m, 'the master')],
            }
          : {
              at: offAt(master, m),
              message:
                `${master.name}, the master of ${group.name}, writes nothing to disk, while its replica ${replica.name} writes ` +
                `${describePersistence(r)}: a restart of the master loses its data. Persist on every node the same way.`,
              related: [onSide(replica, r, 'a replica')],
            };
      }
    }
  },
});

/** The line that turns persistence off: the clearing `save ""` (appendonly is off by default). */
function offAt(node: Server, p: Persistence) {
  return p.rdb.at?.span ?? node.replicaof?.declaredAt ?? node.declaredAt;
}

function onSide(node: Server, p: Persistence, role: string) {
  const line = (p.aof.on ? p.aof.at : undefined) ?? (p.rdb.on ? p.rdb.at : undefined);
  return {
    at: line?.span ?? node.declaredAt,
    message: `${node.name} (${role}) writes ${describePersistence(p)}`,
  };
}
