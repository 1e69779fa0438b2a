import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteArg, splitArgs } from '../../../src/sources/conf/split-args.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

const values = (line: string) => {
  const split = splitArgs(line);
  return split.ok ? split.tokens.map((t) => t.value) : null;
};

describe('splitArgs (sds.c sdssplitargs)', () => {
  it.each([
    ['maxmemory 100mb', ['maxmemory', '100mb']],
    ['requirepass "a b\\x41\\n"', ['requirepass', 'a bA\n']],
    ["requirepass 'a\\nb'", ['requirepass', 'a\\nb']],
    ["requirepass 'it\\'s'", ['requirepass', "it's"]],
    ['requirepass ab"c d"', ['requirepass', 'abc d']],
    ['requirepass ""', ['requirepass', '']],
    ['save ""', ['save', '']],
    ['  \tport\t6379  ', ['port', '6379']],
    ['requirepass "\\q"', ['requirepass', 'q']],
    ['a\vb c', ['a\vb', 'c']],
    ['port 6379\0 ignored after NUL', ['port', '6379']],
  ])('splits %j', (line, expected) => {
    expect(values(line)).toEqual(expected);
  });

  it.each(['requirepass "abc"def', 'requirepass "abc', "requirepass 'abc", "requirepass 'a'b"])('refuses %j as unbalanced', (line) => {
    expect(values(line)).toBeNull();
  });

  it('points the failure at the opening quote', () => {
    expect(splitArgs('requirepass "abc"def', 100)).toEqual({ ok: false, at: 112 });
  });

  it('gives each token the offsets of its own text, quotes included', () => {
    const split = splitArgs('set ab"c d" \'x\'', 10);
    expect(split.ok && split.tokens.map((t) => [t.start, t.end, t.quoted])).toEqual([
      [10, 13, false],
      [14, 21, true],
      [22, 25, true],
    ]);
  });

  it('never throws, and every token lies inside the line in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '"', "'", '\\', 'x', '4', '1', '\n', '\v') }), (line) => {
        const split = splitArgs(line);
        if (!split.ok) return;
        let previous = 0;
        for (const t of split.tokens) {
          expect(t.start).toBeGreaterThanOrEqual(previous);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(line.length);
          previous = t.end;
        }
      }),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));

  it('reads back any argument list written with quoteArg', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (args) => {
        const clean = args.map((a) => a.replace(/\0/g, ''));
        expect(values(clean.map(quoteArg).join(' '))).toEqual(clean);
      }),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));
});
