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

/** Plain-text documentation: `--explain` prints it and SARIF `help.text` carries it. */
export function ruleHelpText(rule: Rule<any>): string {
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
    `  fires on:      ${exampleFolder(rule, docs.example.bad)}`,
    `  silent on:     ${exampleFolder(rule, docs.example.good)}`,
  ].join('\n');
}

/** The same documentation as Markdown, for SARIF `help.markdown` (GitHub shows it under an alert). */
export function ruleHelpMarkdown(rule: Rule<any>): string {
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
    `- Fires on: \`${exampleFolder(rule, docs.example.bad)}\``,
    `- Silent on: \`${exampleFolder(rule, docs.example.good)}\``,
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
