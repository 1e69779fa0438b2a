import { defineParseRule } from '../src/engine/rule.js';

// Reported by the sentinel line checker (src/sources/conf/sentinel-lines.ts), in sentinel.c's words.
export default defineParseRule({
  id: 'sentinel-parse-error',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A `sentinel` line that redis-sentinel refuses: argument count, quorum, port, time, unknown master, yes/no.',
    breaks:
      'redis-sentinel reads its `sentinel` lines after the rest of the file and exits with "*** FATAL CONFIG FILE ' +
      'ERROR ***" on the first one it refuses: that Sentinel never starts, and the others may lack a quorum.',
    fix:
      'Correct the line as the message says. `sentinel monitor` takes a name, a host, a port and a quorum of 1 or more; ' +
      'per-master options must name a master that a `sentinel monitor` line declares.',
    example: { bad: 'bad-quorum-zero', good: 'good-complete-sentinel' },
  },
});
