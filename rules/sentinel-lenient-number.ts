import { defineRule } from '../src/engine/rule.js';
import type { Deployment } from '../src/model/deployment.js';
import type { Span } from '../src/model/span.js';
import { ATOI_ARGUMENTS, atoiArgument, isPlainInteger, readAtoi } from '../src/model/queries/sentinel-numbers.js';
import { isRenderedTemplate, isTemplated } from '../src/model/queries/template-markers.js';

/** Options whose number is a time in milliseconds. */
const MILLISECONDS = new Set(['down-after-milliseconds', 'failover-timeout', 'master-reboot-down-after-period']);

export default defineRule({
  id: 'sentinel-lenient-number',
  level: 'warning',
  category: 'syntax',
  docs: {
    summary: 'A number in a `sentinel` line that is not written as plain digits (`5s`, `3m`, `abc`), or a monitored port that reads as 0.',
    breaks:
      'Sentinel reads these numbers with C atoi, which stops at the first character that is not a digit and gives 0 when ' +
      'there is none, without a word (RULES.md §1.5, E19): `down-after-milliseconds mymaster 5s` is 5 ms, and a port ' +
      'written as a word is port 0, so Sentinel never reaches the master.',
    fix: 'Write the number in digits only, in the unit the option takes (milliseconds for the timeouts).',
    example: { bad: 'bad-seconds-suffix', good: 'good-plain-milliseconds' },
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      if (conf.kind !== 'sentinel-conf') continue;
      const rendered = isRenderedTemplate(conf);
      for (const option of conf.sentinelOptions) {
        const arg = atoiArgument(option);
        // A templated value (`${DOWN_AFTER}`, `{{ down_after }}`) is conf-unexpanded-variable's, or filled in before use.
        if (!arg || isPlainInteger(arg.text) || isTemplated(arg.text) || refused(deployment, arg.span)) continue;
        const value = readAtoi(arg.text);
        const what = ATOI_ARGUMENTS[option.option]!.what;
        const unit = MILLISECONDS.has(option.option) ? ' ms' : '';
        yield {
          at: arg.span,
          message:
            `Sentinel reads "${arg.text}" as ${value}: it takes only the leading digits (C atoi), so ${what}` +
            `${option.master ? ` for ${option.master.text}` : ''} is ${value}${unit}, not what was written. Write it in ` +
            `digits only${unit ? ', in milliseconds' : ''}.`,
        };
      }
      for (const monitor of conf.monitors) {
        // MonitorFact keeps only the number atoi made of the port: 0 is never a Redis port, whatever was written.
        if (rendered || !monitor.port.known || monitor.port.value !== 0 || refused(deployment, monitor.port.span)) continue;
        yield {
          at: monitor.port.span,
          message:
            `The port of ${monitor.name.text} reads as 0 (Sentinel reads it with C atoi, so a word or anything that does not ` +
            'start with digits is 0): Sentinel tries port 0 and never reaches the master. Write the port in digits.',
        };
      }
    }
  },
});

/** The parser already reports the line (a zero timeout, a port out of range): one finding is enough. */
function refused(deployment: Deployment, at: Span): boolean {
  return deployment.problems.some((p) => p.at.file === at.file && p.at.line === at.line);
}
