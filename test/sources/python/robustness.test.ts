import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { at, parse, str, valueOf } from './helpers.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

/** A bound against hangs (quadratic scans, runaway backtracking), not a speed target: those live in `npm run bench`. */
const HANG_BOUND_MS = 10_000;

describe('parsePython: syntax errors, size and depth', () => {
  // Time the reading, not the JIT compiling lezer's parse tables on first use.
  beforeAll(() => {
    parse(`X = ${Array(300).fill("f'{a}' 'b'").join(' + ')}\n`);
    parse(`X = ${Array(1000).fill("'a'").join(' + ')}\n`); // and lezer's error recovery
  });

  it('reports one parse-error at the first error and keeps what was read', () => {
    const { facts, problems } = parse("BROKER_URL = 'redis://a'\ndef broken(:\n    pass\nX = (1,\nRESULT_BACKEND = 'redis://b'\n");
    expect(problems).toEqual([
      { rule: 'parse-error', at: at(2, 12, 2, 13), message: 'Python syntax error: this file cannot be fully read; settings after this point may be missed.' },
    ]);
    expect(str(valueOf(facts, 'BROKER_URL')).text.text).toBe('redis://a');
  });

  it('reads no facts from a file over 2 MB', () => {
    const { facts, problems } = parse(`A = 'x'\n${'#'.repeat(2 * 1024 * 1024)}\n`);
    expect(problems).toMatchObject([{ rule: 'parse-error', at: at(1, 1, 1, 2) }]);
    expect(facts.assignments).toEqual([]);
  });

  it.each([
    ['parentheses', `X = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`],
    ['lists', `X = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['a + chain', `X = ${Array(10_000).fill("'a'").join(' + ')}\n`],
    ['unary minus', `X = ${'-'.repeat(10_000)}1\n`],
    ['attributes', `X = a${'.b'.repeat(10_000)}\n`],
    ['calls', `X = ${'f('.repeat(10_000)}${')'.repeat(10_000)}\n`],
    ['f-strings', `X = ${"f'{".repeat(200)}x${"}'".repeat(200)}\n`],
  ])('reads 10 000 nested %s in seconds without throwing', (_, text) => {
    const started = performance.now();
    const { facts, problems } = parse(text);
    expect(performance.now() - started).toBeLessThan(HANG_BOUND_MS);
    expect(facts.assignments.length).toBeLessThanOrEqual(1);
    expect(problems.every((p) => p.rule === 'parse-error' && !p.message.includes('internal error'))).toBe(true);
  });

  it('refuses brackets nested over 500 deep before lezer recurses into them', () => {
    const { facts, problems } = parse(`A = 'x'\nX = ${'['.repeat(600)}${']'.repeat(600)}\n`);
    expect(problems).toMatchObject([{ rule: 'parse-error', message: 'Python file with brackets nested more than 500 deep: it is not read as a settings module.' }]);
    expect(facts.assignments).toEqual([]);
    expect(parse(`X = '${'('.repeat(600)}'\n# ${'['.repeat(600)}\n`).problems).toEqual([]);
  });

  it('concatenates a 400-term + chain (about what lezer nests without error) into one string', () => {
    const { facts, problems } = parse(`X = ${Array(400).fill("'ab'").join(' + ')}\n`);
    expect(problems).toEqual([]);
    expect(str(valueOf(facts, 'X')).text.text).toHaveLength(800);
  });

  it('does not build strings that double without end', () => {
    const text = `X = 'abcdefgh'\n${'X = X + X\n'.repeat(40)}`;
    const f = parse(text).facts;
    expect(f.assignments.find((a) => a.value.kind === 'unknown')!.value).toMatchObject({ why: 'the string is too long to read' });
    expect(valueOf(f, 'X')).toMatchObject({ kind: 'unknown' });
  });

  it('never throws on arbitrary text', () => {
    const pythonish = fc
      .array(
        fc.constantFrom('a', 'B', '_', '=', ' ', '\n', '    ', "'", '"', 'f', 'r', '{', '}', '(', ')', '[', ']', ':', ',', '+', '%', '.', '\\', '#', '1', 'os.getenv(', 'Celery(', '.conf.update(', 'redis://:p@h', 'Sentinel(', '**', 'def ', 'class ', 'import ', 'from ', 'if x:'),
        { maxLength: 200 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), pythonish), (text) => {
        const { problems } = parse(text);
        expect(problems.every((p) => p.rule === 'parse-error')).toBe(true);
        expect(problems.some((p) => p.message.includes('internal error'))).toBe(false);
      }),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));
});
