import { holeIn, type MappedText } from '../compose/mapped-text.js';

/**
 * A string as a Python library sees it while it cuts a URL apart, where every character still
 * knows which character of the input it is. Python's urlparse only selects characters (strip,
 * remove, partition, slice), so a working string is the list of input positions it kept; only
 * `lower()` and `unquote()` make new characters, and those are built in py-url.ts.
 */
export class PyText {
  private constructor(
    /** The characters as the parser compares them (holes read as HOLE_CHAR: never a delimiter). */
    readonly text: string,
    /** Input position of each character. */
    readonly at: readonly number[],
    /** Input position where the text starts (where an empty text sits). */
    readonly pos: number,
  ) {}

  static of(source: MappedText, start = 0, end = source.text.length): PyText {
    const at = new Array<number>(Math.max(0, end - start));
    for (let i = start; i < end; i++) at[i - start] = i;
    // Most values have no hole: their text is the source's, without a string per character.
    if (holeIn(source, start, end) === undefined) return new PyText(source.text.slice(start, end), at, start);
    let text = '';
    for (let i = start; i < end; i++) text += source.holes[i] ? HOLE_CHAR : source.text[i]!;
    return new PyText(text, at, start);
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end: number = this.text.length): PyText {
    const at = this.at.slice(start, end);
    const pos = at[0] ?? (start > 0 && this.at[start - 1] !== undefined ? this.at[start - 1]! + 1 : this.pos);
    return new PyText(this.text.slice(start, end), at, pos);
  }

  indexOf(search: string, from = 0): number {
    return this.text.indexOf(search, from);
  }

  /** Python `str.partition`: [before, found, after]. */
  partition(separator: string): [PyText, boolean, PyText] {
    const i = this.text.indexOf(separator);
    if (i === -1) return [this, false, EMPTY];
    return [this.slice(0, i), true, this.slice(i + separator.length)];
  }

  /** Python `str.rpartition`: [before, found, after]; not found puts everything after. */
  rpartition(separator: string): [PyText, boolean, PyText] {
    const i = this.text.lastIndexOf(separator);
    if (i === -1) return [EMPTY, false, this];
    return [this.slice(0, i), true, this.slice(i + separator.length)];
  }

  /** Python `str.split(sep)` (never drops empty parts). */
  split(separator: string): PyText[] {
    const parts: PyText[] = [];
    let start = 0;
    for (let i = this.text.indexOf(separator); i !== -1; i = this.text.indexOf(separator, start)) {
      parts.push(this.slice(start, i));
      start = i + separator.length;
    }
    parts.push(this.slice(start));
    return parts;
  }

  /** Keeps the characters for which `keep` holds. */
  filter(keep: (char: string) => boolean): PyText {
    let kept = 0;
    while (kept < this.text.length && keep(this.text[kept]!)) kept++;
    // Usually every character stays (URLs rarely hold a tab or a line break): no copy then.
    if (kept === this.text.length) {
      const pos = this.at[0] ?? this.pos;
      return pos === this.pos ? this : new PyText(this.text, this.at, pos);
    }
    let text = this.text.slice(0, kept);
    const at = this.at.slice(0, kept);
    for (let i = kept + 1; i < this.text.length; i++) {
      if (!keep(this.text[i]!)) continue;
      text += this.text[i]!;
      at.push(this.at[i]!);
    }
    return new PyText(text, at, at[0] ?? this.pos);
  }

  lstrip(chars: string): PyText {
    let i = 0;
    while (i < this.text.length && chars.includes(this.text[i]!)) i++;
    return i === 0 ? this : this.slice(i);
  }

  concat(other: PyText): PyText {
    return new PyText(this.text + other.text, [...this.at, ...other.at], this.pos);
  }
}

/** What a hole reads as: not ASCII, not a space, not a URL delimiter, so it never cuts anything. */
export const HOLE_CHAR = '\uE000';

const EMPTY = PyText.of({ text: '', from: [], to: [], holes: [], anchor: [0, 0] });

/**
 * Python's `repr()` of a str, as error messages quote values (`'26379,sentinel:'`). Only used on
 * text that is not a secret.
 */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === quote) out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return out + quote;
}

/**
 * Python's `int(text)` for a str: surrounding whitespace, a sign, ASCII digits with single
 * underscores between them. Non-ASCII digits (which Python also takes) are reported as unknown.
 */
export function pyInt(text: string): { ok: true; value: number } | { ok: false; unknown?: true } {
  const trimmed = text.replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g, '');
  if (/^[+-]?[0-9]+(_[0-9]+)*$/.test(trimmed)) return { ok: true, value: Number(trimmed.replace(/_/g, '')) };
  if (/[^\x00-\x7f]/.test(trimmed) && /^[+-]?[\p{Nd}_]+$/u.test(trimmed)) return { ok: false, unknown: true };
  return { ok: false };
}

/** Python's `float(text)` for a str (decimal, exponent, inf, nan, underscores). */
export function pyFloat(text: string): { ok: true; value: number } | { ok: false } {
  const trimmed = text.trim();
  const digits = '[0-9]+(?:_[0-9]+)*';
  const number = new RegExp(`^[+-]?(?:(?:${digits}(?:\\.(?:${digits})?)?|\\.${digits})(?:[eE][+-]?${digits})?|inf|infinity|nan)$`, 'i');
  if (!number.test(trimmed)) return { ok: false };
  const plain = trimmed.replace(/_/g, '').toLowerCase();
  if (plain.endsWith('inf') || plain.endsWith('infinity')) return { ok: true, value: plain.startsWith('-') ? -Infinity : Infinity };
  if (plain.endsWith('nan')) return { ok: true, value: NaN };
  return { ok: true, value: Number(plain) };
}
