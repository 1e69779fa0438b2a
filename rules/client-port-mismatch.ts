import { defineRule, type Finding } from '../src/engine/rule.js';
import type { ClientUrl } from '../src/model/clients.js';
import type { ComposeProject, ServiceNode } from '../src/model/deployment.js';
import { isLoopback } from '../src/model/address.js';
import { runsInService, type ClientTarget } from '../src/model/queries/client-targets.js';
import { envWrittenAt } from '../src/model/queries/env-written-at.js';
import { unpublishedListeners } from '../src/model/queries/loopback-unpublished.js';
import { nameList } from '../src/model/queries/name-list.js';
import { redisClientTargets } from '../src/model/queries/redis-client-targets.js';

export default defineRule({
  id: 'client-port-mismatch',
  level: 'error',
  category: 'network',
  docs: {
    summary:
      'A client inside the compose network dials a service on the port it publishes on the host, or a client on the host dials a port no service publishes.',
    breaks:
      'Compose `ports: "HOST:CONTAINER"` opens HOST on the Docker host only; containers talk to each other on ' +
      'CONTAINER (Docker docs, "Networking in Compose"). `sentinel-2:26380` from a worker in the network is refused ' +
      'when the Sentinel listens on 26379 there, and `localhost:6379` from the host is refused when no service ' +
      'publishes 6379. The client then fails to connect (`MasterNotFoundError` for a Sentinel list).',
    fix: 'Inside the network use the container port (`sentinel-2:26379`); from the host use a published port, or publish the one you dial.',
    example: { bad: 'bad-published-port-in-network', good: 'good-container-ports' },
  },
  *check(deployment) {
    // clientTargets links a client to a compose project only when the repository has one.
    const project = deployment.compose.length === 1 ? deployment.compose[0] : undefined;
    for (const target of redisClientTargets(deployment)) {
      const finding = inNetwork(target) ?? (project ? fromHost(target, project) : undefined);
      if (finding) yield finding;
    }
  },
});

function inNetwork(target: ClientTarget): Finding | undefined {
  const { reach, endpoint, url } = target;
  if (reach.kind !== 'no-listener' || !endpoint.host.known || !endpoint.port.known) return undefined;
  const port = endpoint.port.value;
  const service = reach.service;
  const listens = listeningPorts(service);
  const host = endpoint.host.value ?? '';
  const at = envWrittenAt(url, target.at, `${host}:${port}`) ?? target.at;
  if (reach.publishedAs !== undefined) {
    const containerPort = containerPortFor(service, port);
    return {
      at,
      message:
        `${describeUrl(url)} dials ${host}:${port}, but ${port} is the port service ${service.facts.name} publishes on the Docker host; ` +
        `inside the compose network its container listens on ${containerPort ?? nameList(listens.map(String))}, so the connection is refused. ` +
        `Use ${host}:${containerPort ?? listens[0]}.`,
      related: service.facts.ports.filter((p) => covers(p, port)).map((p) => ({ at: p.span, message: `service ${service.facts.name} publishes ${port} here` })),
    };
  }
  return {
    at,
    message:
      `${describeUrl(url)} dials ${host}:${port}, but service ${service.facts.name} listens on ${nameList(listens.map(String))}, ` +
      `not ${port}: the connection is refused. Use ${host}:${listens[0]}.`,
  };
}

function fromHost(target: ClientTarget, project: ComposeProject): Finding | undefined {
  const { endpoint, url, reach } = target;
  if (url.origin === 'compose' || reach.kind === 'node' || !endpoint.host.known || !endpoint.port.known) return undefined;
  // Code a compose service runs dials localhost inside its own container, not on the Docker host.
  if (runsInService(url.runsIn)) return undefined;
  if (endpoint.host.value === null || !isLoopback(endpoint.host.value) || endpoint.socket) return undefined;
  const port = endpoint.port.value;
  const nodes = unpublishedListeners(project, port);
  if (nodes.length === 0) return undefined;
  const names = [...new Set(nodes.map((n) => n.service?.facts.name).filter((n): n is string => n !== undefined))];
  if (names.length === 0) return undefined;
  const at = envWrittenAt(url, target.at, `${endpoint.host.value}:${port}`) ?? target.at;
  return {
    at,
    message:
      `${describeUrl(url)} dials ${endpoint.host.value}:${port} from the Docker host, but no service of ${project.file} publishes ${port}: ` +
      `${nameList(names.map((n) => `service ${n}`))} listen${names.length === 1 ? 's' : ''} on it inside the compose network only, so the connection is refused. ` +
      `Publish the port (ports: "${port}:${port}") or run the client in the network.`,
  };
}

function listeningPorts(service: ServiceNode): number[] {
  return [...new Set(service.nodes.flatMap((n) => (n.port.known ? [n.port.value] : [])))].sort((a, b) => a - b);
}

function covers(entry: ServiceNode['facts']['ports'][number], port: number): boolean {
  const published = entry.mapping.known ? entry.mapping.value.published : undefined;
  return published !== undefined && published.start <= port && port <= published.end;
}

function containerPortFor(service: ServiceNode, port: number): number | undefined {
  const entry = service.facts.ports.find((p) => covers(p, port));
  if (!entry?.mapping.known) return undefined;
  const { published, target } = entry.mapping.value;
  return target.start + (port - published!.start);
}

function describeUrl(url: ClientUrl): string {
  const role = url.role === 'broker' ? 'Celery broker URL' : url.role === 'backend' ? 'Celery result backend URL' : 'Redis URL';
  return `The ${role} (${url.writtenAs})`;
}
