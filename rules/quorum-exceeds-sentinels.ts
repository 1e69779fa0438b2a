import { defineRule } from '../src/engine/rule.js';
import { monitorsByFile, sentinelCountOf } from '../src/model/queries/group-sentinels.js';
import { majorityOf } from '../src/model/queries/sentinel-majority.js';

export default defineRule({
  id: 'quorum-exceeds-sentinels',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'A Sentinel quorum is larger than the number of Sentinels that monitor the master.',
    breaks:
      'The quorum is how many Sentinels must agree that the master is unreachable before it is objectively down ' +
      '(ODOWN); only then may a failover start, and it still needs the votes of a majority of all Sentinels ' +
      '(sentinel.c sentinelGetLeader: max(quorum, n/2+1)). With fewer Sentinels than the quorum, ODOWN is never ' +
      'reached: the master dies, every Sentinel sees it down on its own (+sdown), no failover ever starts, and clients ' +
      'wait on a dead master. redis-sentinel accepts such a quorum at start-up without a word; SENTINEL CKQUORUM ' +
      'answers "NOQUORUM" (RULES.md E17).',
    fix:
      'Set the quorum to a majority of the Sentinels (2 of 3, 3 of 5), or run more Sentinels. The quorum is not a ' +
      'percentage that must exceed 50%: a failover always needs a majority anyway.',
    example: { bad: 'bad-quorum-4-of-3', good: 'good-quorum-2-of-3' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      // redis-sentinel accepts any quorum >= 1 at start-up (E17): nothing else warns before the outage.
      const sentinels = sentinelCountOf(deployment, group); // instances, not files; unknown for a lone template
      if (!sentinels.known) continue;
      const monitors = monitorsByFile(group);
      for (const monitor of monitors) {
        const { quorum } = monitor;
        // Quorum 0 is refused at start-up: sentinel-parse-error reports it.
        if (!quorum.known || quorum.value < 1 || quorum.value <= sentinels.value) continue;
        yield {
          at: quorum.span,
          message: explainUnreachableQuorum(group.name, quorum.value, sentinels.value),
          related: monitors
            .filter((other) => other !== monitor)
            .map((other) => ({ at: other.declaredAt, message: `${other.sentinel.name} also monitors ${group.name}` })),
        };
      }
    }
  },
});

function explainUnreachableQuorum(master: string, quorum: number, sentinels: number): string {
  return (
    `Sentinel can never agree that ${master} is down: quorum ${quorum} needs ${quorum} Sentinels, ` +
    `only ${sentinels} monitor it, so no failover ever starts. ` +
    `Set the quorum to ${majorityOf(sentinels)} (a majority) or add Sentinels.`
  );
}
