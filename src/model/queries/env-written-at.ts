import type { ClientUrl } from '../clients.js';
import type { Span } from '../span.js';
import { fromAt, toAt } from '../../sources/compose/mapped-text.js';

/**
 * Where a piece of a URL is written when the URL's characters come from a `.env` value that the
 * code reads (`os.getenv('REDIS_SENTINEL_HOSTS', …)`): the model maps them to the read, so a
 * finding would land on the code. When `text` occurs exactly once in one `.env` value the URL
 * read, and that value sits on one line, this is its span there; otherwise undefined.
 */
export function envWrittenAt(url: ClientUrl, at: Span, text: string): Span | undefined {
  if (text === '') return undefined;
  const uses = url.env.filter((use) => use.entry && sameStart(use.readAt, at));
  if (uses.length !== 1) return undefined;
  const entry = uses[0]!.entry!;
  const value = entry.value;
  const first = value.text.indexOf(text);
  if (first === -1 || value.text.indexOf(text, first + 1) !== -1) return undefined;
  const span = entry.rawSpan;
  if (span.line !== span.endLine) return undefined;
  const start = fromAt(value, first);
  const end = toAt(value, first + text.length - 1);
  if (end - start !== text.length) return undefined; // escapes: columns would lie
  const column = span.column + (start - entry.raw[0]);
  return { file: span.file, line: span.line, column, endLine: span.line, endColumn: column + text.length };
}

/** The URL's characters from a variable map into the `os.getenv(…)` call: its name or its default, on the line of the read. */
const sameStart = (read: Span, at: Span) => read.file === at.file && read.line === at.line;
