import type { Deployment } from '../deployment.js';
import type { ConfDirective, ConfFacts } from '../facts.js';
import { confNodes, includedFragments } from './conf-node.js';
import { isDeprecatedName } from './deprecated-directives.js';

/**
 * Directives that several lines build up instead of replacing: `save` adds rules, `user` and
 * `rename-command` name what they change, `include` and `loadmodule` each load something,
 * `client-output-buffer-limit` sets one client class a line, and module configs (`name.option`)
 * are queued for their module (config.c `loadServerConfigFromString`).
 */
const BUILT_UP = new Set(['save', 'user', 'rename-command', 'include', 'loadmodule', 'client-output-buffer-limit']);

/** A directive whose last line is the only one that counts (RULES.md §1.3 "duplicates", E5). */
export function isLastLineWins(directive: ConfDirective): boolean {
  return directive.valid && !BUILT_UP.has(directive.name) && !directive.name.includes('.') && !isDeprecatedName(directive.name);
}

/** A line that a later line of the same directive makes dead, and that later line. */
export interface Overridden {
  line: ConfDirective;
  winner: ConfDirective;
}

/**
 * Within one file, every line of a last-line-wins directive but the last. `dir` is an exception
 * while an `include` stands between two of its lines: `dir` changes the working directory that a
 * relative include is read from, so the earlier one still matters.
 */
export function overriddenInFile(conf: ConfFacts): Overridden[] {
  const out: Overridden[] = [];
  const lastSeen = new Map<string, ConfDirective>();
  for (const directive of conf.directives) {
    if (directive.valid && directive.name === 'include') lastSeen.delete('dir');
    if (!isLastLineWins(directive)) continue;
    const earlier = lastSeen.get(directive.name);
    if (earlier) out.push({ line: earlier, winner: directive });
    lastSeen.set(directive.name, directive);
  }
  return out;
}

/**
 * Across a node and the files it includes (expanded in place, as redis-server reads them): the
 * last line of a directive in one file that a line of another file overrides. Which fragments a
 * node includes is proved by `setting()` returning one of their lines; a fragment none of whose
 * lines wins stays unknown (the Deployment does not expose the expanded list). Files the server
 * rewrote are skipped: CONFIG REWRITE writes values that came from includes into the main file.
 */
export function overriddenAcrossIncludes(deployment: Deployment): { node: string; overridden: Overridden }[] {
  const fragments = includedFragments(deployment);
  const out: { node: string; overridden: Overridden }[] = [];
  for (const node of confNodes(deployment)) {
    if (node.conf.rewrittenByServer || node.conf.includes.length === 0) continue;
    const wins = (conf: ConfFacts) => lastLines(conf).some((line) => node.setting(line.name) === line);
    const files = [node.conf, ...fragments.filter(wins)];
    for (const conf of files) {
      for (const line of lastLines(conf)) {
        const winner = node.setting(line.name);
        if (winner && winner !== line) out.push({ node: node.name, overridden: { line, winner } });
      }
    }
  }
  return out;
}

/** The last line of each last-line-wins directive in a file. */
function lastLines(conf: ConfFacts): ConfDirective[] {
  const last = new Map<string, ConfDirective>();
  for (const directive of conf.directives) if (isLastLineWins(directive)) last.set(directive.name, directive);
  return [...last.values()];
}
