import { MappedTextBuilder, sourceRange, type MappedText } from './mapped-text.js';

/** One argument of a command, with where it was written. */
export interface Word {
  value: MappedText;
  /** File offsets of the word as written, quotes included. */
  raw: [number, number];
}

export type SplitWords =
  | {
      ok: true;
      words: Word[];
      /** compose stops reading at an unquoted `;`, `&`, `|`, `<` or `>` and drops the rest: where. */
      droppedFrom?: [number, number];
      /** An unknown value (`${VAR:+--flag x}`) contains spaces or quotes: the arguments are not known. */
      uncertain?: string;
    }
  | { ok: false; message: string; at: [number, number] };

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const SPECIAL = new Set([' ', '\t', '\r', '\n', '"', "'", '\\', '`', '(', ')', ';', '&', '|', '<', '>']);

/**
 * How compose turns a string `command:` or `entrypoint:` into arguments: compose-go calls
 * `shellwords.Parse` (mattn/go-shellwords v1.0.12, no environment or backtick expansion). It is
 * not a shell: quotes and backslashes group words, and an unquoted `;`, `&`, `|`, `<` or `>` ends
 * the command line, silently dropping what follows (`redis-server & redis-sentinel x` runs only
 * `redis-server`). `$(` opens a group that keeps spaces until `)`; a `(` anywhere else, or an
 * unclosed quote, is the error "invalid command line string".
 */
export function splitComposeWords(input: MappedText): SplitWords {
  const s = input.text;
  const words: Word[] = [];
  let buf = new MappedTextBuilder(input.anchor);
  let escaped = false;
  let doubleQuoted = false;
  let singleQuoted = false;
  let backQuote = false;
  let dollarQuote = false;
  let got: 'no' | 'single' | 'quoted' = 'no';
  let wordStart = -1;
  let wordEnd = -1;
  let uncertain: string | undefined;
  let droppedFrom: [number, number] | undefined;
  const touch = (i: number) => {
    if (wordStart === -1) wordStart = i;
    wordEnd = i + 1;
  };
  const finish = () => {
    if (got !== 'no') {
      const value = buf.build();
      words.push({ value, raw: sourceRange(input, wordStart, wordEnd) });
    }
    buf = new MappedTextBuilder(input.anchor);
    got = 'no';
    wordStart = wordEnd = -1;
  };
  const invalid = (i: number): SplitWords => ({ ok: false, message: 'invalid command line string', at: sourceRange(input, i, i + 1) });

  for (let i = 0; i < s.length; i++) {
    const r = s[i]!;
    const hole = input.holes[i];
    if (hole) {
      // An unknown value is taken as one piece of a word; if its text could change the split, say so.
      if (SPECIAL.has(r) && !singleQuoted && !doubleQuoted) uncertain ??= hole.why;
      touch(i);
      buf.append(input, i, i + 1);
      got = 'single';
      escaped = false;
      continue;
    }
    if (escaped) {
      touch(i);
      buf.append(input, i, i + 1);
      escaped = false;
      got = 'single';
      continue;
    }
    if (r === '\\') {
      touch(i);
      if (singleQuoted) buf.append(input, i, i + 1);
      else escaped = true;
      continue;
    }
    if (isSpace(r)) {
      if (singleQuoted || doubleQuoted || backQuote || dollarQuote) {
        touch(i);
        buf.append(input, i, i + 1);
      } else {
        finish();
      }
      continue;
    }
    switch (r) {
      case '`':
        if (!singleQuoted && !doubleQuoted && !dollarQuote) backQuote = !backQuote;
        break;
      case ')':
        if (!singleQuoted && !doubleQuoted && !backQuote) dollarQuote = !dollarQuote;
        break;
      case '(':
        if (!singleQuoted && !doubleQuoted && !backQuote) {
          const text = buf.build().text;
          if (!dollarQuote && text.endsWith('$')) {
            dollarQuote = true;
            touch(i);
            buf.append(input, i, i + 1);
            continue;
          }
          return invalid(i);
        }
        break;
      case '"':
        if (!singleQuoted && !dollarQuote) {
          touch(i);
          if (doubleQuoted) got = 'quoted';
          doubleQuoted = !doubleQuoted;
          continue;
        }
        break;
      case "'":
        if (!doubleQuoted && !dollarQuote) {
          touch(i);
          if (singleQuoted) got = 'quoted';
          singleQuoted = !singleQuoted;
          continue;
        }
        break;
      case ';':
      case '&':
      case '|':
      case '<':
      case '>':
        if (!singleQuoted && !doubleQuoted && !backQuote && !dollarQuote) {
          // `2>` drops the word it is glued to (go-shellwords: a redirection's file descriptor).
          if (r === '>' && /^[0-9]/.test(buf.build().text)) got = 'no';
          droppedFrom = sourceRange(input, i, s.length);
          finish();
          if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) return invalid(i);
          return { ok: true, words, droppedFrom, ...(uncertain ? { uncertain } : {}) };
        }
        break;
      default:
        break;
    }
    touch(i);
    got = 'single';
    buf.append(input, i, i + 1);
  }
  if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) return invalid(Math.max(0, s.length - 1));
  finish();
  return { ok: true, words, ...(uncertain ? { uncertain } : {}) };
}
