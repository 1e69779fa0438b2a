import { defineRule } from '../src/engine/rule.js';
import type { Sentinel, Server } from '../src/model/deployment.js';
import { repeatedSetting, settingInEffect } from '../src/model/queries/setting-in-effect.js';

export default defineRule({
  id: 'requirepass-ignored-by-aclfile',
  level: 'error',
  category: 'security',
  security: { severity: 8 },
  docs: {
    summary: 'A node sets `requirepass` together with `aclfile`: the password is never asked of clients.',
    breaks:
      'redis.conf: "requirepass is not compatible with aclfile … will cause requirepass to be ignored". At start-up ' +
      'Redis loads the ACL file after the config and replaces the default user with the one the file defines, or, ' +
      'when the file does not define `default`, with a default user that has no password (acl.c ' +
      '`ACLLoadFromFile`). So whatever the ACL file holds, requirepass has no effect, and when the file does not ' +
      'define `default` the node answers everyone without a password (checked on redis-server and redis-sentinel ' +
      '7.0.15: PING without AUTH gets PONG). The ACL file itself is not needed to decide this. A Sentinel still ' +
      'sends its requirepass to the other Sentinels when it has no `sentinel sentinel-pass`; only the check of ' +
      'incoming clients is lost.',
    fix: 'Remove requirepass and define the default user in the ACL file: `user default on >… ~* &* +@all`.',
    example: { bad: 'bad-requirepass-with-aclfile', good: 'good-password-in-acl-file' },
  },
  *check(deployment) {
    const nodes: (Server | Sentinel)[] = [...deployment.servers, ...deployment.sentinels];
    for (const node of nodes) {
      const requirepass = settingInEffect(node, 'requirepass');
      const aclfile = settingInEffect(node, 'aclfile');
      if (!requirepass.known || !aclfile.known || !requirepass.directive || !aclfile.directive) continue;
      const secret = requirepass.directive.args[0]?.secret;
      if (!secret || secret.isEmpty || aclfile.directive.args[0]?.text === '') continue;
      // `user` lines with an aclfile stop the server at start-up: conf-acl-conflict reports that.
      const users = repeatedSetting(node, 'user');
      if (!users || users.length > 0) continue;
      yield {
        at: requirepass.directive.span,
        message:
          `requirepass does not protect ${node.name}, because it also loads an ACL file: the file's default user ` +
          `replaces the password, and if the file does not define one the node needs no password at all. Put the ` +
          `password in the ACL file ("user default on >…") and remove requirepass` +
          // sentinel.c sentinelSendAuthIfNeeded: without sentinel-pass, requirepass is what it sends to other Sentinels.
          (node.conf.kind === 'sentinel-conf' ? ' (or keep it only as the password this Sentinel sends to the others).' : '.'),
        related: [{ at: aclfile.directive.span, message: 'the ACL file that decides the default user' }],
      };
    }
  },
});
