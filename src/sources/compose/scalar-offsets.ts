import type { Scalar } from 'yaml';
import { MappedTextBuilder, verbatim, type MappedText } from './mapped-text.js';

/**
 * The value of a YAML scalar with the file offsets of each of its characters. The `yaml` package
 * gives a scalar's value and its source range, not where each character came from; this re-reads
 * the source the way YAML 1.2 does (flow folding, quote escapes, block indentation and chomping)
 * and checks the result against the parser's value. When the two disagree (a case this reader
 * does not know), every character maps to the whole scalar: a coarser span, never a wrong one.
 */
export function scalarText(source: string, node: Scalar): MappedText {
  const [start, end] = node.range ?? [0, 0];
  const expected = scalarValue(node);
  // A plain scalar on one line is its own source (most compose values): each character maps to itself.
  if (node.type === 'PLAIN' && end - start === expected.length && source.startsWith(expected, start) && !/[\r\n]/.test(expected)) return verbatim(expected, start);
  const read = readScalar(source, start, end, node.type, expected);
  if (read && read.text === expected) return read;
  return coarse(expected, start, end);
}

/** A scalar's text as compose reads it before interpolation: a plain scalar as written (`yes` stays a string), a quoted or block one decoded. */
export function scalarValue(node: Scalar): string {
  return node.type === 'PLAIN' || typeof node.value !== 'string' ? String(node.source ?? '') : node.value;
}

function readScalar(source: string, start: number, end: number, type: Scalar['type'], expected: string): MappedText | undefined {
  switch (type) {
    case 'PLAIN':
      return readFlow(source, start, end, 'plain');
    case 'QUOTE_SINGLE':
      return readFlow(source, start + 1, end - 1, 'single', [start, end]);
    case 'QUOTE_DOUBLE':
      return readFlow(source, start + 1, end - 1, 'double', [start, end]);
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return readBlock(source, start, end, expected);
    default:
      return undefined;
  }
}

function coarse(text: string, start: number, end: number): MappedText {
  const builder = new MappedTextBuilder([start, end]);
  for (const char of text) builder.push(char, start, end);
  return builder.build();
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
/** Length of the line break at i (`\r\n` counts as one break), 0 when there is none. */
const breakAt = (s: string, i: number) => (s[i] === '\r' && s[i + 1] === '\n' ? 2 : s[i] === '\n' || s[i] === '\r' ? 1 : 0);

/** YAML 1.2 §7.3.2–7.3.3 double-quoted escapes: the character each one-letter escape stands for. */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Plain and quoted scalars: a single line break between text becomes a space, each empty line a
 * line feed, white space around breaks is dropped (§6.5, §7.3). Blanks are held back until the
 * next character shows whether they end a line.
 */
function readFlow(source: string, start: number, end: number, style: 'plain' | 'single' | 'double', anchor?: [number, number]): MappedText | undefined {
  const out = new MappedTextBuilder(anchor ?? [start, end]);
  let pending: number[] = []; // offsets of blanks not yet known to be content
  const flush = () => {
    for (const at of pending) out.push(source[at]!, at, at + 1);
    pending = [];
  };
  let i = start;
  while (i < end) {
    const c = source[i]!;
    const width = breakAt(source, i);
    if (width > 0) {
      pending = [];
      i = fold(source, i, end, out);
      continue;
    }
    if (isBlank(c)) {
      pending.push(i++);
      continue;
    }
    flush();
    if (style === 'single' && c === "'" && source[i + 1] === "'") {
      out.push("'", i, i + 2);
      i += 2;
    } else if (style === 'double' && c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return undefined;
      const escapedBreak = breakAt(source, i + 1);
      if (escapedBreak > 0) {
        // An escaped line break is dropped with the next line's indentation (§7.3.1).
        i += 1 + escapedBreak;
        while (i < end && isBlank(source[i])) i++;
        continue;
      }
      const digits = HEX_ESCAPES[next];
      if (digits !== undefined) {
        const hex = source.slice(i + 2, i + 2 + digits);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return undefined;
        out.push(String.fromCodePoint(parseInt(hex, 16)), i, i + 2 + digits);
        i += 2 + digits;
      } else if (ESCAPES[next] !== undefined) {
        out.push(ESCAPES[next]!, i, i + 2);
        i += 2;
      } else {
        return undefined;
      }
    } else {
      out.push(c, i, i + 1);
      i++;
    }
  }
  flush();
  return out.build();
}

/** At a line break inside a flow scalar: emit its folded form, return where the next text starts. */
function fold(source: string, at: number, end: number, out: MappedTextBuilder): number {
  const breaks: number[] = [];
  let i = at;
  for (;;) {
    const width = breakAt(source, i);
    breaks.push(i);
    i += width;
    while (i < end && isBlank(source[i])) i++;
    if (i >= end || breakAt(source, i) === 0) break;
  }
  if (breaks.length === 1) out.push(' ', at, at + breakAt(source, at));
  else for (const b of breaks.slice(1)) out.push('\n', b, b + breakAt(source, b));
  return i;
}

/** Literal `|` and folded `>` block scalars (§8.1): header, indentation, folding, chomping. */
function readBlock(source: string, start: number, end: number, expected: string): MappedText | undefined {
  const header = /^([|>])([1-9+-]{0,2})/.exec(source.slice(start, start + 3));
  if (!header) return undefined;
  let bodyStart = start;
  while (bodyStart < end && breakAt(source, bodyStart) === 0) bodyStart++;
  bodyStart += breakAt(source, bodyStart);
  const lines = splitLines(source, bodyStart, end);
  const folded = header[1] === '>';
  const chomp = header[2]!.includes('-') ? 'strip' : header[2]!.includes('+') ? 'keep' : 'clip';
  // An explicit indentation digit counts from the parent's indentation, which the scalar does not
  // know; every possible indentation is tried instead, auto-detected first (§8.1.1.1).
  const firstText = lines.find((l) => source.slice(l.start, l.end).trim() !== '');
  const detected = firstText ? leadingSpaces(source, firstText.start, firstText.end) : 0;
  const candidates = [detected, ...Array.from({ length: Math.max(0, detected - 1) }, (_, k) => detected - 1 - k)];
  for (const indent of candidates) {
    const body = blockBody(source, [start, end], lines, indent, folded, chomp);
    if (body.text === expected) return body;
  }
  return undefined;
}

interface Line {
  start: number;
  /** End of the text, before the break. */
  end: number;
  /** Offset of the break, or -1 at the end of the source. */
  breakAt: number;
  breakWidth: number;
}

function splitLines(source: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && breakAt(source, j) === 0) j++;
    const width = j < end ? breakAt(source, j) : 0;
    lines.push({ start: i, end: j, breakAt: width ? j : -1, breakWidth: width });
    i = j + width;
  }
  return lines;
}

function leadingSpaces(source: string, start: number, end: number): number {
  let n = 0;
  while (start + n < end && source[start + n] === ' ') n++;
  return n;
}

function blockBody(
  source: string, anchor: [number, number], lines: Line[], indent: number, folded: boolean, chomp: 'strip' | 'clip' | 'keep',
): MappedText {
  const out = new MappedTextBuilder(anchor);
  const isEmpty = (l: Line) => l.end - l.start <= indent && source.slice(l.start, l.end).trim() === '';
  const isSpaced = (l: Line) => isBlank(source[l.start + indent]);
  let last = lines.length - 1;
  while (last >= 0 && isEmpty(lines[last]!)) last--;
  const pushBreak = (l: Line) => (l.breakAt >= 0 ? out.push('\n', l.breakAt, l.breakAt + l.breakWidth) : out.pushSynthetic('\n', l.end));
  let previous: Line | undefined; // the last content line written
  let empties: Line[] = [];
  for (let n = 0; n <= last; n++) {
    const line = lines[n]!;
    if (isEmpty(line)) {
      empties.push(line);
      continue;
    }
    if (previous) {
      if (folded && !isSpaced(previous) && !isSpaced(line)) {
        if (empties.length === 0) out.push(' ', previous.breakAt, previous.breakAt + previous.breakWidth);
        else for (const e of empties) pushBreak(e);
      } else {
        pushBreak(previous);
        for (const e of empties) pushBreak(e);
      }
    } else {
      for (const e of empties) pushBreak(e);
    }
    empties = [];
    for (let i = line.start + indent; i < line.end; i++) out.push(source[i]!, i, i + 1);
    previous = line;
  }
  if (previous && chomp !== 'strip') pushBreak(previous);
  if (chomp === 'keep') for (const line of lines.slice(last + 1)) if (line.breakAt >= 0) pushBreak(line);
  return out.build();
}
