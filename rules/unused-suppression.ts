import { defineParseRule } from '../src/engine/rule.js';

// Reported by the engine (src/engine/suppressions.ts): a suppression comment that matched no finding.
export default defineParseRule({
  id: 'unused-suppression',
  level: 'warning',
  category: 'syntax',
  docs: {
    summary: 'A `# sentinel-lint-disable-…` comment that suppresses nothing, or names an unknown rule.',
    breaks:
      'Nothing at run time; but a stale suppression hides the next real finding on that line, and a misspelt rule id ' +
      'suppresses nothing at all.',
    fix: 'Remove the comment, or correct the rule id.',
    example: { bad: 'bad-stale-suppression', good: 'good-used-suppression' },
  },
});
