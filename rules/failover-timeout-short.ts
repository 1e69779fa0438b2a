import { defineRule } from '../src/engine/rule.js';
import { atoiArgument, plainNumberOf } from '../src/model/queries/sentinel-numbers.js';

/** sentinel.conf defaults (RULES.md §1.7). */
const DEFAULT_FAILOVER_TIMEOUT = 180_000;
const DEFAULT_DOWN_AFTER = 30_000;
/** "Far below the default": under a third of it, one minute. */
const FLOOR = 60_000;

export default defineRule({
  id: 'failover-timeout-short',
  level: 'note',
  category: 'topology',
  docs: {
    summary: '(Heuristic) a `failover-timeout` under one minute, or under twice `down-after-milliseconds`.',
    breaks:
      'Sentinel cancels a failover whose promoted replica has not confirmed its new role within failover-timeout, ' +
      'stops pacing the reconfiguration of the other replicas by `parallel-syncs` once it has passed (they are all ' +
      'pointed at the new master at once, and resync together), and waits 2 × failover-timeout before it tries the ' +
      'same master again (sentinel.conf). The default is 180000 ms; a few seconds leave no room for a replica that ' +
      'needs a full resync.',
    fix: 'Use at least 60000 ms and more than twice `down-after-milliseconds`; the default 180000 suits most deployments.',
    example: { bad: 'bad-ten-second-timeout', good: 'good-default-like-timeout' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      for (const monitor of sentinel.monitors) {
        const option = monitor.option('failover-timeout');
        const timeout = plainNumberOf(option);
        const downAfter = plainNumberOf(monitor.option('down-after-milliseconds')) ?? DEFAULT_DOWN_AFTER;
        if (!option || timeout === undefined || timeout <= 0) continue;
        const belowTwice = timeout < 2 * downAfter;
        if (!belowTwice && timeout >= FLOOR) continue;
        const reasons = [
          ...(timeout < FLOOR ? [`under a minute (the default is ${DEFAULT_FAILOVER_TIMEOUT})`] : []),
          ...(belowTwice ? [`less than twice down-after-milliseconds (${downAfter} ms)`] : []),
        ];
        yield {
          at: atoiArgument(option)!.span,
          message:
            `failover-timeout for ${monitor.name.text} is ${timeout} ms, ${reasons.join(' and ')}: a promotion slower than ` +
            'that is cancelled, and replica reconfiguration stops following parallel-syncs once it has passed. Use at ' +
            `least ${Math.max(FLOOR, 2 * downAfter)} ms.`,
        };
      }
    }
  },
});
