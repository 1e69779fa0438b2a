import { defineRule } from '../src/engine/rule.js';
import { brokerNodes, heldFor, howReached, linkLocations } from '../src/model/queries/broker-nodes.js';
import { brokerSetting, defaultSettingAt } from '../src/model/queries/broker-settings.js';
import { readMemoryValue } from '../src/model/queries/memory-values.js';

export default defineRule({
  id: 'maxmemory-unset',
  level: 'note',
  category: 'persistence',
  docs: {
    summary: 'A Redis that holds a Celery broker or result backend has no `maxmemory` limit (0, the default).',
    breaks:
      'With `maxmemory 0` (the compiled-in default, RULES.md §1.7) Redis never refuses a write. When a backlog of ' +
      'tasks outgrows the memory of the machine or of the container\'s limit, the kernel\'s OOM killer ends ' +
      'Redis: every client loses its connection at once and, without an append-only file, the queue is lost. With a ' +
      'limit and `noeviction`, publishers get `OOM command not allowed when used memory > \'maxmemory\'` and the ' +
      'queued tasks stay.',
    fix: 'Set `maxmemory` below the memory Redis may use (leave room for forks and buffers) together with `maxmemory-policy noeviction`.',
    example: { bad: 'bad-no-limit', good: 'good-limit-set' },
  },
  *check(deployment) {
    for (const [node, links] of brokerNodes(deployment)) {
      const limit = brokerSetting(node, 'maxmemory');
      if (!limit.known) continue;
      const written = limit.directive?.args[0];
      if (written && readMemoryValue(written.text)?.bytes !== 0) continue;
      yield {
        at: written?.span ?? defaultSettingAt(node),
        message:
          `${node.name} holds ${heldFor(links)} ${howReached(links[0]!)} with ${written ? 'maxmemory 0' : 'no maxmemory'}: ` +
          `a growing backlog is stopped by the kernel's OOM killer, not by an OOM error to the client. ` +
          `Set maxmemory with maxmemory-policy noeviction.`,
        related: linkLocations(links),
      };
    }
  },
});
