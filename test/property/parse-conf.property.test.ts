import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../src/model/source-file.js';
import { parseConf } from '../../src/sources/conf/parse-conf.js';
import { confText } from './arbitraries.js';
import { fuzzRuns, fuzzTimeout } from './runs.js';
import { misplaced } from './spans.js';

// The conf parser as a whole (tokenizer, directive table, sentinel phases, includes, secrets):
// it never throws, and everything it locates is a real place in the file it read.
const targets = [
  { product: 'redis' as const, version: '7.0' },
  { product: 'redis' as const, version: '6.2' },
  { product: 'valkey' as const, version: '8.0' },
];

function check(text: string, kind: 'redis-conf' | 'sentinel-conf', target: (typeof targets)[number]) {
  const path = kind === 'redis-conf' ? 'redis.conf' : 'sentinel.conf';
  const { facts, problems } = parseConf(sourceFile(path, text, kind), target, new Set(['other.conf']));
  const spans = [
    ...problems.flatMap((p) => [p.at, ...(p.related ?? []).map((r) => r.at)]),
    ...facts.directives.flatMap((d) => [d.span, d.nameSpan, ...d.args.map((a) => a.span)]),
    ...facts.monitors.map((m) => m.declaredAt),
    ...facts.sentinelOptions.map((o) => o.declaredAt),
    ...facts.secrets.map((s) => s.span),
    ...facts.secretLineTails,
  ];
  expect(misplaced(spans, new Map([[path, text]]))).toEqual([]);
  expect(problems.every((p) => p.message.length > 0 && !p.message.includes('internal error'))).toBe(true);
}

describe('parseConf on arbitrary input', () => {
  it('never throws, and every span it makes lies inside the file, near the grammar', () => {
    fc.assert(
      fc.property(confText, fc.constantFrom('redis-conf' as const, 'sentinel-conf' as const), fc.constantFrom(...targets), check),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));

  it('never throws, and every span it makes lies inside the file, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '"', "'", '\\', 'x', 'a', 's') })),
        fc.constantFrom('redis-conf' as const, 'sentinel-conf' as const),
        (text, kind) => check(text, kind, targets[0]!),
      ),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));
});
