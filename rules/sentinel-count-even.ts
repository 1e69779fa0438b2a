import { defineRule } from '../src/engine/rule.js';
import { monitorsByFile, sentinelCountOf } from '../src/model/queries/group-sentinels.js';
import { majorityOf } from '../src/model/queries/sentinel-majority.js';

export default defineRule({
  id: 'sentinel-count-even',
  level: 'warning',
  category: 'topology',
  docs: {
    summary: 'An even number of Sentinels monitors a master.',
    breaks:
      'A failover needs the votes of a majority of all Sentinels (sentinel.c sentinelGetLeader: n/2+1). With 2 ' +
      'Sentinels that majority is 2: once one of them (or its machine) is lost, the other is elected by no one and ' +
      'the master is never replaced (RULES.md E30: "-failover-abort-not-elected"). With 4, the majority is 3: the ' +
      'fourth Sentinel adds a machine but tolerates no more losses than 3 do, and a split into two halves leaves ' +
      'neither side able to fail over.',
    fix: 'Run an odd number of Sentinels, 3 or 5, on machines that fail independently.',
    example: { bad: 'bad-two-sentinels', good: 'good-three-sentinels' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const sentinels = sentinelCountOf(deployment, group); // unknown for a lone template: its instance count is not proven
      if (!sentinels.known || sentinels.value < 2 || sentinels.value % 2 !== 0) continue;
      const n = sentinels.value;
      const [first, ...others] = monitorsByFile(group);
      if (!first) continue;
      // One finding per master: the count is a property of the group, reported at its first monitor line.
      yield {
        at: first.declaredAt,
        message: n === 2 ? explainTwo(group.name) : explainEven(group.name, n),
        related: others.map((other) => ({ at: other.declaredAt, message: `${other.sentinel.name} also monitors ${group.name}` })),
      };
    }
  },
});

function explainTwo(master: string): string {
  return (
    `${master} has 2 Sentinels: a failover needs both votes, so once one Sentinel or its machine is lost the master ` +
    `is never replaced. Run 3 Sentinels on separate machines.`
  );
}

function explainEven(master: string, n: number): string {
  const majority = majorityOf(n);
  return (
    `${master} has ${n} Sentinels: a failover needs ${majority} votes, so they survive the loss of ${n - majority}, ` +
    `as ${n - 1} Sentinels do, and a split into two halves of ${n / 2} stops every failover. Run ${n - 1} or ${n + 1} Sentinels.`
  );
}
