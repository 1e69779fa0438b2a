import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'sentinel-order-legacy',
  level: 'note',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A per-master `sentinel` line above the `sentinel monitor` line of its master, for a target older than Redis 6.2.',
    breaks:
      'Before 6.2 Sentinel handled each `sentinel` line as it read it, so `auth-pass`, `down-after-milliseconds` and the ' +
      'other per-master options must come after their `monitor` line; otherwise it stops with "No such master with ' +
      'specified name." (sentinel.c before commit 1aad55b, which made the order free in 6.2). Only reported when the ' +
      'target version (`settings.redisVersion`, or the image tag) is older than 6.2.',
    fix: 'Move the line below the `sentinel monitor` line of its master, or target Redis 6.2 or later.',
    example: { bad: 'bad-auth-pass-before-monitor', good: 'good-monitor-first' },
  },
  *check(deployment) {
    const { product, version } = deployment.target;
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (product !== 'redis' || major > 6 || (major === 6 && minor >= 2)) return;
    for (const conf of deployment.confs) {
      for (const option of conf.sentinelOptions) {
        if (!option.master) continue;
        const monitor = conf.monitors.find((m) => m.name.text === option.master!.text);
        if (!monitor || monitor.declaredAt.line < option.declaredAt.line) continue;
        yield {
          at: option.master.span,
          message:
            `redis-sentinel ${version} will not start: "No such master with specified name.": before 6.2 Sentinel reads ` +
            `its sentinel lines in order, and ${option.master.text} is only declared by the monitor line on line ` +
            `${monitor.declaredAt.line}. Move this line below it.`,
          related: [{ at: monitor.declaredAt, message: `${option.master.text} is declared here` }],
        };
      }
    }
  },
});
