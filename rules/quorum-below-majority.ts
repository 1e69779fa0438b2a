import { defineRule } from '../src/engine/rule.js';
import { alsoMonitors, countedQuorums } from '../src/model/queries/group-sentinels.js';
import { majorityOf } from '../src/model/queries/sentinel-majority.js';

export default defineRule({
  id: 'quorum-below-majority',
  level: 'warning', // quorum 1 with 3 or more Sentinels; other quorums below a majority are a note
  category: 'topology',
  docs: {
    summary: 'A Sentinel quorum is smaller than a majority of the Sentinels that monitor the master.',
    breaks:
      'The quorum only decides when the master is objectively down (ODOWN): with quorum 1, a single Sentinel that ' +
      'loses sight of the master (its own network partition, a long pause) declares it down and asks for a failover. ' +
      'The other Sentinels vote for the first candidate of an epoch without checking the master themselves ' +
      '(sentinel.c SENTINEL IS-MASTER-DOWN-BY-ADDR), so a healthy master can be failed over. A low quorum does not ' +
      'let a failover survive more losses either: the leader always needs the votes of a majority of all Sentinels ' +
      '(sentinelGetLeader: max(quorum, n/2+1)).',
    fix:
      'Set the quorum to a majority (2 of 3, 3 of 5). Keep a lower one only if you want failovers to start on ' +
      'fewer opinions, and know that they still need a majority to happen.',
    example: { bad: 'bad-quorum-1-of-3', good: 'good-quorum-2-of-3' },
  },
  *check(deployment) {
    for (const counted of countedQuorums(deployment)) {
      const { group, monitor, quorum: q, sentinels: n } = counted;
      const majority = majorityOf(n);
      if (q >= majority) continue;
      yield {
        at: monitor.quorum.span,
        message:
          `Quorum ${q} for ${group.name} is below a majority of its ${n} Sentinels: ` +
          `${q === 1 ? 'one Sentinel that loses sight of the master (a partition, a pause) declares' : `${q} Sentinels that lose sight of the master (a partition, a pause) declare`} ` +
          `it down and starts a failover, which the others vote for without checking. ` +
          `Set the quorum to ${majority}: a failover needs ${majority} votes anyway.`,
        // RULES.md §2.8: a warning for quorum 1 with 3 or more Sentinels, a note otherwise.
        level: q === 1 && n >= 3 ? 'warning' : 'note',
        related: alsoMonitors(counted),
      };
    }
  },
});
