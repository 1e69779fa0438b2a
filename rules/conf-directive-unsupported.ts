import { defineParseRule } from '../src/engine/rule.js';

// Reported by the conf parser from the directive table's version data.
export default defineParseRule({
  id: 'conf-directive-unsupported',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A directive or value that the target Redis or Valkey version does not know.',
    breaks:
      'The server of that version stops at start-up with "Bad directive or wrong number of arguments" (or ' +
      '"Unrecognized sentinel configuration statement."): `locale-collate` before Redis 7.2, `primaryauth` on Redis, ' +
      '`sentinel resolve-hostnames` before 6.2.',
    fix:
      'Use a server version that has the directive (set `settings.redisVersion`, or the image tag), or remove the line.',
    example: { bad: 'bad-locale-collate-on-7-0', good: 'good-locale-collate-on-7-2' },
  },
});
