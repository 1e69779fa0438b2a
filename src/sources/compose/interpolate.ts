import { fromAt, MappedTextBuilder, slice, sourceRange, toAt, type Hole, type MappedText } from './mapped-text.js';

/**
 * Compose's variable interpolation (compose-go `template/template.go`, which `docker compose`
 * runs on every string value of the file before anything else reads it), on mapped text.
 *
 * - `$$` is a literal `$`; `$VAR` and `${VAR}` take VAR's value; names are `[_a-zA-Z][_a-zA-Z0-9]*`.
 * - `${VAR:-default}` / `${VAR-default}`: the default when VAR is unset or empty / unset;
 *   `${VAR:+alt}` / `${VAR+alt}`: alt when VAR is set and not empty / set;
 *   `${VAR:?err}` / `${VAR?err}`: an error when VAR is unset or empty / unset. Defaults nest.
 * - compose-go matches `${NAME<op>…}` up to the *last* `}` on the line and then cuts it at the
 *   brace that closes the first one; what follows is interpolated on its own. This keeps that.
 * - `${` followed by anything else is an invalid template: compose refuses the file.
 *
 * Values come from the project's `.env`. Where compose would fall back on the shell environment
 * of whoever runs it (VAR unset, no default; `:+`, `:?`), the value is unknown here: its
 * characters keep the expression as written (`${REDIS_PASSWORD}`) and carry a hole saying why,
 * so a conf line built from them is a template to parseConf, which stays silent on it.
 */
export interface Interpolated {
  text: MappedText;
  /** compose refuses the value: `Invalid template`. Offsets of the expression in the file. */
  error?: { message: string; at: [number, number] };
  /** Every `$` compose acted on, in reading order: what a literal password loses to interpolation. */
  dollars: Dollar[];
}

/** A `$` that compose reads: `$$` (a literal `$`), `$NAME`, or `${…}` (with its default, up to its closing brace). */
export interface Dollar {
  form: 'escape' | 'bare' | 'braced';
  /** Offsets of the expression in the file. */
  at: [number, number];
}

const NAME_START = /[_a-zA-Z]/;
const NAME_CHAR = /[_a-zA-Z0-9]/;

export function interpolate(input: MappedText, env: ReadonlyMap<string, string>): Interpolated {
  // Most scalars have no `$`: they come out as they went in, without copying them character by character.
  if (!input.text.includes('$')) return { text: input, dollars: [] };
  const out = new MappedTextBuilder(input.anchor);
  const dollars: Dollar[] = [];
  const error = substitute(input, 0, input.text.length, env, out, 0, dollars);
  return error ? { text: out.build(), error, dollars } : { text: out.build(), dollars };
}

type Failure = { message: string; at: [number, number] } | undefined;

/** Deeper defaults than this are not a compose file anyone writes; stop rather than recurse on. */
const MAX_DEPTH = 32;

function substitute(input: MappedText, start: number, end: number, env: ReadonlyMap<string, string>, out: MappedTextBuilder, depth: number, dollars: Dollar[]): Failure {
  const s = input.text;
  let i = start;
  while (i < end) {
    if (s[i] !== '$') {
      // The text up to the next `$` at once: a character at a time, the builder's string grew by one each time.
      const dollar = s.indexOf('$', i);
      const to = dollar === -1 || dollar > end ? end : dollar;
      out.append(input, i, to);
      i = to;
      continue;
    }
    const next = i + 1 < end ? s[i + 1] : undefined;
    if (next === '$') {
      dollars.push({ form: 'escape', at: sourceRange(input, i, i + 2) });
      out.push('$', fromAt(input, i), toAt(input, i + 1), input.holes[i]);
      i += 2;
      continue;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let j = i + 1;
      while (j < end && NAME_CHAR.test(s[j]!)) j++;
      dollars.push({ form: 'bare', at: sourceRange(input, i, j) });
      emitVariable(input, i, j, s.slice(i + 1, j), env, out);
      i = j;
      continue;
    }
    if (next !== '{') {
      out.append(input, i, i + 1); // `$1`, `$ `, a trailing `$`: not a template, kept as is
      i++;
      continue;
    }
    const braced = matchBraced(s, i, end);
    if (!braced) return { message: 'Invalid template', at: sourceRange(input, i, Math.min(end, i + 2)) };
    if (depth > MAX_DEPTH) return { message: 'Invalid template: defaults nested too deeply', at: sourceRange(input, i, braced.end) };
    dollars.push({ form: 'braced', at: sourceRange(input, i, braced.close + 1) });
    const failure = expandBraced(input, i, braced, env, out, depth, dollars);
    if (failure) return failure;
    i = braced.end;
  }
  return undefined;
}

interface BracedMatch {
  name: string;
  /** The operator right after the name: '', ':-', '-', ':+', '+', ':?' or '?'. */
  op: string;
  /** Where the operand starts (after the operator). */
  operand: number;
  /** Offset of the `}` that closes the expression (compose's first balanced brace). */
  close: number;
  /** End of the whole regex match (after the last `}` of the line for an operator form). */
  end: number;
}

/** compose-go's `\$\{(?i:[_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}` at `at`, and where it is cut. */
function matchBraced(s: string, at: number, end: number): BracedMatch | undefined {
  let j = at + 2;
  if (j >= end || !NAME_START.test(s[j]!)) return undefined;
  while (j < end && NAME_CHAR.test(s[j]!)) j++;
  const name = s.slice(at + 2, j);
  if (j >= end) return undefined;
  if (s[j] === '}') return { name, op: '', operand: j, close: j, end: j + 1 };
  const colon = s[j] === ':' ? 1 : 0;
  const sign = j + colon < end ? s[j + colon] : undefined;
  if (sign !== '-' && sign !== '+' && sign !== '?') return undefined;
  const op = s.slice(j, j + colon + 1);
  // `(.*)\}` is greedy and `.` stops at a line feed: the match ends at the line's last `}`.
  let lineEnd = s.indexOf('\n', j);
  if (lineEnd === -1 || lineEnd > end) lineEnd = end;
  const last = s.lastIndexOf('}', lineEnd - 1);
  if (last < j + colon + 1) return undefined;
  const close = firstClosingBrace(s, at, last + 1);
  return { name, op, operand: j + colon + 1, close: close === -1 ? last : close, end: last + 1 };
}

/** compose-go `getFirstBraceClosingIndex`, quirk included: the character after each `{` is skipped. */
function firstClosingBrace(s: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

function expandBraced(input: MappedText, at: number, m: BracedMatch, env: ReadonlyMap<string, string>, out: MappedTextBuilder, depth: number, dollars: Dollar[]): Failure {
  const value = env.get(m.name);
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  const expression: [number, number] = [at, m.close + 1];
  const operand = () => substitute(input, m.operand, m.close, env, out, depth + 1, dollars);
  let failure: Failure;
  switch (m.op) {
    case '':
      emitVariable(input, at, m.close + 1, m.name, env, out);
      break;
    case ':-':
    case '-':
      if (m.op === ':-' ? nonEmpty : set) emitValue(input, expression, value!, out);
      else failure = operand();
      break;
    case ':+':
    case '+':
      // Unset here may be set where compose runs: whether the alternative applies is unknown.
      if (m.op === ':+' ? nonEmpty : set) failure = operand();
      else if (set) emitValue(input, expression, value, out);
      else emitHole(input, expression, `${m.name} is not set in .env, so whether \${${m.name}:+…} applies is not known`, out);
      break;
    default: // ':?' and '?': compose stops with the message unless the variable is set where it runs
      if (m.op === ':?' ? nonEmpty : set) emitValue(input, expression, value!, out);
      else emitHole(input, expression, `${m.name} is required but not set in .env`, out);
  }
  if (failure) return failure;
  // What compose-go cut off after the closing brace is interpolated on its own.
  return substitute(input, m.close + 1, m.end, env, out, depth + 1, dollars);
}

function emitVariable(input: MappedText, start: number, end: number, name: string, env: ReadonlyMap<string, string>, out: MappedTextBuilder): void {
  const value = env.get(name);
  if (value !== undefined) emitValue(input, [start, end], value, out);
  else emitHole(input, [start, end], `${name} is not set in .env and has no default`, out);
}

/** A value from .env: each of its characters maps to the whole `${VAR}` expression. */
function emitValue(input: MappedText, [start, end]: [number, number], value: string, out: MappedTextBuilder): void {
  const [from, to] = sourceRange(input, start, end);
  for (const char of value) out.push(char, from, to);
}

/** An unknown value keeps the expression's own characters, marked as a hole. */
function emitHole(input: MappedText, [start, end]: [number, number], why: string, out: MappedTextBuilder): void {
  const hole: Hole = { why };
  out.append(slice(input, start, end), 0, end - start, hole);
}
