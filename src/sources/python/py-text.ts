import type { Span } from '../../model/span.js';
import { MappedTextBuilder, type Hole } from '../compose/mapped-text.js';
import type { EnvSlot, PyEnv, PyStr, PyValue } from './facts.js';

/** Strings longer than this (`X = X + X` fifty times) are not built: their value is unknown. */
export const MAX_STRING = 100_000;

/** Builds a string value: mapped characters plus the ranges that come from the environment. */
export class StrBuilder {
  readonly text: MappedTextBuilder;
  readonly env: EnvSlot[] = [];
  tooLong = false;

  constructor(readonly anchor: readonly [number, number]) {
    this.text = new MappedTextBuilder(anchor);
  }

  get length(): number {
    return this.text.length;
  }

  push(char: string, from: number, to: number, hole?: Hole): void {
    if (this.text.length + char.length > MAX_STRING) this.tooLong = true;
    else this.text.push(char, from, to, hole);
  }

  /** The file's own characters [from, to) as a hole: what the code says, not what it is. */
  pushWritten(file: string, from: number, to: number, why: string): void {
    const hole = { why };
    for (let i = from; i < to; i++) this.push(file[i]!, i, i + 1, hole);
  }

  /** Text that is not in the file as such (`str(5)`, `True`): every character maps to the whole expression. */
  pushSynthetic(text: string, from: number, to: number): void {
    this.push(text, from, to);
  }

  appendStr(value: PyStr): void {
    if (this.text.length + value.text.text.length > MAX_STRING) {
      this.tooLong = true;
      return;
    }
    const offset = this.text.length;
    this.text.append(value.text);
    for (const slot of value.env) this.env.push({ start: slot.start + offset, end: slot.end + offset, env: slot.env });
  }

  /** Characters [start, end) of a string value, with the environment slots they overlap. */
  appendSlice(value: PyStr, start: number, end: number): void {
    if (this.text.length + end - start > MAX_STRING) {
      this.tooLong = true;
      return;
    }
    const offset = this.text.length - start;
    this.text.append(value.text, start, end);
    for (const slot of value.env) {
      const from = Math.max(slot.start, start);
      const to = Math.min(slot.end, end);
      if (from < to) this.env.push({ start: from + offset, end: to + offset, env: slot.env });
    }
  }

  build(span: Span): PyStr | undefined {
    if (this.tooLong) return undefined;
    return { kind: 'str', text: this.text.build(), env: this.env, span };
  }
}

/** Python's `str()` of a number: `5`, `5.0`, `0.1`. */
export function pythonNumberText(value: number, isFloat: boolean): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
  if (isFloat && Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`;
  return String(value);
}

/**
 * Appends what `str(value)` would give, as the text of a substitution written at [from, to)
 * (an f-string replacement, a `+` operand, a `%s` argument). What cannot be known becomes a hole
 * over the text as written; an environment variable becomes its default (or a hole) and a slot.
 */
export function appendAsText(out: StrBuilder, value: PyValue, file: string, from: number, to: number): void {
  switch (value.kind) {
    case 'str':
      out.appendStr(value);
      return;
    case 'number':
      out.pushSynthetic(pythonNumberText(value.value, value.float), from, to);
      return;
    case 'bool':
      out.pushSynthetic(value.value ? 'True' : 'False', from, to);
      return;
    case 'none':
      out.pushSynthetic('None', from, to);
      return;
    case 'env':
      appendEnv(out, value, file, from, to);
      return;
    case 'unknown':
      out.pushWritten(file, from, to, value.why);
      return;
    default:
      out.pushWritten(file, from, to, `a ${value.kind === 'call' ? 'object' : value.kind} turned into text is not read`);
  }
}

function appendEnv(out: StrBuilder, env: PyEnv, file: string, from: number, to: number): void {
  const start = out.length;
  if (env.default && env.default.kind !== 'none' && env.default.kind !== 'env') {
    appendAsText(out, env.default, file, from, to);
  } else if (env.default?.kind === 'env') {
    appendEnv(out, env.default, file, from, to);
  } else {
    out.pushWritten(file, from, to, `${env.name} is read from the environment and has no default`);
  }
  out.env.push({ start, end: out.length, env });
}

/** The text of a string value when every character is known. */
export function knownText(value: PyValue | undefined): string | undefined {
  if (value?.kind !== 'str') return undefined;
  return value.text.holes.some((h) => h !== undefined) ? undefined : value.text.text;
}
