import { describe, expect, it } from 'vitest';
import { formatResult } from '../../src/report/index.js';
import { sampleResult } from './sample.js';

describe('compact', () => {
  it('prints file:line:col: level message [rule-id], one a line, in report order', async () => {
    const out = await formatResult(sampleResult(), 'compact', { color: true });
    expect(out.split('\n')).toEqual([
      'redis.conf:2:13: warning requirepass «redacted» is committed; the broker URL carries it too. [secret-in-repo]',
      'redis.conf:3:11: error maxmemory: argument must be a memory value. [conf-parse-error]',
      'sentinel/sentinel.conf:2:41: error Sentinel can never agree that mymaster is down: quorum 3 needs 3 Sentinels, ' +
        'only 1 monitors it. Set the quorum to 1 or add Sentinels. [quorum-exceeds-sentinels]',
      'sentinel/sentinel.conf:3:1: note Unbalanced quotes in configuration line. [conf-parse-error]',
      '',
    ]);
  });

  it('keeps a multi-line message on its line and never colours', async () => {
    const [first] = sampleResult().findings;
    const out = await formatResult(sampleResult({ findings: [{ ...first!, message: 'one\n  two\r\nthree' }] }), 'compact', { color: true });
    expect(out).toBe('redis.conf:2:13: warning one two three [secret-in-repo]\n');
  });

  it('prints nothing when there is nothing to report', async () => {
    expect(await formatResult(sampleResult({ findings: [] }), 'compact', { color: false })).toBe('');
  });

  it('matches the golden file', async () => {
    await expect(await formatResult(sampleResult(), 'compact', { color: false })).toMatchFileSnapshot('golden/compact.txt');
  });
});
