import type { Secret } from '../../model/secret.js';
import type { Span } from '../../model/span.js';
import type { Value } from '../../model/value.js';
import type { ConfLine } from '../conf/conf-lines.js';
import type { UnknownValue } from './conf-text.js';
import type { Executable } from './programs.js';

/** A docker-compose file, read the way `docker compose` reads it (compose-go), with spans. */
export interface ComposeFacts {
  /** The project's main file: the one `docker compose` is pointed at. */
  file: string;
  /** Every file the project merges: the main file, its override, the files it includes (paths as output prints them). */
  files?: string[];
  /** Why the project may hold more than its files show (an `include` that was not read), when it may. */
  incomplete?: string;
  /** Top-level `version:` (obsolete since Compose v2, which ignores it). */
  version?: Value<string>;
  /** A Compose v1 file: the services are the top-level keys, there is no `services:`. */
  v1Layout: boolean;
  services: ComposeService[];
  /** Top-level `volumes:`, `networks:` and `configs:` by name. */
  volumes: NamedResource[];
  networks: NamedResource[];
  configs: ConfigResource[];
  /** Every `$` compose reads in the file's values (interpolation runs before anything else reads them). */
  dollars?: DollarFact[];
}

/** A `$` that compose acts on: `$$` (a literal `$` for the container), `$NAME`, or `${…}` up to its closing brace. */
export interface DollarFact {
  form: 'escape' | 'bare' | 'braced';
  /** The expression as written in the file. */
  span: Span;
}

export interface NamedResource {
  name: string;
  span: Span;
  external: boolean;
  driver?: Value<string>;
}

export interface ConfigResource extends NamedResource {
  /** `file:` resolved against the compose file's folder to a root-relative path, when relative. */
  file?: ResolvedPath;
}

export interface ResolvedPath {
  /** As written, after interpolation. */
  text: Value<string>;
  /** Root-relative, `/`-separated; absent when absolute, unknown or outside the project. */
  rootPath?: string;
  outsideRoot?: boolean;
}

export interface ComposeService {
  name: string;
  /** The service's key. */
  span: Span;
  image?: ImageFact;
  /** `command:` and `entrypoint:` as compose passes them to the container (strings split like compose does). */
  command?: CommandFact;
  entrypoint?: CommandFact;
  /** The Redis / Valkey programs the container runs (usually one; `a & b` in a script makes two). */
  processes: RedisProcess[];
  /** Why what the container runs is not known (a script it calls, an image that decides), when it is not. */
  runsUnknown?: string;
  containerName?: Value<string>;
  hostname?: Value<string>;
  networkMode?: Value<string>;
  networks: ServiceNetwork[];
  ports: PortFact[];
  expose: Value<string>[];
  volumes: VolumeFact[];
  configs: ServiceConfig[];
  /** `deploy.replicas`, else `scale`: how many containers run this service. */
  replicas?: Value<number>;
  placementConstraints: Value<string>[];
  restart?: Value<string>;
  /** `deploy.restart_policy.condition`, which Docker Compose applies over `restart:`. */
  restartPolicy?: Value<string>;
  /** `links:`, `external_links:` or `extra_hosts:` give this container names Docker's DNS does not answer elsewhere. */
  extraNames: boolean;
  /** `profiles:`: a service with profiles starts only when one of them is asked for. */
  profiles: Value<string>[];
  workingDir?: Value<string>;
  environment: EnvVar[];
  envFiles: ResolvedPath[];
  dependsOn: { name: string; span: Span }[];
  healthcheck?: HealthcheckFact;
  extends?: { service: Value<string>; file?: ResolvedPath };
  /** Why what the service extends is not known (a file not read, a service not found): its settings may be more than these. */
  extendsUnknown?: string;
  /** `build:`: the context the image is built from (a Python module inside it runs in this service). */
  build?: { context: ResolvedPath; span: Span };
}

export interface ImageFact {
  /** The image reference after interpolation. */
  text: Value<string>;
  span: Span;
  /** Repository without registry or tag: `redis`, `bitnami/redis-sentinel`, `valkey/valkey`. */
  repository?: string;
  tag?: string;
  /** What the image runs, from its repository's name; absent for images of other software. */
  product?: 'redis' | 'valkey';
  /** The image family, for what its entrypoint does with `command:`. */
  family: 'official' | 'bitnami' | 'redis-stack' | 'other';
  version: ImageVersion;
}

/**
 * `7.2` from `redis:7.2-alpine` (a patch level is kept but rules read major.minor); a floating
 * tag (`latest`, `7`, `7-alpine`, none) means the newest release of that line, decided elsewhere.
 */
export type ImageVersion =
  | { kind: 'exact'; major: number; minor: number; patch?: number }
  | { kind: 'floating'; major?: number }
  | { kind: 'unknown'; why: string };

export interface CommandFact {
  /** Where each argument compose passes is written (their texts may hold passwords: read them through processes). */
  args: Span[];
  form: 'string' | 'list';
  span: Span;
  /** compose drops everything from an unquoted `;`, `&`, `|`, `<` or `>` of a string command on. */
  dropped?: Span;
}

/** One redis-server / redis-sentinel (or Valkey) process and the configuration it reads. */
export interface RedisProcess {
  executable: Executable;
  product: 'redis' | 'valkey';
  mode: 'server' | 'sentinel';
  /** The program's word in the file (or the image when the image's default command runs it). */
  span: Span;
  /** Where compose or the script starts it. */
  startedBy: 'command' | 'entrypoint' | 'image' | 'script';
  /**
   * The directory it starts in, where a relative `dir` or conf path resolves: `working_dir:`, else
   * the official images' WORKDIR `/data`, after the `cd`s of a script. Absent when not known.
   */
  workingDir?: string;
  /** False when a script starts it only on some paths (inside `if`, a loop, after `||`). */
  certain: boolean;
  confFile?: ConfFileRef;
  /** The `--name value` arguments as conf lines, read after the file's lines (so they win). */
  flags: ConfLine[];
  /** Values in the flags or written lines that are not known statically (templates to parseConf). */
  unknownValues: UnknownValue[];
  /** Lines left out because their directive name is not known (`--${OPT} x`). */
  unknownLines: UnknownValue[];
  /** Why its configuration cannot be known as a whole, when it cannot (rules stay silent then). */
  configUnknown?: string;
}

export interface ConfFileRef {
  /** The path as the server gets it, in the container. */
  path: Value<string>;
  /** Absolute in the container (relative paths resolved against the working directory), when known. */
  containerPath?: string;
  content: ConfFileContent;
}

export type ConfFileContent =
  /** Not touched by any script: it comes from the image or a volume (resolve containerPath through the service's volumes). */
  | { kind: 'mounted' }
  /** A script wrote the whole file: these are its lines. */
  | { kind: 'written'; lines: ConfLine[] }
  /** A copy of another container file (resolve `from` through the volumes), with lines appended after its own. */
  | { kind: 'copied'; from: string; appended: ConfLine[] }
  | { kind: 'unknown'; why: string };

export interface ServiceNetwork {
  name: Value<string>;
  aliases: Value<string>[];
  ipv4Address?: Value<string>;
  ipv6Address?: Value<string>;
}

export interface PortFact {
  span: Span;
  /** Parsed mapping; unknown when interpolation or the syntax leaves it unknown. */
  mapping: Value<PortMapping>;
}

export interface PortMapping {
  hostIp?: string;
  /** Host ports; absent when compose picks one (`"6379"` alone). */
  published?: PortRange;
  target: PortRange;
  protocol: string;
}

export interface PortRange {
  start: number;
  end: number;
}

export interface VolumeFact {
  span: Span;
  type: 'bind' | 'volume' | 'tmpfs' | 'other';
  /** Host path (bind) or volume name (volume), after interpolation; absent for anonymous volumes and tmpfs. */
  source?: Value<string>;
  /** A relative bind's source resolved against the compose file's folder. */
  hostPath?: ResolvedPath;
  /** Path in the container. */
  target: Value<string>;
  readOnly: boolean;
}

export interface ServiceConfig {
  /** The top-level config's name. */
  source: Value<string>;
  /** Where it appears in the container (`/<source>` when not given). */
  target?: Value<string>;
  span: Span;
}

export interface EnvVar {
  name: string;
  nameSpan: Span;
  /** The value after interpolation; `«redacted»` when the name says it holds a secret. */
  value: Value<string>;
  /** The value as a secret, when the name contains PASSWORD, PASS, SECRET or TOKEN and it is known. */
  secret?: Secret;
  /**
   * The `$`s compose read in the value, when the name says it holds a secret (whether or not the
   * value is known): a password that lost characters to interpolation, or a `${VAR}` on purpose.
   */
  dollars?: DollarFact[];
}

export interface HealthcheckFact {
  test: Value<string>;
  span: Span;
  /** A `-a <password>` / `--pass <password>` given to redis-cli in the test. */
  password?: Secret;
}
