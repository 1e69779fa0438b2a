import { defineRule } from '../src/engine/rule.js';
import type { Server } from '../src/model/deployment.js';
import { groupDataNodes, roleIn } from '../src/model/queries/group-nodes.js';
import { yesNoInEffect } from '../src/model/queries/setting-in-effect.js';

export default defineRule({
  id: 'replica-writable',
  level: 'warning',
  category: 'topology',
  docs: {
    summary: 'A data node in a Sentinel group sets `replica-read-only no` (or `slave-read-only no`).',
    breaks:
      'While the node is a replica it accepts writes that its master never sees: the next full resync from the ' +
      'master, or a failover that promotes another node, silently discards them. Any node of the group can be a ' +
      'replica, the initial master too after a failover (redis.conf "replica-read-only").',
    fix: 'Remove the line (the default is `replica-read-only yes`); send writes to the master that Sentinel names.',
    example: { bad: 'bad-replica-read-only-no', good: 'good-read-only-default' },
  },
  *check(deployment) {
    const seen = new Set<Server>();
    for (const group of deployment.masterGroups) {
      for (const node of groupDataNodes(group)) {
        if (seen.has(node)) continue;
        seen.add(node);
        const readOnly = yesNoInEffect(node, 'replica-read-only', true);
        if (!readOnly || readOnly.value || !readOnly.directive) continue;
        const written = `${readOnly.directive.written} no`;
        const when = node === group.master ? 'after a failover, when it rejoins as a replica, it' : 'it';
        yield {
          at: readOnly.directive.span,
          message:
            `${node.name} is ${roleIn(group, node)} and sets ${written}: ${when} accepts writes that the master never ` +
            `sees, and the next resync or failover discards them. Remove the line (the default is yes).`,
        };
      }
    }
  },
});
