import { defineParseRule } from '../src/engine/rule.js';

// Reported by the sentinel line checker, which applies resolve-hostnames from anywhere in the file.
export default defineParseRule({
  id: 'sentinel-hostname-without-resolve',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A host name in `sentinel monitor` (or a known-replica/known-sentinel line) without `sentinel resolve-hostnames yes`.',
    breaks:
      'Without resolve-hostnames Sentinel accepts IP addresses only: every name, `localhost` included, gives ' +
      '"Failed to resolve hostname" and then "Can\'t resolve instance hostname." at start-up, so every Sentinel ' +
      'with this file exits (RULES.md E16). Docker DNS does not help.',
    fix:
      'Add `sentinel resolve-hostnames yes` (and `sentinel announce-hostnames yes` so the name survives a config ' +
      'rewrite), or monitor the master by IP address.',
    example: { bad: 'bad-hostname-no-resolve', good: 'good-hostname-with-resolve' },
  },
});
