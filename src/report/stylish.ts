import type { ChalkInstance } from 'chalk';
import type { LintResult, ReportedFinding } from '../engine/result.js';
import type { Level } from '../model/facts.js';
import { codeFrame, levelColor, printable, splitLines } from './code-frame.js';
import type { FormatterOptions } from './index.js';

/** Messages longer than this are not padded to line up the rule ids: one long message would push all. */
const MAX_ALIGNED_MESSAGE = 80;
/** Related locations listed under a finding before "… and N more". */
const MAX_RELATED_SHOWN = 10;

/**
 * ESLint's stylish look, with a code frame under each finding: findings grouped by file, each as
 * `line:col  level  message  rule-id`, then a `✖ N problems (…)` summary. Empty when there is
 * nothing to report, as ESLint's. Colour only when `options.color` (and `options.chalk` is given).
 */
export default function formatStylish(result: LintResult, options: FormatterOptions): string {
  if (result.findings.length === 0) return '';
  const chalk = options.color ? options.chalk : undefined;
  const out: string[] = [''];
  for (const [file, findings] of groupByFile(result.findings)) {
    out.push(chalk ? chalk.underline(printable(file)) : printable(file));
    const text = result.texts.get(file);
    const lines = text === undefined ? [] : splitLines(text);
    const lineWidth = Math.max(...findings.map((f) => String(f.at.line).length));
    const columnWidth = Math.max(...findings.map((f) => String(f.at.column).length));
    const messageWidth = Math.max(
      0,
      ...findings.map((f) => oneLine(f.message).length).filter((length) => length <= MAX_ALIGNED_MESSAGE),
    );
    findings.forEach((finding, i) => {
      const position = `${String(finding.at.line).padStart(lineWidth)}:${String(finding.at.column).padEnd(columnWidth)}`;
      const level = finding.level.padEnd('warning'.length);
      const message = oneLine(finding.message).padEnd(messageWidth);
      out.push(
        chalk
          ? `  ${chalk.dim(position)}  ${levelColor(finding.level, chalk)(level)}  ${message}  ${chalk.dim(finding.ruleId)}`
          : `  ${position}  ${level}  ${message}  ${finding.ruleId}`,
      );
      const details = [
        ...codeFrame(lines, finding.at, finding.level, chalk),
        ...relatedLines(finding, chalk),
      ];
      out.push(...details.map((line) => `    ${line}`));
      if (details.length > 0 && i < findings.length - 1) out.push('');
    });
    out.push('');
  }
  out.push(summary(result.findings, chalk), '');
  return out.join('\n');
}

function groupByFile(findings: readonly ReportedFinding[]): Map<string, ReportedFinding[]> {
  const groups = new Map<string, ReportedFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.at.file);
    if (group) group.push(finding);
    else groups.set(finding.at.file, [finding]);
  }
  return groups;
}

function relatedLines(finding: ReportedFinding, chalk: ChalkInstance | undefined): string[] {
  const lines = finding.related.slice(0, MAX_RELATED_SHOWN).map(({ at, message }) => {
    const where = `${printable(at.file)}:${at.line}:${at.column}`;
    return `↳ ${chalk ? chalk.dim(where) : where} ${oneLine(message)}`;
  });
  const hidden = finding.related.length - MAX_RELATED_SHOWN;
  if (hidden > 0) lines.push(`↳ … and ${hidden} more`);
  return lines;
}

/** A message on one terminal line, with nothing in it that could drive the terminal. */
function oneLine(message: string): string {
  return printable(message.replace(/\s*[\r\n]+\s*/g, ' '));
}

function summary(findings: readonly ReportedFinding[], chalk: ChalkInstance | undefined): string {
  const count = (level: Level) => findings.filter((f) => f.level === level).length;
  const [errors, warnings, notes] = [count('error'), count('warning'), count('note')];
  const text =
    `✖ ${plural(findings.length, 'problem')} ` +
    `(${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')})`;
  if (!chalk) return text;
  const worst: Level = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'note';
  return levelColor(worst, chalk).bold(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
