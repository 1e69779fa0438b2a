import type { LintResult, ReportedFinding } from '../engine/result.js';
import type { FormatterOptions } from './index.js';

/**
 * The stable machine format of DESIGN.md ("Interfaces that others rely on"): fields are added
 * across releases, never renamed. Lines and columns are 1-based, end positions exclusive.
 */
export default function formatJson(result: LintResult, options: FormatterOptions): string {
  const parts: string[] = [];
  stream(result, options, (part) => parts.push(part));
  return parts.join('');
}

/**
 * The report in parts, finding by finding (formatJson joins them): on a large repository the
 * report is tens of megabytes, and it need never be one string. Printed as
 * `JSON.stringify(report, null, 2)` would print it.
 */
export function stream(result: LintResult, _options: FormatterOptions, write: (part: string) => void): void {
  const counts = { error: 0, warning: 0, note: 0 };
  const head = { version: 1, tool: { name: result.tool.name, version: result.tool.version } };
  // The head's closing brace is left off: the findings and the summary follow inside it.
  write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "findings": [`);
  result.findings.forEach((f, i) => {
    counts[f.level]++;
    write(`${i === 0 ? '' : ','}\n    ${JSON.stringify(reported(f), null, 2).replaceAll('\n', '\n    ')}`);
  });
  const summary = { errors: counts.error, warnings: counts.warning, notes: counts.note, files: result.fileCount };
  write(`${result.findings.length === 0 ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary, null, 2).replaceAll('\n', '\n  ')}\n}\n`);
}

/** One finding as the report prints it, fields in their documented order. */
function reported(f: ReportedFinding) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.at.file,
    line: f.at.line,
    column: f.at.column,
    endLine: f.at.endLine,
    endColumn: f.at.endColumn,
    related: f.related.map((r) => ({ file: r.at.file, line: r.at.line, column: r.at.column, message: r.message })),
    fingerprint: f.fingerprint,
  };
}
