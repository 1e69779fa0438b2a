import { defineParseRule } from '../src/engine/rule.js';

// Reported by the conf parser (src/sources/conf/parse-conf.ts) in redis-server's own words.
export default defineParseRule({
  id: 'conf-parse-error',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A line that redis-server or redis-sentinel refuses when it loads the file.',
    breaks:
      'The server prints "*** FATAL CONFIG FILE ERROR ***" with this line and exits at start-up; in a container ' +
      'the service restart-loops and the node never joins the deployment.',
    fix: 'Correct the line as the message says: the message quotes the server, so it can be searched for.',
    example: { bad: 'bad-memory-unit-tb', good: 'good-valid-directives' },
  },
});
