import { defineParseRule } from '../src/engine/rule.js';

// Reported by the conf parser, which knows whether the `#` word makes the line invalid.
export default defineParseRule({
  id: 'conf-inline-comment',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A `#` comment after a value on a redis.conf or sentinel.conf line.',
    breaks:
      'Only whole lines can be comments. `maxmemory 100mb # limit` has three arguments, so the server stops with ' +
      '"wrong number of arguments"; `save 900 1 # hourly` gives "Invalid save parameters"; `bind 127.0.0.1 # local` ' +
      'tries to listen on "#" and aborts (RULES.md E3, E43).',
    fix: 'Move the comment to a line of its own above the directive.',
    example: { bad: 'bad-comment-after-value', good: 'good-comment-on-own-line' },
  },
});
