import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.js';
import { changedLines } from '../../src/action/changed.js';
import { mermaidText } from '../../src/action/diagram.js';
import { summaryMarkdown } from '../../src/action/summary.js';
import type { ReportedFinding } from '../../src/engine/result.js';

const finding = (level: ReportedFinding['level'], file: string, line: number, message = 'm'): ReportedFinding => ({
  ruleId: 'r',
  level,
  message,
  at: { file, line, column: 1, endLine: line, endColumn: 2 },
  related: [],
  fingerprint: 'f',
});

describe('the Action parts', () => {
  it('plans errors first, then warnings, each by file and line, 10 of each at most', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('warning', 'a.conf', 12 - i)),
      finding('error', 'b.conf', 1),
      finding('error', 'a.conf', 5),
    ];
    const plan = planAnnotations(findings);
    expect(plan.shown.slice(0, 2).map((f) => `${f.level} ${f.at.file}:${f.at.line}`)).toEqual(['error a.conf:5', 'error b.conf:1']);
    expect(plan.shown.slice(2).map((f) => f.at.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plan.hidden).toBe(2);
  });

  it('puts findings in changed files first', () => {
    const plan = planAnnotations([finding('error', 'a.conf', 1), finding('error', 'z.conf', 1)], new Set(['z.conf']));
    expect(plan.shown.map((f) => f.at.file)).toEqual(['z.conf', 'a.conf']);
  });

  it('keeps a config name from closing a Mermaid label or the Markdown fence', () => {
    expect(mermaidText('my"master]```<b>')).toBe('my#34;master#93;#96;#96;#96;#60;b#62;');
  });

  it('keeps a message from splitting a table row or injecting HTML', () => {
    const md = summaryMarkdown({ findings: [finding('error', 'x.conf', 2, 'a | b\n<img src=x>')], fileCount: 1, notes: [], diagram: '', sarifFile: 's.sarif' });
    expect(md).toContain('| error | `x.conf:2:1` | r | a \\| b &lt;img src=x&gt; |');
    expect(md).not.toContain('```mermaid');
  });

  it('puts the notes above the markdown report and the diagram below it', () => {
    const md = summaryMarkdown({ findings: [], fileCount: 1, notes: ['only-changed: no base'], diagram: 'flowchart LR\n', sarifFile: 's.sarif', report: '## report\n' });
    expect(md).toBe('> only-changed: no base\n\n## report\n\n### Topology\n\n```mermaid\nflowchart LR\n```\n\n');
  });
});

describe('changed lines order the annotations', () => {
  const patch = [
    'diff --git a/a.conf b/a.conf',
    '--- a/a.conf',
    '+++ b/a.conf',
    '@@ -3,0 +4,2 @@',
    '+maxmemory 1tb',
    '+port 70000',
    '@@ -9 +11 @@',
    '-x',
    '+y',
    'diff --git a/gone.conf b/gone.conf',
    '--- a/gone.conf',
    '+++ /dev/null',
    '@@ -1,2 +0,0 @@',
  ].join('\n');

  it('reads the added line ranges of a -U0 diff, and none for a deleted file', () => {
    expect([...changedLines(patch)]).toEqual([['a.conf', [[4, 5], [11, 11]]]]);
  });

  it('puts findings on changed lines before the other findings of changed files, then the rest', () => {
    const at = (file: string, line: number) => ({ file, line, column: 1, endLine: line, endColumn: 2 });
    const finding = (file: string, line: number): ReportedFinding =>
      ({ ruleId: 'conf-parse-error', level: 'error', message: 'm', at: at(file, line), related: [], fingerprint: `${file}${line}` });
    const findings = [finding('a.conf', 1), finding('b.conf', 1), finding('a.conf', 5), finding('z.conf', 9)];
    const plan = planAnnotations(findings, new Set(['a.conf', 'z.conf']), changedLines(patch));
    expect(plan.shown.map((f) => `${f.at.file}:${f.at.line}`)).toEqual(['a.conf:5', 'a.conf:1', 'z.conf:9', 'b.conf:1']);
  });
});
