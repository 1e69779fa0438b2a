import { defineRule } from '../src/engine/rule.js';
import { integerSetting } from '../src/model/queries/integer-setting.js';
import { nameList } from '../src/model/queries/name-list.js';
import { replicaCountOf, replicaFilesOf } from '../src/model/queries/replicas-of.js';

// How many replicas a master has is known from conf files only when two or more replica files
// point at it (each is then one instance, DESIGN.md "Counting instances"): a lone replica file is
// a template that may be started several times, and a master with no replica file may get its
// replicas from flags or other tooling. The rule is silent otherwise (replicas-of.ts).
export default defineRule({
  id: 'min-replicas-unsatisfiable',
  level: 'error', // a warning when min-replicas-to-write equals the number of replicas
  category: 'topology',
  docs: {
    summary: '`min-replicas-to-write` asks for at least as many replicas as the master has.',
    breaks:
      'The master refuses writes while fewer than `min-replicas-to-write` replicas are connected and no more than ' +
      '`min-replicas-max-lag` seconds behind: "NOREPLICAS Not enough good replicas to write." (RULES.md E23). ' +
      'Asking for more replicas than exist fails every write, all the time; a Celery broker refuses every publish. ' +
      'Asking for exactly as many fails every write as soon as one replica restarts or lags.',
    fix: 'Set `min-replicas-to-write` below the number of replicas (1 with 2 replicas), or add replicas.',
    example: { bad: 'bad-three-of-two', good: 'good-one-of-two' },
  },
  *check(deployment) {
    for (const master of deployment.servers) {
      if (master.replicaof) continue; // on a replica the setting waits for a promotion: promotion-asymmetry's case
      const wanted = integerSetting(master, 'min-replicas-to-write');
      if (!wanted.known || !wanted.set || wanted.value < 1) continue;
      // min-replicas-max-lag 0 turns the check off (replication.c): min-replicas-disabled reports that.
      const lag = integerSetting(master, 'min-replicas-max-lag');
      if (!lag.known) continue;
      const maxLag = lag.set ? lag.value : 10;
      if (maxLag === 0) continue;
      const count = replicaCountOf(deployment, master);
      const replicas = replicaFilesOf(deployment, master);
      if (!count.known || !replicas.known || wanted.value < count.value) continue;
      const k = count.value;
      const names = nameList(replicas.value.map((r) => r.name));
      const exceeds = wanted.value > k;
      yield {
        at: wanted.span,
        message: exceeds
          ? `${master.name} refuses every write ("NOREPLICAS Not enough good replicas to write."): min-replicas-to-write ` +
            `${wanted.value} needs ${wanted.value} replicas, and only ${k} replicate from it (${names}). ` +
            `Set it to ${k - 1} or add replicas.`
          : `min-replicas-to-write ${wanted.value} on ${master.name} equals its ${k} replicas (${names}): when one of them ` +
            `is down or more than ${maxLag} s behind, every write fails with "NOREPLICAS Not enough good replicas to write.". ` +
            `Set it to ${k - 1} or add a replica.`,
        // RULES.md §2.2: an error above the number of replicas, a warning when equal.
        ...(exceeds ? {} : { level: 'warning' as const }),
        related: replicas.value.map((r) => ({ at: r.replicaof!.declaredAt, message: `${r.name} replicates from ${master.name}` })),
      };
    }
  },
});
