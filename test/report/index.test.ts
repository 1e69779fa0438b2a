import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../src/engine/result.js';
import { explainRule, FORMAT_NAMES, formatResult, isFormatName, listRules, type FormatName } from '../../src/report/index.js';
import { confParseError, RULES, sampleFindings, sampleResult, secretInRepo } from './sample.js';

describe('FORMAT_NAMES', () => {
  it('names the formats that exist', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'compact', 'json', 'sarif', 'github', 'markdown', 'junit']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
    expect(isFormatName('toString')).toBe(false);
  });
});

describe('formatResult', () => {
  it('refuses a format it does not know', async () => {
    await expect(formatResult(sampleResult(), 'xml' as FormatName, { color: false })).rejects.toThrow(/Unknown format "xml"/);
    await expect(formatResult(sampleResult(), 'toString' as FormatName, { color: false })).rejects.toThrow(/Unknown format/);
  });

  it('orders findings by file, line, column, then rule, whatever order they came in', async () => {
    const [a] = sampleFindings();
    const at = (file: string, line: number, column: number) => ({ file, line, column, endLine: line, endColumn: column + 1 });
    const findings: ReportedFinding[] = [
      { ...a!, ruleId: 'z-rule', at: at('b.conf', 1, 1) },
      { ...a!, ruleId: 'b-rule', at: at('a.conf', 2, 5) },
      { ...a!, ruleId: 'a-rule', at: at('a.conf', 2, 5) },
      { ...a!, ruleId: 'a-rule', at: at('a.conf', 10, 1) },
      { ...a!, ruleId: 'a-rule', at: at('a.conf', 2, 1) },
    ];
    const out = await formatResult(sampleResult({ findings, texts: new Map() }), 'compact', { color: false });
    expect(out.split('\n').map((line) => line.replace(/: .*\[/, ' ['))).toEqual([
      'a.conf:2:1 [a-rule]',
      'a.conf:2:5 [a-rule]',
      'a.conf:2:5 [b-rule]',
      'a.conf:10:1 [a-rule]',
      'b.conf:1:1 [z-rule]',
      '',
    ]);
  });

  it('does not change the result it was given', async () => {
    const result = sampleResult();
    const before = result.findings.map((f) => f.ruleId);
    await formatResult(result, 'json', { color: false });
    expect(result.findings.map((f) => f.ruleId)).toEqual(before);
    expect(result.secrets).toHaveLength(2);
  });
});

describe('explainRule', () => {
  it('prints the summary, what breaks, the fix, the examples, level and category', async () => {
    const text = await explainRule(secretInRepo);
    const { docs } = secretInRepo;
    for (const part of [docs.summary, docs.breaks, docs.fix, docs.example.bad, docs.example.good, 'warning', 'security', '7.5']) {
      expect(text).toContain(part);
    }
    expect(text.split('\n').slice(0, 2)).toEqual([
      'secret-in-repo',
      'default level: warning · category: security · security severity: 7.5',
    ]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says when redis-server refuses to start', async () => {
    expect(await explainRule(confParseError)).toContain('start-up: redis-server or redis-sentinel refuses to start');
  });

  it('wraps long prose at 100 columns', async () => {
    const long = { ...confParseError, docs: { ...confParseError.docs, breaks: 'word '.repeat(100) } };
    for (const line of (await explainRule(long)).split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe('listRules', () => {
  it('prints each rule with its default level and category, sorted by id', () => {
    expect(listRules([...RULES].reverse()).split('\n')).toEqual([
      'conf-parse-error          error    syntax    redis-server refuses to start with this configuration line.',
      'quorum-exceeds-sentinels  error    topology  A Sentinel quorum is larger than the number of Sentinels that monitor the master.',
      'secret-in-repo            warning  security  A real password is committed to the repository.',
      '',
    ]);
  });
});
