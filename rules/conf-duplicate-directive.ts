import { defineRule, type Finding } from '../src/engine/rule.js';
import type { ConfFacts, SentinelOptionFact } from '../src/model/facts.js';
import type { Span } from '../src/model/span.js';
import { overriddenAcrossIncludes, overriddenInFile, type Overridden } from '../src/model/queries/overridden-directives.js';

/** `sentinel` options that hold one value (per master, or for the whole Sentinel): the last line wins. */
const SINGLE_VALUE_SENTINEL_OPTIONS = new Set([
  'down-after-milliseconds', 'failover-timeout', 'parallel-syncs', 'notification-script', 'client-reconfig-script',
  'auth-pass', 'auth-user', 'master-reboot-down-after-period', 'announce-ip', 'announce-port', 'deny-scripts-reconfig',
  'sentinel-user', 'sentinel-pass', 'resolve-hostnames', 'announce-hostnames',
]);

export default defineRule({
  id: 'conf-duplicate-directive',
  level: 'warning',
  category: 'syntax',
  docs: {
    summary: 'A directive that holds one value is set on several lines (or in a file and in a file it includes).',
    breaks:
      'The server keeps the last line and ignores the earlier ones without a word (RULES.md §1.3, E5): whoever edits ' +
      'the first line changes nothing. Repeated `bind` lines do not add addresses either: the last one replaces the ' +
      'others, so the server does not listen where the earlier lines say. `save` is the exception (see conf-save-accumulates).',
    fix: 'Keep one line per directive; put every `bind` address on one line.',
    example: { bad: 'bad-maxmemory-twice', good: 'good-each-once' },
  },
  *check(deployment) {
    const seen = new Set<string>();
    const once = (finding: Finding) => {
      const key = `${finding.at.file}:${finding.at.line}:${finding.at.column}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [finding];
    };
    for (const conf of deployment.confs) {
      for (const overridden of overriddenInFile(conf)) yield* once(report(overridden));
      for (const [line, winner] of overriddenSentinelOptions(conf)) {
        yield* once({
          at: line.declaredAt,
          message:
            `sentinel ${line.option}${line.master ? ` for ${line.master.text}` : ''} is set again on line ${winner.declaredAt.line}: ` +
            'Sentinel keeps the last value, so this line has no effect. Keep one of them.',
          related: [{ at: winner.declaredAt, message: 'this later line wins' }],
        });
      }
    }
    for (const { overridden } of overriddenAcrossIncludes(deployment)) yield* once(report(overridden));
  },
});

function report({ line, winner }: Overridden): Finding {
  const where = describeLine(winner.span, line.span);
  const related = [{ at: winner.span, message: 'this later line wins' }];
  if (line.name === 'bind') {
    return {
      at: line.span,
      message:
        `bind lines replace each other: the server listens only on the addresses of the bind line on ${where}, not on ` +
        'these. Put every address on one bind line.',
      related,
    };
  }
  const alias = winner.written !== line.written ? ` (as ${winner.written})` : '';
  return {
    at: line.span,
    message:
      `${line.written} is set again${alias} on ${where}: the server keeps the last value, so this line has no effect. ` +
      'Keep one of them.',
    related,
  };
}

function describeLine(winner: Span, line: Span): string {
  if (winner.file === line.file) return `line ${winner.line}`;
  return `line ${winner.line} of ${winner.file}, which the server reads after this line`;
}

function overriddenSentinelOptions(conf: ConfFacts): [SentinelOptionFact, SentinelOptionFact][] {
  const out: [SentinelOptionFact, SentinelOptionFact][] = [];
  const last = new Map<string, SentinelOptionFact>();
  for (const option of conf.sentinelOptions) {
    if (!SINGLE_VALUE_SENTINEL_OPTIONS.has(option.option)) continue;
    const key = `${option.option}\0${option.master?.text ?? ''}`;
    const earlier = last.get(key);
    if (earlier) out.push([earlier, option]);
    last.set(key, option);
  }
  return out;
}
