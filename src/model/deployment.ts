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
 * Where host names mean something. A folder of conf files (with its subfolders) is one scope;
 * later a compose project is another. Routable IP addresses link scopes.
 */
export interface Scope {
  id: string;
  kind: 'conf-folder';
  /** Root-relative folder, '' for the project root. */
  folder: string;
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
}

/** A Redis data node: a redis.conf (later: a compose service). */
export interface Server extends ConfiguredProcess {
  masterauth?: Secret;
  replicaof?: { host: ConfArg; port: Value<number>; declaredAt: Span };
  /** The master this node replicates from, when it can be matched within its scope. */
  master?: Server;
}

/** One Sentinel process configuration: a sentinel.conf. */
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
  target: Target;
}
