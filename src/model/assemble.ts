import type { ConfFacts, ParseProblem } from './facts.js';
import type { Deployment, MasterGroup, Scope, Sentinel, Server, Target } from './deployment.js';
import { composeNodes, dataNodeAt, type ComposeInput } from './compose-topology.js';
import { makeSentinel, makeServer } from './processes.js';
import { fileSpan } from './span.js';
import { known, unknown, type Value } from './value.js';
import { effectiveDirectives } from './effective-directives.js';
import { isIpLiteral, isLoopback } from './address.js';
import { emptyClientFacts, type ClientFacts } from './clients.js';
import { pushTo } from '../multimap.js';

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
  const serversByScope = byScope(servers);
  for (const server of servers) server.master = findMaster(server, serversByScope);
  const masterGroups = groupMonitors(sentinels, serversByScope);
  // Lines compose itself holds are a file's worth of lines: the per-line rules read them too.
  const composeLines = compose.flatMap((c) => c.processes.flatMap((p) => (p.lines && !p.unknown ? [p.lines] : [])));
  return {
    fileCount, confs: [...confs.map((c) => c.facts), ...composeLines], problems,
    scopes: [scope, ...fromCompose.projects.map((p) => p.scope)], servers, sentinels, masterGroups, compose: fromCompose.projects, target, clients,
  };
}

const addressKey = (host: string, port: number) => `${host.toLowerCase()}:${port}`;

function groupMonitors(sentinels: Sentinel[], servers: ServersByScope): MasterGroup[] {
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
  const replicas = replicaIndex(servers);
  for (const group of groups.values()) {
    const first = group.monitors[0]!;
    group.sentinelCount = group.scope.kind === 'compose' ? composeSentinelCount(group) : confSentinelCount(group);
    const host = first.host.text;
    const port = (first.port as { value: number }).value;
    group.master = masterAt(first.sentinel, servers, host, port);
    group.replicas = group.master
      ? (replicas.byMaster.get(group.master) ?? []).filter((s) => s.scope === group.scope)
      : (replicas.byAddress.get(addressKey(host, port)) ?? []).filter((s) => s.scope === group.scope);
  }
  return [...groups.values()];
}

/** The replicas of the Deployment by the master they resolved to, and by the address they replicate from. */
function replicaIndex(servers: ServersByScope): { byMaster: Map<Server, Server[]>; byAddress: Map<string, Server[]> } {
  const byMaster = new Map<Server, Server[]>();
  const byAddress = new Map<string, Server[]>();
  for (const { all } of servers.values()) {
    for (const server of all) {
      if (server.master) pushTo(byMaster, server.master, server);
      if (server.replicaof?.port.known) pushTo(byAddress, addressKey(server.replicaof.host.text, server.replicaof.port.value), server);
    }
  }
  return { byMaster, byAddress };
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
  if (project.facts.incomplete) return unknown(`${project.facts.incomplete}: it may run more Sentinels`, first.declaredAt);
  const external = project.facts.networks.find((n) => n.external);
  if (external) return unknown(`network ${external.name} is external: Sentinels of other projects may join it`, first.declaredAt);
  let total = 0;
  for (const sentinel of new Set(group.monitors.map((m) => m.sentinel))) {
    if (!sentinel.instances.known) return unknown(`the number of containers of ${sentinel.name} is not known`, sentinel.instances.span);
    total += sentinel.instances.value;
  }
  return known(total, first.declaredAt);
}

/**
 * The data nodes of each scope that are not replicas, by the port they listen on: a node only
 * ever meets the nodes of its own scope, and a repository's one conf-only scope may hold
 * thousands of files.
 */
type ServersByScope = Map<Scope, { all: Server[]; primariesByPort: Map<number, Server[]> }>;

function byScope(servers: Server[]): ServersByScope {
  const index: ServersByScope = new Map();
  for (const server of servers) {
    let scope = index.get(server.scope);
    if (!scope) index.set(server.scope, (scope = { all: [], primariesByPort: new Map() }));
    scope.all.push(server);
    if (server.replicaof) continue;
    // A TLS-only node (`port 0` + `tls-port`) listens on its tls-port.
    const ports = new Set([server.port.known ? server.port.value : NaN, Number(server.setting('tls-port')?.args[0]?.text)]);
    for (const port of ports) {
      if (Number.isInteger(port)) pushTo(scope.primariesByPort, port, server);
    }
  }
  return index;
}

/** The data node that a process reaches at host:port: by name in compose, by proof in the conf-only scope. */
function masterAt(from: Server | Sentinel, servers: ServersByScope, host: string, port: number): Server | undefined {
  const project = from.scope.project;
  if (project) return dataNodeAt(project, from.service, host, port);
  const listening = (servers.get(from.scope)?.primariesByPort.get(port) ?? []).filter((s) => s !== from);
  return masterCandidate(listening, host);
}

/**
 * The data node listening on a monitored or replicated address. Within one conf-only scope the
 * only proof available is the port: the node must be the single one that is not a replica and
 * listens there. A routable address outside loopback must also be one the node binds or announces.
 */
function masterCandidate(listening: Server[], host: string): Server | undefined {
  if (listening.length !== 1) return undefined;
  const candidate = listening[0]!;
  if (isIpLiteral(host) && !isLoopback(host)) {
    const addresses = [...(candidate.setting('bind')?.args ?? []), ...(candidate.setting('replica-announce-ip')?.args ?? [])].map((a) => a.text.replace(/^-/, ''));
    if (!addresses.includes(host)) return undefined;
  }
  return candidate;
}

function findMaster(server: Server, servers: ServersByScope): Server | undefined {
  if (!server.replicaof?.port.known) return undefined;
  const master = masterAt(server, servers, server.replicaof.host.text, server.replicaof.port.value);
  return master === server ? undefined : master;
}
