import { describe, expect, it } from 'vitest';
import { fingerprintFindings } from '../../src/engine/fingerprint.js';
import type { Span } from '../../src/model/span.js';

const span = (line: number, column = 1, endColumn = column + 4, file = 'redis.conf'): Span => ({ file, line, column, endLine: line, endColumn });
const at = (ruleId: string, s: Span) => ({ ruleId, finding: { at: s } });
const one = (text: string, ruleId: string, s: Span, options = {}) =>
  fingerprintFindings([at(ruleId, s)], new Map([[s.file, text]]), options)[0]!;

describe('fingerprintFindings', () => {
  it('is 32 hex characters', () => {
    expect(one('port 6379\n', 'conf-duplicate-directive', span(1))).toMatch(/^[0-9a-f]{32}$/);
  });

  it('survives lines inserted above the finding', () => {
    const before = one('port 6379\nmaxmemory 100m\n', 'conf-memory-unit-ambiguous', span(2, 11, 15));
    const after = one('# sized for the staging box\n\nport 6379\nmaxmemory 100m\n', 'conf-memory-unit-ambiguous', span(4, 11, 15));
    expect(after).toBe(before);
  });

  it('survives re-indentation and CRLF line ends', () => {
    const base = one('services:\n  redis:\n    image: redis:7\n', 'compose-rule', span(3, 5, 10, 'docker-compose.yml'));
    const moved = one('services:\r\n    redis:\r\n        image: redis:7\r\n', 'compose-rule', span(3, 9, 14, 'docker-compose.yml'));
    expect(moved).toBe(base);
  });

  it('tells apart identical findings on identical lines, and keeps each across a shift', () => {
    const text = 'port 6379\nbind 0.0.0.0\nport 6379\n';
    const findings = [at('conf-duplicate-directive', span(3)), at('conf-duplicate-directive', span(1))];
    const [third, first] = fingerprintFindings(findings, new Map([['redis.conf', text]]));
    expect(third).not.toBe(first);
    const shifted = fingerprintFindings(
      [at('conf-duplicate-directive', span(2)), at('conf-duplicate-directive', span(4))],
      new Map([['redis.conf', `\n${text}`]]),
    );
    expect(shifted).toEqual([first, third]);
  });

  it('tells apart two findings of one rule on one line', () => {
    const text = 'sentinel monitor mymaster 10.0.0.5 63x9 2x\n';
    const [port, quorum] = fingerprintFindings(
      [at('sentinel-lenient-number', span(1, 36, 40)), at('sentinel-lenient-number', span(1, 41, 43))],
      new Map([['redis.conf', text]]),
    );
    expect(port).not.toBe(quorum);
  });

  it('differs by rule, by file and by line text', () => {
    const base = one('port 6379\n', 'a-rule', span(1));
    expect(one('port 6379\n', 'b-rule', span(1))).not.toBe(base);
    expect(one('port 6379\n', 'a-rule', span(1, 1, 5, 'other.conf'))).not.toBe(base);
    expect(one('port 6380\n', 'a-rule', span(1))).not.toBe(base);
  });

  it('hashes the path it is given, so the working directory does not matter', () => {
    const fromRoot = one('port 6379\n', 'a-rule', span(1, 1, 5, 'deploy/redis.conf'));
    const fromDeploy = one('port 6379\n', 'a-rule', span(1, 1, 5, 'redis.conf'), { pathOf: (file: string) => `deploy/${file}` });
    expect(fromDeploy).toBe(fromRoot);
  });

  it('masks secrets: the fingerprint does not depend on the password', () => {
    const secretAt = (length: number) => span(1, 13, 13 + length);
    const weak = one('requirepass changeme\n', 'placeholder-password', secretAt(8), { masks: [secretAt(8)] });
    const other = one('requirepass hunter2-hunter2\n', 'placeholder-password', secretAt(15), { masks: [secretAt(15)] });
    expect(other).toBe(weak);
    expect(one('requirepass changeme\n', 'placeholder-password', secretAt(8))).not.toBe(weak);
  });

  it('masks overlapping secret spans (a secret inside a masked line tail) the same way whatever their length', () => {
    const fingerprint = (secret: string) => {
      const text = `requirepass "${secret}\n`;
      const tail = span(1, 1, text.length);
      return one(text, 'conf-parse-error', span(1, 1, 12), { masks: [span(1, 14, 14 + secret.length), tail] });
    };
    expect(fingerprint('short')).toBe(fingerprint('a-much-longer-secret'));
  });

  it('works without the file text (a finding in a file that was not read)', () => {
    expect(fingerprintFindings([at('a-rule', span(3))], new Map())[0]).toMatch(/^[0-9a-f]{32}$/);
  });
});
