import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { codeFrame, printable, splitLines } from '../../src/report/code-frame.js';

const span = (line: number, column: number, endLine: number, endColumn: number) => ({ file: 'f', line, column, endLine, endColumn });
const frame = (text: string, s: ReturnType<typeof span>) => codeFrame(splitLines(text), s, 'error');

describe('codeFrame', () => {
  const text = 'port 6379\nmaxmemory 1tb\nappendonly true\n';

  it('shows one line of context either side and underlines the span columns', () => {
    expect(frame(text, span(2, 11, 2, 14))).toEqual([
      '  1 | port 6379',
      '> 2 | maxmemory 1tb',
      '    |           ^^^',
      '  3 | appendonly true',
    ]);
  });

  it('puts the caret under column 11 of the original line: 10 characters of padding', () => {
    const caretLine = frame(text, span(2, 11, 2, 14))[2]!;
    expect(caretLine.indexOf('^') - caretLine.indexOf('|') - 2).toBe(10);
  });

  it('has no context line above line 1 or below the last line', () => {
    expect(frame(text, span(1, 1, 1, 5))).toEqual(['> 1 | port 6379', '    | ^^^^', '  2 | maxmemory 1tb']);
    expect(frame(text, span(3, 12, 3, 16))[3]).toBeUndefined();
  });

  it('draws one caret for an empty span or a span at the end of the line', () => {
    expect(frame(text, span(1, 10, 1, 10))[1]).toBe('    |          ^');
  });

  it('keeps tabs in the padding so carets line up', () => {
    expect(codeFrame(['\tport\t6379'], span(1, 7, 1, 11), 'error')[1]).toBe('    | \t    \t^^^^');
  });

  it('underlines every line of a short multi-line span', () => {
    const lines = ['command: >', '  redis-server', '  --port 1', 'ports: []'];
    expect(codeFrame(lines, span(2, 3, 3, 11), 'error')).toEqual([
      '  1 | command: >',
      '> 2 |   redis-server',
      '    |   ^^^^^^^^^^^^',
      '> 3 |   --port 1',
      '    |   ^^^^^^^^',
      '  4 | ports: []',
    ]);
  });

  it('shows only the first line of a long multi-line span', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `line${i + 1}`);
    expect(codeFrame(lines, span(2, 1, 11, 3), 'error')).toEqual(['  1 | line1', '> 2 | line2', '    | ^^^^^', '  3 | line3']);
  });

  it('cuts long lines to a window around the span, keeping the carets under it', () => {
    const line = `${'x'.repeat(500)}BAD${'y'.repeat(500)}`;
    const [shown, carets] = codeFrame([line], span(1, 501, 1, 504), 'error');
    expect(shown!.length).toBeLessThan(200);
    expect(shown).toMatch(/^> 1 \| …x+BADy+…$/);
    expect(carets!.indexOf('^^^')).toBe(shown!.indexOf('BAD'));
  });

  it('returns nothing when the span is outside the text', () => {
    expect(frame(text, span(9, 1, 9, 2))).toEqual([]);
    expect(frame(text, span(0, 1, 0, 2))).toEqual([]);
  });

  it("frames an empty file's only line", () => {
    expect(frame('', span(1, 1, 1, 2))).toEqual(['> 1 |', '    | ^']);
  });

  it('widens the gutter for line numbers of different widths', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `l${i + 1}`);
    expect(codeFrame(lines, span(9, 1, 9, 3), 'error')).toEqual(['   8 | l8', '>  9 | l9', '     | ^^', '  10 | l10']);
  });

  it('colours only when given chalk', () => {
    expect(frame(text, span(2, 11, 2, 14)).join('')).not.toContain('\u001b');
    const coloured = codeFrame(splitLines(text), span(2, 11, 2, 14), 'error', new Chalk({ level: 1 }));
    expect(coloured.join('')).toContain('\u001b[31m^^^');
  });
});

describe('printable', () => {
  it('turns control characters and bidi overrides into visible ones of the same length', () => {
    const hostile = 'a\u001b[31mb\u0000c\u202ed\u007f';
    expect(printable(hostile)).toBe('a\u241b[31mb\u2400c\ufffdd\u2421');
    expect(printable(hostile).length).toBe(hostile.length);
  });

  it('keeps tabs and ordinary text', () => {
    expect(printable('port\t6379 «ok» é')).toBe('port\t6379 «ok» é');
  });
});

describe('splitLines', () => {
  it('drops CR before LF and the empty line after a final newline', () => {
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
  });
});
