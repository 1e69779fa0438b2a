import { oncePer } from '../../once-per.js';
import type { ParseProblem, Parsed } from '../../model/facts.js';
import { Secret } from '../../model/secret.js';
import type { SourceFile } from '../../model/source-file.js';
import type { Span } from '../../model/span.js';
import { interpolate } from '../compose/interpolate.js';
import { MappedTextBuilder, holeIn, sourceRange, verbatim, type MappedText } from '../compose/mapped-text.js';
import { parseBrokerUrl, type Range } from './broker-url.js';

/**
 * A `.env` file read three ways (RULES.md §1.8, E41):
 *
 * - **Compose** (compose-go `dotenv/parser.go`): `[export ]KEY=value` or `KEY: value`; names of
 *   letters, digits, `_ . - [ ]`; an unquoted value runs to the line end, is cut at ` #` (a space,
 *   not a tab) and right-trimmed; quotes may span lines, `\'` / `\"` escape the quote and other
 *   backslashes are kept; double quotes then expand `\a \b \f \n \r \t \v \\ \" \$` and `\0ooo`,
 *   and every value but a single-quoted one is interpolated (`$VAR`, `${VAR:-d}`, `$$`). A bad
 *   name, a name with a space or an unterminated quote makes compose refuse the whole file.
 * - **python-dotenv** (`parser.py`, what Celery apps load): unquoted values are cut at white
 *   space + `#`; single quotes decode `\\` and `\'`, double quotes `\\ \' \" \a \b \f \n \r \t \v`;
 *   only `${VAR}` and `${VAR:-default}` are interpolated, in any quoting; a line it cannot read
 *   is skipped with a warning.
 * - **POSIX sh** (`set -a; . ./.env`): an unquoted `;`, `&`, `|` ends the assignment and runs the
 *   rest as a command, a space does the same with the variable in its environment, `$(…)` and
 *   backticks run commands, `<` `>` redirect (E41: `sentinel2:26379: command not found`).
 *
 * Variables resolve from earlier lines of the same file; anything else is a hole (unknown).
 */
export interface EnvEntry {
  name: string;
  nameSpan: Span;
  nameRange: Range;
  /** `export KEY=…`. */
  exported: boolean;
  /** `KEY: value` is compose's YAML-style form (python-dotenv and sh do not read it). */
  separator: '=' | ':';
  quoting: 'none' | 'single' | 'double';
  /** The value as written, quotes included. */
  raw: Range;
  rawSpan: Span;
  /** What compose sets (holes for unresolved variables). */
  value: MappedText;
  /** What python-dotenv sets, when it differs from `value`; null when it skips the line. */
  dotenvValue?: MappedText | null;
  shellHazard?: ShellHazard;
  /** Set when the name says the value is a password or key (and the value is known). */
  secret?: Secret;
}

export type ShellHazardKind = 'command-separator' | 'word-split' | 'command-substitution' | 'redirection' | 'not-an-assignment';

export interface ShellHazard {
  kind: ShellHazardKind;
  /** The character(s) that do it. */
  range: Range;
  span: Span;
  /** What `set -a; . .env` assigns: the value up to the hazard. */
  shellValue: Range;
}

export type EnvIssueKind = 'not-an-assignment' | 'bad-name' | 'unterminated-quote' | 'text-after-quote' | 'invalid-template';

export interface EnvIssue {
  kind: EnvIssueKind;
  range: Range;
  span: Span;
  /** Compose refuses the whole file on this line (`docker compose` exits). */
  composeFails: boolean;
}

export interface EnvFileFacts {
  file: string;
  entries: EnvEntry[];
  issues: EnvIssue[];
  /** Every secret of the file (named secrets and URL passwords), for redaction. */
  secrets: Secret[];
}

const SECRET_NAME = /PASSWORD|PASS|SECRET|TOKEN/i;
/** compose-go `isSpace`: white space that is not a line break. */
const INLINE_SPACE = new Set(['\t', '\v', '\f', '\r', ' ', '\u0085', '\u00a0']);
const NAME_CHAR = /^[\p{L}\p{N}_.\-[\]]$/u;
/** NAME_CHAR, with ASCII answered without the Unicode regex (tested on every character of every name). */
const isNameChar = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '.' || c === '-' || c === '[' || c === ']' || (c > '\x7f' && NAME_CHAR.test(c));
const SH_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A `.env` file read the three ways above, once per SourceFile: compose's interpolation and the
 * client view both read a project's `.env`, and reading it twice cost as much as the whole .env phase.
 */
export const readEnvFile: (file: SourceFile) => Parsed<EnvFileFacts> = oncePer(readEnvText);

function readEnvText(file: SourceFile): Parsed<EnvFileFacts> {
  const { text, index } = file;
  const facts: EnvFileFacts = { file: file.path, entries: [], issues: [], secrets: [] };
  const binary = findBinary(text);
  if (binary !== -1) {
    const problem: ParseProblem = {
      rule: 'parse-error',
      at: index.span(binary, binary + 1),
      message: 'This .env file holds a NUL byte or text that is not UTF-8: it was not read.',
    };
    return { facts, problems: [problem] };
  }
  const known = new Map<string, string>();
  const issue = (kind: EnvIssueKind, start: number, end: number, composeFails: boolean) =>
    facts.issues.push({ kind, range: [start, end], span: index.span(start, end), composeFails });

  // Once a quote has no closing partner after some offset, none opened later has one either
  // (the backslash run before a quote is the same whichever quote the scan began at).
  const unclosedFrom: Record<string, number> = { '"': Infinity, "'": Infinity };
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    // Statement start: skip white space and comment lines.
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    if (pos >= text.length) break;
    const lineEnd = endOfLine(text, pos);
    if (text[pos] === '#') {
      pos = lineEnd;
      continue;
    }
    const statement = pos;
    let exported = false;
    const exportMatch = /^export[ \t\n\f\r]+/.exec(text.slice(pos, Math.min(lineEnd, pos + 64)));
    if (exportMatch) {
      exported = true;
      pos += exportMatch[0].length;
    }
    // The name, up to `=`, `:` or the line end.
    const nameStart = pos;
    let separator: '=' | ':' | undefined;
    let badChar = -1;
    while (pos < lineEnd) {
      const c = text[pos]!;
      if (c === '=' || c === ':') {
        separator = c;
        break;
      }
      if (badChar === -1 && !isNameChar(c) && !INLINE_SPACE.has(c)) badChar = pos;
      pos++;
    }
    const rawName = text.slice(nameStart, pos).replace(/[\s\u0085\u00a0]+$/u, '');
    if (badChar !== -1 || !separator) {
      issue(badChar !== -1 ? 'bad-name' : 'not-an-assignment', statement, trimEnd(text, statement, lineEnd), badChar !== -1 || /\s/.test(rawName));
      pos = lineEnd;
      continue;
    }
    if (/\s/.test(rawName) || rawName === '') {
      issue('bad-name', statement, trimEnd(text, statement, lineEnd), true);
      pos = lineEnd;
      continue;
    }
    pos++; // the separator
    while (pos < text.length && INLINE_SPACE.has(text[pos]!) && text[pos] !== '\r') pos++;
    const valueStart = pos;
    const quote = text[pos] === '"' || text[pos] === "'" ? text[pos]! : undefined;
    const entryBase = { name: rawName, nameRange: [nameStart, nameStart + rawName.length] as Range, exported, separator };

    let entry: EnvEntry;
    if (quote) {
      const close = pos > unclosedFrom[quote]! ? -1 : composeClose(text, pos, quote);
      if (close === -1) {
        unclosedFrom[quote] = Math.min(unclosedFrom[quote]!, pos);
        issue('unterminated-quote', valueStart, trimEnd(text, valueStart, lineEnd), true);
        pos = lineEnd;
        continue;
      }
      const inner = composeQuoted(text, pos + 1, close, quote);
      let value = inner;
      if (quote === '"') {
        const expanded = interpolate(expandEscapes(inner), known);
        if (expanded.error) issue('invalid-template', ...expanded.error.at, true);
        value = expanded.text;
      }
      entry = makeEntry(file, entryBase, quote === '"' ? 'double' : 'single', [valueStart, close + 1], value);
      const dotenv = dotenvQuoted(text, pos, quote, known);
      pos = close + 1;
      // After the closing quote only spaces and a comment may follow on the line.
      const rest = endOfLine(text, pos);
      const tail = text.slice(pos, rest);
      if (!/^[^\S\r\n]*(#.*)?\r?$/.test(tail)) {
        issue('text-after-quote', pos, trimEnd(text, pos, rest), false);
        entry.dotenvValue = null;
      } else if (dotenv === null || dotenv.text !== entry.value.text || holeIn(dotenv) !== holeIn(entry.value)) {
        entry.dotenvValue = dotenv;
      }
      pos = rest;
    } else {
      const end = lineEnd;
      const line = text.slice(valueStart, end);
      const commentCut = line.indexOf(' #');
      const composeEnd = valueStart + trimEndLength(commentCut === -1 ? line : line.slice(0, commentCut));
      const written = fileText(text, valueStart, composeEnd);
      const expanded = interpolate(written, known);
      if (expanded.error) issue('invalid-template', ...expanded.error.at, true);
      entry = makeEntry(file, entryBase, 'none', [valueStart, composeEnd], expanded.text);
      const dotenvCut = /\s+#/.exec(line.replace(/\r$/, ''));
      const dotenvEnd = valueStart + trimEndLength(dotenvCut ? line.slice(0, dotenvCut.index) : line.replace(/\r$/, ''));
      const dotenv = dotenvInterpolate(fileText(text, valueStart, dotenvEnd), known);
      if (separator === ':') entry.dotenvValue = null;
      else if (dotenv.text !== entry.value.text || (holeIn(dotenv) === undefined) !== (holeIn(entry.value) === undefined)) entry.dotenvValue = dotenv;
      pos = end;
    }
    const hazard = shellHazard(text, statement, entry, valueStart);
    if (hazard) entry.shellHazard = { ...hazard, span: index.span(...hazard.range) };
    addSecrets(file, entry, facts.secrets);
    facts.entries.push(entry);
    if (!holeIn(entry.value)) known.set(entry.name, entry.value.text);
    else known.delete(entry.name);
  }
  return { facts, problems: [] };
}

type EntryBase = Pick<EnvEntry, 'name' | 'nameRange' | 'exported' | 'separator'>;

function makeEntry(file: SourceFile, base: EntryBase, quoting: EnvEntry['quoting'], raw: Range, value: MappedText): EnvEntry {
  // Written out rather than spread: the spread was most of this function's own time in a CPU profile.
  const { name, nameRange, exported, separator } = base;
  return { name, nameRange, exported, separator, nameSpan: file.index.span(...nameRange), quoting, raw, rawSpan: file.index.span(...raw), value };
}

function addSecrets(file: SourceFile, entry: EnvEntry, secrets: Secret[]): void {
  if (SECRET_NAME.test(entry.name) && !holeIn(entry.value)) {
    entry.secret = new Secret(entry.value.text, entry.rawSpan);
    secrets.push(entry.secret);
  }
  // A URL's password is a secret whatever the variable is called.
  if (entry.value.text.includes('://') && entry.value.text.includes('@')) {
    secrets.push(...parseBrokerUrl(entry.value, file.index).secrets);
  }
}

/** The first NUL, or the first U+FFFD (what a decoder leaves of bytes that are not UTF-8); -1 if none. */
function findBinary(text: string): number {
  const nul = text.indexOf('\u0000');
  const bad = text.indexOf('\uFFFD');
  if (nul === -1) return bad;
  return bad === -1 ? nul : Math.min(nul, bad);
}

function endOfLine(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Length of `s` without trailing white space (Go's unicode.IsSpace / Python's rstrip). */
function trimEndLength(s: string): number {
  let end = s.length;
  while (end > 0 && /[\s\u0085]/.test(s[end - 1]!)) end--;
  return end;
}

/** Characters [start, end) of the file as mapped text. */
function fileText(text: string, start: number, end: number): MappedText {
  return verbatim(text.slice(start, end), start);
}

/** compose-go: the closing quote is the first one not preceded by an escaping backslash. */
function composeClose(text: string, open: number, quote: string): number {
  let escaped = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c !== quote) {
      escaped = !escaped && c === '\\';
      continue;
    }
    if (escaped) {
      escaped = false;
      continue;
    }
    return i;
  }
  return -1;
}

/** compose-go's first pass: `\<quote>` is the quote, any other backslash stays with its character. */
function composeQuoted(text: string, start: number, end: number, quote: string): MappedText {
  const out = new MappedTextBuilder([start, end]);
  for (let i = start; i < end; i++) {
    if (text[i] === '\\' && text[i + 1] === quote && i + 1 < end + 1) {
      out.push(quote, i, i + 2);
      i++;
    } else out.push(text[i]!, i, i + 1);
  }
  return out.build();
}

const GO_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };

/** compose-go `expandEscapes` on a double-quoted value; `\$` becomes `$$` (a literal `$` to interpolation). */
function expandEscapes(input: MappedText): MappedText {
  const out = new MappedTextBuilder(input.anchor);
  const s = input.text;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i + 1 >= s.length) {
      out.append(input, i, i + 1);
      continue;
    }
    const next = s[i + 1]!;
    const [from, to] = sourceRange(input, i, i + 2);
    if (next in GO_ESCAPES) {
      out.push(GO_ESCAPES[next]!, from, to);
      i++;
    } else if (next === '$') {
      out.push('$$', from, to);
      i++;
    } else if (next === '0' && /^[0-7]{3}$/.test(s.slice(i + 2, i + 5))) {
      // `\0ooo` is rewritten to Go's `\ooo`; it must be a byte (≤ 0377).
      const code = parseInt(s.slice(i + 2, i + 5), 8);
      if (code <= 0o377) {
        const [, end] = sourceRange(input, i, i + 5);
        out.push(String.fromCharCode(code), from, end);
        i += 4;
      } else out.append(input, i, i + 1);
    } else out.append(input, i, i + 1);
  }
  return out.build();
}

const DOTENV_DOUBLE: Record<string, string> = { ...GO_ESCAPES, "'": "'" };

/**
 * python-dotenv's quoted value: `'((?:\\'|[^'])*)'` matched at the quote. The greedy match ends at
 * the first quote not taken as `\<quote>`; without one, backtracking ends it at the last escaped
 * quote. Then its escapes are decoded and `${VAR}` interpolated. Null when there is no match.
 */
function dotenvQuoted(text: string, open: number, quote: string, known: ReadonlyMap<string, string>): MappedText | null {
  let close = -1;
  let lastEscaped = -1;
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === quote) {
      lastEscaped = i + 1;
      i++;
    } else if (text[i] === quote) {
      close = i;
      break;
    }
  }
  if (close === -1) close = lastEscaped;
  if (close === -1) return null;
  const out = new MappedTextBuilder([open + 1, close]);
  const escapes = quote === '"' ? DOTENV_DOUBLE : { '\\': '\\', "'": "'" };
  for (let i = open + 1; i < close; i++) {
    const next = text[i + 1];
    if (text[i] === '\\' && next !== undefined && i + 1 < close && next in escapes) {
      out.push(escapes[next as keyof typeof escapes]!, i, i + 2);
      i++;
    } else out.push(text[i]!, i, i + 1);
  }
  return dotenvInterpolate(out.build(), known);
}

/** python-dotenv `variables.py`: `${NAME}` and `${NAME:-default}` only; `$NAME` is literal. */
function dotenvInterpolate(input: MappedText, known: ReadonlyMap<string, string>): MappedText {
  const out = new MappedTextBuilder(input.anchor);
  const s = input.text;
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('${', i);
    if (open === -1) break;
    const close = s.indexOf('}', open + 2);
    if (close === -1) break;
    out.append(input, i, open);
    const body = s.slice(open + 2, close);
    const colon = body.indexOf(':');
    const name = colon === -1 ? body : body.slice(0, colon);
    const hasDefault = colon !== -1 && body[colon + 1] === '-';
    if (colon !== -1 && !hasDefault) {
      // `[^}:]*` then `:-` is required: `${A:x}` is not a variable, copied as is.
      out.append(input, open, open + 2);
      i = open + 2;
      continue;
    }
    const value = known.get(name);
    const [from, to] = sourceRange(input, open, close + 1);
    if (value !== undefined && value !== '') for (const c of value) out.push(c, from, to);
    else if (hasDefault && (value === '' || value === undefined)) {
      // The default applies when the variable is unset or empty; unset may still be set in the process environment.
      if (value === undefined) out.append(input, open, close + 1, { why: `${name} takes its value from the environment python-dotenv runs in` });
      else out.append(input, open + 2 + colon + 2, close);
    } else if (value === undefined) out.append(input, open, close + 1, { why: `${name} takes its value from the environment python-dotenv runs in` });
    i = close + 1;
  }
  out.append(input, i, s.length);
  return out.build();
}

/**
 * What `set -a; . .env` does with the line: the first thing that is not part of one assignment
 * word (E41). Quotes are honoured as sh honours them; `#` after a blank starts a comment.
 */
function shellHazard(text: string, statement: number, entry: EnvEntry, valueStart: number): Omit<ShellHazard, 'span'> | undefined {
  if (entry.separator === ':' || !SH_NAME.test(entry.name)) {
    return { kind: 'not-an-assignment', range: [statement, entry.nameRange[1] + 1], shellValue: [valueStart, valueStart] };
  }
  let quote: string | undefined;
  for (let i = valueStart; i < text.length; i++) {
    const c = text[i]!;
    const at = (kind: ShellHazardKind, length = 1) => ({ kind, range: [i, i + length] as Range, shellValue: [valueStart, i] as Range });
    if (quote === "'") {
      if (c === "'") quote = undefined;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`' || (c === '$' && text[i + 1] === '(')) return at('command-substitution', c === '`' ? 1 : 2);
    if (quote === '"') {
      if (c === '"') quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '\n' || c === '\r') return undefined;
    if (c === ';' || c === '&' || c === '|') return at('command-separator');
    if (c === '<' || c === '>' || c === '(' || c === ')') return at('redirection');
    if (c === ' ' || c === '\t') {
      let j = i;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j >= text.length || text[j] === '\n' || text[j] === '\r' || text[j] === '#') return undefined;
      return { kind: 'word-split', range: [i, j + 1], shellValue: [valueStart, i] };
    }
  }
  return undefined;
}
