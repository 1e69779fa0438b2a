import type { Span, LineIndex } from '../../model/span.js';
import { firstWordOf, type ConfLine, type ConfToken } from '../conf/conf-lines.js';
import { splitArgs } from '../conf/split-args.js';
import { holeIn, slice, sourceRange, type MappedText } from './mapped-text.js';

/** A value in a compose-made conf line that is not known statically (`${VAR}`, `$(cat …)`). */
export interface UnknownValue {
  at: Span;
  why: string;
}

/** Conf lines made from compose text, with the unknown values among their tokens. */
export interface MadeLines {
  lines: ConfLine[];
  unknownValues: UnknownValue[];
}

const TRIM = ' \t\r\n';

/**
 * The conf lines of a file a script wrote (echo, printf, a here-document), read the way
 * redis-server's `loadServerConfigFromString` reads a file (RULES.md §1.1): split on `\n`, trimmed
 * of " \t\r\n", blank lines and lines starting with `#` skipped, the rest split by sdssplitargs.
 * Each token's span is that of its characters in the compose file.
 */
export function confLinesOf(content: MappedText, index: LineIndex, firstNumber = 1): MadeLines {
  const made: MadeLines = { lines: [], unknownValues: [] };
  const text = content.text;
  let number = firstNumber - 1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    number++;
    let from = start;
    let to = end;
    start = end + 1;
    while (from < to && TRIM.includes(text[from]!)) from++;
    while (to > from && TRIM.includes(text[to - 1]!)) to--;
    if (from === to || text[from] === '#') continue;
    const line = confLineOf(slice(content, from, to), index, number, made.unknownValues);
    if (line) made.lines.push(line);
  }
  return made;
}

/** One conf line from its text, or undefined when it has no tokens. */
export function confLineOf(line: MappedText, index: LineIndex, number: number, unknownValues: UnknownValue[]): ConfLine | undefined {
  const [lineStart, lineEnd] = sourceRange(line, 0, line.text.length);
  const span = index.span(lineStart, lineEnd);
  const split = splitArgs(line.text);
  if (!split.ok) {
    const [quoteAt] = sourceRange(line, split.at, split.at + 1);
    return { ok: false, number, span, quoteSpan: index.span(quoteAt, lineEnd), firstWord: firstWordOf(line.text) };
  }
  if (split.tokens.length === 0) return undefined;
  const tokens = split.tokens.map((t) => confToken(line, t.start, t.end, t.value, t.quoted, index, unknownValues));
  return { ok: true, number, span, tokens: tokens as [ConfToken, ...ConfToken[]] };
}

/** A token made of characters [start, end) of a mapped text. */
export function confToken(
  text: MappedText, start: number, end: number, value: string, quoted: boolean, index: LineIndex, unknownValues: UnknownValue[],
): ConfToken {
  const [from, to] = sourceRange(text, start, end);
  const token = { value, quoted, start: from, end: to, span: index.span(from, to) };
  const hole = holeIn(text, start, end);
  if (hole) unknownValues.push({ at: token.span, why: hole.why });
  return token;
}
