/** The public API: `lint(options)` and the types its result is made of. */
export { lint, type LintOptions, type LintOutcome } from './lint.js';
export type { LintResult, ReportedFinding } from './engine/result.js';
export type { Rule, Finding, RuleDocs, Level, Category } from './engine/rule.js';
export type { Span } from './model/span.js';
export { rules } from '../rules/index.js';
