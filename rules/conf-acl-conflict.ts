import { defineRule } from '../src/engine/rule.js';
import { confNodes, isSentinel } from '../src/model/queries/conf-node.js';

export default defineRule({
  id: 'conf-acl-conflict',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'An invalid ACL rule in a `user` line, or `user` lines together with an `aclfile`.',
    breaks:
      'After reading the file the server refuses the mix and exits: "Configuring Redis with users defined in redis.conf ' +
      'and at the same setting an ACL file path is invalid." (acl.c, RULES.md §1.3, E28). Sentinel does the same. ' +
      'Invalid ACL rules are reported by conf-parse-error.',
    fix:
      'Correct the ACL rule as the message says (`ACL CAT` lists the categories); define users in one place: move the ' +
      '`user` lines into the ACL file, or remove `aclfile`.',
    example: { bad: 'bad-aclfile-and-user-lines', good: 'good-aclfile-only' },
  },
  *check(deployment) {
    // Invalid ACL rules are found by the conf parser, which knows acl.c's grammar.
    yield* deployment.problems.filter((p) => p.rule === 'conf-acl-conflict');
    for (const node of confNodes(deployment)) {
      const aclfile = node.setting('aclfile');
      if (!aclfile || aclfile.args[0]?.text === '') continue; // `aclfile ""` sets no file
      const user = node.conf.directives.find((d) => d.valid && d.name === 'user') ?? node.setting('user');
      if (!user) continue;
      const server = isSentinel(node) ? 'redis-sentinel' : 'redis-server';
      yield {
        at: aclfile.span,
        message:
          `${server} will not start: "Configuring Redis with users defined in redis.conf and at the same setting an ACL ` +
          `file path is invalid.": ${node.name} sets an aclfile and also defines users with user lines. Move the users ` +
          'into the ACL file, or remove aclfile.',
        related: [{ at: user.span, message: 'a user is defined here' }],
      };
    }
  },
});
