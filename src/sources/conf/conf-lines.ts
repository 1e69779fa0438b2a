import type { SourceFile } from '../../model/source-file.js';
import type { Span } from '../../model/span.js';
import { splitArgs, type ArgToken } from './split-args.js';

/** A token of a conf line with its span in the file. */
export interface ConfToken {
  value: string;
  span: Span;
  quoted: boolean;
  /** Offsets into the file text, for redaction and code frames. */
  start: number;
  end: number;
}

export type ConfLine =
  | { ok: true; number: number; span: Span; tokens: [ConfToken, ...ConfToken[]] }
  | {
      ok: false;
      number: number;
      span: Span;
      quoteSpan: Span;
      /** The line's first word as written (a secret-bearing directive masks the rest of the line). */
      firstWord: string;
    };

const TRIM = ' \t\r\n';

/**
 * The lines of a conf file as redis-server's `loadServerConfigFromString` sees them: split on
 * `\n`, trimmed of " \t\r\n", blank lines and lines whose first character is `#` skipped, the rest
 * split by `sdssplitargs`. A line that does not split (unbalanced quotes) comes back with ok false.
 */
export function confLines(file: SourceFile): ConfLine[] {
  // An array, not a generator: parseConf reads every line anyway, and a generator resumed per
  // line cost more than the array, in the interpreter and in TurboFan's repeated compiles.
  const lines: ConfLine[] = [];
  const { text, index } = file;
  const count = index.lineStarts.length;
  for (let n = 1; n <= count; n++) {
    let start = index.lineStart(n);
    let end = n < count ? index.lineStart(n + 1) : text.length;
    while (start < end && TRIM.includes(text[start]!)) start++;
    while (end > start && TRIM.includes(text[end - 1]!)) end--;
    if (start === end || text[start] === '#') continue;
    const split = splitArgs(text.slice(start, end), start);
    const span = index.span(start, end);
    if (!split.ok) {
      lines.push({ ok: false, number: n, span, quoteSpan: index.span(split.at, end), firstWord: firstWordOf(text.slice(start, end)) });
      continue;
    }
    if (split.tokens.length === 0) continue;
    // Written out rather than spread: copying each token with `...` took 120 ms in a CPU profile
    // of the 2 000-file repository, a fifth of conf parsing.
    const tokens = split.tokens.map((t: ArgToken): ConfToken => ({ value: t.value, start: t.start, end: t.end, quoted: t.quoted, span: index.span(t.start, t.end) }));
    lines.push({ ok: true, number: n, span, tokens: tokens as [ConfToken, ...ConfToken[]] });
  }
  return lines;
}

/** The first run of non-blank characters of a line that did not split. */
export function firstWordOf(line: string): string {
  return /^\S+/.exec(line)?.[0] ?? '';
}
