import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../../src/model/source-file.js';
import { parseConf } from '../../../src/sources/conf/parse-conf.js';

const target = { product: 'redis' as const, version: '7.0' };
const parse = (text: string, kind: 'redis-conf' | 'sentinel-conf' = 'redis-conf', files: string[] = []) =>
  parseConf(sourceFile(kind === 'redis-conf' ? 'redis.conf' : 'sentinel.conf', text, kind), target, new Set(files));

describe('parseConf', () => {
  it('puts the quorum span on the quorum token', () => {
    const { facts } = parse('sentinel monitor mymaster 10.0.0.5 6379 4\n', 'sentinel-conf');
    expect(facts.monitors[0]!.quorum.span).toEqual({ file: 'sentinel.conf', line: 1, column: 41, endLine: 1, endColumn: 42 });
  });

  it('reports every refused line, not only the first like the server', () => {
    const { problems } = parse('maxmemory 1tb\nport 70000\nappendonly true\n');
    expect(problems.map((p) => [p.rule, p.at.line, p.at.column])).toEqual([
      ['conf-parse-error', 1, 11],
      ['conf-parse-error', 2, 6],
      ['conf-parse-error', 3, 12],
    ]);
    expect(problems[0]!.message).toContain('"argument must be a memory value"');
  });

  it('reads sentinel options in the three phases, so order does not matter (6.2+)', () => {
    const { problems } = parse('sentinel auth-pass m pw-long-enough\nsentinel monitor m redis 6379 2\nsentinel resolve-hostnames yes\n', 'sentinel-conf');
    expect(problems).toEqual([]);
  });

  it('keeps passwords as secrets whose spans cover only the password', () => {
    const { facts } = parse('requirepass "p w"\nuser alice on >s3cret ~* +@all\n');
    expect(facts.secrets.map((s) => [s.span.line, s.span.column, s.span.endColumn])).toEqual([
      [1, 13, 18],
      [2, 16, 22],
    ]);
    const rule = facts.directives[1]!.args[2]!;
    expect(rule.text).toBe('>«redacted»');
    expect(JSON.stringify(facts)).not.toContain('s3cret');
  });

  it('masks the tail of an unbalanced line that starts with a secret word', () => {
    const { facts, problems } = parse('requirepass "never closed\n');
    expect(problems[0]!.rule).toBe('conf-parse-error');
    expect(facts.secretLineTails).toEqual([{ file: 'redis.conf', line: 1, column: 12, endLine: 1, endColumn: 26 }]);
  });

  it('leaves template lines unknown instead of refusing them', () => {
    const { problems, facts } = parse('port ${REDIS_PORT}\nmaxmemory %MAXMEM%\n', 'redis-conf');
    expect(problems).toEqual([]);
    expect(facts.directives.every((d) => !d.valid)).toBe(true);
  });

  it('reports a BOM as conf-bom on the first token', () => {
    const { problems } = parse('\uFEFFport 6379\n');
    expect(problems.map((p) => p.rule)).toEqual(['conf-bom']);
  });

  it('resolves a relative include against the file and reports a missing one', () => {
    expect(parse('include common.conf\n', 'redis-conf', ['common.conf']).facts.includes[0]!.resolved).toBe('common.conf');
    expect(parse('include common.conf\n').problems.map((p) => p.rule)).toEqual(['conf-include-missing']);
    expect(parse('dir /data\ninclude common.conf\n').problems).toEqual([]);
    expect(parse('include ../outside.conf\n').problems.map((p) => p.rule)).toEqual(['path-outside-root']);
  });
});

describe('include paths in a conf-only scope', () => {
  it('does not call an include missing when the repository has that path elsewhere (the server may start there)', () => {
    const { problems } = parseConf(
      sourceFile('nodes/a/redis.conf', 'include redis.windows.conf\n', 'redis-conf', 'nodes/a/redis.conf'),
      { product: 'redis', version: '7.0' },
      new Set(['nodes/a/redis.conf', 'bin/redis.windows.conf']),
    );
    expect(problems).toEqual([]);
  });
});
