import type { ChalkInstance } from 'chalk';
import type { Level } from '../model/facts.js';
import type { Span } from '../model/span.js';

/** Lines of context above and below the reported lines. */
const CONTEXT = 1;
/** A span over more lines than this shows its first line only, underlined to the line's end. */
const MAX_SPANNED_LINES = 4;
/** Longer lines are cut to a window around the span: a minified or binary line must not flood the terminal. */
const MAX_WIDTH = 160;
/** How much of the line before the span a cut window keeps. */
const LEAD = 40;

/** A text's lines without their line breaks; split once per file, then framed many times. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/**
 * The lines around a span, the spanned part underlined with `^`, Babel's code-frame look:
 *
 * ```
 *     2 | port 6379
 *   > 3 | maxmemory 1tb
 *       |           ^^^
 *     4 | appendonly yes
 * ```
 *
 * `lines` (from `splitLines`) must already be redacted. Returns no lines when the span is not in
 * the text. `chalk` is given only when colour is on.
 */
export function codeFrame(lines: readonly string[], span: Span, level: Level, chalk?: ChalkInstance): string[] {
  if (span.line < 1 || span.line > lines.length) return [];
  const lastSpanned = Math.min(span.endLine, lines.length);
  const last = lastSpanned - span.line < MAX_SPANNED_LINES ? lastSpanned : span.line;
  const first = Math.max(1, span.line - CONTEXT);
  const end = Math.min(lines.length, last + CONTEXT);
  const shown = lines.slice(first - 1, end);
  const window = windowOf(shown, lines[span.line - 1]!, span.column - 1);
  const gutterWidth = String(end).length;
  const paint = painter(level, chalk);
  const frame: string[] = [];
  shown.forEach((line, i) => {
    const n = first + i;
    const marked = n >= span.line && n <= last;
    const visible =
      (window.start > 0 ? '…' : '') +
      printable(line.slice(window.start, window.end)) +
      (line.length > window.end ? '…' : '');
    const gutter = paint.gutter(`${String(n).padStart(gutterWidth)} |`);
    frame.push(`${marked ? paint.marker('>') : ' '} ${gutter}${visible ? ` ${visible}` : ''}`);
    if (!marked) return;
    const [from, to] = underlined(line, n, span, last);
    const visibleFrom = Math.min(Math.max(from, window.start), window.end);
    const visibleTo = Math.min(to, window.end);
    const before = (window.start > 0 ? ' ' : '') + padding(line.slice(window.start, visibleFrom));
    const carets = '^'.repeat(Math.max(1, codePoints(line.slice(visibleFrom, visibleTo))));
    frame.push(`  ${paint.gutter(`${' '.repeat(gutterWidth)} |`)} ${before}${paint.carets(carets)}`);
  });
  return frame;
}

/** [from, to) string indices of line `n` that the span covers. */
function underlined(line: string, n: number, span: Span, last: number): [number, number] {
  const from = n === span.line ? Math.min(span.column - 1, line.length) : line.length - line.trimStart().length;
  const to = n === span.endLine && n === last ? Math.min(span.endColumn - 1, line.length) : line.length;
  return [from, Math.max(to, from)];
}

/** One column window for every line of the frame, so they stay aligned when long lines are cut. */
function windowOf(shown: readonly string[], primary: string, focus: number): { start: number; end: number } {
  if (shown.every((line) => line.length <= MAX_WIDTH)) return { start: 0, end: Infinity };
  const start = Math.max(0, Math.min(focus - LEAD, primary.length - MAX_WIDTH));
  return { start, end: start + MAX_WIDTH };
}

/** Spaces under the text before the span; tabs stay tabs so the carets line up in any terminal. */
function padding(before: string): string {
  return Array.from(before, (ch) => (ch === '\t' ? '\t' : ' ')).join('');
}

function codePoints(text: string): number {
  return Array.from(text).length;
}

/**
 * A file's text must not drive the terminal: control characters (ESC above all) become their
 * visible Unicode pictures and bidirectional overrides a replacement mark, one UTF-16 unit for one,
 * so columns still line up.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

interface Paint {
  gutter(text: string): string;
  marker(text: string): string;
  carets(text: string): string;
}

function painter(level: Level, chalk: ChalkInstance | undefined): Paint {
  if (!chalk) return { gutter: (t) => t, marker: (t) => t, carets: (t) => t };
  const accent = levelColor(level, chalk);
  return { gutter: chalk.dim, marker: accent.bold, carets: accent };
}

/** The colour of a level, the same in the finding's row, its frame and the summary. */
export function levelColor(level: Level, chalk: ChalkInstance): ChalkInstance {
  return level === 'error' ? chalk.red : level === 'warning' ? chalk.yellow : chalk.blue;
}
