import type { LintResult, ReportedFinding } from '../engine/result.js';
import type { Rule } from '../engine/rule.js';
import type { Level } from '../model/facts.js';
import { printable } from './code-frame.js';
import type { FormatterOptions } from './index.js';

/** Rows shown open; the rest fold into `<details>`, so a long report does not bury the PR. */
export const VISIBLE_ROWS = 50;
/** Rows at all: a PR comment holds at most 65,536 characters, and past this a table helps nobody. */
export const MAX_ROWS = 500;

const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

/**
 * What a job summary or a PR comment shows: a heading with the counts, a table of findings
 * (most severe first, then report order), the first 50 open and the rest folded, and how to fix
 * each rule that fired. Deterministic: the same result gives the same text, byte for byte.
 */
export default function formatMarkdown(result: LintResult, _options: FormatterOptions): string {
  const { findings } = result;
  const heading = `## ${result.tool.name}: ${countsOf(findings)} in ${plural(result.fileCount, 'file')}`;
  if (findings.length === 0) return `${heading}\n`;
  const documented = new Map(result.rules.map((rule) => [rule.id, rule]));
  // Stable sort: within a level, findings keep the report order formatResult gave them.
  const rows = [...findings].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]).map((f) => row(f, documented));
  const open = rows.slice(0, VISIBLE_ROWS);
  const folded = rows.slice(VISIBLE_ROWS, MAX_ROWS);
  const left = rows.length - open.length - folded.length;
  return [
    heading,
    '',
    ...table(open),
    ...(folded.length > 0
      ? ['', '<details>', `<summary>${plural(folded.length, 'more finding')}</summary>`, '', ...table(folded), '', '</details>']
      : []),
    ...(left > 0 ? ['', `${plural(left, 'more finding')} not shown: \`--format json\` or \`--format sarif\` lists them all.`] : []),
    '',
    ...howToFix(findings, documented),
  ].join('\n');
}

function table(rows: string[]): string[] {
  return ['| Level | Rule | Location | Message |', '| --- | --- | --- | --- |', ...rows];
}

function row(finding: ReportedFinding, documented: ReadonlyMap<string, Rule<any>>): string {
  const rule = documented.has(finding.ruleId) ? `[${code(finding.ruleId)}](#${anchorOf(finding.ruleId)})` : code(finding.ruleId);
  const related = finding.related.map((r) => `↳ ${code(`${r.at.file}:${r.at.line}`)} ${inline(r.message)}`);
  const message = [inline(finding.message), ...related].join('<br>');
  return `| ${finding.level} | ${rule} | ${code(`${finding.at.file}:${finding.at.line}`)} | ${message} |`;
}

/** One section a rule that fired, sorted by id, each with the rule's fix; the table's links land here. */
function howToFix(findings: readonly ReportedFinding[], documented: ReadonlyMap<string, Rule<any>>): string[] {
  const fired = [...new Set(findings.map((f) => f.ruleId))].filter((id) => documented.has(id)).sort();
  if (fired.length === 0) return [];
  const lines = ['### How to fix', ''];
  for (const id of fired) {
    const { docs } = documented.get(id)!;
    const count = findings.filter((f) => f.ruleId === id).length;
    // A plain heading: GitHub's anchor for it is the id itself, which anchorOf() links to.
    lines.push(`#### ${id}`, '', `${docs.summary} (${plural(count, 'finding')})`, '', `**Fix:** ${docs.fix}`, '');
  }
  return lines;
}

/** GitHub's heading anchor for a rule id: lower case, spaces to `-`, punctuation other than `-` and `_` dropped. */
function anchorOf(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * Text for one table cell: no HTML gets through, `|` cannot end the cell, Markdown's own marks
 * stay literal, and line breaks become `<br>`.
 */
function inline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      printable(line)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, '\\$&'),
    )
    .join('<br>');
}

/** A code span whose fence is longer than any run of backticks inside it; `|` still escaped for the table. */
function code(text: string): string {
  const oneLine = printable(text.replace(/\s*[\r\n]+\s*/g, ' ')).replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

function countsOf(findings: readonly ReportedFinding[]): string {
  if (findings.length === 0) return 'no problems';
  const count = (level: Level) => findings.filter((f) => f.level === level).length;
  return [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('note'), 'note')].join(', ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
