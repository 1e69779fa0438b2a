import { describe, expect, it } from 'vitest';
import { formatResult } from '../../src/report/index.js';
import { sampleResult } from './sample.js';

describe('json', () => {
  it('has exactly the documented shape', async () => {
    const report = JSON.parse(await formatResult(sampleResult(), 'json', { color: true }));
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'summary']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'sentinel-lint', version: '9.9.9' });
    expect(report.summary).toEqual({ errors: 2, warnings: 1, notes: 1, files: 3 });
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual([
        'ruleId', 'level', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'related', 'fingerprint',
      ]);
      for (const related of finding.related) expect(Object.keys(related)).toEqual(['file', 'line', 'column', 'message']);
    }
  });

  it('sorts findings by file, line, column and rule, and passes spans through', async () => {
    const { findings } = JSON.parse(await formatResult(sampleResult(), 'json', { color: false }));
    expect(findings.map((f: any) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'redis.conf:2:13 secret-in-repo',
      'redis.conf:3:11 conf-parse-error',
      'sentinel/sentinel.conf:2:41 quorum-exceeds-sentinels',
      'sentinel/sentinel.conf:3:1 conf-parse-error',
    ]);
    expect(findings[1]).toMatchObject({ line: 3, column: 11, endLine: 3, endColumn: 14, fingerprint: '5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b' });
    expect(findings[2].related).toEqual([
      { file: 'redis.conf', line: 1, column: 6, message: 'the master it monitors' },
      { file: 'sentinel/sentinel.conf', line: 3, column: 10, message: 'the password it uses' },
    ]);
  });

  it('is indented by two spaces and ends with a newline', async () => {
    const out = await formatResult(sampleResult({ findings: [] }), 'json', { color: false });
    expect(out).toBe(
      '{\n  "version": 1,\n  "tool": {\n    "name": "sentinel-lint",\n    "version": "9.9.9"\n  },\n  "findings": [],\n' +
        '  "summary": {\n    "errors": 0,\n    "warnings": 0,\n    "notes": 0,\n    "files": 3\n  }\n}\n',
    );
  });

  it('matches the golden file', async () => {
    await expect(await formatResult(sampleResult(), 'json', { color: false })).toMatchFileSnapshot('golden/report.json');
  });
});
