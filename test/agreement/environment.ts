import { hasTemplatePlaceholder } from '../../src/model/template.js';
// What depends on the machine rather than on the file, for the agreement test (RULES.md, "Testing
// against the real servers"): the rewrites that keep a test server on this machine, the overrides on
// the command line, and the lines that fail here only because a path exists where the file is deployed.

import { isIPv4, isIPv6 } from 'node:net';
import { dirname, join, normalize } from 'node:path/posix';
import { serverLines, type ServerLine, type ServerMode } from './server-lines.js';

/** Which token of a line is an address the server dials, by directive (and `sentinel` sub-directive). */
function dialledToken(line: ServerLine): number | undefined {
  if (line.directive === 'replicaof' || line.directive === 'slaveof') return 1;
  if (line.directive !== 'sentinel') return undefined;
  // sentinel.c `sentinelHandleConfiguration`: monitor <name> <host> …, known-replica|known-slave
  // <name> <ip> <port>, known-sentinel <name> <ip> <port> <runid>.
  return ['monitor', 'known-replica', 'known-slave', 'known-sentinel'].includes(line.sub) ? 3 : undefined;
}

/**
 * The address a test server may dial instead of `host`, with the same verdict:
 * - an IPv4 literal a.b.c.d becomes 127.b.c.d: still a literal, still distinct from the others;
 * - an IPv6 literal becomes ::1;
 * - a host name (not `localhost`) gets the `.invalid` suffix (RFC 6761: it never resolves), so with
 *   `resolve-hostnames yes` Sentinel cannot resolve it to a machine elsewhere. The verdict stays: with
 *   `resolve-hostnames no` every name fails (ANET_IP_ONLY), and with `yes` an unresolved name is
 *   accepted (sentinel.c `createSentinelRedisInstance` calls `createSentinelAddr(…, 1)`); names stay
 *   distinct, so duplicate checks see what they saw.
 */
function loopbackFor(host: string, directive: string): string {
  if (isIPv4(host)) return host.replace(/^\d+/, '127');
  if (isIPv6(host)) return '::1';
  // replicaof is never dialled: the data nodes run with `--replicaof no one`.
  if (directive !== 'sentinel' || host.toLowerCase() === 'localhost' || host === '') return host;
  return `${host}.invalid`;
}

/** The file with every dialled address rewritten by `loopbackFor`; all other bytes are unchanged. */
export function keepOnMachine(text: string): string {
  let out = '';
  let copied = 0;
  for (const line of serverLines(text)) {
    const index = dialledToken(line);
    if (index === undefined) continue;
    const host = line.args[index];
    if (host === undefined) continue;
    const replacement = loopbackFor(host, line.directive);
    if (replacement === host) continue;
    // Replace the address inside its token; a quoted token keeps its quotes. An escaped spelling of
    // an address (never seen in practice) is left alone rather than guessed at.
    const [start, end] = line.spans[index]!;
    const at = text.slice(start, end).indexOf(host);
    if (at === -1) continue;
    out += text.slice(copied, start + at) + replacement;
    copied = start + at + host.length;
  }
  return out + text.slice(copied);
}

/** An address some machine can listen on: an IP literal, a wildcard, or a host name (RFC 1123). */
function couldListen(address: string): boolean {
  const name = address.replace(/^-/, ''); // `-` only makes the address optional
  return isIPv4(name) || isIPv6(name) || name === '*' || name === '::*' || /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(name);
}

/**
 * A file in a template language (Jinja, Helm, mustache, ERB) is rendered before any server reads
 * it: as it stands it is not a config file, like an ACL file is not.
 */
export function templateLanguage(text: string): string | undefined {
  // The linter's own notion (src/model/template.ts): with a placeholder in it, a file is rendered
  // (envsubst, sed, Jinja) before use wherever it is deployed, or is reported as "if nothing renders
  // it" at note level; either way the raw text is not what a server reads.
  return serverLines(text).some((l) => !/^\s*proc-title-template\s/i.test(l.raw) && hasTemplatePlaceholder(l.raw))
    ? 'a template (envsubst, sed, Jinja, Helm, ERB placeholders): rendered before any server reads it'
    : undefined;
}

/** The last line of a directive, which is the one that counts for single-value settings. */
function last(lines: ServerLine[], directive: string): ServerLine | undefined {
  return lines.filter((l) => l.directive === directive).at(-1);
}

/**
 * Options appended after the file (RULES.md): they only replace what depends on this machine, so that
 * only the file's own lines decide. The file's lines are still parsed first.
 */
export function machineOverrides(text: string, mode: ServerMode, ports: { port: number; tlsPort: number }, dataDir: string): string[] {
  const lines = serverLines(text);
  // `port 0` (no TCP listener) is the file's choice and takes no port here; any other port is this
  // machine's resource. A node with only a unix socket gets one in the data folder instead of the
  // deployment's path; every other node gets none.
  const noTcp = last(lines, 'port')?.args[1] === '0';
  const socket = noTcp && (last(lines, 'unixsocket')?.args[1] ?? '') !== '' ? join(dataDir, 'redis.sock') : '';
  const args = ['--port', noTcp ? '0' : String(ports.port), '--dir', dataDir, '--logfile', '', '--pidfile', ''];
  args.push('--daemonize', 'no', '--supervised', 'no', '--unixsocket', socket);
  // A data node must not dial its master. In cluster mode redis-server refuses `replicaof` after the
  // whole config is read, before it dials anything (config.c), and that refusal is the file's.
  const cluster = last(lines, 'cluster-enabled')?.args[1]?.toLowerCase() === 'yes';
  if (mode === 'redis-server' && !cluster) args.push('--replicaof', 'no', 'one');
  // Listen on loopback only, unless the last `bind` line fails by itself wherever it runs (no address
  // at all, an inline comment read as an address, `${VAR}`): then the server must try the file's line.
  // Any other address exists here (same verdict on 127.0.0.1) or only where the file is deployed.
  const addresses = last(lines, 'bind')?.args.slice(1) ?? ['127.0.0.1'];
  if (addresses.length > 0 && addresses.every(couldListen)) args.push('--bind', '127.0.0.1');
  // A TLS port is a machine resource like the plain port; `tls-port 0` (off) is the file's choice.
  const tlsPort = last(lines, 'tls-port')?.args[1];
  if (tlsPort !== undefined && /^\d+$/.test(tlsPort) && Number(tlsPort) > 0 && Number(tlsPort) <= 65535) {
    args.push('--tls-port', String(ports.tlsPort));
  }
  return args;
}

/** A refusal as the harness reads it from the server's output. */
export interface Refusal {
  message: string;
  /** The file line the FATAL block names, when it names one and the line is in the input file. */
  line?: number;
}

/** Why a refusal is this machine's, not the file's, and the input lines that cause it (maybe none). */
export interface EnvironmentDependence {
  reason: string;
  lines: number[];
}

const ERRNO = /^(No such file or directory|Not a directory|Permission denied)$/;

/**
 * Whether the server refused the file only because of this machine: a path, module or certificate
 * that exists where the file is deployed. The caller comments those lines out (keeping the numbering)
 * and asks the server again; with no line to take out, the whole file is left out of the comparison.
 */
export function environmentDependence(
  text: string,
  file: string,
  refusal: Refusal,
  /** The other files of the input's repository, by relative path. */
  repoFiles: readonly string[] = [],
  /** Whether the repository's .gitignore files keep a relative path out of git. */
  isIgnored: (path: string) => boolean = () => false,
): EnvironmentDependence | undefined {
  const lines = serverLines(text);
  const atLine = refusal.line === undefined ? undefined : lines.find((l) => l.number === refusal.line);
  const numbers = (test: (l: ServerLine) => boolean) => lines.filter(test).map((l) => l.number);
  const { message } = refusal;

  // config.c `dir`: chdir() while parsing; the folder exists where the file is deployed.
  if (atLine?.directive === 'dir' && ERRNO.test(message)) {
    return { reason: 'dir names a folder that exists only where the file is deployed', lines: [atLine.number] };
  }
  // sentinel.c: notification-script / client-reconfig-script must exist and be executable here.
  if (atLine?.directive === 'sentinel' && /script seems non existing or non executable/.test(message)) {
    return { reason: `sentinel ${atLine.sub} names a script that exists only where the file is deployed`, lines: [atLine.number] };
  }
  // config.c `loadServerConfig`: an include is opened from the working directory. A missing relative
  // include inside the repository is compared (the server runs in the file's folder). An absolute path,
  // a relative one after `dir` moved to a machine path (`dir` is a chdir), or one that climbs out of
  // the repository, depends on the machine or on where the repository is checked out.
  const include = /Fatal error, can't open config file '(.*)'/.exec(message)?.[1];
  const includeLines = numbers((l) => l.directive === 'include' && l.args[1] === include);
  const from = include === undefined ? undefined : workingDirectoryAt(lines, includeLines[0] ?? Infinity, dirname(file));
  if (include !== undefined && (include.startsWith('/') || from!.startsWith('/') || normalize(join(from!, include)).startsWith('../'))) {
    return { reason: 'include of a path that exists only where the file is deployed, or outside the repository', lines: includeLines };
  }
  // The linter's rule (src/sources/conf/include-path.ts): the same relative path elsewhere in the
  // repository means the server may be started from there, so the working directory decides.
  if (include !== undefined && !include.startsWith('/') && isIgnored(normalize(join(from!, include)))) {
    return { reason: 'include of a file kept out of git (.gitignore): it exists only where the file is deployed', lines: includeLines };
  }
  if (include !== undefined && repoFiles.some((f) => f.endsWith('/' + normalize(include)))) {
    return { reason: 'include of a file that is elsewhere in the repository: the working directory decides', lines: includeLines };
  }
  // module.c: modules live where the file is deployed. Their settings (names with a dot, config.c)
  // go with them: without the module the server refuses them too.
  if (/Module .* failed to load|Can't load module/i.test(message)) {
    return {
      reason: 'loadmodule names a module that exists only where the file is deployed',
      lines: numbers((l) => l.directive === 'loadmodule' || l.directive.includes('.')),
    };
  }
  // tls.c: a certificate, key or CA file that is not on this machine. Every tls-* line goes: without
  // its files the TLS setup cannot be judged here. ("No tls-cert-file configured!" and the CA check
  // come before any file is opened; those are the file's own and are compared.)
  if (/^Failed to (load|configure)/.test(message) && !/^Failed to configure TLS/.test(message)) {
    return { reason: 'TLS certificate, key or CA files exist only where the file is deployed', lines: numbers((l) => l.directive.startsWith('tls-')) };
  }
  // acl.c: the ACL file is read from the deployment machine's path.
  if (/Error loading ACLs, opening file/.test(message)) {
    return { reason: 'aclfile names a file that exists only where the file is deployed', lines: numbers((l) => l.directive === 'aclfile') };
  }
  // config.c: the log file is opened at the end of every (nested) parse, so an `include` after a
  // `logfile` line opens it before our `--logfile ""` is read; its folder exists where deployed.
  if (/^Can't open the log file/.test(message)) {
    return { reason: 'logfile names a folder that exists only where the file is deployed', lines: numbers((l) => l.directive === 'logfile') };
  }
  // config.c `activedefrag`: Debian's redis-server is linked with the system jemalloc, which lacks the
  // defragmentation hint that redis's own build (and the official images) have.
  if (atLine?.directive === 'activedefrag' && /Active defragmentation cannot be enabled/.test(message)) {
    return { reason: 'this redis-server build has no active defragmentation (official builds have it)', lines: [atLine.number] };
  }
  // cluster.c: the nodes file is a path on the deployment machine.
  if (/in order to acquire a lock/.test(message)) {
    return {
      reason: 'cluster-config-file names a path that exists only where the file is deployed',
      lines: numbers((l) => l.directive === 'cluster-config-file'),
    };
  }
  return undefined;
}

/** The server's working directory when it reads line `before`: the file's folder, moved by `dir` lines. */
function workingDirectoryAt(lines: ServerLine[], before: number, folder: string): string {
  let cwd = folder;
  for (const line of lines) {
    const target = line.args[1];
    if (line.number >= before) break;
    if (line.directive === 'dir' && line.args.length === 2 && target) cwd = target.startsWith('/') ? target : normalize(join(cwd, target));
  }
  return cwd;
}

/** Comments out excluded lines, keeping the line count and every line break as they were. */
export function withoutLines(text: string, lines: number[]): string {
  const drop = new Set(lines);
  return text
    .split('\n')
    .map((line, i) => (drop.has(i + 1) ? `# environment-dependent line left out by the agreement test${line.endsWith('\r') ? '\r' : ''}` : line))
    .join('\n');
}
