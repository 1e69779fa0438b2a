import { defineRule } from '../src/engine/rule.js';
import { isIpLiteral } from '../src/model/address.js';
import { isTemplated } from '../src/model/queries/template-markers.js';

const isYes = (text: string | undefined) => text?.toLowerCase() === 'yes';

export default defineRule({
  id: 'sentinel-hostname-not-announced',
  level: 'warning',
  category: 'network',
  docs: {
    summary: 'A `sentinel monitor` host name with `resolve-hostnames yes` but without `announce-hostnames yes`.',
    breaks:
      'Sentinel resolves the name and, whenever it rewrites its file (at start when it adds its myid, after failovers and ' +
      'discoveries), writes the resolved IP address in its place: the name is gone and the address goes stale when the ' +
      'container gets a new one. If the name did not resolve yet, it writes an empty host ' +
      '(`sentinel monitor mymaster  6379 2`), and the next start fails with "Unrecognized sentinel configuration ' +
      'statement." (reproduced on 7.0.15).',
    fix: 'Add `sentinel announce-hostnames yes` so the name is kept (clients then get the name from the Sentinels).',
    example: { bad: 'bad-resolve-without-announce', good: 'good-resolve-and-announce' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (!isYes(sentinel.global('resolve-hostnames')?.args[0]?.text)) continue;
      if (isYes(sentinel.global('announce-hostnames')?.args[0]?.text)) continue;
      for (const monitor of sentinel.monitors) {
        const host = monitor.host.text;
        // localhost always resolves to 127.0.0.1: writing the address back changes nothing. A
        // placeholder is no name at all (conf-unexpanded-variable).
        if (isIpLiteral(host) || host.toLowerCase() === 'localhost' || isTemplated(host)) continue;
        yield {
          at: monitor.host.span,
          message:
            `Sentinel will replace ${host} with its IP address the next time it rewrites this file (or with an empty host ` +
            'if the name does not resolve yet, and then the next start fails with "Unrecognized sentinel configuration ' +
            'statement."). Add sentinel announce-hostnames yes to keep the name.',
        };
      }
    }
  },
});
