import { defineParseRule } from '../src/engine/rule.js';

// Reported by discovery (links) and the conf parser (include paths) instead of reading the file.
export default defineParseRule({
  id: 'path-outside-root',
  level: 'note',
  category: 'syntax',
  docs: {
    summary: 'A symbolic link or `include` that points outside the folder being linted.',
    breaks:
      'Nothing at run time; but sentinel-lint never reads outside the repository, so whatever that file configures ' +
      'is unknown and the checks that need it stay silent.',
    fix: 'Keep the configuration inside the repository, or lint from a folder that contains the target.',
    example: { bad: 'bad-include-parent', good: 'good-include-inside' },
  },
});
