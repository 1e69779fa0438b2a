import { isAbsolute, join } from 'node:path';
import type { LintResult, ReportedFinding } from '../engine/result.js';
import type { Level } from '../model/facts.js';
import { printable } from './code-frame.js';
import type { FormatterOptions } from './index.js';

/** Our levels in the runner's words: it has no "note", its `notice` is the same thing. */
const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation a finding, for a plain `run:` step:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::<message>`.
 * Related locations follow the message on lines of their own (the annotation shows them).
 * With an absolute `options.cwd` the file is absolute: the runner makes a path inside the
 * workspace relative to the repository itself, so a run from a subfolder still points at the file.
 * Prints nothing when there is nothing to report.
 */
export default function formatGithub(result: LintResult, options: FormatterOptions): string {
  const base = options.cwd && isAbsolute(options.cwd) ? options.cwd : undefined;
  return result.findings.map((finding) => `${annotation(finding, base)}\n`).join('');
}

function annotation(finding: ReportedFinding, base: string | undefined): string {
  const { file, line, column, endLine, endColumn } = finding.at;
  // The runner drops (older runners: reject) columns on a span over several lines or running backwards.
  const columns = line === endLine && endColumn >= column;
  const properties: [string, string | number | undefined][] = [
    ['file', base ? join(base, file) : file],
    ['line', line],
    ['col', columns ? column : undefined],
    ['endLine', endLine],
    ['endColumn', columns ? endColumn : undefined],
    ['title', finding.ruleId],
  ];
  const props = properties
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(printable(oneLine(String(value))))}`)
    .join(',');
  return `::${COMMAND[finding.level]} ${props}::${escapeData(messageOf(finding))}`;
}

/** The message, then one line a related location; control characters made visible, line breaks kept. */
function messageOf(finding: ReportedFinding): string {
  const related = finding.related.map((r) => `${r.at.file}:${r.at.line}:${r.at.column}: ${r.message}`);
  const text = [finding.message, ...(related.length > 0 ? ['', 'Related:', ...related] : [])].join('\n');
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A command's data, escaped as @actions/core's `issueCommand` does (`%` first, so no escape is read twice). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: the data escapes, and `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
