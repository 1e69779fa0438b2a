import { defineRule } from '../src/engine/rule.js';
import { atoiArgument, plainNumberOf } from '../src/model/queries/sentinel-numbers.js';

export default defineRule({
  id: 'down-after-too-low',
  level: 'note',
  category: 'topology',
  docs: {
    summary: '(Heuristic) a `down-after-milliseconds` under one second.',
    breaks:
      'A master that does not answer PING for that long is marked down (SDOWN), and with a quorum of Sentinels agreeing ' +
      'it is failed over. Under a second, a fork for a snapshot, a slow disk, a paused VM or a short network hiccup is ' +
      'enough: failovers start for no reason and may flap (sentinel.conf, default 30000 ms).',
    fix: 'Use a few seconds at least (5000 ms is common in containers; the default is 30000).',
    example: { bad: 'bad-half-second', good: 'good-five-seconds' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      for (const monitor of sentinel.monitors) {
        const option = monitor.option('down-after-milliseconds');
        const downAfter = plainNumberOf(option);
        if (!option || downAfter === undefined || downAfter <= 0 || downAfter >= 1000) continue;
        yield {
          at: atoiArgument(option)!.span,
          message:
            `down-after-milliseconds for ${monitor.name.text} is ${downAfter} ms: a pause that short (a fork, a slow disk, ` +
            'a network hiccup) marks the master down and can start a failover for nothing. Use a few seconds at least ' +
            '(the default is 30000).',
        };
      }
    }
  },
});
