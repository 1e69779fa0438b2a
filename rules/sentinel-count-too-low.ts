import { defineRule } from '../src/engine/rule.js';
import { monitorsByFile, sentinelCountOf } from '../src/model/queries/group-sentinels.js';

export default defineRule({
  id: 'sentinel-count-too-low',
  level: 'warning', // an error when a single Sentinel monitors the master
  category: 'topology',
  docs: {
    summary: 'Fewer than three Sentinels monitor a master.',
    breaks:
      'A failover needs the votes of a majority of all Sentinels (sentinel.c sentinelGetLeader). With 2 Sentinels, ' +
      'losing one (or its machine) leaves no majority, so the master is never replaced (RULES.md E30). With 1, ' +
      'Sentinel is itself a single point of failure, and its own view of the network alone decides a failover. The ' +
      'Sentinel documentation asks for at least three Sentinel instances on machines that fail independently.',
    fix: 'Run at least 3 Sentinels (an odd number) on separate machines or availability zones.',
    example: { bad: 'bad-two-sentinels', good: 'good-three-sentinels' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      // A lone sentinel.conf is a template: it may be started 3 times, so 1 file proves nothing.
      const sentinels = sentinelCountOf(deployment, group);
      if (!sentinels.known || sentinels.value >= 3 || sentinels.value < 1) continue;
      const [first, ...others] = monitorsByFile(group);
      if (!first) continue;
      const alone = sentinels.value === 1;
      yield {
        at: first.declaredAt,
        message: alone
          ? `Only 1 Sentinel monitors ${group.name}: when it or its machine fails nothing fails over, and while it runs ` +
            `its own view of the network alone decides a failover. Run at least 3 Sentinels on separate machines.`
          : `Only ${sentinels.value} Sentinels monitor ${group.name}: after losing one, the other cannot win the ` +
            `majority of ${sentinels.value} votes a failover needs, so the master is never replaced. Run at least 3 Sentinels on separate machines.`,
        // RULES.md §2.2: a warning, an error when there is a single Sentinel.
        ...(alone ? { level: 'error' as const } : {}),
        related: others.map((other) => ({ at: other.declaredAt, message: `${other.sentinel.name} also monitors ${group.name}` })),
      };
    }
  },
});
