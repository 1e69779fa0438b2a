import type { LineIndex } from '../../model/span.js';
import { firstWordOf, type ConfLine, type ConfToken } from '../conf/conf-lines.js';
import { splitArgs } from '../conf/split-args.js';
import { confToken, type UnknownValue } from './conf-text.js';
import { holeIn, MappedTextBuilder, slice, sourceRange, type MappedText } from './mapped-text.js';
import type { Word } from './shell-words.js';

/** What redis-server (or redis-sentinel, valkey-*) makes of its arguments. */
export interface ServerArgs {
  /** `argv[1]` when it does not start with `-`: the config file. */
  confFile?: Word;
  /** `--sentinel` among the arguments (server.c `checkForSentinelMode`). */
  sentinelFlag: boolean;
  /** The options as the conf lines the server appends after the file (they win: last line wins). */
  lines: ConfLine[];
  unknownValues: UnknownValue[];
  /** Lines whose directive name is not known (`--${OPTION} x`): left out, with why. */
  unknownLines: UnknownValue[];
  /** The server reads more configuration from standard input (`-` as first or last argument). */
  readsStdin: boolean;
  /** The server prints something and exits instead of serving (`--version`, `--help`, …). */
  exitsWith?: string;
}

/** First arguments that make redis-server print and exit (server.c `main`, before any config). */
const EXITS = new Map([
  ['-v', '--version'], ['--version', '--version'], ['-h', '--help'], ['--help', '--help'],
  ['--test-memory', '--test-memory'], ['--check-system', '--check-system'],
]);

/** Text the server adds itself: the `""` of a bare `--save`. */
interface Synthetic {
  value: string;
  at: Word;
}
type Piece = { kind: 'name'; text: MappedText } | { kind: 'value'; word: Word } | { kind: 'synthetic'; synthetic: Synthetic };

/**
 * redis-server's command line (server.c `main`, 7.0.15; RULES.md §1.4): a first argument that does
 * not start with `-` is the config file; every `--name` starts a new line `name` (the text after
 * `--` is kept raw, so `"--port 6380"` as one argument is the line `port 6380`); every other
 * argument is appended to the current line quoted (`sdscatrepr`), so it stays one value. Right
 * after a name that has no value yet, the next argument is its value even if it starts with `--`.
 * A bare `--save` (last, or followed by `--x`) becomes `save ""`. The lines are then read like a
 * file: split on `\n`, trimmed, `#` lines skipped, tokenised by sdssplitargs.
 */
export function readServerArgs(args: readonly Word[], index: LineIndex): ServerArgs {
  const result: ServerArgs = { sentinelFlag: false, lines: [], unknownValues: [], unknownLines: [], readsStdin: false };
  const text = (w: Word) => w.value.text;
  result.sentinelFlag = args.some((w) => text(w) === '--sentinel');
  const first = args[0];
  if (first && EXITS.has(text(first))) {
    result.exitsWith = EXITS.get(text(first));
    return result;
  }
  let j = 0;
  if (first && !text(first).startsWith('-')) {
    result.confFile = first;
    j = 1;
  }
  const lines: Piece[][] = [];
  let current: Piece[] | undefined;
  let handledLast = true;
  for (; j < args.length; j++) {
    const word = args[j]!;
    const arg = text(word);
    const last = j === args.length - 1;
    const nextIsOption = !last && text(args[j + 1]!).startsWith('--');
    if (arg === '-' && (j === 0 || last)) {
      result.readsStdin = true;
    } else if (handledLast && arg.startsWith('--')) {
      current = [];
      lines.push(current);
      current.push({ kind: 'name', text: slice(word.value, 2) });
      const split = splitArgs(arg);
      const count = split.ok ? split.tokens.length : 0;
      if (count === 1) {
        handledLast = false;
        const lower = arg.toLowerCase();
        if (lower === '--save' && (nextIsOption || last)) {
          current.push({ kind: 'synthetic', synthetic: { value: '', at: word } });
          handledLast = nextIsOption;
        } else if (lower === '--sentinel' && nextIsOption) {
          handledLast = true;
        }
      } else {
        handledLast = true;
      }
    } else {
      // An argument before any option is appended to an empty first line, as the server does.
      if (!current) lines.push((current = []));
      current.push({ kind: 'value', word });
      handledLast = true;
    }
  }
  let number = 0;
  for (const pieces of lines) {
    for (const line of linesOf(pieces)) {
      number++;
      const made = confLineOfPieces(line, index, number, result);
      if (made) result.lines.push(made);
    }
  }
  return result;
}

/** A name piece may hold line feeds (`"--save\n"`): the server splits the options string on them. */
function linesOf(pieces: Piece[]): Piece[][] {
  const out: Piece[][] = [[]];
  for (const piece of pieces) {
    if (piece.kind !== 'name' || !piece.text.text.includes('\n')) {
      out[out.length - 1]!.push(piece);
      continue;
    }
    const parts = piece.text.text.split('\n');
    let offset = 0;
    parts.forEach((part, k) => {
      if (k > 0) out.push([]);
      out[out.length - 1]!.push({ kind: 'name', text: slice(piece.text, offset, offset + part.length) });
      offset += part.length + 1;
    });
  }
  return out;
}

function confLineOfPieces(pieces: Piece[], index: LineIndex, number: number, result: ServerArgs): ConfLine | undefined {
  const tokens: ConfToken[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'value') {
      const [start, end] = piece.word.raw;
      // sdscatrepr quotes the argument and sdssplitargs reads it back: one token, the argument itself.
      const token = { value: piece.word.value.text, quoted: true, start, end, span: index.span(start, end) };
      const hole = holeIn(piece.word.value);
      if (hole) result.unknownValues.push({ at: token.span, why: hole.why });
      tokens.push(token);
    } else if (piece.kind === 'synthetic') {
      const [start, end] = piece.synthetic.at.raw;
      tokens.push({ value: piece.synthetic.value, quoted: true, start, end, span: index.span(start, end) });
    } else {
      const trimmed = trim(piece.text);
      if (tokens.length === 0 && trimmed.text.startsWith('#')) return undefined; // a comment line to the server
      const split = splitArgs(trimmed.text);
      if (!split.ok) {
        const [quoteAt] = sourceRange(trimmed, split.at, split.at + 1);
        const [lineStart, lineEnd] = sourceRange(trimmed, 0, trimmed.text.length);
        return { ok: false, number, span: index.span(lineStart, lineEnd), quoteSpan: index.span(quoteAt, lineEnd), firstWord: tokens[0]?.value ?? firstWordOf(trimmed.text) };
      }
      for (const t of split.tokens) tokens.push(confToken(trimmed, t.start, t.end, t.value, t.quoted, index, result.unknownValues));
    }
  }
  const [name] = tokens;
  if (!name) return undefined;
  if (name.value.length > 0 && holeOfName(pieces)) {
    result.unknownLines.push({ at: name.span, why: holeOfName(pieces)!.why });
    // The values' unknowns belong to a line that is left out.
    result.unknownValues = result.unknownValues.filter((u) => !tokens.some((t) => t.span === u.at));
    return undefined;
  }
  const first = tokens[0]!;
  const lastToken = tokens[tokens.length - 1]!;
  const span = index.span(Math.min(first.start, lastToken.start), Math.max(first.end, lastToken.end));
  return { ok: true, number, span, tokens: tokens as [ConfToken, ...ConfToken[]] };
}

/** The hole in a line's directive name, when the name is written with an unknown variable. */
function holeOfName(pieces: Piece[]) {
  const first = pieces[0];
  if (first?.kind !== 'name') return undefined;
  const trimmed = trim(first.text);
  const split = splitArgs(trimmed.text);
  const nameToken = split.ok ? split.tokens[0] : undefined;
  return nameToken ? holeIn(trimmed, nameToken.start, nameToken.end) : undefined;
}

/** The server trims every line of " \t\r\n"; a name piece starts the line. */
function trim(text: MappedText): MappedText {
  let start = 0;
  while (start < text.text.length && ' \t\r\n'.includes(text.text[start]!)) start++;
  return start === 0 ? text : new MappedTextBuilder(text.anchor).append(text, start).build();
}
