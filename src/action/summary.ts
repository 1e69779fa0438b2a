import type { ReportedFinding } from '../engine/result.js';

/** Past this many rows the table stops: a step summary holds at most 1 MiB. */
const MAX_ROWS = 300;

export interface Counts {
  error: number;
  warning: number;
  note: number;
}

export function countLevels(findings: readonly ReportedFinding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

export interface SummaryParts {
  /** Redacted, workspace-relative, in report order. */
  findings: readonly ReportedFinding[];
  fileCount: number;
  /** Sentences to show above the table (only-changed could not find the base, say). */
  notes: readonly string[];
  /** A Mermaid flowchart, or '' when there is no master group. */
  diagram: string;
  /** Workspace-relative, for the reader to download. */
  sarifFile: string;
  /** The `markdown` format's report (counts, table, how to fix), when that formatter is there. */
  report?: string;
}

/**
 * The job summary in Markdown: notes, then counts and the findings table, then the topology diagram.
 * The table is the `markdown` format's when given, so the summary and `--format markdown` agree;
 * the minimal table here is for a build without that formatter.
 */
export function summaryMarkdown(parts: SummaryParts): string {
  const { findings } = parts;
  const notes = parts.notes.flatMap((note) => [`> ${cell(note)}`, '']);
  const diagram = parts.diagram === '' ? [] : ['### Topology', '', '```mermaid', parts.diagram.trimEnd(), '```', ''];
  if (parts.report !== undefined) return `${[...notes, parts.report.trimEnd(), '', ...diagram].join('\n')}\n`;
  const counts = countLevels(findings);
  const out = ['## sentinel-lint', ''];
  out.push(
    `**${plural(counts.error, 'error')}**, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')} in ${plural(parts.fileCount, 'file')} linted.`,
    '',
  );
  out.push(...notes);
  if (findings.length > 0) {
    out.push('| Level | Location | Rule | Message |', '| --- | --- | --- | --- |');
    for (const f of findings.slice(0, MAX_ROWS)) {
      out.push(`| ${f.level} | \`${cell(f.at.file).replace(/`/g, "'")}:${f.at.line}:${f.at.column}\` | ${cell(f.ruleId)} | ${cell(f.message)} |`);
    }
    if (findings.length > MAX_ROWS) out.push('', `${findings.length - MAX_ROWS} more findings are in the SARIF file \`${cell(parts.sarifFile)}\`.`);
    out.push('');
  }
  out.push(...diagram);
  return `${out.join('\n')}\n`;
}

/** A table cell: one line, no `|` to split it, no HTML a config name could inject. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
