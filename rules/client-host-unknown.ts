import { defineRule } from '../src/engine/rule.js';
import type { ClientUrl } from '../src/model/clients.js';
import type { ComposeProject } from '../src/model/deployment.js';
import type { Span } from '../src/model/span.js';
import { closestName } from '../src/model/queries/closest-name.js';
import { nameList } from '../src/model/queries/name-list.js';
import { envWrittenAt } from '../src/model/queries/env-written-at.js';
import { redisClientTargets, schemeOf } from '../src/model/queries/redis-client-targets.js';

export default defineRule({
  id: 'client-host-unknown',
  level: 'error',
  category: 'network',
  docs: {
    summary: 'A client\'s Redis or Sentinel host is no service, container_name or network alias of the compose project that runs Redis.',
    breaks:
      'Inside a compose network, Docker\'s DNS answers only service names, `container_name`s and network aliases ' +
      '(Docker docs, "Networking in Compose"). A host such as `sentinel1` next to a service `sentinel-1` does not ' +
      'resolve: redis-py cannot reach any Sentinel and the worker fails with `MasterNotFoundError` (RULES.md E38), ' +
      'or a plain `redis://` client with a connection error.',
    fix: 'Use the service name (or its `container_name` or an alias) as the host, as the compose file spells it.',
    example: { bad: 'bad-sentinel-typo', good: 'good-service-names' },
  },
  *check(deployment) {
    for (const target of redisClientTargets(deployment)) {
      const { reach, endpoint, url } = target;
      if (reach.kind !== 'no-such-host' || !endpoint.host.known || endpoint.host.value === null) continue;
      const project = reach.project;
      // A project without Redis or Sentinel is not where the client's server runs.
      if (!runsRedis(project)) continue;
      const host = endpoint.host.value;
      const wanted = schemeOf(url) === 'sentinel' ? 'sentinel' : 'server';
      const candidates = project.services.filter((s) => s.nodes.some((n) => (n.conf.kind === 'sentinel-conf') === (wanted === 'sentinel')));
      const suggestion = closestName(host, (candidates.length ? candidates : project.services).flatMap((s) => s.names));
      const services = project.services.filter((s) => s.nodes.length > 0).map((s) => s.facts.name);
      const written = envWrittenAt(url, target.at, host);
      const moved = written !== undefined && !sameLine(written, target.at);
      const at = moved ? written : target.at;
      yield {
        at,
        message:
          `${describeUrl(url)} dials ${host}, which is no service, container_name or alias in ${project.file}: ` +
          `inside the compose network the name does not resolve, so the client cannot connect. ` +
          (suggestion ? `Did you mean ${suggestion}?` : services.length ? `Its Redis services are ${nameList(services)}.` : 'Use a service name.'),
        related: [
          ...(moved ? [{ at: target.at, message: `${target.at.file} reads it from the environment here` }] : []),
          ...url.env.flatMap((use) =>
            use.entry && !moved && !sameLine(use.entry.rawSpan, at) ? [{ at: use.entry.rawSpan, message: `${use.name} in ${use.envFile ?? '.env'} sets it` }] : [],
          ),
        ],
      };
    }
  },
});

const sameLine = (a: Span, b: Span) => a.file === b.file && a.line === b.line;

function runsRedis(project: ComposeProject): boolean {
  return project.services.some((s) => s.nodes.length > 0) || project.unknownProcesses.length > 0;
}

function describeUrl(url: ClientUrl): string {
  const role = url.role === 'broker' ? 'Celery broker URL' : url.role === 'backend' ? 'Celery result backend URL' : 'Redis URL';
  return `The ${role} (${url.writtenAs})`;
}
