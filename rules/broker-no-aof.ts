import { defineRule } from '../src/engine/rule.js';
import { brokerNodes, heldFor, howReached, linkLocations } from '../src/model/queries/broker-nodes.js';
import { defaultSettingAt, flagHere, durabilityKnown } from '../src/model/queries/broker-settings.js';
import { DEFAULT_SAVE, persistenceOf } from '../src/model/queries/persistence.js';

export default defineRule({
  id: 'broker-no-aof',
  level: 'warning',
  category: 'persistence',
  docs: {
    summary: 'A Redis that holds a Celery broker or result backend writes RDB snapshots but no append-only file (`appendonly no`, the default).',
    breaks:
      'RDB snapshots are taken on a schedule (compiled-in default `save 3600 1 300 100 60 10000`, RULES.md §1.7; the ' +
      'official image uses it). When Redis crashes or its container is killed, every task published since the last ' +
      'snapshot is lost: up to an hour of a quiet queue. With Sentinel, a replica that is promoted is the broker from ' +
      'then on, so each node of the group counts.',
    fix: 'Turn on the append-only file on every node the broker can reach: `appendonly yes` in redis.conf, or `--appendonly yes` in the compose command (`appendfsync everysec`, the default, loses at most about a second).',
    example: { bad: 'bad-default-rdb-only', good: 'good-appendonly-yes' },
  },
  *check(deployment) {
    for (const [node, links] of brokerNodes(deployment)) {
      if (!durabilityKnown(node, ['appendonly', 'save'])) continue;
      const persistence = persistenceOf(node);
      // Neither RDB nor AOF: broker-no-persistence says it, louder.
      if (!persistence || persistence.aof.on || !persistence.rdb.on) continue;
      const schedule = persistence.rdb.at ? 'its save schedule' : `the default save schedule ${DEFAULT_SAVE}`;
      const off = persistence.aof.at;
      yield {
        at: off?.args[0]?.span ?? defaultSettingAt(node),
        message:
          `${node.name} holds ${heldFor(links)} ${howReached(links[0]!)} with ${off ? 'appendonly no' : 'no append-only file (appendonly is off by default)'}: ` +
          `it only writes RDB snapshots on ${schedule}, so a crash loses every ${links.some((l) => l.url.role === 'broker') ? 'task' : 'result'} written since the last snapshot. ` +
          `Set ${flagHere(node, off?.span) ? '--appendonly yes' : 'appendonly yes'}.`,
        related: linkLocations(links),
      };
    }
  },
});
