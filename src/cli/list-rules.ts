import type { Rule } from '../engine/rule.js';

/** `--list-rules`: one rule a line, aligned: id, default level, category, summary. */
export function listRules(rules: readonly Rule<any>[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return (
    rules.map((r) => `${r.id.padEnd(width)}  ${r.level.padEnd(7)}  ${r.category.padEnd(11)}  ${r.docs.summary}`).join('\n') +
    `\n\n${rules.length} rules. sentinel-lint --explain <id> prints one in full.\n`
  );
}
