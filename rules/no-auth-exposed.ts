import { defineRule } from '../src/engine/rule.js';
import { ACCESS_DIRECTIVES, hasTemplatedSetting } from '../src/model/queries/template-markers.js';
import { defaultUserOf } from '../src/model/queries/default-user.js';
import { describeBind, listeningOf, networkAddresses } from '../src/model/queries/listen-addresses.js';
import { protectedModeOf } from '../src/model/queries/protected-mode.js';

export default defineRule({
  id: 'no-auth-exposed',
  level: 'error',
  category: 'security',
  security: { severity: 9 },
  docs: {
    summary: 'A data node that listens beyond loopback with protected mode off and no password.',
    breaks:
      'Anyone who can reach the port reads and changes every key, and can use CONFIG SET dir/dbfilename to write files ' +
      'on the host. redis-server listens on all interfaces unless `bind` says otherwise (the compiled default is ' +
      '`* -::*`), and with protected mode off nothing else stops a client from another host when the default user ' +
      'needs no password (RULES.md §1.6, §1.7, E22). From a conf file alone this is reported only when the file itself ' +
      'sets `protected-mode no`: redis-server turns protected mode on by default.',
    fix: 'Set `requirepass` (or ACL users with passwords and `user default off`), and `bind` only the addresses clients use.',
    example: { bad: 'bad-protected-mode-off-no-password', good: 'good-password-set' },
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (hasTemplatedSetting(server.conf, ACCESS_DIRECTIVES)) continue; // filled in by a tool: unknown
      const protectedMode = protectedModeOf(server);
      const listening = listeningOf(server);
      if (protectedMode.on !== false || !protectedMode.directive || !listening) continue;
      if (networkAddresses(listening).length === 0) continue;
      const user = defaultUserOf(server, deployment);
      if (!user?.nopass || !user.enabled) continue;
      const port = server.port.known ? String(server.port.value) : 'its port';
      yield {
        at: protectedMode.directive.span,
        message:
          `Anyone who reaches port ${port} can read and change every key without a password: protected mode is off, ` +
          `redis-server listens on ${describeBind(listening)}, and the default user needs no password. Set requirepass ` +
          '(or users with passwords), and bind only the addresses clients use.',
        related: listening.bind ? [{ at: listening.bind.span, message: 'it listens on these addresses' }] : [],
      };
    }
  },
});
