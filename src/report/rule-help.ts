import type { Rule } from '../engine/rule.js';

/** Where a rule's example fixtures live in the repository (RuleDocs.example names the folders). */
const exampleFolder = (rule: Rule<any>, name: string) => `fixtures/rules/${rule.id}/${name}`;

/** `quorum-exceeds-sentinels` → `QuorumExceedsSentinels`, SARIF's reportingDescriptor.name. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** SARIF's security-severity: a string from "0.0" to "10.0" with one decimal. */
export function securitySeverity(rule: Rule<any>): string | undefined {
  if (!rule.security) return undefined;
  return Math.min(10, Math.max(0, rule.security.severity)).toFixed(1);
}

/** The one-line facts: level, category, and what kind of rule it is, as `[label, value]`. */
function facts(rule: Rule<any>): [string, string][] {
  const severity = securitySeverity(rule);
  return [
    ['default level', rule.level],
    ['category', rule.category],
    ...(severity ? [['security severity', severity] as [string, string]] : []),
    ...(rule.refusesStart ? [['start-up', 'redis-server or redis-sentinel refuses to start'] as [string, string]] : []),
  ];
}

/** The summary and what breaks: SARIF's fullDescription. */
export function fullDescription(rule: Rule<any>): string {
  return `${rule.docs.summary} ${rule.docs.breaks}`;
}

/** A rule's example fixtures, file by file (scripts/gen-rule-examples.mjs bundles them). */
export interface RuleExamples {
  bad: { file: string; text: string }[];
  good: { file: string; text: string }[];
}

function examplesText(rule: Rule<any>, examples: RuleExamples | undefined): string[] {
  const { docs } = rule;
  if (!examples) {
    return [`  fires on:      ${exampleFolder(rule, docs.example.bad)}`, `  silent on:     ${exampleFolder(rule, docs.example.good)}`];
  }
  const show = (label: string, folder: string, files: RuleExamples['bad']) =>
    files.flatMap(({ file, text }) => [`  ${label} ${folder}/${file}:`, ...text.trimEnd().split('\n').map((line) => `    ${line}`), '']);
  return [...show('fires on', exampleFolder(rule, docs.example.bad), examples.bad), ...show('silent on', exampleFolder(rule, docs.example.good), examples.good)];
}

function examplesMarkdown(rule: Rule<any>, examples: RuleExamples | undefined): string[] {
  const { docs } = rule;
  if (!examples) return [`- Fires on: \`${exampleFolder(rule, docs.example.bad)}\``, `- Silent on: \`${exampleFolder(rule, docs.example.good)}\``];
  // A fence longer than any backtick run in the text, so a file cannot close it.
  const fence = (text: string) => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const show = (label: string, folder: string, files: RuleExamples['bad']) =>
    files.flatMap(({ file, text }) => [`${label} \`${folder}/${file}\`:`, '', fence(text), text.trimEnd(), fence(text), '']);
  return [...show('Fires on', exampleFolder(rule, docs.example.bad), examples.bad), ...show('Silent on', exampleFolder(rule, docs.example.good), examples.good)];
}

/** Plain-text documentation: `--explain` prints it and SARIF `help.text` carries it. */
export function ruleHelpText(rule: Rule<any>, examples?: RuleExamples): string {
  const { docs } = rule;
  return [
    rule.id,
    ...wrap(
      facts(rule)
        .map(([label, value]) => `${label}: ${value}`)
        .join(' · '),
      '',
    ),
    '',
    ...wrap(docs.summary, ''),
    '',
    'What breaks:',
    ...wrap(docs.breaks, '  '),
    '',
    'How to fix:',
    ...wrap(docs.fix, '  '),
    '',
    'Examples:',
    ...examplesText(rule, examples),
  ].join('\n').trimEnd();
}

/** The same documentation as Markdown, for SARIF `help.markdown` (GitHub shows it under an alert). */
export function ruleHelpMarkdown(rule: Rule<any>, examples?: RuleExamples): string {
  const { docs } = rule;
  return [
    `**${rule.id}**: ${docs.summary}`,
    '',
    '## What breaks',
    '',
    docs.breaks,
    '',
    '## How to fix',
    '',
    docs.fix,
    '',
    '## Examples',
    '',
    ...examplesMarkdown(rule, examples),
    '',
    facts(rule)
      .map(([label, value]) => `${label[0]!.toUpperCase()}${label.slice(1)}: \`${value}\``)
      .join(' · '),
  ].join('\n');
}

/** `--list-rules`: one rule a line, `id  level  category  summary`, sorted by id. */
export function ruleListText(rules: readonly Rule<any>[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const idWidth = Math.max(0, ...sorted.map((r) => r.id.length));
  const categoryWidth = Math.max(0, ...sorted.map((r) => r.category.length));
  return sorted
    .map((r) => `${r.id.padEnd(idWidth)}  ${r.level.padEnd('warning'.length)}  ${r.category.padEnd(categoryWidth)}  ${r.docs.summary}\n`)
    .join('');
}

/** Greedy word wrap at 100 columns; a word longer than that gets a line of its own. */
function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (lines.length > 0) lines.push('');
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(indent + line);
  }
  return lines;
}
