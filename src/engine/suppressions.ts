// Inline suppressions. Every file kind we read uses `#` comments, and only whole-line comments
// count: redis-server has no trailing comments (`port 6379 # x` is three arguments), so a
// trailing form could never be written in a conf file anyway.
//
//   # sentinel-lint-disable-next-line <rule-id>[, <rule-id>…] [-- reason]
//   # sentinel-lint-disable-file <rule-id>[, <rule-id>…] [-- reason]
import { closestName } from '../config/load.js';
import { ENGINE_RULE_IDS, type ResolvedConfig } from '../config/types.js';
import { LineIndex, type Span } from '../model/span.js';
import type { RawFinding } from './run.js';
import { pushTo } from '../multimap.js';

/** The engine's own rule: a suppression that silences nothing (rules/unused-suppression.ts has its docs). */
export const UNUSED_SUPPRESSION: (typeof ENGINE_RULE_IDS)[number] = 'unused-suppression';

export interface Suppression {
  kind: 'next-line' | 'file';
  file: string;
  /** The rule ids as written, each with its span in the comment. */
  rules: { id: string; span: Span }[];
  /** The line a next-line suppression silences: the next one that is neither blank nor a comment. */
  target?: number;
  reason?: string;
  /** The `sentinel-lint-…` word. */
  span: Span;
}

/** A comment that looks like a suppression but is not one: reported as unused-suppression. */
export interface MalformedSuppression {
  span: Span;
  message: string;
}

const DIRECTIVE = /^(\s*#\s*)(sentinel-lint-[A-Za-z-]*)(.*)$/;
const KINDS: Record<string, Suppression['kind']> = {
  'sentinel-lint-disable-next-line': 'next-line',
  'sentinel-lint-disable-file': 'file',
};

/** What one file's comments say: its suppressions, and the comments that only look like one. */
export interface FileSuppressions {
  suppressions: Suppression[];
  malformed: MalformedSuppression[];
}

/** The suppression comments of one file. */
export function findSuppressions(file: string, text: string): FileSuppressions {
  const suppressions: Suppression[] = [];
  const malformed: MalformedSuppression[] = [];
  if (!text.includes('sentinel-lint-')) return { suppressions, malformed }; // the common case: no work
  const index = new LineIndex(file, text);
  let waiting: Suppression[] = []; // next-line suppressions still looking for their line
  for (let line = 1; line <= index.lineCount; line++) {
    const start = index.lineStart(line);
    const content = text.slice(start, index.lineStart(line + 1)).replace(/\r?\n$/, '').replace(/\r$/, '');
    if (content.trim() === '') continue;
    if (!/^\s*#/.test(content)) {
      for (const suppression of waiting) suppression.target = line;
      waiting = [];
      continue;
    }
    const match = DIRECTIVE.exec(content);
    if (match === null) continue;
    const [, lead = '', word = '', rest = ''] = match;
    const wordStart = start + lead.length;
    const span = index.span(wordStart, wordStart + word.length);
    const kind = KINDS[word.toLowerCase()];
    if (kind === undefined || (rest !== '' && !/^\s/.test(rest))) {
      malformed.push({ span, message: explainMalformed(word + (rest.split(/\s/, 1)[0] ?? '')) });
      continue;
    }
    const reasonAt = rest.indexOf('--');
    const list = reasonAt < 0 ? rest : rest.slice(0, reasonAt);
    const reason = reasonAt < 0 ? undefined : rest.slice(reasonAt + 2).trim() || undefined;
    const listStart = wordStart + word.length;
    const rules = [...list.matchAll(/[^\s,]+/g)].map((id) => ({
      id: id[0],
      span: index.span(listStart + id.index, listStart + id.index + id[0].length),
    }));
    if (rules.length === 0) {
      // A blanket suppression would hide findings nobody has read: the rules must be named.
      const message = `${word} names no rule: list the rule ids it silences, e.g. ${word} conf-duplicate-directive.`;
      malformed.push({ span, message });
      continue;
    }
    const suppression: Suppression = { kind, file, rules, span, ...(reason === undefined ? {} : { reason }) };
    suppressions.push(suppression);
    if (kind === 'next-line') waiting.push(suppression);
  }
  return { suppressions, malformed };
}

export interface SuppressionOptions {
  /** Every id a user may name; any other id in a suppression is reported as unknown. */
  knownRuleIds: readonly string[];
  /** The level of unused-suppression findings (default warning), or off to report none. */
  config: ResolvedConfig;
  /**
   * The rules that ran (`RunResult.ran`): a suppression of a rule that was off or left out by
   * `only` cannot be judged unused, and without `unused-suppression` in it none is reported.
   * Default: every known rule the config does not turn off.
   */
  ran?: ReadonlySet<string>;
}

/**
 * Drops the findings that a suppression silences (matched on the primary span's file, and its
 * first line for next-line suppressions) and adds an unused-suppression finding for each
 * suppressed rule id that matched nothing, named an unknown rule, or was malformed.
 */
export function applySuppressions(
  findings: readonly RawFinding[],
  texts: ReadonlyMap<string, string>,
  options: SuppressionOptions,
): RawFinding[] {
  return applyFoundSuppressions(findings, [...texts].map(([file, text]) => [file, findSuppressions(file, text)]), options);
}

/**
 * `applySuppressions` with each file's comments already found (`findSuppressions`, while the file
 * was read): a large run then need not keep every text until its findings are known.
 */
export function applyFoundSuppressions(
  findings: readonly RawFinding[],
  files: Iterable<readonly [file: string, found: FileSuppressions]>,
  options: SuppressionOptions,
): RawFinding[] {
  const byLine = new Map<string, Entry[]>();
  const byFile = new Map<string, Entry[]>();
  const entries: Entry[] = [];
  const malformed: MalformedSuppression[] = [];
  for (const [file, found] of files) {
    malformed.push(...found.malformed);
    for (const suppression of found.suppressions) {
      for (const rule of unique(suppression.rules)) {
        const entry: Entry = { suppression, rule, used: false };
        entries.push(entry);
        if (suppression.kind === 'file') pushTo(byFile, key(file, rule.id), entry);
        else if (suppression.target !== undefined) pushTo(byLine, key(file, rule.id, suppression.target), entry);
      }
    }
  }
  if (entries.length === 0 && malformed.length === 0) return [...findings];

  const kept = findings.filter(({ ruleId, finding: { at } }) => {
    const matches = [...(byLine.get(key(at.file, ruleId, at.line)) ?? []), ...(byFile.get(key(at.file, ruleId)) ?? [])];
    for (const entry of matches) entry.used = true;
    return matches.length === 0;
  });
  const { config } = options;
  const knownRuleIds = [...options.knownRuleIds, ...ENGINE_RULE_IDS];
  const ran = options.ran ?? new Set(knownRuleIds.filter((id) => config.rules.get(id)?.level !== 'off'));
  const unusedLevel = config.rules.get(UNUSED_SUPPRESSION)?.level ?? 'warning';
  if (unusedLevel === 'off' || !ran.has(UNUSED_SUPPRESSION)) return kept;

  const report = (at: Span, message: string): RawFinding => ({
    ruleId: UNUSED_SUPPRESSION,
    level: unusedLevel,
    finding: { at, message },
  });
  for (const { span, message } of malformed) kept.push(report(span, message));
  for (const { suppression, rule, used } of entries) {
    if (used) continue;
    if (!knownRuleIds.includes(rule.id)) {
      const near = closestName(rule.id, knownRuleIds);
      const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
      kept.push(report(rule.span, `sentinel-lint has no rule ${rule.id}${hint}: this suppression silences nothing.`));
    } else if (ran.has(rule.id)) {
      kept.push(report(rule.span, explainUnused(suppression, rule.id)));
    }
  }
  return kept;
}

interface Entry {
  suppression: Suppression;
  rule: Suppression['rules'][number];
  used: boolean;
}

function explainMalformed(written: string): string {
  const how = 'write sentinel-lint-disable-next-line <rule-id> or sentinel-lint-disable-file <rule-id>';
  if (written.toLowerCase() === 'sentinel-lint-disable-line') {
    return (
      'sentinel-lint-disable-line does not exist: only whole-line comments count. ' +
      'Put sentinel-lint-disable-next-line on the line above.'
    );
  }
  return `${written} is not a sentinel-lint comment: ${how}.`;
}

function explainUnused({ kind, target }: Suppression, id: string): string {
  if (kind === 'file') return `No ${id} finding in this file: this suppression is unused. Remove it.`;
  if (target === undefined) return `No line follows this suppression of ${id}: it is unused. Remove it.`;
  return `No ${id} finding on line ${target}: this suppression is unused. Remove it.`;
}

function unique<T extends { id: string }>(rules: T[]): T[] {
  return rules.filter((rule, i) => rules.findIndex((other) => other.id === rule.id) === i);
}

function key(file: string, id: string, line?: number): string {
  return `${file}\0${id}\0${line ?? ''}`;
}

