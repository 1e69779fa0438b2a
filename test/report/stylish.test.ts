import { describe, expect, it } from 'vitest';
import { formatResult } from '../../src/report/index.js';
import { CANARY, sampleResult } from './sample.js';

const ANSI = /\u001b\[[0-9;]*m/g;

describe('stylish', () => {
  it('groups findings by file, one aligned row each, then the summary', async () => {
    const out = await formatResult(sampleResult(), 'stylish', { color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('');
    const headers = lines.filter((line) => /^\S/.test(line));
    expect(headers).toEqual(['redis.conf', 'sentinel/sentinel.conf', '✖ 4 problems (2 errors, 1 warning, 1 note)']);
    const rows = lines.filter((line) => /^ {2}\d/.test(line));
    expect(rows.map((row) => row.trim().split(/\s{2,}/))).toEqual([
      ['2:13', 'warning', 'requirepass «redacted» is committed; the broker URL carries it too.', 'secret-in-repo'],
      ['3:11', 'error', 'maxmemory: argument must be a memory value.', 'conf-parse-error'],
      [
        '2:41',
        'error',
        'Sentinel can never agree that mymaster is down: quorum 3 needs 3 Sentinels, only 1 monitors it. Set the quorum to 1 or add Sentinels.',
        'quorum-exceeds-sentinels',
      ],
      ['3:1', 'note', 'Unbalanced quotes in configuration line.', 'conf-parse-error'],
    ]);
    // Rule ids line up within a file.
    expect(rows[0]!.indexOf('secret-in-repo')).toBe(rows[1]!.indexOf('conf-parse-error'));
    expect(out.endsWith('✖ 4 problems (2 errors, 1 warning, 1 note)\n')).toBe(true);
  });

  it('puts a code frame under each finding, carets under the reported columns', async () => {
    const out = await formatResult(sampleResult(), 'stylish', { color: false });
    const at = out.indexOf('      2 | requirepass *********************');
    expect(at).toBeGreaterThan(0);
    const frame = out.slice(out.indexOf('    > 3 | maxmemory 1tb'));
    const [line, carets] = frame.split('\n');
    expect(carets!.indexOf('^^^')).toBe(line!.indexOf('1tb'));
    expect(carets!.trim()).toBe('|           ^^^');
  });

  it('lists related locations under the frame', async () => {
    const out = await formatResult(sampleResult(), 'stylish', { color: false });
    expect(out).toContain('    ↳ redis.conf:1:6 the master it monitors\n    ↳ sentinel/sentinel.conf:3:10 the password it uses\n');
  });

  it('cuts a long list of related locations', async () => {
    const [finding] = sampleResult().findings;
    const related = Array.from({ length: 25 }, (_, i) => ({ at: { ...finding!.at, line: 1 }, message: `other ${i}` }));
    const out = await formatResult(sampleResult({ findings: [{ ...finding!, related }] }), 'stylish', { color: false });
    expect(out.match(/↳ redis\.conf/g)).toHaveLength(10);
    expect(out).toContain('↳ … and 15 more');
  });

  it('prints nothing when there is nothing to report', async () => {
    expect(await formatResult(sampleResult({ findings: [] }), 'stylish', { color: true })).toBe('');
  });

  it('prints singular counts in the summary', async () => {
    const [first] = sampleResult().findings;
    const out = await formatResult(sampleResult({ findings: [first!] }), 'stylish', { color: false });
    expect(out).toContain('✖ 1 problem (0 errors, 1 warning, 0 notes)');
  });

  it('has no escape sequences without colour, even from a hostile message or file', async () => {
    const [first] = sampleResult().findings;
    const hostile = { ...first!, message: 'bad \u001b[2J\u001b]0;pwned\u0007 value\nsecond line' };
    const texts = new Map([['redis.conf', 'port 6379\nrequirepass \u001b[31mx\n']]);
    const out = await formatResult(sampleResult({ findings: [hostile], texts }), 'stylish', { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('bad ␛[2J␛]0;pwned␇ value second line');
  });

  it('colours with chalk when asked, and says the same thing once the colour is stripped', async () => {
    const plain = await formatResult(sampleResult(), 'stylish', { color: false });
    const coloured = await formatResult(sampleResult(), 'stylish', { color: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[4mredis.conf\u001b[24m');
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('never shows the canary, colour on or off', async () => {
    for (const color of [false, true]) {
      expect(await formatResult(sampleResult(), 'stylish', { color })).not.toContain(CANARY.slice(0, 12));
    }
  });

  it('matches the golden file', async () => {
    await expect(await formatResult(sampleResult(), 'stylish', { color: false })).toMatchFileSnapshot('golden/stylish.txt');
  });
});
