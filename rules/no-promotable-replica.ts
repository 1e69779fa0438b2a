import { defineRule } from '../src/engine/rule.js';
import { integerSetting } from '../src/model/queries/integer-setting.js';
import { nameList } from '../src/model/queries/name-list.js';
import { replicaFilesOf } from '../src/model/queries/replicas-of.js';

// Only the case the files prove: every replica file of a Sentinel-monitored master has
// replica-priority 0. "No replicas at all" is not provable from conf files (replicas may be started
// from flags, by other tooling, or attach later), so the rule stays silent on it until compose.
export default defineRule({
  id: 'no-promotable-replica',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'Every replica of a Sentinel-monitored master has `replica-priority 0`.',
    breaks:
      'Sentinel never promotes a replica whose priority is 0 (sentinel.c sentinelSelectSlave; redis.conf ' +
      '"replica-priority"). When the master fails the Sentinels agree it is down, elect a leader, and then abort ' +
      'with "-failover-abort-no-good-slave": clients wait on a dead master until it comes back.',
    fix:
      'Give at least one replica a priority above 0 (the default is 100; lower numbers are preferred). Keep 0 only ' +
      'on replicas that must never become master, such as a backup or a remote-site copy.',
    example: { bad: 'bad-all-priority-zero', good: 'good-one-promotable' },
  },
  *check(deployment) {
    const reported = new Set<string>();
    for (const group of deployment.masterGroups) {
      const master = group.master;
      if (!master) continue;
      const replicas = replicaFilesOf(deployment, master);
      if (!replicas.known || replicas.value.length === 0) continue;
      const priorities = replicas.value.flatMap((replica) => {
        const priority = integerSetting(replica, 'replica-priority');
        return priority.known && priority.set ? [{ replica, value: priority.value, span: priority.span }] : [];
      });
      if (priorities.length < replicas.value.length || priorities.some((p) => p.value !== 0)) continue;
      // Sentinel's state lines list the replicas it has seen: one on a port no file explains may be promotable.
      const ports = new Set(replicas.value.flatMap((r) => (r.port.known ? [r.port.value] : [])));
      const seen = group.monitors.flatMap((m) => m.sentinel.conf.sentinelOptions.filter((o) => o.option === 'known-replica' && o.master?.text === group.name));
      if (seen.some((o) => !ports.has(Number(o.args[1]?.text)))) continue;
      const names = nameList(replicas.value.map((r) => r.name));
      for (const { replica, span: at } of priorities) {
        const key = `${at.file}:${at.line}`;
        if (reported.has(key)) continue; // a master monitored under two names is one problem
        reported.add(key);
        yield {
          at,
          message:
            `Every replica of ${group.name} in these files (${names}) has replica-priority 0, which Sentinel never promotes: when ${master.name} fails the failover aborts ` +
            `("-failover-abort-no-good-slave"). Give at least one replica a priority above 0 (default 100).`,
          related: priorities
            .filter((p) => p.replica !== replica)
            .map((p) => ({ at: p.span, message: `${p.replica.name} also has replica-priority 0` })),
        };
      }
    }
  },
});
