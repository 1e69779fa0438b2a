import { defineRule } from '../src/engine/rule.js';
import { describeHostPorts, isPortPool, publishedPortsOf, size } from '../src/model/queries/published-ports.js';
import { looksLikeSwarmStack } from '../src/model/queries/swarm-stack.js';

export default defineRule({
  id: 'port-range-single-instance',
  level: 'note',
  category: 'compose',
  docs: {
    summary: 'A service that runs one container publishes a range of host ports for one container port.',
    breaks:
      'Docker gives each container one free port of a published host range (`26379-26381:26379`), so a service that ' +
      'runs one container uses one of them and the rest stay unused (RULES.md §2.8, Compose ports). The range usually ' +
      'means more Sentinels or replicas were meant than the file starts, and which host port clients reach depends ' +
      'on what else holds ports on the host when the container starts. (Under `docker stack deploy` the ingress publishes ' +
      'every port of the range, so stack files are left alone.)',
    fix:
      'Publish one host port (`26379:26379`), or run as many containers as the range has ports (`deploy.replicas: 3`, ' +
      'or one service per Sentinel, each with its own host port).',
    example: { bad: 'bad-sentinel-range-one-container', good: 'good-range-for-three-replicas' },
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      if (looksLikeSwarmStack(project)) continue; // Swarm's ingress publishes the whole range for the service
      for (const service of project.services) {
        if (!service.instances.known || service.instances.value !== 1) continue;
        for (const port of publishedPortsOf(service).filter(isPortPool)) {
          const range = describeHostPorts(port, port.published);
          yield {
            at: port.span,
            message:
              `service ${service.facts.name} runs one container but publishes ${size(port.published)} host ports ` +
              `(${range}) for container port ${port.target.start}: Docker binds one of them and the others stay unused. ` +
              `Publish a single host port, or run as many containers as the range has ports (deploy.replicas, or --scale).`,
          };
        }
      }
    }
  },
});
