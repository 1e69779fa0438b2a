import type { ComposeFacts, ComposeService, RedisProcess } from '../sources/compose/facts.js';
import type { ClientFacts } from './clients.js';
import type { MountedFile } from '../sources/compose/mounts.js';
import type { ConfArg, ConfDirective, ConfFacts, MonitorFact, ParseProblem, SentinelOptionFact } from './facts.js';
import type { Secret } from './secret.js';
import type { Span } from './span.js';
import type { Value } from './value.js';

/** What the rules check against when nothing better is known (DESIGN.md "Versions"). */
export interface Target {
  product: 'redis' | 'valkey';
  /** `major.minor`, e.g. "7.0". */
  version: string;
}

/**
 * Where host names mean something. The conf files that nothing deploys form one scope; each
 * compose file is another, whose services find each other by name.
 */
export interface Scope {
  id: string;
  kind: 'conf-folder' | 'compose';
  /** Root-relative folder, '' for the project root. */
  folder: string;
  /** The compose project, for a compose scope. */
  project?: ComposeProject;
}

/** A compose file and its services: one network in which service names resolve. */
export interface ComposeProject {
  /** The compose file's path, as output prints it. */
  file: string;
  rootPath: string;
  facts: ComposeFacts;
  scope: Scope;
  services: ServiceNode[];
  /**
   * Redis or Sentinel processes of the project whose configuration is not known (an image that
   * decides, a script that is not followed): counts of instances in the project are unproven.
   */
  unknownProcesses: { service: ComposeService; mode?: RedisProcess['mode']; why: string }[];
}

/** A compose service with the names other containers reach it by. */
export interface ServiceNode {
  project: ComposeProject;
  facts: ComposeService;
  /** Lower case: the service name, `container_name` and network aliases (what Docker's DNS answers). */
  names: string[];
  /** How many containers run it: `deploy.replicas` or `scale`, else 1. */
  instances: Value<number>;
  /** Its Redis and Sentinel processes whose configuration is known. */
  nodes: (Server | Sentinel)[];
}

/** What every configured process has: a data node and a Sentinel alike. */
export interface ConfiguredProcess {
  /** How messages name it: the file path. */
  name: string;
  scope: Scope;
  conf: ConfFacts;
  /** Where the process is declared: the file's first line, or its service. */
  declaredAt: Span;
  /** The last line that sets a directive (the server's "last wins"), with its value. */
  setting(name: string): ConfDirective | undefined;
  /** Every valid line of a directive, includes expanded in place (`user`, `rename-command`, `save`). */
  settings(name: string): ConfDirective[];
  /** Every line the process reads, in order, includes expanded in place. */
  directives: ConfDirective[];
  port: Value<number>;
  /** The password of the default user from `requirepass`; absent for none or `requirepass ""`. */
  requirepass?: Secret;
  /** How many processes run this configuration: 1 for a conf file, the service's containers in compose. */
  instances: Value<number>;
  /** The compose service that runs it; absent for a conf file that nothing deploys. */
  service?: ServiceNode;
  /** The repository conf file a compose service mounts for it, and how. */
  mounted?: MountedFile & { conf: ConfFacts };
  /** What the process runs in compose (its program word, where compose starts it). */
  process?: RedisProcess;
}

/** A Redis data node: a redis.conf, or a server a compose service runs. */
export interface Server extends ConfiguredProcess {
  masterauth?: Secret;
  replicaof?: { host: ConfArg; port: Value<number>; declaredAt: Span };
  /** The master this node replicates from, when it can be matched within its scope. */
  master?: Server;
}

/** One Sentinel process configuration: a sentinel.conf, or a Sentinel a compose service runs. */
export interface Sentinel extends ConfiguredProcess {
  /** Options of `sentinel <option> …` lines that are not per master. */
  global(option: string): SentinelOptionFact | undefined;
  monitors: Monitor[];
}

/** A `sentinel monitor` line with the per-master options that go with it. */
export interface Monitor extends MonitorFact {
  sentinel: Sentinel;
  /** The last `sentinel <option> <this master> …` line for an option. */
  option(option: string): SentinelOptionFact | undefined;
  authPass?: Secret;
}

/** The Sentinels that monitor one master (by name and address) within a scope, and its data nodes. */
export interface MasterGroup {
  name: string;
  scope: Scope;
  monitors: Monitor[];
  /** Instances, not files; unknown for a lone template file that nothing deploys. */
  sentinelCount: Value<number>;
  /** The data node the Sentinels monitor, when one matches the monitored address. */
  master?: Server;
  /** Data nodes whose `replicaof` points at the monitored address (or at the matched master). */
  replicas: Server[];
}

export interface Deployment {
  /** How many files were linted. */
  fileCount: number;
  confs: ConfFacts[];
  problems: ParseProblem[];
  scopes: Scope[];
  servers: Server[];
  sentinels: Sentinel[];
  masterGroups: MasterGroup[];
  /** Every compose file, with its services. */
  compose: ComposeProject[];
  target: Target;
  /** Celery apps, redis-py clients and broker URLs (RULES.md §2.6 reads these). */
  clients: ClientFacts;
}
