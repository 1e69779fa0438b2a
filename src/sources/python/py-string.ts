import type { StrBuilder } from './py-text.js';

/** Where a string literal's characters are, and how to read them (`rb'…'`, `f"""…"""`). */
export interface LiteralShape {
  bodyFrom: number;
  bodyTo: number;
  raw: boolean;
  bytes: boolean;
  format: boolean;
}

/** The prefix and quotes of the literal at [from, to); a literal cut short by a syntax error ends at `to`. */
export function literalShape(file: string, from: number, to: number): LiteralShape {
  let at = from;
  while (at < to && /[A-Za-z]/.test(file[at]!)) at++;
  const prefix = file.slice(from, at).toLowerCase();
  const quote = file[at] ?? "'";
  const triple = file.startsWith(quote.repeat(3), at);
  const width = triple ? 3 : 1;
  const bodyFrom = Math.min(at + width, to);
  const closed = to - bodyFrom >= width && file.startsWith(quote.repeat(width), to - width);
  return {
    bodyFrom,
    bodyTo: closed ? to - width : to,
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    format: prefix.includes('f'),
  };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * Appends the characters of a literal's body [from, to) as Python reads them: escapes decoded
 * (each decoded character maps to its whole escape), a backslash-newline dropped, and in an
 * f-string `{{`/`}}` as one brace. Python keeps unknown escapes (`'\d'`) as written.
 */
export function decodeBody(file: string, from: number, to: number, shape: LiteralShape, out: StrBuilder): void {
  let i = from;
  while (i < to) {
    const c = file[i]!;
    if (shape.format && (c === '{' || c === '}') && file[i + 1] === c && i + 1 < to) {
      out.push(c, i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '\\' || shape.raw || i + 1 >= to) {
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    const e = file[i + 1]!;
    if (e === '\n') {
      i += 2;
      continue;
    }
    if (e === '\r') {
      i += file[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (SIMPLE_ESCAPES[e] !== undefined) {
      out.push(SIMPLE_ESCAPES[e], i, i + 2);
      i += 2;
      continue;
    }
    const hex = e === 'x' ? 2 : !shape.bytes && e === 'u' ? 4 : !shape.bytes && e === 'U' ? 8 : 0;
    if (hex > 0) {
      const digits = file.slice(i + 2, Math.min(i + 2 + hex, to));
      if (digits.length === hex && /^[0-9a-fA-F]+$/.test(digits)) {
        const code = parseInt(digits, 16);
        if (code <= 0x10ffff) {
          out.push(String.fromCodePoint(code), i, i + 2 + hex);
          i += 2 + hex;
          continue;
        }
      }
      // Python refuses the file here; keep the characters so spans stay honest.
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    if (/[0-7]/.test(e)) {
      let end = i + 1;
      while (end < to && end < i + 4 && /[0-7]/.test(file[end]!)) end++;
      out.push(String.fromCodePoint(parseInt(file.slice(i + 1, end), 8)), i, end);
      i = end;
      continue;
    }
    if (e === 'N' && !shape.bytes && file[i + 2] === '{') {
      const close = file.indexOf('}', i + 3);
      if (close !== -1 && close < to) {
        out.pushWritten(file, i, close + 1, 'a named Unicode escape is not read');
        i = close + 1;
        continue;
      }
    }
    out.push(c, i, i + 1);
    i++;
  }
}
