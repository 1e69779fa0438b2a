import { defineRule } from '../src/engine/rule.js';
import type { ServiceNode } from '../src/model/deployment.js';
import { sentinelCountOf } from '../src/model/queries/group-sentinels.js';
import { majorityOf } from '../src/model/queries/sentinel-majority.js';
import { nameList } from '../src/model/queries/name-list.js';

export default defineRule({
  id: 'sentinels-colocated',
  level: 'note',
  category: 'topology',
  docs: {
    summary: 'Every Sentinel of a master runs in one compose project with no placement constraints: on one machine.',
    breaks:
      '`docker compose up` starts every service of a file on one Docker host, and without `deploy.placement` ' +
      'constraints nothing asks a swarm to keep the Sentinels apart. When that machine fails, the master, its ' +
      'replicas and all the Sentinels go together: no majority is left to elect a leader and fail over. The ' +
      'Sentinel documentation asks for Sentinels "placed into computers or virtual machines that are believed ' +
      'to fail in an independent way" (redis-doc sentinel.md, "Fundamental things to know", #2). Fine for ' +
      'development and tests; not high availability.',
    fix:
      'Run the Sentinels on separate machines: separate compose projects on separate hosts, or a swarm stack with ' +
      '`deploy.placement.constraints` (e.g. `node.labels.zone == a`) or `max_replicas_per_node: 1` per Sentinel service.',
    example: { bad: 'bad-three-sentinels-one-file', good: 'good-placement-constraints' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      if (group.scope.kind !== 'compose') continue;
      const count = sentinelCountOf(deployment, group);
      if (!count.known || count.value < 2) continue;
      const services = [...new Set(group.monitors.flatMap((m) => (m.sentinel.service ? [m.sentinel.service] : [])))];
      if (services.length === 0 || services.some((s) => s.facts.placementConstraints.length > 0)) continue;
      services.sort((a, b) => a.facts.span.line - b.facts.span.line);
      const [first, ...others] = services as [ServiceNode, ...ServiceNode[]];
      const file = group.scope.project!.file;
      yield {
        at: first.facts.span,
        message:
          `All ${count.value} Sentinels of ${group.name} (${nameList(services.map((s) => `service ${s.facts.name}`))}) come from ` +
          `${file}: \`docker compose up\` runs them on one machine, and no placement constraint keeps a swarm from doing the same. ` +
          `When that machine fails, no majority (${majorityOf(count.value)} of ${count.value}) is left to fail over. ` +
          'Spread them over hosts that fail independently.',
        related: others.map((s) => ({ at: s.facts.span, message: `service ${s.facts.name} also runs a Sentinel of ${group.name}` })),
      };
    }
  },
});
