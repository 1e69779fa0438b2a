import ignore from 'ignore';
// Runs the real redis-server / redis-sentinel 7.0 on one input and reads its verdict, following
// RULES.md "Testing against the real servers": a fresh copy of the input in a temporary folder,
// machine-dependent settings overridden after the file, nothing dialled off this machine, and every
// server stopped by its PID.

import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { environmentDependence, keepOnMachine, machineOverrides, templateLanguage, withoutLines } from './environment.js';
import { linesToBlame, maskSecrets, readRefusal } from './server-output.js';
import { fileLineCount, serverLines, type ServerMode } from './server-lines.js';

/** One file to judge, with the files beside it (a fixture folder, a corpus repository). */
/** The repository's .gitignore files, each applying below its own folder (as discovery reads them). */
function gitignored(files: ReadonlyMap<string, Buffer>): (path: string) => boolean {
  const rules = [...files].filter(([path]) => path === '.gitignore' || path.endsWith('/.gitignore'))
    .map(([path, bytes]) => ({ folder: path === '.gitignore' ? '' : path.slice(0, -'/.gitignore'.length), rules: ignore().add(bytes.toString('utf8')) }));
  return (path) => rules.some(({ folder, rules }) => (folder === '' ? rules.ignores(path) : path.startsWith(folder + '/') && rules.ignores(path.slice(folder.length + 1))));
}

export interface AgreementInput {
  /** Stable name for messages: `corpus/redis-conf/<name>`, `fixtures/<path>`, `mutants/<name>`. */
  id: string;
  group: 'corpus' | 'fixtures' | 'mutants';
  mode: ServerMode;
  /** Relative path → bytes: the input and its siblings, laid out as they are where they come from. */
  files: ReadonlyMap<string, Buffer>;
  /** The input's path among `files`. */
  file: string;
  /** Paths among `files` that are executable (a notification script beside a fixture). */
  executables?: ReadonlySet<string>;
  /** Set when the whole file is left out before any server runs (not a config file, …). */
  excluded?: string;
  /** What a failure message adds after the id (a mutant's edit). */
  note?: string;
}

interface Judged {
  /**
   * The text the linter judges, as latin1 (byte for byte): the input with the excluded lines commented
   * out. The server read the same text with its dialled addresses moved to loopback (`keepOnMachine`),
   * which keeps its verdict and every line where it was.
   */
  text: string;
  /** Lines commented out because they only fail on this machine, with the reason. */
  excludedLines: { line: number; reason: string }[];
}

export type ServerVerdict =
  | (Judged & { kind: 'accepted' })
  | (Judged & {
      kind: 'rejected';
      /** The server's own words, with any ACL password rule masked; never the echoed line. */
      message: string;
      /**
       * Where the server stopped: the FATAL block's line, or for a refusal found after the file was
       * read (include, ACL, TLS, listening) the lines that can cause it. Empty when none can be named.
       */
      lines: number[];
      /** False when the FATAL line is inside an included file rather than the input. */
      inInput: boolean;
      /** True when the refusal came from the start-up checks after the whole file was read. */
      startup: boolean;
      /** False when the harness did not recognise the message (the exit still counts as a refusal). */
      recognized: boolean;
    })
  | { kind: 'excluded'; reason: string };

/** How long a server must stay up to count as accepted (RULES.md: "within a second or two"). */
const SETTLE_MS = 1500;
const STOP_GRACE_MS = 2000;
/**
 * The last start-up step logs one of these (server.c `main`, sentinel.c `sentinelIsRunning`, 7.0.15);
 * nothing after it exits during start-up. Once it is logged and the server is still up a moment later,
 * waiting out SETTLE_MS would prove nothing more, and the suite stays fast as fixtures are added.
 */
const READY = /ready to accept connections|Sentinel ID is /i;
const READY_GRACE_MS = 100;

const live = new Set<ChildProcess>();

/** Kills every server still running (SIGKILL, by PID). For `afterAll` and for an interrupted run. */
export function stopAllServers(): void {
  for (const child of live) {
    try {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
}
process.once('exit', stopAllServers);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAllServers();
    process.kill(process.pid, signal); // the default action, now that the handler is gone
  });
}

export function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

// Ports from a counter, so parallel runs never pick the same one; each is checked free on loopback,
// with port + 10000 too (the cluster bus of `cluster-enabled yes` files).
let nextPort = 21000 + (process.pid % 1000) * 30;
async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
async function reservePort(): Promise<number> {
  for (;;) {
    const port = nextPort++;
    if (nextPort > 55000) nextPort = 21000;
    if ((await isFree(port)) && (await isFree(port + 10000))) return port;
  }
}

interface RawOutcome {
  exited: boolean;
  output: string;
}

/** Starts the server once and waits: still running after SETTLE_MS means accepted. */
async function startOnce(binary: string[], configPath: string, overrides: string[]): Promise<RawOutcome> {
  const [command, ...leading] = binary;
  const child = spawn(command!, [...leading, configPath, ...overrides], { cwd: dirname(configPath), stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const chunks: Buffer[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const collect = (chunk: Buffer) => {
    chunks.push(chunk);
    if (READY.test(chunk.toString('latin1'))) markReady();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const settled = Promise.race([sleep(SETTLE_MS), ready.then(() => sleep(READY_GRACE_MS))]);
  const exitedInTime = await Promise.race([closed.then(() => true), settled.then(() => false)]);
  if (!exitedInTime) {
    child.kill('SIGTERM');
    const stopped = await Promise.race([closed.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await closed;
    }
  }
  live.delete(child);
  return { exited: exitedInTime, output: Buffer.concat(chunks).toString('latin1') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes the input (as `text`) and its siblings under `root`, executable bits included. */
export async function stage(input: AgreementInput, root: string, text: string): Promise<void> {
  for (const [path, bytes] of input.files) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, path === input.file ? Buffer.from(text, 'latin1') : bytes);
    if (input.executables?.has(path)) await chmod(target, 0o755);
  }
}

export interface ServerBinaries {
  server: string;
  /** `redis-sentinel`, or `redis-server … --sentinel` where only the server is installed. */
  sentinel: string[];
}

/**
 * The server's verdict on one input. When it refuses the file only because of this machine, the
 * lines to blame are commented out and it is asked again (a few rounds at most).
 */
export async function judgeWithServer(input: AgreementInput, workDir: string, binaries: ServerBinaries): Promise<ServerVerdict> {
  if (input.excluded) return { kind: 'excluded', reason: input.excluded };
  const original = input.files.get(input.file)!.toString('latin1');
  const template = templateLanguage(original);
  if (template) return { kind: 'excluded', reason: template };
  let text = keepOnMachine(original);
  const excludedLines: { line: number; reason: string }[] = [];
  const judged = () => ({ text: withoutLines(original, excludedLines.map((e) => e.line)), excludedLines });
  let busyRetries = 3;
  for (let round = 1; ; round++) {
    const root = join(workDir, `server-${round}`);
    const dataDir = join(workDir, `data-${round}`);
    await stage(input, root, text);
    await mkdir(dataDir, { recursive: true });
    const ports = { port: await reservePort(), tlsPort: await reservePort() };
    const binary = input.mode === 'redis-sentinel' ? binaries.sentinel : [binaries.server];
    const outcome = await startOnce(binary, join(root, input.file), machineOverrides(text, input.mode, ports, dataDir));
    if (!outcome.exited) return { kind: 'accepted', ...judged() };
    // Another run on this machine took the port between our probe and the server's bind: ask again.
    if (/Address already in use/.test(outcome.output) && busyRetries-- > 0) continue;

    const refused = readRefusal(outcome.output);
    const lineCount = fileLineCount(text);
    const hasInclude = serverLines(text).some((l) => l.directive === 'include');
    const inputLine = refused.fatalLine === undefined ? undefined : text.split('\n')[refused.fatalLine - 1]?.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    const inInput = refused.fatalLine === undefined || (refused.fatalLine <= lineCount && inputLine === refused.echo);
    // The server counts the file's lines first and our overrides after them (echoed as `name "value"`).
    const override = /^(port|dir|logfile|pidfile|daemonize|supervised|unixsocket|replicaof|bind|tls-port) "/.test(refused.echo ?? '');
    if (!inInput && (!hasInclude || override)) {
      throw new Error(`harness bug: ${input.id}: the server refused line ${refused.fatalLine} of ${lineCount}, one of the command-line overrides: ${refused.message}`);
    }

    // The same kinds of line inside an included file (read from the echo): the input cannot be judged here.
    const inIncluded = inInput ? undefined : environmentDependence(refused.echo ?? '', input.file, { message: refused.message, line: 1 });
    if (inIncluded) return { kind: 'excluded', reason: `in an included file, ${inIncluded.reason}` };
    const dependence = environmentDependence(
      text, input.file, { message: refused.message, line: inInput ? refused.fatalLine : undefined }, [...input.files.keys()], gitignored(input.files),
    );
    if (dependence) {
      const fresh = dependence.lines.filter((line) => !excludedLines.some((e) => e.line === line));
      if (fresh.length === 0) return { kind: 'excluded', reason: dependence.reason };
      excludedLines.push(...fresh.map((line) => ({ line, reason: dependence.reason })));
      text = withoutLines(text, fresh);
      if (round < 8) continue;
      return { kind: 'excluded', reason: `${dependence.reason} (still refused after ${round} rounds)` };
    }
    // Everything without a FATAL line number happens after the file was read, except a missing
    // include: that stops the server at the include line, in file order.
    const startup = refused.fatalLine === undefined && !/can't open config file/.test(refused.message);
    return {
      kind: 'rejected',
      ...judged(),
      message: maskSecrets(refused.message),
      lines: refused.fatalLine !== undefined ? [refused.fatalLine] : linesToBlame(text, refused.message),
      inInput,
      startup,
      recognized: refused.recognized,
    };
  }
}

/** Runs `task` over `items` with at most `limit` at once (two cores: four servers at a time). */
export async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
