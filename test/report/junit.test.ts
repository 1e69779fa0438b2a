import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../src/engine/result.js';
import { formatResult } from '../../src/report/index.js';
import { attr, text } from '../../src/report/junit.js';
import { sampleFindings, sampleResult } from './sample.js';

const junit = (findings: ReportedFinding[] = sampleFindings(), fileCount = 3) =>
  formatResult(sampleResult({ findings, fileCount }), 'junit', { color: true });

const TAGS = ['testsuites', 'testsuite', 'testcase', 'failure', 'skipped'];

/** Markup is only our own tags; text holds no bare `<` or `&`; every element opened is closed, in order. */
function expectWellFormed(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('\n') + 1);
  expect(body).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
  expect(body).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  const stack: string[] = [];
  for (const [, close, name, attrs, selfClose] of body.matchAll(/<(\/?)([^\s>/]*)([^>]*?)(\/?)>/g)) {
    expect(TAGS).toContain(name);
    expect(attrs).toMatch(/^(\s+[a-z]+="[^"<]*")*$/);
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
}

describe('junit', () => {
  it('is one suite a file with findings and one test case a finding, counted', async () => {
    const out = await junit();
    expectWellFormed(out);
    expect(out).toContain('<testsuites name="sentinel-lint" tests="4" failures="3" errors="0" skipped="1">');
    expect([...out.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)" errors="0" skipped="(\d+)">/g)].map((m) => m.slice(1))).toEqual([
      ['redis.conf', '2', '2', '0'],
      ['sentinel/sentinel.conf', '2', '1', '1'],
    ]);
    expect(out.match(/<testcase /g)).toHaveLength(4);
  });

  it('fails errors and warnings with type = level; a note is skipped, never failed', async () => {
    const out = await junit();
    expect([...out.matchAll(/<(failure|skipped)(?: type="(\w+)")? message="([^"]*)"/g)].map((m) => m.slice(1))).toEqual([
      ['failure', 'warning', 'requirepass «redacted» is committed; the broker URL carries it too.'],
      ['failure', 'error', 'maxmemory: argument must be a memory value.'],
      ['failure', 'error', expect.stringMatching(/^Sentinel can never agree/)],
      ['skipped', undefined, 'Unbalanced quotes in configuration line.'],
    ]);
  });

  it('names each test case by rule and place, and carries related locations in the failure text', async () => {
    const out = await junit();
    expect(out).toContain(
      '<testcase name="quorum-exceeds-sentinels at sentinel/sentinel.conf:2:41" classname="sentinel/sentinel.conf" file="sentinel/sentinel.conf" line="2">',
    );
    expect(out).toContain('related redis.conf:1:6: the master it monitors\nrelated sentinel/sentinel.conf:3:10: the password it uses</failure>');
  });

  it('passes one test when there is nothing to report', async () => {
    const out = await junit([], 5);
    expectWellFormed(out);
    expect(out).toContain('<testsuites name="sentinel-lint" tests="1" failures="0" errors="0" skipped="0">');
    expect(out).toContain('<testcase name="no problems in 5 files" classname="sentinel-lint"/>');
    expect(out).not.toMatch(/<failure|<skipped/);
  });

  it('escapes markup and drops what XML 1.0 forbids, in text and attributes', async () => {
    expect(text('a < b && c > "d"\r\ne')).toBe('a &lt; b &amp;&amp; c &gt; "d"\ne');
    expect(attr('say "hi" <x>\nnext & on')).toBe('say &quot;hi&quot; &lt;x&gt; next &amp; on');
    expect(attr('nul\u0000 esc\u001b lone\ud800 nonchar\uffff emoji\u{1f600}')).toBe('nul\u2400 esc\u241b lone nonchar emoji\u{1f600}');
    const [first] = sampleFindings();
    const nasty = {
      ...first!,
      ruleId: 'r"<&>',
      message: '</failure></testcase><testcase name="forged"> ]]> \u0000\ud800 "quoted" & done',
      related: [{ at: first!.at, message: '<!-- x -->' }],
      at: { ...first!.at, file: 'a"b<c>&d.conf' },
    };
    const out = await junit([nasty]);
    expectWellFormed(out);
    expect(out.match(/<testcase /g)).toHaveLength(1);
    expect(out).toContain('&lt;/failure&gt;&lt;/testcase&gt;&lt;testcase name="forged"&gt;');
  });

  it('matches the golden file', async () => {
    await expect(await junit()).toMatchFileSnapshot('golden/report.junit.xml');
  });
});
