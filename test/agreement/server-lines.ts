// The lines of a conf file as the agreement harness needs them: numbered like redis-server numbers
// them, tokenised, and placed in the order in which the server acts on them.
//
// The text is handled as latin1 ("binary") strings everywhere in this harness, so that rewriting a
// line and writing it back keeps every other byte (BOM, CRLF, non-UTF-8 comments) as it was.

import { splitArgs } from '../../src/sources/conf/split-args.js';

export type ServerMode = 'redis-server' | 'redis-sentinel';

export interface ServerLine {
  /** 1-based, counting every `\n`-separated line of the file (config.c `loadServerConfigFromString`). */
  number: number;
  /** Lower-cased first token (config.c `sdstolower(argv[0])`); '' when the line does not split. */
  directive: string;
  /** Lower-cased second token of a `sentinel` line; '' otherwise. */
  sub: string;
  /** Tokens as the server reads them; empty when the quotes are unbalanced. */
  args: string[];
  /** Where each token's raw text is in the file text: [start, end). */
  spans: [number, number][];
  /** The raw line between its first and last non-blank character, and where that slice starts. */
  raw: string;
  start: number;
}

const TRIM = ' \t\r\n';

/** Directive lines only: blank lines and whole-line comments are skipped like the server skips them. */
export function serverLines(text: string): ServerLine[] {
  const lines: ServerLine[] = [];
  let lineStart = 0;
  for (let number = 1; lineStart <= text.length; number++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && TRIM.includes(text[start]!)) start++;
    while (end > start && TRIM.includes(text[end - 1]!)) end--;
    if (start < end && text[start] !== '#') {
      const raw = text.slice(start, end);
      const split = splitArgs(raw);
      const tokens = split.ok ? split.tokens : [];
      const args = tokens.map((t) => t.value);
      const spans = tokens.map((t): [number, number] => [start + t.start, start + t.end]);
      const directive = (args[0] ?? '').toLowerCase();
      const sub = directive === 'sentinel' ? (args[1] ?? '').toLowerCase() : '';
      if (!split.ok || args.length > 0) lines.push({ number, directive, sub, args, spans, raw, start });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return lines;
}

/**
 * How many lines the server counts for the file itself. It appends "\n" and the command-line options
 * after the text (config.c `loadServerConfig`), so an error at a later line is one of our overrides.
 */
export function fileLineCount(text: string): number {
  const pieces = text.split('\n').length;
  return text.endsWith('\n') ? pieces - 1 : pieces;
}

// sentinel.c `preMonitorCfgName` (7.0.15): queued before every `monitor` line.
const PRE_MONITOR = new Set([
  'announce-ip',
  'announce-port',
  'deny-scripts-reconfig',
  'sentinel-user',
  'sentinel-pass',
  'current-epoch',
  'myid',
  'resolve-hostnames',
  'announce-hostnames',
]);

/**
 * When the server acts on a line: 0 while it reads the file; in sentinel mode the `sentinel` lines
 * are queued and run after the whole file, pre-monitor ones (1), then `monitor` (2), then the rest (3)
 * (sentinel.c `queueSentinelConfig`, `loadSentinelConfigFromQueue`). So "the first line the server
 * refuses" is the first in (phase, line) order, not the smallest line number.
 */
export function serverPhase(line: ServerLine | undefined, mode: ServerMode): number {
  if (!line || mode !== 'redis-sentinel' || line.directive !== 'sentinel') return 0;
  if (line.sub === 'monitor') return 2;
  return PRE_MONITOR.has(line.sub) ? 1 : 3;
}

/** The server's start-up checks (listening, TLS, modules, ACL users) run after every line was read. */
export const STARTUP_PHASE = 4;
