import type { LintResult, ReportedFinding } from '../engine/result.js';
import { printable } from './code-frame.js';
import type { FormatterOptions } from './index.js';

/**
 * JUnit XML as CI systems read it (GitLab, Jenkins, Azure DevOps, CircleCI): one `<testsuite>`
 * per file with findings, in report order, one `<testcase>` a finding. Errors and warnings are
 * `<failure type="error|warning">`; a note is `<skipped>`, which every reader shows without
 * failing the build. With no findings, one passing suite says how many files were linted, so the
 * CI shows a green test rather than "no tests found".
 */
export default function formatJunit(result: LintResult, _options: FormatterOptions): string {
  const name = result.tool.name;
  const byFile = new Map<string, ReportedFinding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.at.file);
    if (list) list.push(finding);
    else byFile.set(finding.at.file, [finding]);
  }
  const suites =
    byFile.size > 0
      ? [...byFile].flatMap(([file, findings]) => suite(file, findings))
      : [
          `  <testsuite name="${attr(name)}" tests="1" failures="0" errors="0" skipped="0">`,
          `    <testcase name="${attr(`no problems in ${result.fileCount} file${result.fileCount === 1 ? '' : 's'}`)}" classname="${attr(name)}"/>`,
          '  </testsuite>',
        ];
  const { failures, skipped } = counts(result.findings);
  const tests = Math.max(1, result.findings.length);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function suite(file: string, findings: readonly ReportedFinding[]): string[] {
  const { failures, skipped } = counts(findings);
  return [
    `  <testsuite name="${attr(file)}" tests="${findings.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...findings.flatMap(testcase),
    '  </testsuite>',
  ];
}

function testcase(finding: ReportedFinding): string[] {
  const { file, line, column } = finding.at;
  const open = `    <testcase name="${attr(`${finding.ruleId} at ${file}:${line}:${column}`)}" classname="${attr(file)}" file="${attr(file)}" line="${line}">`;
  const message = attr(oneLine(finding.message));
  const body = text(details(finding));
  const outcome =
    finding.level === 'note'
      ? `      <skipped message="${message}">${body}</skipped>`
      : `      <failure type="${finding.level}" message="${message}">${body}</failure>`;
  return [open, outcome, '    </testcase>'];
}

/** The failure's text: where, what, which rule, and every related location. */
function details(finding: ReportedFinding): string {
  const { file, line, column } = finding.at;
  return [
    `${finding.level} ${finding.ruleId} at ${file}:${line}:${column}`,
    finding.message,
    ...finding.related.map((r) => `related ${r.at.file}:${r.at.line}:${r.at.column}: ${r.message}`),
  ].join('\n');
}

function counts(findings: readonly ReportedFinding[]): { failures: number; skipped: number } {
  const skipped = findings.filter((f) => f.level === 'note').length;
  return { failures: findings.length - skipped, skipped };
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Element text: escaped, line breaks kept (as `\n`: a parser would turn a bare `\r` into one anyway). */
export function text(value: string): string {
  return escapeXml(
    value
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => legal(printable(line)))
      .join('\n'),
  );
}

/** An attribute value in double quotes: escaped, and on one line (a parser folds line breaks in attributes to spaces). */
export function attr(value: string): string {
  return escapeXml(legal(printable(oneLine(value)))).replace(/"/g, '&quot;');
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Drops what XML 1.0 forbids even as a character reference: lone surrogates, U+FFFE and U+FFFF
 * (printable() has already made the C0 and C1 controls visible).
 */
function legal(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
