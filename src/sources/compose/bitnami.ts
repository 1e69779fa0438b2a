/**
 * What the Bitnami `bitnami/redis` and `bitnami/redis-sentinel` images run when compose leaves
 * their command alone: the entrypoint's setup script writes the config file from environment
 * variables, then run.sh starts the server on it. Facts transcribed from bitnami/containers
 * (paths under bitnami/redis/7.4/debian-12/rootfs/opt/bitnami/scripts unless said otherwise):
 *
 * Server (libredis.sh @8551926c, redis-env.sh @19bf07dd, redis/postunpack.sh @e5d59bc7,
 * redis/setup.sh @043f89c8, 7.2/debian-12/redis/run.sh @e0fcfc21, 7.2/debian-12/redis-default.conf @2191466d):
 * - The image's /opt/bitnami/redis/etc/redis.conf is the release's example file as postunpack
 *   leaves it: `bind 127.0.0.1 -::1`, `protected-mode yes`, `port 6379`, `daemonize yes`,
 *   `pidfile /opt/bitnami/redis/tmp/redis.pid`, `logfile ""`, `dir /bitnami/redis/data` (set at
 *   build time: REDIS_DATA_DIR at run time does not change it), `appendonly no`, `save ""`.
 * - run.sh: `redis-server /opt/bitnami/redis/etc/redis.conf --daemonize no $REDIS_EXTRA_FLAGS "$@"`,
 *   REDIS_EXTRA_FLAGS split on blanks by `read -r -a` (no quotes).
 * - If /opt/bitnami/redis/mounted-etc/redis.conf exists it is copied over redis.conf and nothing
 *   else is written (no password, no replication). Otherwise redis_configure_default:
 *   ALLOW_EMPTY_PASSWORD yes → `protected-mode no`; REDIS_ALLOW_REMOTE_CONNECTIONS (default yes)
 *   → `bind 0.0.0.0 ::`; `appendonly $REDIS_AOF_ENABLED` (default yes); REDIS_RDB_POLICY words
 *   → one `save` line each (`#` → space), else REDIS_RDB_POLICY_DISABLED yes → `save ""`;
 *   `port $REDIS_PORT_NUMBER` (default 6379); TLS lines; `requirepass $REDIS_REQUIREPASS` (which
 *   defaults to REDIS_PASSWORD when REDIS_USER is unset), else requirepass removed;
 *   REDIS_DISABLE_COMMANDS (comma separated) → `rename-command X ""` each; REDIS_ACLFILE →
 *   aclfile; an existing $REDIS_OVERRIDES_FILE (default mounted-etc/overrides.conf) is included.
 * - Then, without a mounted redis.conf and with REDIS_REPLICATION_MODE set:
 *   `replica-announce-ip ${REDIS_REPLICA_IP:-<container IP>}`,
 *   `replica-announce-port ${REDIS_REPLICA_PORT:-$REDIS_MASTER_PORT_NUMBER}` (default 6379);
 *   `masteruser`/`masterauth` when REDIS_MASTER_USER (default REDIS_USER, default `default`) and
 *   REDIS_MASTER_PASSWORD (default REDIS_PASSWORD when REDIS_MASTER_USER is unset) are set;
 *   mode slave|replica adds `replicaof $REDIS_MASTER_HOST $REDIS_MASTER_PORT_NUMBER` (after asking
 *   REDIS_SENTINEL_HOST for the master when that is set).
 * - redis_validate exits (the container does not start) when REDIS_PASSWORD is empty and
 *   ALLOW_EMPTY_PASSWORD is not yes, when a replica's REDIS_MASTER_PASSWORD is empty likewise, or
 *   when REDIS_REPLICATION_MODE is not master, slave or replica. is_boolean_yes: 1, yes or true,
 *   any case. Every REDIS_* variable can come from a file named by <NAME>_FILE.
 *
 * Sentinel (bitnami/redis-sentinel/7.4/debian-12/…: libredissentinel.sh @3a8f5492,
 * redis-sentinel-env.sh @3e00630b, postunpack.sh @3e00630b, setup.sh @043f89c8; 7.0/debian-12 run.sh @b8c24a34):
 * - postunpack sets `port 26379`, `bind 0.0.0.0 ::`, `pidfile …`, `daemonize no`, `logfile ""`;
 *   run.sh: `redis-sentinel /opt/bitnami/redis-sentinel/etc/sentinel.conf --daemonize no "$@"`.
 * - Unless /bitnami/redis-sentinel/conf/sentinel.conf already exists (then it is used as is):
 *   `requirepass $REDIS_SENTINEL_PASSWORD` when set; `sentinel monitor $REDIS_MASTER_SET
 *   $REDIS_MASTER_HOST $REDIS_MASTER_PORT_NUMBER $REDIS_SENTINEL_QUORUM` (defaults mymaster, redis,
 *   6379, 2); `sentinel down-after-milliseconds SET ${…:-60000}`; `sentinel failover-timeout SET
 *   ${…:-180000}`; `sentinel parallel-syncs SET 1`; `sentinel auth-pass SET $REDIS_MASTER_PASSWORD`
 *   and `sentinel auth-user SET $REDIS_MASTER_USER` when set; announce-ip/port when set;
 *   `sentinel resolve-hostnames ${…:-yes}`, `sentinel announce-hostnames ${…:-no}` (6.2+);
 *   `SENTINEL master-reboot-down-after-period SET ${…:-0}` (7+); `port $REDIS_SENTINEL_PORT_NUMBER`.
 * - It exits when quorum, down-after-milliseconds or failover-timeout is not a positive integer.
 *   No password is required.
 *
 * Only these current scripts are modelled: images older than 7 (whose scripts differ, e.g. 6.0
 * binds 0.0.0.0 only and never turns protected mode off), TLS, ACL users, overrides files,
 * env_file and REDIS_SENTINEL_HOST leave the configuration unknown.
 */
import type { LineIndex, Span } from '../../model/span.js';
import { ProjectIndex } from './project-index.js';
import { known } from '../../model/value.js';
import type { ConfLine } from '../conf/conf-lines.js';
import { readServerArgs } from './command-line.js';
import { confLineOf, type UnknownValue } from './conf-text.js';
import type { EnvVar, ImageFact, RedisProcess } from './facts.js';
import { MappedTextBuilder, type MappedText } from './mapped-text.js';
import type { Word } from './shell-words.js';

export interface BitnamiInput {
  image: ImageFact;
  /** The service's `environment:` entries, with spans. */
  env: readonly EnvVar[];
  /** Their known values (secrets included), as the container sees them. */
  values: ReadonlyMap<string, string>;
  /** Container paths of everything mounted into the container (volumes, configs; path absent when not known). */
  mountTargets: readonly MountTarget[];
  /** The service has `env_file:` entries (variables not read here). */
  hasEnvFile: boolean;
  index: LineIndex;
}

export interface MountTarget {
  path?: string;
  /** A host directory or file (its content is whatever is there), not a named volume that starts empty. */
  bind: boolean;
}

export type BitnamiRun = { processes: RedisProcess[]; runsUnknown?: string };

const SERVER_CONF = '/opt/bitnami/redis/etc/redis.conf';
const MOUNTED_CONF = '/opt/bitnami/redis/mounted-etc/redis.conf';
const OVERRIDES_CONF = '/opt/bitnami/redis/mounted-etc/overrides.conf';
const SENTINEL_CONF = '/opt/bitnami/redis-sentinel/etc/sentinel.conf';
const PERSISTED_SENTINEL_CONF = '/bitnami/redis-sentinel/conf/sentinel.conf';

/** What the image runs, or undefined when it is not a Bitnami image these scripts describe. */
export function readBitnamiRun(input: BitnamiInput): BitnamiRun | undefined {
  const { image } = input;
  const mode = image.repository === 'bitnami/redis' ? 'server' : image.repository === 'bitnami/redis-sentinel' ? 'sentinel' : undefined;
  if (!mode) return undefined;
  const version = image.version;
  const major = version.kind === 'unknown' ? undefined : version.major;
  if (version.kind === 'unknown' || (major !== undefined && major < 7)) {
    return { processes: [], runsUnknown: "the Bitnami image builds the server's flags from environment variables at start-up, and its scripts before 7.0 are not modelled" };
  }
  const builder = new ConfBuilder(input);
  const outcome = mode === 'server' ? serverConf(builder) : sentinelConf(builder);
  if (outcome.refuses) return { processes: [], runsUnknown: `the Bitnami image refuses to start: ${outcome.refuses}` };
  const process: RedisProcess = {
    executable: mode === 'server' ? 'redis-server' : 'redis-sentinel',
    product: 'redis',
    mode,
    span: image.span,
    startedBy: 'image',
    certain: true,
    flags: [],
    unknownValues: [],
    unknownLines: [],
  };
  const path = mode === 'server' ? SERVER_CONF : SENTINEL_CONF;
  const flags = runFlags(builder, mode === 'server' && !outcome.unknown);
  process.flags = flags.lines;
  process.unknownValues.push(...flags.unknownValues);
  process.unknownLines.push(...flags.unknownLines);
  if (flags.unknown && !outcome.unknown) outcome.unknown = flags.unknown;
  if (outcome.copiedFrom) {
    process.confFile = { path: known(path, image.span), containerPath: path, content: { kind: 'copied', from: outcome.copiedFrom, appended: [] } };
  } else if (outcome.unknown) {
    process.confFile = { path: known(path, image.span), containerPath: path, content: { kind: 'unknown', why: outcome.unknown } };
    process.configUnknown = outcome.unknown;
  } else {
    const written = builder.lines();
    process.confFile = { path: known(path, image.span), containerPath: path, content: { kind: 'written', lines: written.lines } };
    process.unknownValues.push(...written.unknownValues);
  }
  return { processes: [process] };
}

interface Outcome {
  /** Why the container exits before starting the server. */
  refuses?: string;
  /** Why the configuration cannot be known. */
  unknown?: string;
  /** The config file is a copy of this container file, with nothing added. */
  copiedFrom?: string;
}

/** An environment value as the scripts see it: absent (unset or empty, `${X:-default}` alike), known, or not known. */
type EnvValue =
  | { kind: 'absent'; entry?: EnvVar }
  | { kind: 'known'; text: string; entry: EnvVar }
  | { kind: 'unknown'; entry: EnvVar; why: string };

/** Text only known in the running container (its IP address), mapped to the line's anchor. */
type Runtime = { kind: 'runtime'; placeholder: string; why: string };

/** A piece of a written line: literal text the script adds, an environment value, or a run-time value. */
type Part = string | EnvValue | Runtime;

class ConfBuilder {
  readonly #input: BitnamiInput;
  readonly #byName = new Map<string, EnvVar>();
  readonly #entries: { name: string; anchor: [number, number]; parts: Part[] }[] = [];
  readonly imageAnchor: [number, number];

  constructor(input: BitnamiInput) {
    this.#input = input;
    for (const entry of input.env) this.#byName.set(entry.name, entry); // the last entry wins
    this.imageAnchor = rangeOf(input.index, input.image.span);
  }

  get input(): BitnamiInput {
    return this.#input;
  }

  env(name: string): EnvValue {
    const entry = this.#byName.get(name);
    const fromFile = this.#byName.get(`${name}_FILE`);
    if (fromFile) return { kind: 'unknown', entry: fromFile, why: `${name} is read from the file ${name}_FILE names` };
    if (!entry) return { kind: 'absent' };
    const text = this.#input.values.get(name);
    if (!entry.value.known || text === undefined) return { kind: 'unknown', entry, why: entry.value.known ? `${name} is not known` : entry.value.why };
    return text === '' ? { kind: 'absent', entry } : { kind: 'known', text, entry };
  }

  /** `redis_conf_set`: the line replaces the file's lines of that directive, or is added. */
  set(name: string, anchor: EnvValue | undefined, ...parts: Part[]): void {
    const at = this.anchorOf(anchor);
    const index = this.#entries.findIndex((e) => e.name === name);
    if (index === -1) this.#entries.push({ name, anchor: at, parts });
    else this.#entries[index] = { name, anchor: at, parts };
  }

  /** A line appended after the others (`save`, `rename-command`). */
  append(name: string, anchor: EnvValue | undefined, ...parts: Part[]): void {
    this.#entries.push({ name, anchor: this.anchorOf(anchor), parts });
  }

  remove(name: string): void {
    for (let i = this.#entries.length - 1; i >= 0; i--) if (this.#entries[i]!.name === name) this.#entries.splice(i, 1);
  }

  /** Literal text is mapped to the variable's name when a variable decided the line, else to the image. */
  anchorOf(value: EnvValue | undefined): [number, number] {
    return value?.entry ? rangeOf(this.#input.index, value.entry.nameSpan) : this.imageAnchor;
  }

  mapped(anchor: [number, number], parts: Part[]): MappedText {
    const out = new MappedTextBuilder(anchor);
    parts.forEach((part, k) => {
      if (k > 0) out.push(' ', anchor[0], anchor[1]);
      if (typeof part === 'string') out.push(part, anchor[0], anchor[1]);
      else if (part.kind === 'runtime') out.push(part.placeholder, anchor[0], anchor[1], { why: part.why });
      else appendValue(out, part, this.#input.index);
    });
    return out.build();
  }

  lines(): { lines: ConfLine[]; unknownValues: UnknownValue[] } {
    const unknownValues: UnknownValue[] = [];
    const lines: ConfLine[] = [];
    this.#entries.forEach((entry, k) => {
      const line = confLineOf(this.mapped(entry.anchor, [entry.name, ...entry.parts]), this.#input.index, k + 1, unknownValues);
      if (line) lines.push(line);
    });
    return { lines, unknownValues };
  }
}

/** An environment value's characters, each mapped to where it is written (or the whole value when it is escaped). */
function appendValue(out: MappedTextBuilder, value: EnvValue, index: LineIndex): void {
  if (value.kind === 'absent') return;
  const [start, end] = rangeOf(index, value.entry.value.span);
  if (value.kind === 'unknown') {
    // Like `${VAR}` in a command: a placeholder whose characters are holes.
    const hole = { why: value.why };
    out.push(`\${${value.entry.name}}`, start, end, hole);
    return;
  }
  const verbatim = index.text.slice(start, end) === value.text;
  for (let i = 0; i < value.text.length; i++) {
    if (verbatim) out.push(value.text[i]!, start + i, start + i + 1);
    else out.push(value.text[i]!, start, end);
  }
}

function rangeOf(index: LineIndex, span: { line: number; column: number; endLine: number; endColumn: number }): [number, number] {
  // Several files in one offset space: the span's own file says where its offsets begin.
  if (index instanceof ProjectIndex) return index.rangeOf(span as Span);
  const start = (index.lineStarts[span.line - 1] ?? 0) + span.column - 1;
  const end = (index.lineStarts[span.endLine - 1] ?? 0) + span.endColumn - 1;
  return [start, Math.max(start, end)];
}

const isYes = (text: string) => /^(1|yes|true)$/i.test(text);

/** A yes/no variable's value, or why it is not known. */
function boolOf(value: EnvValue, fallback: boolean): boolean | { unknown: string } {
  if (value.kind === 'unknown') return { unknown: value.why };
  return value.kind === 'known' ? isYes(value.text) : fallback;
}

/** The first variable among names that is set but not known, as why the configuration is not known. */
function firstUnknown(builder: ConfBuilder, names: string[]): string | undefined {
  for (const name of names) {
    const value = builder.env(name);
    if (value.kind === 'unknown') return value.why;
  }
  return undefined;
}

/** Variables whose effect sentinel-lint does not model: set at all, the configuration is unknown. */
function unmodelled(builder: ConfBuilder, names: string[]): string | undefined {
  for (const name of names) if (builder.env(name).kind !== 'absent') return `${name} configures what sentinel-lint does not model`;
  return undefined;
}

const normal = (path: string) => path.replace(/\/+$/, '') || '/';

/**
 * Why a file the scripts read may come from a mount: a mount at the path or at a folder above it
 * (a mount whose target is not known may be anywhere), or undefined when none can hold it.
 */
function mountedOver(builder: ConfBuilder, path: string, which: (mount: MountTarget) => boolean = () => true): string | undefined {
  for (const mount of builder.input.mountTargets) {
    if (!which(mount)) continue;
    if (mount.path === undefined) return `a mount whose target is not known statically may hold ${path}`;
    const target = normal(mount.path);
    if (target === path || path.startsWith(target === '/' ? '/' : `${target}/`)) return `the mount at ${target} may hold ${path}`;
  }
  return undefined;
}

function serverConf(builder: ConfBuilder): Outcome {
  const { input } = builder;
  const env = (name: string) => builder.env(name);
  if (input.hasEnvFile) return { unknown: 'env_file may set the variables the Bitnami image configures the server from' };
  // A mounted redis.conf replaces everything the scripts would write.
  const mountedFile = input.mountTargets.some((m) => m.path !== undefined && normal(m.path) === MOUNTED_CONF);
  const others = (m: MountTarget) => m.path === undefined || normal(m.path) !== MOUNTED_CONF;
  const overrides = mountedOver(builder, OVERRIDES_CONF, others);
  if (mountedFile && !overrides) return { copiedFrom: MOUNTED_CONF };
  const mounted = overrides ?? mountedOver(builder, MOUNTED_CONF) ?? mountedOver(builder, SERVER_CONF);
  if (mounted) return { unknown: mounted };
  const notModelled = unmodelled(builder, ['REDIS_TLS_ENABLED', 'REDIS_USER', 'REDIS_REQUIREPASS', 'REDIS_MASTER_USER', 'REDIS_ACLFILE', 'REDIS_OVERRIDES_FILE', 'REDIS_SENTINEL_HOST', 'REDIS_IO_THREADS', 'REDIS_IO_THREADS_DO_READS', 'REDIS_REPLICA_IP']);
  const structural = firstUnknown(builder, ['ALLOW_EMPTY_PASSWORD', 'REDIS_ALLOW_REMOTE_CONNECTIONS', 'REDIS_RDB_POLICY', 'REDIS_RDB_POLICY_DISABLED', 'REDIS_REPLICATION_MODE', 'REDIS_DISABLE_COMMANDS', 'REDIS_EXTRA_FLAGS']);
  const allowEmpty = boolOf(env('ALLOW_EMPTY_PASSWORD'), false) === true;
  const password = env('REDIS_PASSWORD');
  const masterPasswordSet = env('REDIS_MASTER_PASSWORD');
  const masterPassword = masterPasswordSet.kind === 'absent' ? password : masterPasswordSet;
  const modeValue = env('REDIS_REPLICATION_MODE');
  const mode = modeValue.kind === 'known' ? modeValue.text : undefined;
  // redis_validate: what makes the container exit before the server starts.
  if (!structural) {
    if (!allowEmpty && password.kind === 'absent') return { refuses: 'REDIS_PASSWORD is empty and ALLOW_EMPTY_PASSWORD is not yes' };
    if (mode !== undefined && !['master', 'slave', 'replica'].includes(mode)) return { refuses: `REDIS_REPLICATION_MODE ${mode} is not master, slave or replica` };
    if ((mode === 'slave' || mode === 'replica') && !allowEmpty && masterPassword.kind === 'absent') {
      return { refuses: 'REDIS_MASTER_PASSWORD is empty and ALLOW_EMPTY_PASSWORD is not yes' };
    }
  }
  if (notModelled) return { unknown: notModelled };
  if (structural) return { unknown: structural };
  // Whether a password is set decides lines when empty passwords are allowed.
  if (allowEmpty && (password.kind === 'unknown' || (mode && masterPassword.kind === 'unknown'))) {
    return { unknown: `${password.kind === 'unknown' ? 'REDIS_PASSWORD' : 'REDIS_MASTER_PASSWORD'} may be empty, which decides whether a password is set` };
  }

  // The image's file as postunpack leaves it (the lines of the example file that matter here).
  builder.set('bind', undefined, '127.0.0.1', '-::1');
  builder.set('protected-mode', undefined, 'yes');
  builder.set('port', undefined, '6379');
  // `daemonize yes` is left out: run.sh's `--daemonize no` overrides it, and a line the user never wrote would read as a duplicate.
  builder.set('pidfile', undefined, '/opt/bitnami/redis/tmp/redis.pid');
  builder.set('logfile', undefined, '""');
  builder.set('dir', undefined, '/bitnami/redis/data');
  builder.set('appendonly', undefined, 'no');
  builder.append('save', undefined, '""');

  // redis_configure_default.
  if (allowEmpty) builder.set('protected-mode', env('ALLOW_EMPTY_PASSWORD'), 'no');
  const remote = env('REDIS_ALLOW_REMOTE_CONNECTIONS');
  if (boolOf(remote, true) === true) builder.set('bind', remote, '0.0.0.0', '::');
  const aof = env('REDIS_AOF_ENABLED');
  builder.set('appendonly', aof, aof.kind === 'absent' ? 'yes' : aof);
  const policy = env('REDIS_RDB_POLICY');
  if (policy.kind === 'known') {
    builder.remove('save'); // the image's `save ""` only resets what these lines set again
    for (const rule of policy.text.split(/[ \t\n]+/).filter(Boolean)) builder.append('save', policy, ...rule.split('#'));
  } else if (boolOf(env('REDIS_RDB_POLICY_DISABLED'), false) === true) {
    builder.set('save', env('REDIS_RDB_POLICY_DISABLED'), '""'); // a second `save ""` changes nothing
  }
  const port = env('REDIS_PORT_NUMBER');
  builder.set('port', port, port.kind === 'absent' ? '6379' : port);
  if (password.kind !== 'absent') builder.set('requirepass', password, password);
  else builder.remove('requirepass');
  const disabled = env('REDIS_DISABLE_COMMANDS');
  if (disabled.kind === 'known') {
    const seen = new Set<string>();
    for (const command of disabled.text.split(/[, \t\n]+/).filter(Boolean)) {
      if (seen.has(command)) continue;
      seen.add(command);
      builder.append('rename-command', disabled, command, '""');
    }
  }

  // redis_configure_replication.
  if (mode) {
    const masterPort = env('REDIS_MASTER_PORT_NUMBER');
    const replicaPort = env('REDIS_REPLICA_PORT');
    builder.set('replica-announce-ip', modeValue, { kind: 'runtime', placeholder: '$(get_machine_ip)', why: "the container's IP address at start-up" });
    const announcedPort = replicaPort.kind !== 'absent' ? replicaPort : masterPort;
    builder.set('replica-announce-port', announcedPort.kind === 'absent' ? modeValue : announcedPort, announcedPort.kind === 'absent' ? '6379' : announcedPort);
    if (masterPassword.kind !== 'absent') {
      builder.set('masteruser', modeValue, 'default');
      builder.set('masterauth', masterPassword, masterPassword);
    }
    if (mode === 'slave' || mode === 'replica') {
      const host = env('REDIS_MASTER_HOST');
      if (host.kind === 'absent') return { refuses: 'REDIS_MASTER_HOST is empty, so the replica waits for a master that is never named' };
      builder.set('replicaof', host, host, masterPort.kind === 'absent' ? '6379' : masterPort);
    }
  }
  return {};
}

function sentinelConf(builder: ConfBuilder): Outcome {
  const { input } = builder;
  const env = (name: string) => builder.env(name);
  if (input.hasEnvFile) return { unknown: 'env_file may set the variables the Bitnami image configures Sentinel from' };
  // A named volume starts empty, so the first start writes the file; a host folder may already hold one.
  const persisted = mountedOver(builder, PERSISTED_SENTINEL_CONF, (m) => m.bind || m.path === undefined);
  if (persisted) return { unknown: `${persisted}, which the Bitnami image then uses as it is` };
  const etc = mountedOver(builder, SENTINEL_CONF);
  if (etc) return { unknown: etc };
  const notModelled = unmodelled(builder, ['REDIS_SENTINEL_TLS_ENABLED']);
  if (notModelled) return { unknown: notModelled };
  const structural = firstUnknown(builder, ['REDIS_SENTINEL_PASSWORD', 'REDIS_MASTER_PASSWORD', 'REDIS_MASTER_USER', 'REDIS_SENTINEL_ANNOUNCE_IP', 'REDIS_SENTINEL_ANNOUNCE_PORT']);
  if (structural) return { unknown: `${structural}, and whether it is empty decides a line` };
  for (const name of ['REDIS_SENTINEL_QUORUM', 'REDIS_SENTINEL_DOWN_AFTER_MILLISECONDS', 'REDIS_SENTINEL_FAILOVER_TIMEOUT']) {
    const value = env(name);
    if (value.kind === 'known' && !/^\d+$/.test(value.text)) return { refuses: `${name} is not a positive integer` };
    if (value.kind === 'known' && Number(value.text) <= 0) return { refuses: `${name} is not a positive integer` };
  }
  const orDefault = (value: EnvValue, fallback: string): Part => (value.kind === 'absent' ? fallback : value);
  const set = env('REDIS_MASTER_SET');
  const masterSet = orDefault(set, 'mymaster');

  // postunpack's lines, over the release's example file.
  builder.set('port', undefined, '26379');
  builder.set('bind', undefined, '0.0.0.0', '::');
  builder.set('pidfile', undefined, '/opt/bitnami/redis-sentinel/tmp/redis-sentinel.pid');
  builder.set('daemonize', undefined, 'no');
  builder.set('logfile', undefined, '""');

  // redis_initialize.
  const password = env('REDIS_SENTINEL_PASSWORD');
  if (password.kind !== 'absent') builder.set('requirepass', password, password);
  const host = env('REDIS_MASTER_HOST');
  const port = env('REDIS_MASTER_PORT_NUMBER');
  const quorum = env('REDIS_SENTINEL_QUORUM');
  builder.set('sentinel monitor', set.kind === 'absent' ? undefined : set, masterSet, orDefault(host, 'redis'), orDefault(port, '6379'), orDefault(quorum, '2'));
  const downAfter = env('REDIS_SENTINEL_DOWN_AFTER_MILLISECONDS');
  builder.set('sentinel down-after-milliseconds', downAfter.kind === 'absent' ? undefined : downAfter, masterSet, orDefault(downAfter, '60000'));
  const failover = env('REDIS_SENTINEL_FAILOVER_TIMEOUT');
  builder.set('sentinel failover-timeout', failover.kind === 'absent' ? undefined : failover, masterSet, orDefault(failover, '180000'));
  builder.set('sentinel parallel-syncs', undefined, masterSet, '1');
  const authPass = env('REDIS_MASTER_PASSWORD');
  if (authPass.kind !== 'absent') builder.set('sentinel auth-pass', authPass, masterSet, authPass);
  const authUser = env('REDIS_MASTER_USER');
  if (authUser.kind !== 'absent') builder.set('sentinel auth-user', authUser, masterSet, authUser);
  const announceIp = env('REDIS_SENTINEL_ANNOUNCE_IP');
  if (announceIp.kind !== 'absent') builder.set('sentinel announce-ip', announceIp, announceIp);
  const announcePort = env('REDIS_SENTINEL_ANNOUNCE_PORT');
  if (announcePort.kind !== 'absent') builder.set('sentinel announce-port', announcePort, announcePort);
  const resolve = env('REDIS_SENTINEL_RESOLVE_HOSTNAMES');
  builder.set('sentinel resolve-hostnames', resolve.kind === 'absent' ? undefined : resolve, orDefault(resolve, 'yes'));
  const announce = env('REDIS_SENTINEL_ANNOUNCE_HOSTNAMES');
  builder.set('sentinel announce-hostnames', announce.kind === 'absent' ? undefined : announce, orDefault(announce, 'no'));
  const reboot = env('REDIS_SENTINEL_MASTER_REBOOT_DOWN_AFTER_PERIOD');
  builder.set('SENTINEL master-reboot-down-after-period', reboot.kind === 'absent' ? undefined : reboot, masterSet, orDefault(reboot, '0'));
  const sentinelPort = env('REDIS_SENTINEL_PORT_NUMBER');
  builder.set('port', sentinelPort.kind === 'absent' ? undefined : sentinelPort, orDefault(sentinelPort, '26379'));
  return {};
}

/**
 * run.sh's arguments after the config file: `--daemonize no`, then (for the server) the words of
 * REDIS_EXTRA_FLAGS, split on blanks without quote handling (`read -r -a`).
 */
function runFlags(builder: ConfBuilder, withExtra: boolean): { lines: ConfLine[]; unknownValues: UnknownValue[]; unknownLines: UnknownValue[]; unknown?: string } {
  const { index } = builder.input;
  const anchor = builder.imageAnchor;
  const word = (text: string): Word => ({ value: builder.mapped(anchor, [text]), raw: anchor });
  const words: Word[] = [word('--daemonize'), word('no')];
  const extra = builder.env('REDIS_EXTRA_FLAGS');
  if (withExtra && extra.kind === 'known') {
    const [start, end] = rangeOf(index, extra.entry.value.span);
    const verbatim = index.text.slice(start, end) === extra.text;
    for (const match of extra.text.matchAll(/[^ \t\n]+/g)) {
      const from = match.index;
      const to = from + match[0].length;
      const value = new MappedTextBuilder(verbatim ? [start + from, start + to] : [start, end]);
      for (let i = from; i < to; i++) value.push(extra.text[i]!, verbatim ? start + i : start, verbatim ? start + i + 1 : end);
      words.push({ value: value.build(), raw: verbatim ? [start + from, start + to] : [start, end] });
    }
  }
  const parsed = readServerArgs(words, index);
  const result = { lines: parsed.lines, unknownValues: parsed.unknownValues, unknownLines: parsed.unknownLines };
  if (parsed.exitsWith) return { ...result, unknown: `${parsed.exitsWith} in REDIS_EXTRA_FLAGS makes it print and exit instead of serving` };
  if (parsed.readsStdin) return { ...result, unknown: 'REDIS_EXTRA_FLAGS makes it read more configuration from standard input' };
  return result;
}
