import { defineRule } from '../src/engine/rule.js';
import { ACCESS_DIRECTIVES, hasTemplatedSetting } from '../src/model/queries/template-markers.js';
import { defaultUserOf } from '../src/model/queries/default-user.js';
import { describeBind, listeningOf, networkAddresses } from '../src/model/queries/listen-addresses.js';
import { protectedModeOf } from '../src/model/queries/protected-mode.js';

export default defineRule({
  id: 'sentinel-exposed-without-auth',
  level: 'warning',
  category: 'security',
  security: { severity: 7.5 },
  docs: {
    summary: 'A Sentinel that listens beyond loopback with no password.',
    breaks:
      'Sentinel runs with protected mode off and listens on all interfaces unless `bind` says otherwise (sentinel.c ' +
      'initSentinelConfig, RULES.md §1.7, E22). Without `requirepass`, anyone who reaches its port can run SENTINEL SET, ' +
      'REMOVE, FAILOVER or MONITOR, and so send every client to a master of their choosing.',
    fix:
      'Set `requirepass` on every Sentinel (the same one, or `sentinel-user`/`sentinel-pass`), and give clients the ' +
      'Sentinel password (`sentinel_kwargs` in Celery).',
    example: { bad: 'bad-bind-all-no-password', good: 'good-requirepass-set' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (hasTemplatedSetting(sentinel.conf, ACCESS_DIRECTIVES)) continue; // filled in by a tool: unknown
      const listening = listeningOf(sentinel);
      const remote = listening ? networkAddresses(listening) : [];
      if (!listening || remote.length === 0 || protectedModeOf(sentinel).on !== false) continue;
      const user = defaultUserOf(sentinel, deployment);
      if (!user?.nopass || !user.enabled) continue;
      const port = sentinel.port.known ? String(sentinel.port.value) : 'its port';
      // Report at what exposes it: the bind address, else the port it listens on, else what it controls.
      const at = listening.bind
        ? remote[0]!.span
        : (sentinel.setting('port')?.span ?? sentinel.monitors[0]?.declaredAt ?? sentinel.declaredAt);
      yield {
        at,
        message:
          `Anyone who reaches port ${port} can control this Sentinel without a password (SENTINEL SET, REMOVE, FAILOVER, ` +
          `MONITOR) and send clients to another master: it listens on ${describeBind(listening)}, Sentinel's protected ` +
          'mode is off, and no requirepass is set. Set requirepass on every Sentinel.',
      };
    }
  },
});
