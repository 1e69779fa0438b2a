import { defineParseRule } from '../src/engine/rule.js';

// Reported by discovery and the parsers for files that cannot be read as what they claim to be.
export default defineParseRule({
  id: 'parse-error',
  level: 'error',
  category: 'syntax',
  docs: {
    summary: 'A file that cannot be parsed: binary content, UTF-16, over the size limit, unreadable, or a syntax error.',
    breaks:
      'The file is skipped: nothing it configures is checked, and findings that depend on it stay unknown. A server ' +
      'given such a file would refuse it too.',
    fix: 'Fix the file as the message says (save it as UTF-8, remove the binary content), or ignore it in `.sentinel-lint.yml`.',
    example: { bad: 'bad-binary-conf', good: 'good-utf8-conf' },
  },
});
