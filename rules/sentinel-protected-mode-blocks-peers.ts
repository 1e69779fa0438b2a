import { defineRule } from '../src/engine/rule.js';
import { ACCESS_DIRECTIVES, hasTemplatedSetting } from '../src/model/queries/template-markers.js';
import { defaultUserOf } from '../src/model/queries/default-user.js';
import { isLoopbackAddress, listeningOf, networkAddresses } from '../src/model/queries/listen-addresses.js';
import { protectedModeOf } from '../src/model/queries/protected-mode.js';

export default defineRule({
  id: 'sentinel-protected-mode-blocks-peers',
  level: 'error',
  category: 'network',
  docs: {
    summary: 'A sentinel.conf that turns `protected-mode yes` on without a password.',
    breaks:
      'Sentinel runs with protected mode off by default (sentinel.c initSentinelConfig) because it must be reachable. ' +
      'Turned on with no password, it answers every connection that does not come from 127.0.0.1 or ::1 with -DENIED ' +
      '(networking.c; `bind` plays no part): the other Sentinels cannot exchange hellos or votes with this one, and ' +
      'clients on other hosts cannot ask it for the master, so no failover can be agreed. Not reported when every ' +
      'monitored master is on a loopback address (all on one machine).',
    fix: 'Remove `protected-mode yes`, or set `requirepass` on every Sentinel (clients then need the Sentinel password).',
    example: { bad: 'bad-protected-no-password', good: 'good-protected-with-password' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (hasTemplatedSetting(sentinel.conf, ACCESS_DIRECTIVES)) continue; // filled in by a tool: unknown
      const protectedMode = protectedModeOf(sentinel);
      const listening = listeningOf(sentinel);
      if (!protectedMode.on || !protectedMode.directive || !listening || networkAddresses(listening).length === 0) continue;
      if (!defaultUserOf(sentinel, deployment)?.nopass) continue;
      // Peers that reach a master over loopback announce a loopback address: they connect from 127.0.0.1.
      const announced = sentinel.global('announce-ip')?.args[0]?.text;
      const remote = sentinel.monitors.filter((m) => !isLoopbackAddress(m.host.text));
      if (remote.length === 0 || (announced !== undefined && isLoopbackAddress(announced))) continue;
      yield {
        at: protectedMode.directive.span,
        message:
          'With protected mode on and no password, this Sentinel answers every peer that is not on 127.0.0.1 or ::1 with ' +
          `-DENIED: the other Sentinels monitoring ${remote[0]!.name.text} cannot reach it, so no failover can be agreed, ` +
          'and remote clients cannot ask it for the master. Remove this line (Sentinel runs with protected mode off), or ' +
          'set requirepass on every Sentinel.',
      };
    }
  },
});
