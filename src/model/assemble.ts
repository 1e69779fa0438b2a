import type { ConfFacts, ParseProblem } from './facts.js';
import type { Deployment, MasterGroup, Scope, Sentinel, Server, Target } from './deployment.js';
import { composeNodes, dataNodeAt, type ComposeInput } from './compose-topology.js';
import { makeSentinel, makeServer } from './processes.js';
import { fileSpan } from './span.js';
import { known, unknown, type Value } from './value.js';
import { effectiveDirectives } from './effective-directives.js';
import { isIpLiteral, isLoopback } from './address.js';
import { emptyClientFacts, type ClientFacts } from './clients.js';

export interface AssembleInput {
  confs: { facts: ConfFacts; rootPath: string }[];
  /** Compose files with the configuration of each process they run. */
  compose?: ComposeInput[];
  problems: ParseProblem[];
  fileCount: number;
  target: Target;
  /** The client view (Celery, redis-py, broker URLs); empty when absent. */
  clients?: ClientFacts;
}

/**
 * Facts become one Deployment. Each compose file is a scope whose services resolve by name; the
 * conf files that no compose service mounts form one conf-only scope, where host names cannot be
 * resolved, so links are made only where the files prove them — a `replicaof` or `monitor`
 * naming the same host and port, or a single data node listening on the monitored port.
 */
export function assemble({ confs, compose = [], problems, fileCount, target, clients = emptyClientFacts() }: AssembleInput): Deployment {
  const scope: Scope = { id: 'conf:', kind: 'conf-folder', folder: '' };
  const byRootPath = new Map(confs.map((c) => [c.rootPath, c.facts]));
  const fromCompose = composeNodes(compose, byRootPath);
  // A file another conf includes is part of that node, and a file compose mounts is its service's.
  const fragments = new Set(confs.flatMap((c) => c.facts.includes.flatMap((i) => (i.resolved ? [i.resolved] : []))));
  const mounted = new Set(compose.flatMap((c) => c.processes.flatMap((p) => (p.mounted ? [p.mounted.rootPath] : []))));
  const nodes = confs.filter((c) => !fragments.has(c.rootPath) && !mounted.has(c.rootPath));
  const who = (conf: ConfFacts) => ({ name: conf.file, scope, declaredAt: fileSpan(conf.file), instances: known(1, fileSpan(conf.file)) });

  const servers = [
    ...nodes.filter((c) => c.facts.kind === 'redis-conf').map((c) => makeServer(c.facts, effectiveDirectives(c.facts, byRootPath), who(c.facts))),
    ...fromCompose.servers,
  ];
  const sentinels = [
    ...nodes.filter((c) => c.facts.kind === 'sentinel-conf').map((c) => makeSentinel(c.facts, effectiveDirectives(c.facts, byRootPath), who(c.facts))),
    ...fromCompose.sentinels,
  ];
  for (const server of servers) server.master = findMaster(server, servers);
  const masterGroups = groupMonitors(sentinels, servers);
  // Lines compose itself holds are a file's worth of lines: the per-line rules read them too.
  const composeLines = compose.flatMap((c) => c.processes.flatMap((p) => (p.lines && !p.unknown ? [p.lines] : [])));
  return {
    fileCount, confs: [...confs.map((c) => c.facts), ...composeLines], problems,
    scopes: [scope, ...fromCompose.projects.map((p) => p.scope)], servers, sentinels, masterGroups, compose: fromCompose.projects, target, clients,
  };
}

const addressKey = (host: string, port: number) => `${host.toLowerCase()}:${port}`;

function groupMonitors(sentinels: Sentinel[], servers: Server[]): MasterGroup[] {
  const groups = new Map<string, MasterGroup>();
  for (const sentinel of sentinels) {
    for (const monitor of sentinel.monitors) {
      if (!monitor.port.known) continue;
      const master = masterAt(sentinel, servers, monitor.host.text, monitor.port.value);
      // In compose the resolved node is the address: `redis-master` and its container_name are one master.
      const address = master && sentinel.scope.kind === 'compose' ? `node:${master.name}` : addressKey(monitor.host.text, monitor.port.value);
      const key = `${sentinel.scope.id}\0${monitor.name.text}\0${address}`;
      let group = groups.get(key);
      if (!group) {
        group = { name: monitor.name.text, scope: sentinel.scope, monitors: [], sentinelCount: unknown('', monitor.declaredAt), replicas: [] };
        groups.set(key, group);
      }
      group.monitors.push(monitor);
    }
  }
  for (const group of groups.values()) {
    const first = group.monitors[0]!;
    group.sentinelCount = group.scope.kind === 'compose' ? composeSentinelCount(group) : confSentinelCount(group);
    const host = first.host.text;
    const port = (first.port as { value: number }).value;
    group.master = masterAt(first.sentinel, servers, host, port);
    const inScope = servers.filter((s) => s.scope === group.scope);
    group.replicas = group.master
      ? inScope.filter((s) => s.master === group.master)
      : inScope.filter((s) => s.replicaof && s.replicaof.port.known && addressKey(s.replicaof.host.text, s.replicaof.port.value) === addressKey(host, port));
  }
  return [...groups.values()];
}

/** In a conf-only scope each file is one instance; a lone file is a template that may be started any number of times. */
function confSentinelCount(group: MasterGroup): Value<number> {
  const files = new Set(group.monitors.map((m) => m.sentinel.name));
  const first = group.monitors[0]!;
  return files.size >= 2
    ? known(files.size, first.declaredAt)
    : unknown('a lone sentinel.conf is a template: how many Sentinels start from it is not known', first.declaredAt);
}

/**
 * In compose each Sentinel process runs once per container of its service. The count is proven
 * only when every Sentinel-like process of the project is known: an image that decides what it
 * runs, or a script that is not followed, may be one more Sentinel.
 */
function composeSentinelCount(group: MasterGroup): Value<number> {
  const first = group.monitors[0]!;
  const project = group.scope.project!;
  const hidden = project.unknownProcesses.find((u) => u.mode !== 'server');
  if (hidden) return unknown(`what service ${hidden.service.name} runs is not known (${hidden.why})`, first.declaredAt);
  const external = project.facts.networks.find((n) => n.external);
  if (external) return unknown(`network ${external.name} is external: Sentinels of other projects may join it`, first.declaredAt);
  let total = 0;
  for (const sentinel of new Set(group.monitors.map((m) => m.sentinel))) {
    if (!sentinel.instances.known) return unknown(`the number of containers of ${sentinel.name} is not known`, sentinel.instances.span);
    total += sentinel.instances.value;
  }
  return known(total, first.declaredAt);
}

/** The data node that a process reaches at host:port: by name in compose, by proof in the conf-only scope. */
function masterAt(from: Server | Sentinel, servers: Server[], host: string, port: number): Server | undefined {
  const project = from.scope.project;
  if (project) return dataNodeAt(project, from.service, host, port);
  return masterCandidate(servers.filter((s) => s.scope === from.scope && s !== from), host, port);
}

/**
 * The data node listening on a monitored or replicated address. Within one conf-only scope the
 * only proof available is the port: the node must be the single one that is not a replica and
 * listens there. A routable address outside loopback must also be one the node binds or announces.
 */
function masterCandidate(servers: Server[], host: string, port: number): Server | undefined {
  // A TLS-only node (`port 0` + `tls-port`) listens on its tls-port.
  const listensOn = (s: Server) => (s.port.known && s.port.value === port) || Number(s.setting('tls-port')?.args[0]?.text) === port;
  const candidates = servers.filter((s) => !s.replicaof && listensOn(s));
  if (candidates.length !== 1) return undefined;
  const candidate = candidates[0]!;
  if (isIpLiteral(host) && !isLoopback(host)) {
    const addresses = [...(candidate.setting('bind')?.args ?? []), ...(candidate.setting('replica-announce-ip')?.args ?? [])].map((a) => a.text.replace(/^-/, ''));
    if (!addresses.includes(host)) return undefined;
  }
  return candidate;
}

function findMaster(server: Server, servers: Server[]): Server | undefined {
  if (!server.replicaof?.port.known) return undefined;
  const master = masterAt(server, servers, server.replicaof.host.text, server.replicaof.port.value);
  return master === server ? undefined : master;
}
