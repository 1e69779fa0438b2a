import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatResult, type FormatName } from '../../src/report/index.js';
import { CANARY, CANARY_CORE, sampleResult } from './sample.js';

// As the secrets-canary check does: strip ANSI (CSI and OSC), then look for the random core in any case.
const strip = (text: string) => text.replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/g, '').replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '');

describe.each(FORMAT_NAMES as FormatName[])('%s', (format) => {
  it.each([
    { color: false, cwd: undefined },
    { color: true, cwd: undefined },
    { color: true, cwd: '/work/repo' },
  ])('holds no trace of the canary (colour $color, cwd $cwd)', async ({ color, cwd }) => {
    const result = sampleResult();
    expect(result.findings[0]!.message).toContain(CANARY); // planted: a rule that leaks
    const out = await formatResult(result, format, { color, ...(cwd && { cwd }) });
    expect(out.trim()).not.toBe('');
    expect(strip(out)).not.toMatch(new RegExp(CANARY_CORE, 'i'));
    expect(out).not.toMatch(new RegExp(CANARY_CORE, 'i'));
  });
});

describe('redacted findings', () => {
  it('still point at the secret line', async () => {
    const { findings } = JSON.parse(await formatResult(sampleResult(), 'json', { color: false }));
    expect(findings[0]).toMatchObject({ ruleId: 'secret-in-repo', file: 'redis.conf', line: 2, column: 13 });
  });
});
