import type { ChalkInstance } from 'chalk';
import type { LintResult, ReportedFinding } from '../engine/result.js';
import type { Rule } from '../engine/rule.js';
import { compareSpans } from '../model/span.js';
import { FORMAT_NAMES as ALL_FORMAT_NAMES, FORMATS_WITH_SOURCE_LINES, type FormatName } from './format-names.js';
import { redact } from './redact.js';
import { ruleHelpText, ruleListText } from './rule-help.js';

export { redactMessage } from './redact.js';

/** What the caller decides: colour (from --color / NO_COLOR / FORCE_COLOR) and the working directory. */
export interface ReportOptions {
  color: boolean;
  /** Absolute working directory: SARIF's %SRCROOT%. Paths in the result are already relative to it. */
  cwd?: string;
}

/** What a formatter gets: the caller's options, plus chalk when colour is on (loaded only then). */
export interface FormatterOptions extends ReportOptions {
  chalk?: ChalkInstance;
}

/**
 * A pure function of a redacted result in report order. The text ends with a newline unless it
 * is empty (stylish and compact print nothing when there is nothing to report).
 */
export type Formatter = (result: LintResult, options: FormatterOptions) => string;

/**
 * A formatter that hands its report over in parts, in order: a large report is never one string.
 * `write` may be called any number of times; the parts joined are what the formatter returns.
 */
export type StreamingFormatter = (result: LintResult, options: FormatterOptions, write: (part: string) => void) => void;

/** Loaded on demand, so a run loads only the formatter it prints with. One line a format. */
const FORMATTERS: Record<FormatName, () => Promise<{ default: Formatter; stream?: StreamingFormatter }>> = {
  stylish: () => import('./stylish.js'),
  compact: () => import('./compact.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  markdown: () => import('./markdown.js'),
  junit: () => import('./junit.js'),
};

export type { FormatName };
export const FORMAT_NAMES: readonly FormatName[] = ALL_FORMAT_NAMES;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

/** Redacts secrets, puts findings in report order (file, line, column, rule), then formats. */
export async function formatResult(result: LintResult, format: FormatName, options: ReportOptions): Promise<string> {
  const { formatter, ordered, formatterOptions } = await prepare(result, format, options);
  return formatter.default(ordered, formatterOptions);
}

/**
 * `formatResult`, handing the report to `write` in parts as it is made (the formats that can), so
 * that a report of tens of megabytes is written out rather than held. The parts joined are
 * exactly what formatResult returns.
 */
export async function writeResult(result: LintResult, format: FormatName, options: ReportOptions, write: (part: string) => void): Promise<void> {
  const { formatter, ordered, formatterOptions } = await prepare(result, format, options);
  if (formatter.stream) formatter.stream(ordered, formatterOptions, write);
  else write(formatter.default(ordered, formatterOptions));
}

/** The formatter of a format, and what it is given: the result redacted, in report order. */
async function prepare(result: LintResult, format: FormatName, options: ReportOptions) {
  if (!isFormatName(format)) throw new Error(`Unknown format "${String(format)}". Formats: ${FORMAT_NAMES.join(', ')}.`);
  const safe = redact(result, { withTexts: FORMATS_WITH_SOURCE_LINES.has(format) });
  const ordered: LintResult = { ...safe, findings: [...safe.findings].sort(reportOrder) };
  const chalk = options.color ? await loadChalk() : undefined;
  const formatter = await FORMATTERS[format]();
  const formatterOptions: FormatterOptions = { ...options, ...(chalk && { chalk }) };
  return { formatter, ordered, formatterOptions };
}

/** `--explain <id>`: summary, what breaks, the fix, example fixtures, level and category. */
/** `--explain`: the rule's documentation with its example fixtures, which only this path loads. */
export async function explainRule(rule: Rule<any>): Promise<string> {
  const { RULE_EXAMPLES } = await import('./rule-examples.js');
  return `${ruleHelpText(rule, RULE_EXAMPLES[rule.id])}\n`;
}

/** `--list-rules`: every rule with its default level and category, one a line. */
export function listRules(rules: readonly Rule<any>[]): string {
  return ruleListText(rules);
}

function reportOrder(a: ReportedFinding, b: ReportedFinding): number {
  return (
    compareSpans(a.at, b.at) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.at.endLine - b.at.endLine ||
    a.at.endColumn - b.at.endColumn ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * chalk only when colour is on: the level is given, never detected, because the caller has
 * already decided (and a formatter must not look at the terminal). 16 colours read everywhere.
 */
async function loadChalk(): Promise<ChalkInstance> {
  const { sixteenColors } = await import('./chalk-colors.js');
  return sixteenColors();
}
