/**
 * redis-server's `sdssplitargs` (sds.c), with the offset of every token: the one tokenizer for
 * redis.conf, sentinel.conf and command-line flags. It works on UTF-16 code units where the
 * server works on bytes; the two agree for every character that matters to the grammar (all ASCII).
 */

export interface ArgToken {
  /** The argument as the server sees it: quotes removed, escapes applied. */
  value: string;
  /** Offsets into the string given to `splitArgs` (plus its base offset): [start, end). */
  start: number;
  end: number;
  /** True when any part of the token was quoted (`"a b"`, `ab"c d"`, `''`). */
  quoted: boolean;
}

export type SplitResult =
  | { ok: true; tokens: ArgToken[] }
  | { ok: false; /** offset of the quote that never closes properly */ at: number };

const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
/** C `isspace` in the C locale. */
const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
/** What ends an unquoted token (sds.c lists exactly these; `\v` and `\f` do not). */
const endsToken = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\0';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' };

export function splitArgs(line: string, base = 0): SplitResult {
  // A C string ends at the first NUL byte.
  const nul = line.indexOf('\0');
  const text = nul === -1 ? line : line.slice(0, nul);
  const tokens: ArgToken[] = [];
  let p = 0;
  for (;;) {
    while (p < text.length && isSpace(text[p])) p++;
    if (p >= text.length) return { ok: true, tokens };
    const start = p;
    let value = '';
    let inDouble = false;
    let inSingle = false;
    let quoted = false;
    let quoteAt = -1;
    let done = false;
    while (!done) {
      const c = text[p];
      if (inDouble) {
        if (c === '\\' && text[p + 1] === 'x' && isHex(text[p + 2]) && isHex(text[p + 3])) {
          value += String.fromCharCode(parseInt(text.slice(p + 2, p + 4), 16));
          p += 3;
        } else if (c === '\\' && p + 1 < text.length) {
          p++;
          value += ESCAPES[text[p]!] ?? text[p];
        } else if (c === '"') {
          // The closing quote must be followed by a space or by nothing at all.
          if (p + 1 < text.length && !isSpace(text[p + 1])) return { ok: false, at: base + quoteAt };
          done = true;
        } else if (c === undefined) {
          return { ok: false, at: base + quoteAt };
        } else {
          value += c;
        }
      } else if (inSingle) {
        if (c === '\\' && text[p + 1] === "'") {
          p++;
          value += "'";
        } else if (c === "'") {
          if (p + 1 < text.length && !isSpace(text[p + 1])) return { ok: false, at: base + quoteAt };
          done = true;
        } else if (c === undefined) {
          return { ok: false, at: base + quoteAt };
        } else {
          value += c;
        }
      } else if (endsToken(c)) {
        done = true;
      } else if (c === '"') {
        inDouble = quoted = true;
        quoteAt = p;
      } else if (c === "'") {
        inSingle = quoted = true;
        quoteAt = p;
      } else {
        // The run of plain characters up to what ends the token or opens a quote, copied once:
        // a character at a time, splitting was a fifth of conf parsing's allocations.
        let q = p + 1;
        while (q < text.length && !endsToken(text[q]) && text[q] !== '"' && text[q] !== "'") q++;
        value += text.slice(p, q);
        p = q - 1;
      }
      if (p < text.length) p++;
    }
    // p is one past the token's last character, or one past the separator that ended it.
    const end = quoted && (text[p - 1] === '"' || text[p - 1] === "'") ? p : endsToken(text[p - 1]) && p > start ? p - 1 : p;
    tokens.push({ value, start: base + start, end: base + Math.max(end, start + 1), quoted });
  }
}

/** The inverse for tests and messages: a token the server reads back as `value`. */
export function quoteArg(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}
