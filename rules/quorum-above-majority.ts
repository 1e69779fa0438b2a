import { defineRule } from '../src/engine/rule.js';
import { alsoMonitors, countedQuorums } from '../src/model/queries/group-sentinels.js';
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
    for (const counted of countedQuorums(deployment)) {
      const { group, monitor, quorum, sentinels: n } = counted;
      const majority = majorityOf(n);
      // Above n is quorum-exceeds-sentinels (no failover at all).
      if (quorum <= majority || quorum > n) continue;
      yield {
        at: monitor.quorum.span,
        message:
          `Quorum ${quorum} for ${group.name} is above a majority of its ${n} Sentinels: a failover needs ` +
          `${quorum} of them up, so it survives the loss of ${lost(n - quorum)} instead of ` +
          `${lost(n - majority)}. Set the quorum to ${majority}; the failover still needs a majority (${majority}) to vote for it.`,
        related: alsoMonitors(counted),
      };
    }
  },
});

function lost(sentinels: number): string {
  return sentinels === 0 ? 'no Sentinel' : sentinels === 1 ? '1 Sentinel' : `${sentinels} Sentinels`;
}
