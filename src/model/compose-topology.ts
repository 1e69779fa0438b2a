import { posix } from 'node:path';
import type { ComposeFacts, ComposeService } from '../sources/compose/facts.js';
import type { ProcessConf } from '../sources/compose/process-conf.js';
import type { ComposeProject, Scope, Sentinel, Server, ServiceNode } from './deployment.js';
import { effectiveDirectives } from './effective-directives.js';
import type { ConfFacts } from './facts.js';
import { isLoopback } from './address.js';
import { makeSentinel, makeServer } from './processes.js';
import { known } from './value.js';

/** A compose file as the sources read it: its facts and the configuration of each process. */
export interface ComposeInput {
  rootPath: string;
  facts: ComposeFacts;
  processes: ProcessConf[];
}

export interface ComposeNodes {
  projects: ComposeProject[];
  servers: Server[];
  sentinels: Sentinel[];
}

/**
 * Each compose project (a file with its override and includes) becomes a scope in which service names resolve, with a Server or
 * Sentinel for every process whose whole configuration is known: a mounted repository conf file
 * (includes expanded), then the lines the compose file holds (script-written lines, `--flags`).
 */
export function composeNodes(inputs: ComposeInput[], byRootPath: ReadonlyMap<string, ConfFacts>): ComposeNodes {
  const out: ComposeNodes = { projects: [], servers: [], sentinels: [] };
  for (const input of inputs) {
    const folder = posix.dirname(input.rootPath);
    const scope: Scope = { id: `compose:${input.rootPath}`, kind: 'compose', folder: folder === '.' ? '' : folder };
    const project: ComposeProject = { file: input.facts.file, rootPath: input.rootPath, facts: input.facts, scope, services: [], unknownProcesses: [] };
    scope.project = project;
    const serviceNodes = new Map<ComposeService, ServiceNode>();
    for (const facts of input.facts.services) {
      const service: ServiceNode = { project, facts, names: namesOf(facts), instances: facts.replicas ?? known(1, facts.span), nodes: [] };
      serviceNodes.set(facts, service);
      project.services.push(service);
      if (facts.runsUnknown) project.unknownProcesses.push({ service: facts, why: facts.runsUnknown });
    }
    const perService = new Map<ComposeService, number>();
    for (const conf of input.processes) {
      const service = serviceNodes.get(conf.service)!;
      const number = (perService.get(conf.service) ?? 0) + 1;
      perService.set(conf.service, number);
      const mountedConf = conf.mounted ? byRootPath.get(conf.mounted.rootPath) : undefined;
      const kind = conf.process.mode === 'sentinel' ? 'sentinel-conf' : 'redis-conf';
      const why = conf.unknown
        ?? (conf.mounted && !mountedConf ? `${conf.mounted.rootPath} is not read as a conf file` : undefined)
        ?? (mountedConf && mountedConf.kind !== kind ? `${conf.mounted!.rootPath} is not a ${conf.process.mode === 'sentinel' ? 'Sentinel' : 'server'} config` : undefined);
      if (why) {
        project.unknownProcesses.push({ service: conf.service, mode: conf.process.mode, why });
        continue;
      }
      const conff = mergedConf(kind, input.facts.file, mountedConf, conf.lines);
      const directives = [...(mountedConf ? effectiveDirectives(mountedConf, byRootPath) : []), ...(conf.lines?.directives ?? [])];
      const suffix = number > 1 ? `#${number}` : '';
      const who = {
        name: `service ${conf.service.name}${suffix}`,
        scope,
        declaredAt: conf.service.span,
        instances: service.instances,
        extra: { service, process: conf.process, mounted: conf.mounted && mountedConf ? { ...conf.mounted, conf: mountedConf } : undefined },
      };
      if (kind === 'sentinel-conf') {
        const sentinel = makeSentinel(conff, directives, who);
        service.nodes.push(sentinel);
        out.sentinels.push(sentinel);
      } else {
        const server = makeServer(conff, directives, who);
        service.nodes.push(server);
        out.servers.push(server);
      }
    }
    out.projects.push(project);
  }
  return out;
}

/** Docker's DNS answers for the service name, its `container_name` and its network aliases. */
function namesOf(service: ComposeService): string[] {
  const names = [service.name];
  if (service.containerName?.known) names.push(service.containerName.value);
  for (const network of service.networks) for (const alias of network.aliases) if (alias.known) names.push(alias.value);
  return [...new Set(names.map((n) => n.toLowerCase()))];
}

/** The file a process reads and the lines compose adds after it, seen as one configuration. */
function mergedConf(kind: ConfFacts['kind'], composeFile: string, mounted: ConfFacts | undefined, lines: ConfFacts | undefined): ConfFacts {
  if (mounted && !lines) return mounted;
  if (lines && !mounted) return lines;
  const parts = [mounted, lines].filter((c): c is ConfFacts => c !== undefined);
  return {
    file: mounted?.file ?? composeFile,
    kind,
    directives: parts.flatMap((c) => c.directives),
    includes: parts.flatMap((c) => c.includes),
    monitors: parts.flatMap((c) => c.monitors),
    sentinelOptions: parts.flatMap((c) => c.sentinelOptions),
    rewrittenByServer: mounted?.rewrittenByServer ?? false,
    secrets: parts.flatMap((c) => c.secrets),
    secretLineTails: parts.flatMap((c) => c.secretLineTails),
  };
}

/** What a host name or address means to a process of `from` inside its compose project. */
export type Resolution =
  | { kind: 'services'; services: ServiceNode[] }
  /** Nothing in the project answers to it. */
  | { kind: 'none' }
  /** It depends on what the project cannot show (the host's network, an address outside). */
  | { kind: 'unknown' };

export function resolveHost(project: ComposeProject, from: ServiceNode | undefined, host: string): Resolution {
  const name = host.toLowerCase().replace(/\.$/, '');
  const mode = from?.facts.networkMode;
  if (mode && !mode.known) return { kind: 'unknown' };
  const shared = mode?.known ? /^(?:service|container):(.+)$/.exec(mode.value)?.[1]?.toLowerCase() : undefined;
  if (isLoopback(name)) {
    if (!from) return { kind: 'unknown' };
    if (mode?.known && mode.value === 'host') return { kind: 'unknown' };
    // One network namespace: the service itself, the one it joins, and those that join it.
    const joins = (s: ServiceNode) => {
      const theirs = s.facts.networkMode;
      return theirs?.known === true && from.names.some((n) => theirs.value === `service:${n}` || theirs.value === `container:${n}`);
    };
    const services = [from, ...project.services.filter((s) => s !== from && ((shared && s.names.includes(shared)) || joins(s)))];
    return { kind: 'services', services };
  }
  // Docker's DNS answers service names only on the project's networks, not on the host's or the default bridge.
  if (mode?.known && (mode.value === 'host' || mode.value === 'bridge' || mode.value === 'none')) return { kind: 'unknown' };
  const byName = project.services.filter((s) => s.names.includes(name));
  if (byName.length) return { kind: 'services', services: byName };
  const byAddress = project.services.filter((s) => s.facts.networks.some((n) => [n.ipv4Address, n.ipv6Address].some((a) => a?.known && a.value === host)));
  if (byAddress.length) return { kind: 'services', services: byAddress };
  const someNameUnknown = project.services.some(
    (s) => s.facts.containerName?.known === false || s.facts.networks.some((n) => n.aliases.some((a) => !a.known)) || s.facts.extraNames,
  );
  // A name with a dot may be a real DNS name; an IP outside the project's fixed addresses may be another host.
  // A file the project includes but sentinel-lint did not read may define that name.
  if (name.includes('.') || name.includes(':') || someNameUnknown || project.facts.incomplete || project.facts.networks.some((n) => n.external)) return { kind: 'unknown' };
  return { kind: 'none' };
}

/**
 * The data node a process of `from` reaches at host:port inside its project: the one server of
 * the resolved services that listens on that container port. Undefined when that is not proven.
 */
export function dataNodeAt(project: ComposeProject, from: ServiceNode | undefined, host: string, port: number): Server | undefined {
  const resolved = resolveHost(project, from, host);
  if (resolved.kind !== 'services') return undefined;
  if (resolved.services.some((s) => project.unknownProcesses.some((u) => u.service === s.facts && u.mode !== 'sentinel'))) return undefined;
  const servers = resolved.services.flatMap((s) => s.nodes).filter((n): n is Server => n.conf.kind === 'redis-conf');
  const listening = servers.filter((s) => (s.port.known && s.port.value === port) || Number(s.setting('tls-port')?.args[0]?.text) === port);
  return listening.length === 1 ? listening[0] : undefined;
}
