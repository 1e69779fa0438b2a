import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sourceFile } from '../../../src/model/source-file.js';
import { readEnvFile } from '../../../src/sources/client/env-file.js';
import { holeIn } from '../../../src/sources/compose/mapped-text.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

/** A bound against hangs (quadratic scans, runaway backtracking), not a speed target: those live in `npm run bench`. */
const HANG_BOUND_MS = 10_000;

const read = (text: string) => readEnvFile(sourceFile('.env', text, 'compose'));
const entry = (text: string, name: string) => read(text).facts.entries.find((e) => e.name === name)!;

describe('compose and python-dotenv readings', () => {
  test('E41: the seed .env value is kept whole by compose and dotenv; sh cuts it at ;', () => {
    const text = '# brokers\nCELERY_BROKER_URL=sentinel://sentinel1:26379;sentinel2:26379;sentinel3:26379/0\n';
    const e = entry(text, 'CELERY_BROKER_URL');
    expect(e.value.text).toBe('sentinel://sentinel1:26379;sentinel2:26379;sentinel3:26379/0');
    expect(e.dotenvValue).toBeUndefined();
    expect(e.nameRange).toEqual([10, 27]);
    expect(e.raw).toEqual([28, 88]);
    expect(e.value.from[0]).toBe(28);
    expect(e.shellHazard).toMatchObject({ kind: 'command-separator', range: [54, 55], shellValue: [28, 54] });
    expect(e.shellHazard!.span).toMatchObject({ line: 2, column: 45 });
  });

  test('spaces, &, |, $( and backticks in unquoted values', () => {
    const text = 'A=one two\nB=x&y\nC=x|y\nD=$(id)\nE=`id`\nF=ok # comment\nG="quoted;fine"\nH="$(id)"\nI=\'$(id)\'\n';
    const kinds = Object.fromEntries(read(text).facts.entries.map((e) => [e.name, e.shellHazard?.kind]));
    expect(kinds).toEqual({ A: 'word-split', B: 'command-separator', C: 'command-separator', D: 'command-substitution', E: 'command-substitution', F: undefined, G: undefined, H: 'command-substitution', I: undefined });
    expect(entry(text, 'F').value.text).toBe('ok');
    expect(entry(text, 'A').value.text).toBe('one two');
  });

  test('export, comments, CRLF, no trailing newline, BOM', () => {
    const text = '\uFEFFexport A=1\r\n  # x\r\nB = 2 \r\nC=3#not-a-comment\nD=4';
    const { facts } = read(text);
    expect(facts.entries.map((e) => [e.name, e.value.text, e.exported])).toEqual([
      ['A', '1', true], ['B', '2', false], ['C', '3#not-a-comment', false], ['D', '4', false],
    ]);
    expect(facts.entries[3]!.raw).toEqual([text.length - 1, text.length]);
  });

  test('quotes and escapes: where compose and python-dotenv differ', () => {
    const text = [
      'A="line1\\nline2"',
      "B='single \\' quote'",
      'C="multi',
      'line"',
      'D="back\\\\slash"',
      "E='back\\\\slash'",
      'F="tab\\there # not a comment"',
      'G=val\t# dotenv cuts at tab-#, compose at space-#',
      'H="dollar \\$HOME"',
      '',
    ].join('\n');
    expect(entry(text, 'A').value.text).toBe('line1\nline2');
    expect(entry(text, 'A').dotenvValue).toBeUndefined();
    expect(entry(text, 'B').value.text).toBe("single ' quote");
    expect(entry(text, 'C').value.text).toBe('multi\nline');
    expect(entry(text, 'D').value.text).toBe('back\\slash');
    expect(entry(text, 'E').value.text).toBe('back\\\\slash');
    expect(entry(text, 'E').dotenvValue!.text).toBe('back\\slash');
    expect(entry(text, 'F').value.text).toBe('tab\there # not a comment');
    expect(entry(text, 'G').value.text).toBe('val\t# dotenv cuts at tab-#, compose at space-#');
    expect(entry(text, 'G').dotenvValue!.text).toBe('val');
    expect(entry(text, 'H').value.text).toBe('dollar $HOME');
    expect(entry(text, 'H').dotenvValue!.text).toBe('dollar \\$HOME');
    // An escape maps to both of its characters.
    const a = entry(text, 'A').value;
    expect([a.from[5], a.to[5]]).toEqual([8, 10]);
  });

  test('interpolation: earlier lines resolve, others are holes', () => {
    const text = 'PW=s3cret\nURL=redis://:${PW}@h:6379/0\nOTHER=${UNSET}/x\nDEF=${UNSET:-d}\nSINGLE=\'${PW}\'\n';
    expect(entry(text, 'URL').value.text).toBe('redis://:s3cret@h:6379/0');
    const other = entry(text, 'OTHER').value;
    expect(holeIn(other)).toBeDefined();
    expect(entry(text, 'DEF').value.text).toBe('d');
    expect(entry(text, 'SINGLE').value.text).toBe('${PW}');
    expect(entry(text, 'SINGLE').dotenvValue!.text).toBe('s3cret'); // python-dotenv interpolates single quotes too
  });

  test('secrets: by name and URL passwords; never in JSON', () => {
    const text = 'REDIS_PASSWORD=hunter2\nCELERY_BROKER_URL=sentinel://:pw%21@s1:26379;sentinel://:pw%21@s2:26379\nAPI_TOKEN=${X}\n';
    const { facts } = read(text);
    expect(facts.secrets).toHaveLength(3);
    expect(facts.secrets[0]!.sameAs('hunter2')).toBe(true);
    expect(facts.secrets[1]!.sameAs('pw!')).toBe(true);
    expect(facts.secrets[1]!.span).toMatchObject({ line: 2, column: 31, endColumn: 36 });
    expect(entry(text, 'API_TOKEN').secret).toBeUndefined();
    expect(JSON.stringify(facts.entries.map((e) => e.secret))).not.toContain('hunter2');
  });

  test('lines that are not assignments are reported and skipped', () => {
    const text = 'A=1\nnot an assignment\nsentinel2:26379\nB:c\nBAD$NAME=1\nQ="unterminated\nC=2\n';
    const { facts } = read(text);
    expect(facts.issues.map((i) => [i.kind, i.range, i.composeFails])).toEqual([
      ['not-an-assignment', [4, 21], true],
      ['bad-name', [42, 52], true],
      ['unterminated-quote', [55, 68], true],
    ]);
    expect(facts.entries.map((e) => e.name)).toEqual(['A', 'sentinel2', 'B', 'C']);
    // compose reads `KEY: value`; sh runs `sentinel2:26379` as a command.
    expect(entry(text, 'sentinel2').shellHazard!.kind).toBe('not-an-assignment');
    expect(entry(text, 'B').dotenvValue).toBeNull();
  });

  test('NUL bytes: one parse-error with its location', () => {
    const { facts, problems } = read('A=1\nB=\u0000\u0001\n');
    expect(problems).toEqual([{ rule: 'parse-error', at: { file: '.env', line: 2, column: 3, endLine: 2, endColumn: 4 }, message: expect.stringContaining('NUL') }]);
    expect(facts.entries).toEqual([]);
  });
});

describe('robustness', () => {
  test('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'AB_=:#"\'\\ \t\n\r$`(){};&|xexport'), maxLength: 120 }), (s) => void read(s)), { numRuns: fuzzRuns(10_000) });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => void read(s)), { numRuns: fuzzRuns(10_000) });
  }, fuzzTimeout(60_000));

  test('100 000 characters finish in seconds, not minutes', () => {
    const inputs = [
      'A=b;c d\n'.repeat(12500),
      'Q="\n'.repeat(25000),
      `A="${'\\"'.repeat(50000)}`,
      `A=${'${X}'.repeat(20000)}`,
      "A='\\'\n".repeat(16000),
      'x'.repeat(100000),
      `A=sentinel://:p@${'h:1;'.repeat(25000)}`,
    ];
    for (const input of inputs) {
      const start = performance.now();
      read(input);
      expect(performance.now() - start, input.slice(0, 10)).toBeLessThan(HANG_BOUND_MS);
    }
  });
});
