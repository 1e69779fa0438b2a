import { describe, expect, it } from 'vitest';
import { firstFromOffset, fromAt, holeIn, MappedTextBuilder, shifted, slice, sourceRange, toAt, verbatim, type MappedText } from '../../../src/sources/compose/mapped-text.js';

const offsets = (t: MappedText) => ({ text: t.text, from: Array.from({ length: t.text.length }, (_, i) => t.from[i]), to: Array.from({ length: t.text.length }, (_, i) => t.to[i]), holes: [...t.holes] });

describe('mapped text', () => {
  it('maps each verbatim character to itself in the file', () => {
    const t = verbatim('abc', 10);
    expect(offsets(t)).toEqual({ text: 'abc', from: [10, 11, 12], to: [11, 12, 13], holes: [undefined, undefined, undefined] });
    expect(t.anchor).toEqual([10, 13]);
    expect(sourceRange(t, 1, 3)).toEqual([11, 13]);
    expect(sourceRange(t, 3, 3)).toEqual([13, 13]);
  });

  it('moves a verbatim text by a shift', () => {
    expect(offsets(shifted(verbatim('ab', 0), 5))).toEqual({ text: 'ab', from: [5, 6], to: [6, 7], holes: [undefined, undefined] });
  });

  it('gives the same text and offsets whether a word is appended a character at a time or at once', () => {
    const escaped = new MappedTextBuilder([0, 6]).push('x', 0, 2).append(verbatim('yz', 2)).build(); // not verbatim
    for (const source of [verbatim('hello world', 3), escaped]) {
      const byChar = new MappedTextBuilder(source.anchor);
      for (let i = 1; i < source.text.length; i++) byChar.append(source, i, i + 1);
      expect(byChar.length).toBe(source.text.length - 1);
      expect(offsets(byChar.build())).toEqual(offsets(new MappedTextBuilder(source.anchor).append(source, 1).build()));
      expect(offsets(byChar.build())).toEqual(offsets(slice(source, 1)));
    }
  });

  it('keeps characters pushed between appended runs in order', () => {
    const source = verbatim('abcd', 0);
    const t = new MappedTextBuilder([0, 4]).append(source, 0, 1).append(source, 1, 2).pushSynthetic(' ', 2).append(source, 2, 4).build();
    expect(offsets(t)).toEqual({ text: 'ab cd', from: [0, 1, 2, 2, 3], to: [1, 2, 2, 3, 4], holes: [undefined, undefined, undefined, undefined, undefined] });
  });

  it('carries holes of the source and marks holes given to an append', () => {
    const why = { why: 'REDIS_PASSWORD is not set' };
    const withHole = new MappedTextBuilder([0, 3]).push('a', 0, 1).push('$', 1, 2, why).push('b', 2, 3).build();
    const copied = new MappedTextBuilder([0, 3]);
    for (let i = 0; i < 3; i++) copied.append(withHole, i, i + 1);
    expect(copied.build().holes).toEqual([undefined, why, undefined]);
    const marked = new MappedTextBuilder([0, 2]).append(verbatim('ab', 0), 0, 2, why).build();
    expect(holeIn(marked)).toBe(why);
    expect(holeIn(verbatim('ab', 0))).toBeUndefined();
  });

  it('reads each offset alike from the segments and from the per-character arrays', () => {
    // A word, an escape that stands for two characters, a synthetic space, and a folded line break mapped out of order.
    const t = new MappedTextBuilder([0, 40])
      .append(verbatim('redis', 10))
      .push('\t', 15, 17)
      .pushSynthetic(' ', 17)
      .push('x', 30, 31)
      .push('y', 20, 21)
      .append(verbatim('abc', 21))
      .build();
    expect(t.text).toBe('redis\t xyabc');
    const byArrays = offsets(t);
    expect(byArrays.from).toEqual([10, 11, 12, 13, 14, 15, 17, 30, 20, 21, 22, 23]);
    expect(byArrays.to).toEqual([11, 12, 13, 14, 15, 17, 17, 31, 21, 22, 23, 24]);
    for (let i = 0; i < t.text.length; i++) expect([fromAt(t, i), toAt(t, i)]).toEqual([byArrays.from[i], byArrays.to[i]]);
    expect(sourceRange(t, 6, 9)).toEqual([17, 31]); // the hull of characters mapped out of order
    expect(sourceRange(t, 12, 12)).toEqual([24, 24]);
    expect(firstFromOffset(t, 20)).toBe(8);
    expect(firstFromOffset(t, 99)).toBe(-1);
    expect(offsets(shifted(t, 100)).from).toEqual(byArrays.from.map((n) => n! + 100));
    expect(offsets(slice(t, 3, 9))).toEqual({ ...offsets(t), text: t.text.slice(3, 9), from: byArrays.from.slice(3, 9), to: byArrays.to.slice(3, 9), holes: byArrays.holes.slice(3, 9) });
  });

  it('keeps a text built earlier unchanged when its builder goes on', () => {
    const builder = new MappedTextBuilder([0, 9]).push('a', 5, 6);
    const first = builder.build();
    builder.push('b', 6, 7).push('c', 8, 9);
    const second = builder.build();
    expect(offsets(first)).toEqual({ text: 'a', from: [5], to: [6], holes: [undefined] });
    expect(offsets(second)).toEqual({ text: 'abc', from: [5, 6, 8], to: [6, 7, 9], holes: [undefined, undefined, undefined] });
  });
});
