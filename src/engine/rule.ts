import type { Deployment } from '../model/deployment.js';
import type { Level } from '../model/facts.js';
import type { Span } from '../model/span.js';

export type { Level };

export type Category = 'syntax' | 'topology' | 'security' | 'network' | 'persistence' | 'client' | 'compose';

/** What a rule reports. The engine adds the rule id, the level and the fingerprint. */
export interface Finding {
  at: Span;
  message: string;
  related?: { at: Span; message: string }[];
  /** Only where RULES.md gives the rule two levels; a user's level for the rule overrides it. */
  level?: Level;
}

export interface RuleDocs {
  /** One sentence: what is wrong. */
  summary: string;
  /** What breaks at run time, and when. */
  breaks: string;
  /** What to do. */
  fix: string;
  /** Fixture folders under fixtures/rules/<id>/ that show it: `bad-…` fires, `good-…` does not. */
  example: { bad: string; good: string };
}

export interface Rule<Options = undefined> {
  id: string;
  level: Level;
  category: Category;
  /** Findings mean redis-server or redis-sentinel refuses to start with this file. */
  refusesStart?: boolean;
  /** A security rule: SARIF gets the `security` tag and a `security-severity`. */
  security?: { severity: number };
  docs: RuleDocs;
  /** Pure: no I/O, no parsing, no clock, no state. Silent on what is unknown. */
  check(deployment: Deployment, options: Options): Iterable<Finding>;
}

/** An identity function that exists for its types (typescript-eslint's `createRule`). */
export function defineRule<Options = undefined>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** The rules that only report what a parser found: their check yields the parse problems. */
export function defineParseRule(rule: Omit<Rule, 'check'>): Rule {
  return { ...rule, check: (deployment) => deployment.problems.filter((p) => p.rule === rule.id) };
}
