import * as core from '@actions/core';
import type { ReportedFinding } from '../engine/result.js';
import { compareSpans } from '../model/span.js';

/** GitHub shows at most 10 error and 10 warning annotations a step and drops the rest silently. */
export const ANNOTATION_LIMIT = 10;

export interface AnnotationPlan {
  /** Errors first, then warnings, then notes; each by file and line (changed lines, then changed files first). */
  shown: ReportedFinding[];
  /** How many findings have no annotation of their own. */
  hidden: number;
}

/**
 * Which findings get an annotation: up to 10 errors, 10 warnings and 9 notes (a notice is kept for
 * the "N more" line), the rest left to the job summary and SARIF.
 */
export function planAnnotations(
  findings: readonly ReportedFinding[],
  changed?: ReadonlySet<string>,
  /** Lines the pull request changed: findings on them come first, then those in changed files. */
  changedLines?: ReadonlyMap<string, readonly [number, number][]>,
): AnnotationPlan {
  const onChangedLine = (f: ReportedFinding) =>
    changedLines?.get(f.at.file)?.some(([first, last]) => f.at.line <= last && f.at.endLine >= first) ?? false;
  const inChanged = (f: ReportedFinding) => (onChangedLine(f) ? 0 : changed?.has(f.at.file) ? 1 : 2);
  const ordered = [...findings].sort((a, b) => inChanged(a) - inChanged(b) || compareSpans(a.at, b.at));
  const errors = ordered.filter((f) => f.level === 'error').slice(0, ANNOTATION_LIMIT);
  const warnings = ordered.filter((f) => f.level === 'warning').slice(0, ANNOTATION_LIMIT);
  const notes = ordered.filter((f) => f.level === 'note').slice(0, ANNOTATION_LIMIT - 1);
  const shown = [...errors, ...warnings, ...notes];
  return { shown, hidden: findings.length - shown.length };
}

/** Prints the workflow commands; @actions/core escapes `%`, `,`, `:` and line breaks in them. */
export function printAnnotations(plan: AnnotationPlan, sarifFile: string): void {
  for (const finding of plan.shown) {
    const { at } = finding;
    const properties: core.AnnotationProperties = {
      title: `sentinel-lint: ${finding.ruleId}`,
      file: at.file,
      startLine: at.line,
      endLine: at.endLine,
      // GitHub reads columns only on a one-line annotation, and its end column is inclusive.
      ...(at.line === at.endLine && { startColumn: at.column, endColumn: Math.max(at.column, at.endColumn - 1) }),
    };
    const message = [finding.message, ...finding.related.map((r) => `${r.at.file}:${r.at.line}: ${r.message}`)].join('\n');
    if (finding.level === 'error') core.error(message, properties);
    else if (finding.level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  if (plan.hidden > 0) {
    core.notice(
      `${plan.hidden} more finding${plan.hidden === 1 ? '' : 's'} without an annotation (GitHub shows at most ${ANNOTATION_LIMIT} errors and ${ANNOTATION_LIMIT} warnings a step): ` +
        `the job summary and the SARIF file ${sarifFile} list them all.`,
      { title: 'sentinel-lint: more findings' },
    );
  }
}
