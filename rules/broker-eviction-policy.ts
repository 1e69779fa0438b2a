import { defineRule } from '../src/engine/rule.js';
import { brokerNodes, heldFor, howReached, linkLocations } from '../src/model/queries/broker-nodes.js';
import { brokerSetting } from '../src/model/queries/broker-settings.js';
import { readMemoryValue } from '../src/model/queries/memory-values.js';

export default defineRule({
  id: 'broker-eviction-policy',
  level: 'error',
  category: 'persistence',
  docs: {
    summary: 'A Redis that holds a Celery broker or result backend evicts keys (`maxmemory-policy` other than `noeviction`).',
    breaks:
      'When memory reaches `maxmemory`, an `allkeys-*` policy deletes any key: the queue lists, kombu\'s ' +
      '`_kombu.binding.*` sets and the unacked hash go, so queued tasks vanish and workers fail with ' +
      '`InconsistencyError` (RULES.md E24: under `allkeys-lru` the `celery` queue key itself was evicted). A ' +
      '`volatile-*` policy deletes keys that have an expiry, such as the results `result_expires` gives a TTL. ' +
      'The Celery docs allow `allkeys-lru`; sentinel-lint is stricter. With Sentinel, every node of the group counts: ' +
      'a replica with another policy becomes the broker after a failover.',
    fix: 'Set `maxmemory-policy noeviction` on every node the broker can reach, so a full Redis refuses writes (`OOM command not allowed`) instead of dropping tasks.',
    example: { bad: 'bad-allkeys-lru', good: 'good-noeviction' },
  },
  *check(deployment) {
    for (const [node, links] of brokerNodes(deployment)) {
      const policy = brokerSetting(node, 'maxmemory-policy');
      if (!policy.known || !policy.directive) continue; // the default is noeviction
      const value = policy.directive.args[0];
      const name = value?.text.toLowerCase();
      if (!value || !name || name === 'noeviction') continue;
      const allKeys = name.startsWith('allkeys-');
      const limit = brokerSetting(node, 'maxmemory');
      const bytes = limit.known ? (limit.directive ? readMemoryValue(limit.directive.args[0]?.text ?? '')?.bytes : 0) : undefined;
      const when =
        bytes === 0
          ? 'once a `maxmemory` limit is set (none is today)'
          : bytes === undefined
            ? 'when memory reaches `maxmemory`'
            : `when memory reaches maxmemory ${limit.known && limit.directive ? limit.directive.args[0]!.text : ''}`;
      const broker = links.some((l) => l.url.role === 'broker');
      const loses = allKeys
        ? broker
          ? 'deletes any key, queue lists and `_kombu.binding.*` sets included, and the tasks in them are lost'
          : 'deletes any key, stored task results included, and clients waiting for them never get them'
        : 'deletes keys that have an expiry, such as stored task results';
      yield {
        at: value.span,
        level: allKeys ? 'error' : 'warning',
        message:
          `${node.name} holds ${heldFor(links)} ${howReached(links[0]!)} with maxmemory-policy ${name}: ${when}, Redis ${loses}. ` +
          `Use maxmemory-policy noeviction.`,
        related: linkLocations(links),
      };
    }
  },
});
