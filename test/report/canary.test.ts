import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatResult } from '../../src/report/index.js';
import { CANARY, CANARY_CORE, sampleResult } from './sample.js';

// As the secrets-canary check does: strip ANSI (CSI and OSC), then look for the random core in any case.
const strip = (text: string) => text.replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/g, '').replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '');

it('covers every format, the three CI formats included', () => {
  expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['github', 'markdown', 'junit']));
});

describe.each([...FORMAT_NAMES])('%s', (format) => {
  it.each([
    { color: false, cwd: undefined },
    { color: true, cwd: undefined },
    { color: true, cwd: '/home/user/repo' },
  ])('holds no trace of the canary (colour $color, cwd $cwd)', async ({ color, cwd }) => {
    const result = sampleResult();
    expect(result.findings[0]!.message).toContain(CANARY); // planted: a rule that leaks
    const out = await formatResult(result, format, { color, ...(cwd && { cwd }) });
    expect(out.trim()).not.toBe('');
    expect(strip(out)).not.toMatch(new RegExp(CANARY_CORE, 'i'));
    expect(out).not.toMatch(new RegExp(CANARY_CORE, 'i'));
  });

  it('holds no trace of the canary in its escaped forms either (%-escapes, XML and HTML entities)', async () => {
    const out = await formatResult(sampleResult(), format, { color: true, cwd: '/home/user/repo' });
    const unescaped = out
      .replace(/%([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/\\(.)/g, '$1');
    expect(strip(unescaped)).not.toMatch(new RegExp(CANARY_CORE, 'i'));
  });
});

describe('redacted findings', () => {
  it('still point at the secret line', async () => {
    const { findings } = JSON.parse(await formatResult(sampleResult(), 'json', { color: false }));
    expect(findings[0]).toMatchObject({ ruleId: 'secret-in-repo', file: 'redis.conf', line: 2, column: 13 });
  });
});
