import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../src/engine/result.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatResult } from '../../src/report/index.js';
import { quorumExceedsSentinels, RULES, sampleFindings, sampleResult } from './sample.js';

const sarifOf = async (result = sampleResult(), cwd?: string) =>
  JSON.parse(await formatResult(result, 'sarif', { color: true, ...(cwd !== undefined && { cwd }) }));

const allLocations = (run: any) =>
  run.results.flatMap((r: any) => [...r.locations, ...(r.relatedLocations ?? [])].map((l: any) => l.physicalLocation));

describe('sarif', () => {
  it('is one SARIF 2.1.0 run of our tool, columns in UTF-16 code units', async () => {
    const sarif = await sarifOf();
    expect(sarif.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run.tool.driver).toMatchObject({
      name: 'sentinel-lint',
      version: '9.9.9',
      informationUri: 'https://github.com/sentinel-lint/sentinel-lint',
    });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('describes every rule that ran, with full description, help text and markdown', async () => {
    const { rules } = (await sarifOf()).runs[0].tool.driver;
    expect(rules.map((r: any) => [r.id, r.name, r.defaultConfiguration.level])).toEqual([
      ['conf-parse-error', 'ConfParseError', 'error'],
      ['quorum-exceeds-sentinels', 'QuorumExceedsSentinels', 'error'],
      ['secret-in-repo', 'SecretInRepo', 'warning'],
    ]);
    for (const [i, rule] of rules.entries()) {
      const { docs } = RULES[i]!;
      expect(rule.shortDescription.text).toBe(docs.summary);
      expect(rule.fullDescription.text).toContain(docs.breaks);
      for (const part of [docs.summary, docs.breaks, docs.fix, docs.example.bad, docs.example.good]) {
        expect(rule.help.text).toContain(part);
        expect(rule.help.markdown).toContain(part);
      }
    }
  });

  it('tags rules with their category, and security rules with security and a security-severity string', async () => {
    const { rules } = (await sarifOf()).runs[0].tool.driver;
    expect(rules[1].properties).toEqual({ tags: ['topology'], category: 'topology' });
    expect(rules[2].properties).toEqual({ tags: ['security'], category: 'security', 'security-severity': '7.5' });
    expect(rules[0].properties['security-severity']).toBeUndefined();
  });

  it('does not claim the security tag for a security-category rule without a severity', async () => {
    const unrated = defineRule({ ...quorumExceedsSentinels, id: 'weak-password', category: 'security' });
    const { rules } = (await sarifOf(sampleResult({ rules: [...RULES, unrated] }))).runs[0].tool.driver;
    expect(rules[3].properties).toEqual({ tags: [], category: 'security' });
  });

  it('gives every result a ruleIndex that names its own rule, and the level and message as they are', async () => {
    const [run] = (await sarifOf()).runs;
    expect(run.results.map((r: any) => [r.ruleId, r.level])).toEqual([
      ['secret-in-repo', 'warning'],
      ['conf-parse-error', 'error'],
      ['quorum-exceeds-sentinels', 'error'],
      ['conf-parse-error', 'note'],
    ]);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.results[1].message.text).toBe('maxmemory: argument must be a memory value.');
  });

  it('adds a descriptor for a rule id that is not among the rules that ran', async () => {
    const stray: ReportedFinding = { ...sampleFindings()[2]!, ruleId: 'parse-error' };
    const [run] = (await sarifOf(sampleResult({ findings: [stray] }))).runs;
    const rule = run.tool.driver.rules[run.results[0].ruleIndex];
    expect(rule.id).toBe('parse-error');
    expect(rule.fullDescription.text).not.toBe('');
    expect(rule.help.text).not.toBe('');
  });

  it('passes spans through as regions, with no arithmetic', async () => {
    const [run] = (await sarifOf()).runs;
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({
      startLine: 3, startColumn: 11, endLine: 3, endColumn: 14, snippet: { text: '1tb' },
    });
    expect(run.results[2].relatedLocations).toEqual([
      expect.objectContaining({ id: 1, message: { text: 'the master it monitors' } }),
      expect.objectContaining({ id: 2, message: { text: 'the password it uses' } }),
    ]);
    expect(run.results[2].relatedLocations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 6, endLine: 1, endColumn: 10 });
  });

  it('uses relative, /-separated, percent-encoded URIs under %SRCROOT%', async () => {
    const [finding] = sampleFindings();
    const odd = { ...finding!, at: { ...finding!.at, file: 'my dir/redis #1.conf' }, related: [] };
    const [run] = (await sarifOf(sampleResult({ findings: [...sampleFindings(), odd] }))).runs;
    for (const { artifactLocation } of allLocations(run)) {
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/|\\/i);
    }
    expect(allLocations(run).map((l: any) => l.artifactLocation.uri)).toContain('my%20dir/redis%20%231.conf');
  });

  it('gives %SRCROOT% the working directory as an absolute file URI ending in /, only when it is known', async () => {
    expect((await sarifOf(sampleResult(), '/home/user/my repo')).runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///home/user/my%20repo/' },
    });
    expect((await sarifOf(sampleResult(), '/')).runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///');
    expect((await sarifOf()).runs[0].originalUriBaseIds).toBeUndefined();
    expect((await sarifOf(sampleResult(), 'relative/dir')).runs[0].originalUriBaseIds).toBeUndefined();
  });

  it('fingerprints every result with the finding fingerprint, which stays put when the finding moves down', async () => {
    const [run] = (await sarifOf()).runs;
    expect(run.results.map((r: any) => r.partialFingerprints)).toEqual(
      sampleFindings()
        .sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line)
        .map((f) => ({ 'sentinelLint/v1': f.fingerprint })),
    );
    const moved = sampleFindings().map((f) => ({ ...f, at: { ...f.at, line: f.at.line + 7, endLine: f.at.endLine + 7 } }));
    const [movedRun] = (await sarifOf(sampleResult({ findings: moved }))).runs;
    expect(movedRun.results.map((r: any) => r.partialFingerprints)).toEqual(run.results.map((r: any) => r.partialFingerprints));
  });

  it('fingerprints a result without an engine fingerprint from its rule, file and message, not its line', async () => {
    const bare = sampleFindings().map((f) => ({ ...f, fingerprint: '' }));
    const moved = bare.map((f) => ({ ...f, at: { ...f.at, line: f.at.line + 3, endLine: f.at.endLine + 3 } }));
    const prints = async (findings: ReportedFinding[]) =>
      (await sarifOf(sampleResult({ findings }))).runs[0].results.map((r: any) => r.partialFingerprints['sentinelLint/v1']);
    const before = await prints(bare);
    expect(before.every((p: string) => /^[0-9a-f]{16}$/.test(p))).toBe(true);
    expect(await prints(moved)).toEqual(before);
  });

  it('keeps within upload-sarif limits: 999 related locations, message length', async () => {
    const [finding] = sampleFindings();
    const related = Array.from({ length: 1500 }, (_, i) => ({ at: finding!.at, message: `r${i}` }));
    const huge = { ...finding!, message: 'x'.repeat(20_000), related };
    const [result] = (await sarifOf(sampleResult({ findings: [huge] }))).runs[0].results;
    expect(result.relatedLocations).toHaveLength(999);
    expect(result.relatedLocations.at(-1).id).toBe(999);
    expect(result.message.text.length).toBeLessThanOrEqual(8_000);
  });

  it('keeps the 25 000 most severe results and says how many it left out', async () => {
    const [warning, , error] = sampleFindings();
    const many = [
      ...Array.from({ length: 25_000 }, (_, i) => ({ ...warning!, related: [], at: { ...warning!.at, line: i + 1, endLine: i + 1 } })),
      ...Array.from({ length: 10 }, (_, i) => ({ ...error!, related: [], at: { ...error!.at, line: i + 1, endLine: i + 1 } })),
    ];
    const [run] = (await sarifOf(sampleResult({ findings: many, texts: new Map() }))).runs;
    expect(run.results).toHaveLength(25_000);
    expect(run.results.filter((r: any) => r.level === 'error')).toHaveLength(10);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^10 results were left out/);
  });

  it('matches the golden file', async () => {
    const out = await formatResult(sampleResult(), 'sarif', { color: false, cwd: '/home/user/repo' });
    await expect(out).toMatchFileSnapshot('golden/report.sarif');
  });
});
