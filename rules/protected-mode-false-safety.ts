import { defineRule } from '../src/engine/rule.js';
import { accessUnknown } from '../src/model/queries/access-unknown.js';
import { defaultUserOf } from '../src/model/queries/default-user.js';
import { describeBind, listeningOf, networkAddresses } from '../src/model/queries/listen-addresses.js';
import { protectedModeOf } from '../src/model/queries/protected-mode.js';

export default defineRule({
  id: 'protected-mode-false-safety',
  level: 'note',
  category: 'security',
  security: { severity: 5 },
  docs: {
    summary: 'A data node without a password that listens beyond loopback and relies on protected mode.',
    breaks:
      'Protected mode ignores `bind`: with no password, every client that does not connect from 127.0.0.1 or ::1 gets ' +
      '-DENIED, so a server bound to 0.0.0.0 for remote clients refuses them all (RULES.md §1.6, E22). Where the file ' +
      'leaves protected mode to its default, the protection depends on the build: redis-server turns it on, the official ' +
      'Docker image compiles it off, and there the same file is open to anyone who reaches the port. A compose service ' +
      'on the official image is not reported for the default: protected mode is known to be off there ' +
      '(image-protected-mode-off, no-auth-exposed).',
    fix: 'Set `requirepass` (or ACL users with passwords): that lets remote clients in and keeps everyone else out.',
    example: { bad: 'bad-bind-all-protected-mode-yes', good: 'good-bind-all-with-password' },
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (accessUnknown(server)) continue; // filled in by a tool or at run time: unknown
      const listening = listeningOf(server);
      const remote = listening ? networkAddresses(listening) : [];
      if (!listening || remote.length === 0 || !defaultUserOf(server, deployment)?.nopass) continue;
      const protectedMode = protectedModeOf(server);
      if (protectedMode.on === true && protectedMode.directive) {
        yield {
          at: protectedMode.directive.span,
          message:
            `The default user needs no password, so protected mode answers every client that is not on 127.0.0.1 or ::1 with -DENIED, ` +
            `although redis-server listens on ${describeBind(listening)}: protected mode ignores bind. Set requirepass ` +
            'to let remote clients in.',
          related: listening.bind ? [{ at: listening.bind.span, message: 'it listens on these addresses' }] : [],
        };
      } else if (protectedMode.on === undefined && !protectedMode.directive && listening.bind) {
        // The build decides; on the official image it is known to be off (image-protected-mode-off says so).
        yield {
          at: remote[0]!.span,
          message:
            `With no password, only protected mode guards ${remote[0]!.address}: redis-server turns it on by default, so ` +
            'remote clients get -DENIED, but the official Docker image turns it off, and there anyone who reaches the ' +
            'port can read and change every key. Set requirepass.',
        };
      }
    }
  },
});
