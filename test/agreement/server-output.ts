// Reads a server's refusal from its output: the FATAL block of config.c, or the first log line in the
// server's words that says why it stopped, and the input lines that refusal can be laid at.

import { serverLines } from './server-lines.js';

// Load-time refusals of RULES.md §1.1–1.5 (and the start-up checks that follow reading the file), in
// the server's words. The first line of the output that matches one is the refusal.
const REFUSALS = [
  /Fatal error, can't open config file '.*'.*/,
  /Error loading ACL rule .*/,
  /Configuring Redis with users defined in redis\.conf and at the same setting an ACL file path is invalid.*/,
  /Aborting Redis startup because of ACL errors.*/,
  /Critical error while loading ACLs.*/,
  /No tls-(cert|key)-file configured!/,
  /Either tls-ca-cert-file or tls-ca-cert-dir must be specified.*/,
  /Failed to (load|configure) .*/,
  /Configured to not listen anywhere, exiting\./,
  /Failed listening on port .*/,
  /Module .* failed to load.*/,
  /Can't load module from .*/,
  /Module Configuration detected without loadmodule directive.*/,
  /Can't open .* in order to acquire a lock.*/,
  /Sentinel needs config file on disk.*/,
  /Sentinel config file .* is not writable.*/,
];

export interface Refused {
  message: string;
  /** From the FATAL block: the line number and the line the server echoes (trimmed). */
  fatalLine?: number;
  echo?: string;
  recognized: boolean;
}

export function readRefusal(output: string): Refused {
  const lines = output.split('\n').map((l) => l.replace(/\r$/, ''));
  const header = lines.findIndex((l) => /^\*\*\* FATAL CONFIG FILE ERROR \(.*\) \*\*\*$/.test(l));
  if (header !== -1) {
    const at = /^Reading the configuration file, at line (\d+)$/.exec(lines[header + 1] ?? '');
    if (at) {
      const echo = /^>>> '(.*)'$/.exec(lines[header + 2] ?? '')?.[1];
      return { message: lines[header + 3] ?? '', fatalLine: Number(at[1]), echo, recognized: true };
    }
    // A FATAL block without a line: a check after the whole config was read (config.c).
    return { message: lines[header + 1] ?? '', recognized: true };
  }
  // Log lines look like `pid:X 25 Nov 2026 16:21:19.756 # message`.
  const messages = lines.map((l) => l.replace(/^\d+:[A-Z] \d+ \w+ \d+ [\d:.]+ [#*.-] /, ''));
  for (const message of messages) {
    const match = REFUSALS.map((r) => r.exec(message)).find((m) => m);
    if (match) return { message: match[0], recognized: true };
  }
  return { message: messages.filter((m) => m.trim() !== '').at(-1) ?? '(no output)', recognized: false };
}

/** ACL rules such as `>password` or `#<hash>` are secrets: they never reach a message. */
export function maskSecrets(message: string): string {
  return message.replace(/'[<>#][^']*'/g, "'«redacted»'");
}

/** The input lines a refusal without a FATAL line number can be laid at. */
export function linesToBlame(text: string, message: string): number[] {
  const lines = serverLines(text);
  const numbers = (test: (l: (typeof lines)[number]) => boolean) => lines.filter(test).map((l) => l.number);
  const include = /Fatal error, can't open config file '(.*)'/.exec(message);
  if (include) return numbers((l) => l.directive === 'include' && l.args[1] === include[1]);
  const aclRule = /Error loading ACL rule '(.*)' for the user named '(.*)'/.exec(message);
  if (aclRule) {
    const users = lines.filter((l) => l.directive === 'user' && l.args[1] === aclRule[2]);
    const withRule = users.filter((l) => l.args.slice(2).includes(aclRule[1]!));
    return (withRule.length > 0 ? withRule : users).map((l) => l.number);
  }
  if (/users defined in redis\.conf and at the same setting an ACL file/.test(message)) {
    return numbers((l) => l.directive === 'user' || l.directive === 'aclfile');
  }
  if (/tls-/.test(message)) return numbers((l) => l.directive.startsWith('tls-'));
  // A later line replaces an earlier one: the last bind is the one the server listens with.
  const lastOf = (directive: string) => numbers((l) => l.directive === directive).slice(-1);
  if (/Failed listening/.test(message)) return lastOf('bind');
  if (/not listen anywhere/.test(message)) return [...lastOf('bind'), ...lastOf('port'), ...lastOf('tls-port'), ...lastOf('unixsocket')];
  if (/Module Configuration detected without loadmodule/.test(message)) return numbers((l) => l.directive.includes('.'));
  if (/replicaof directive not allowed in cluster mode/.test(message)) {
    return numbers((l) => ['replicaof', 'slaveof', 'cluster-enabled'].includes(l.directive));
  }
  return [];
}
