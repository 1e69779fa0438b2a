import { defineParseRule } from '../src/engine/rule.js';

export default defineParseRule({
  id: 'conf-bom',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'The file starts with a UTF-8 byte order mark.',
    breaks:
      'redis-server does not strip the BOM: it becomes part of the first directive, so line 1 fails with ' +
      '"Bad directive or wrong number of arguments" and the server exits at start-up (RULES.md E35).',
    fix: 'Save the file as UTF-8 without a BOM (most editors call it "UTF-8", not "UTF-8 with BOM").',
    example: { bad: 'bad-bom', good: 'good-no-bom' },
  },
});
