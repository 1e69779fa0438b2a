import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../src/sources/compose/interpolate.js';
import { holeIn, verbatim } from '../../../src/sources/compose/mapped-text.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

const env = new Map([
  ['SET', 'value'],
  ['EMPTY', ''],
  ['PORT', '6380'],
]);
const run = (text: string, vars: ReadonlyMap<string, string> = env) => interpolate(verbatim(text, 100), vars);
const out = (text: string, vars?: ReadonlyMap<string, string>) => run(text, vars).text.text;

describe('interpolate (compose-go template semantics)', () => {
  it('substitutes $VAR and ${VAR}, and $$ is a literal dollar', () => {
    expect(out('a $SET ${PORT} $$SET $$$$')).toBe('a value 6380 $SET $$');
  });

  it('applies defaults: ":-" for unset or empty, "-" for unset only', () => {
    expect(out('${NOPE:-d} ${EMPTY:-d} ${SET:-d}')).toBe('d d value');
    expect(out('${NOPE-d} ${EMPTY-d}')).toBe('d ');
  });

  it('nests defaults and interpolates them', () => {
    expect(out('${NOPE:-${ALSO_NOPE:-${PORT}}}')).toBe('6380');
    expect(out('${NOPE:-x}:${PORT}')).toBe('x:6380');
  });

  it('applies ":+" and "+" alternatives when the variable is set', () => {
    expect(out('${SET:+--requirepass ${SET}}')).toBe('--requirepass value');
    expect(out('${EMPTY:+alt}|${EMPTY+alt}')).toBe('|alt');
  });

  it('leaves a variable with no value and no default unknown, keeping its text', () => {
    const result = run('--requirepass ${REDIS_PASSWORD} $OTHER');
    expect(result.text.text).toBe('--requirepass ${REDIS_PASSWORD} $OTHER');
    expect(holeIn(result.text, 14, 31)?.why).toBe('REDIS_PASSWORD is not set in .env and has no default');
    expect(holeIn(result.text, 0, 14)).toBeUndefined();
  });

  it('leaves ":+", ":?" and "?" forms of an unset variable unknown', () => {
    for (const form of ['${X:+a b}', '${X:?must be set}', '${X?err}']) {
      const result = run(form);
      expect(result.text.text).toBe(form);
      expect(holeIn(result.text)).toBeDefined();
    }
  });

  it('refuses "${" that is not a template, as compose does', () => {
    expect(run('a ${1}').error?.message).toBe('Invalid template');
    expect(run('${A B}').error?.at).toEqual([100, 102]);
    expect(run('${X:-no close\n}').error).toBeDefined();
  });

  it('maps a substituted value to the whole expression, a default to its own characters', () => {
    const text = 'x ${PORT} ${NOPE:-abc}';
    const result = run(text);
    expect(result.text.text).toBe('x 6380 abc');
    expect([result.text.from[2], result.text.to[2]]).toEqual([102, 109]);
    expect(result.text.from[7]! - 100).toBe(text.indexOf('abc'));
  });

  it('never throws, and maps every character inside the input', () => {
    const alphabet = fc.constantFrom('$', '$', '{', '}', ':', '-', '+', '?', 'A', 'SET', 'EMPTY', '_', '1', ' ', '\n', 'x', '$$');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        const result = run(text);
        for (let i = 0; i < result.text.text.length; i++) {
          expect(result.text.from[i]).toBeGreaterThanOrEqual(100);
          expect(result.text.to[i]).toBeLessThanOrEqual(100 + text.length);
        }
      }),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));
});
