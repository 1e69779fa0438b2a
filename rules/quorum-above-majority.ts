import { defineRule } from '../src/engine/rule.js';
import { monitorsByFile, sentinelCountOf } from '../src/model/queries/group-sentinels.js';
import { majorityOf } from '../src/model/queries/sentinel-majority.js';

export default defineRule({
  id: 'quorum-above-majority',
  level: 'warning',
  category: 'topology',
  docs: {
    summary: 'A Sentinel quorum is larger than a majority of the Sentinels that monitor the master.',
    breaks:
      'The quorum only decides when the master is objectively down (ODOWN): that many Sentinels must see it ' +
      'unreachable. The failover itself always needs the votes of a majority of all Sentinels, and never fewer ' +
      'than the quorum (sentinel.c sentinelGetLeader: max(quorum, n/2+1)). So a quorum above the majority buys ' +
      'nothing and costs availability: with quorum 3 of 3, losing one Sentinel (or its machine) means the master is ' +
      'never declared down, and no failover happens, where quorum 2 would still fail over. The common advice ' +
      '"the quorum must be more than 50%" is wrong: the majority is enforced by the vote whatever the quorum is.',
    fix: 'Set the quorum to a majority: 2 of 3, 3 of 5 (n/2+1).',
    example: { bad: 'bad-quorum-3-of-3', good: 'good-quorum-majority' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const sentinels = sentinelCountOf(deployment, group); // unknown for a lone template: its instance count is not proven
      if (!sentinels.known) continue;
      const n = sentinels.value;
      const majority = majorityOf(n);
      const monitors = monitorsByFile(group);
      for (const monitor of monitors) {
        const { quorum } = monitor;
        // Above n is quorum-exceeds-sentinels (no failover at all); 0 is a parse error.
        if (!quorum.known || quorum.value <= majority || quorum.value > n) continue;
        yield {
          at: quorum.span,
          message:
            `Quorum ${quorum.value} for ${group.name} is above a majority of its ${n} Sentinels: a failover needs ` +
            `${quorum.value} of them up, so it survives the loss of ${lost(n - quorum.value)} instead of ` +
            `${lost(n - majority)}. Set the quorum to ${majority}; the failover still needs a majority (${majority}) to vote for it.`,
          related: monitors
            .filter((other) => other !== monitor)
            .map((other) => ({ at: other.quorum.span, message: `${other.sentinel.name} also monitors ${group.name}` })),
        };
      }
    }
  },
});

function lost(sentinels: number): string {
  return sentinels === 0 ? 'no Sentinel' : sentinels === 1 ? '1 Sentinel' : `${sentinels} Sentinels`;
}
