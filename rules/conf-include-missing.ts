import { defineParseRule } from '../src/engine/rule.js';

// Reported by the conf parser only when the include path maps to a repository path with certainty.
export default defineParseRule({
  id: 'conf-include-missing',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'An `include` names a file that does not exist.',
    breaks:
      'redis-server logs "Fatal error, can\'t open config file \'<path>\': No such file or directory" and exits at ' +
      'start-up (RULES.md E10).',
    fix:
      'Add the file or correct the path. Relative paths resolve against the server\'s working directory, which an ' +
      'earlier `dir` line changes; sentinel-lint checks them against the conf file\'s own folder.',
    example: { bad: 'bad-missing-relative-include', good: 'good-include-present' },
  },
});
