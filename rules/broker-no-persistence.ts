import { defineRule } from '../src/engine/rule.js';
import { brokerNodes, heldFor, howReached, linkLocations } from '../src/model/queries/broker-nodes.js';
import { defaultSettingAt, flagHere, durabilityKnown } from '../src/model/queries/broker-settings.js';
import { persistenceOf, persists } from '../src/model/queries/persistence.js';

export default defineRule({
  id: 'broker-no-persistence',
  level: 'error',
  category: 'persistence',
  docs: {
    summary: 'A Redis that holds a Celery broker or result backend writes nothing to disk: `save ""` and `appendonly no`.',
    breaks:
      'With RDB snapshots cleared (`save ""`) and no append-only file (appendonly is off by default, RULES.md §1.7), ' +
      'Redis keeps its data only in memory. Any restart, a crash, a `docker compose restart` or an upgrade, starts ' +
      'it empty: every queued task, every unacked message and every stored result is gone. With Sentinel, a replica ' +
      'that is promoted is the broker from then on, so each node of the group counts.',
    fix: 'Turn on the append-only file (`appendonly yes`, or `--appendonly yes` in compose) on every node the broker can reach, and keep its `dir` on a volume.',
    example: { bad: 'bad-save-empty', good: 'good-aof-without-rdb' },
  },
  *check(deployment) {
    for (const [node, links] of brokerNodes(deployment)) {
      if (!durabilityKnown(node, ['appendonly', 'save'])) continue;
      const persistence = persistenceOf(node);
      if (!persistence || persists(persistence)) continue;
      const lost = links.some((l) => l.url.role === 'broker') ? 'every queued task' : 'every stored result';
      yield {
        at: persistence.rdb.at?.span ?? defaultSettingAt(node),
        message:
          `${node.name} holds ${heldFor(links)} ${howReached(links[0]!)} but writes nothing to disk (save "" and ` +
          `${persistence.aof.at ? 'appendonly no' : 'appendonly off by default'}): a restart loses ${lost}. ` +
          `Set ${flagHere(node, persistence.aof.at?.span) ? '--appendonly yes' : 'appendonly yes'}.`,
        related: [
          ...(persistence.aof.at ? [{ at: persistence.aof.at.span, message: 'the append-only file is turned off here' }] : []),
          ...linkLocations(links),
        ],
      };
    }
  },
});
