import type { ConfArg, ConfDirective, ConfFacts, ParseProblem } from './facts.js';
import type { ConfiguredProcess, Deployment, MasterGroup, Monitor, Scope, Sentinel, Server, Target } from './deployment.js';
import type { Secret } from './secret.js';
import { fileSpan } from './span.js';
import { known, unknown, type Value } from './value.js';
import { effectiveDirectives } from './effective-directives.js';
import { isIpLiteral, isLoopback } from './address.js';

export interface AssembleInput {
  confs: { facts: ConfFacts; rootPath: string }[];
  problems: ParseProblem[];
  fileCount: number;
  target: Target;
}

/**
 * Facts become one Deployment. Conf files that nothing deploys form one conf-only scope: host
 * names cannot be resolved there, so links are made only where the files prove them — a
 * `replicaof` or `monitor` naming the same host and port, or a single data node listening on
 * the monitored port.
 */
export function assemble({ confs, problems, fileCount, target }: AssembleInput): Deployment {
  const scope: Scope = { id: 'conf:', kind: 'conf-folder', folder: '' };
  const byRootPath = new Map(confs.map((c) => [c.rootPath, c.facts]));
  // A file another conf includes is part of that node, not a node of its own.
  const fragments = new Set(confs.flatMap((c) => c.facts.includes.flatMap((i) => (i.resolved ? [i.resolved] : []))));
  const nodes = confs.filter((c) => !fragments.has(c.rootPath));

  const servers = nodes.filter((c) => c.facts.kind === 'redis-conf').map((c) => makeServer(c.facts, effectiveDirectives(c.facts, byRootPath), scope));
  const sentinels = nodes.filter((c) => c.facts.kind === 'sentinel-conf').map((c) => makeSentinel(c.facts, effectiveDirectives(c.facts, byRootPath), scope));
  const masterGroups = groupMonitors(sentinels, servers);
  for (const server of servers) server.master ??= findMaster(server, servers);
  return { fileCount, confs: confs.map((c) => c.facts), problems, scopes: [scope], servers, sentinels, masterGroups, target };
}

const lastOf = (directives: ConfDirective[]) => (name: string) => {
  for (let i = directives.length - 1; i >= 0; i--) if (directives[i]!.name === name && directives[i]!.valid) return directives[i];
  return undefined;
};
const allOf = (directives: ConfDirective[]) => (name: string) => directives.filter((d) => d.name === name && d.valid);

/** The `port` a node listens on: its last valid `port` line, else the default. */
function portOf(setting: ConfDirective | undefined, fallback: number, file: string): Value<number> {
  return setting ? numberArg(setting.args[0]!) : known(fallback, fileSpan(file));
}

function numberArg(arg: ConfArg): Value<number> {
  const value = Number(arg.text);
  return Number.isInteger(value) ? known(value, arg.span) : unknown('not a number', arg.span);
}

/** The fields every process has, read from its effective directives. */
function configuredProcess(conf: ConfFacts, directives: ConfDirective[], scope: Scope, defaultPort: number): ConfiguredProcess {
  const setting = lastOf(directives);
  return {
    name: conf.file,
    scope,
    conf,
    declaredAt: fileSpan(conf.file),
    setting,
    settings: allOf(directives),
    directives,
    port: portOf(setting('port'), defaultPort, conf.file),
    requirepass: passwordOf(setting('requirepass')),
  };
}

/** A password directive's secret; `requirepass ""` means no password. */
function passwordOf(directive: ConfDirective | undefined): Secret | undefined {
  const secret = directive?.args[0]?.secret;
  return secret && !secret.isEmpty ? secret : undefined;
}

function makeServer(conf: ConfFacts, directives: ConfDirective[], scope: Scope): Server {
  const base = configuredProcess(conf, directives, scope, 6379);
  const replicaof = base.setting('replicaof');
  const isReplica = replicaof && replicaof.args.length === 2 && !(replicaof.args[0]!.text.toLowerCase() === 'no' && replicaof.args[1]!.text.toLowerCase() === 'one');
  return {
    ...base,
    masterauth: passwordOf(base.setting('masterauth')),
    replicaof: isReplica
      ? { host: replicaof.args[0]!, port: numberArg(replicaof.args[1]!), declaredAt: replicaof.span }
      : undefined,
  };
}

function makeSentinel(conf: ConfFacts, directives: ConfDirective[], scope: Scope): Sentinel {
  const globals = conf.sentinelOptions.filter((o) => !o.master);
  const sentinel: Sentinel = {
    ...configuredProcess(conf, directives, scope, 26379),
    global: (option) => globals.findLast((o) => o.option === option),
    monitors: [],
  };
  sentinel.monitors = conf.monitors.map((fact): Monitor => {
    const options = conf.sentinelOptions.filter((o) => o.master?.text === fact.name.text);
    const option = (name: string) => options.findLast((o) => o.option === name);
    return { ...fact, sentinel, option, authPass: option('auth-pass')?.args[0]?.secret };
  });
  return sentinel;
}

const addressKey = (host: string, port: number) => `${host.toLowerCase()}:${port}`;

function groupMonitors(sentinels: Sentinel[], servers: Server[]): MasterGroup[] {
  const groups = new Map<string, MasterGroup>();
  for (const sentinel of sentinels) {
    for (const monitor of sentinel.monitors) {
      if (!monitor.port.known) continue;
      const key = `${monitor.name.text}\0${addressKey(monitor.host.text, monitor.port.value)}`;
      let group = groups.get(key);
      if (!group) {
        group = { name: monitor.name.text, scope: sentinel.scope, monitors: [], sentinelCount: unknown('', monitor.declaredAt), replicas: [] };
        groups.set(key, group);
      }
      group.monitors.push(monitor);
    }
  }
  for (const group of groups.values()) {
    const files = new Set(group.monitors.map((m) => m.sentinel.name));
    const first = group.monitors[0]!;
    // In a conf-only scope each file is one instance; a lone file is a template that may be started any number of times.
    group.sentinelCount = files.size >= 2
      ? known(files.size, first.declaredAt)
      : unknown('a lone sentinel.conf is a template: how many Sentinels start from it is not known', first.declaredAt);
    const host = first.host.text;
    const port = (first.port as { value: number }).value;
    group.replicas = servers.filter((s) => s.replicaof && s.replicaof.port.known && addressKey(s.replicaof.host.text, s.replicaof.port.value) === addressKey(host, port));
    group.master = masterCandidate(servers, host, port);
    for (const replica of group.replicas) if (group.master) replica.master = group.master;
  }
  return [...groups.values()];
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
  return masterCandidate(servers.filter((s) => s !== server), server.replicaof.host.text, server.replicaof.port.value);
}
