import type { LintResult, ReportedFinding } from '../engine/result.js';
import type { FormatterOptions } from './index.js';

/**
 * The stable machine format of DESIGN.md ("Interfaces that others rely on"): fields are added
 * across releases, never renamed. Lines and columns are 1-based, end positions exclusive.
 */
export default function formatJson(result: LintResult, _options: FormatterOptions): string {
  const count = (level: ReportedFinding['level']) => result.findings.filter((f) => f.level === level).length;
  const report = {
    version: 1,
    tool: { name: result.tool.name, version: result.tool.version },
    findings: result.findings.map((f) => ({
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
    })),
    summary: { errors: count('error'), warnings: count('warning'), notes: count('note'), files: result.fileCount },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
