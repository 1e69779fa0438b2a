import { defineRule } from '../src/engine/rule.js';
import { confNodes, isSentinel } from '../src/model/queries/conf-node.js';
import { defaultUserOf } from '../src/model/queries/default-user.js';

export default defineRule({
  id: 'sentinel-requirepass-ignored',
  level: 'error',
  category: 'syntax',
  security: { severity: 8 },
  docs: {
    summary: '`requirepass` in a file whose `user default … nopass` line turns the password off again.',
    breaks:
      'A `user default` line resets the default user after the whole file is read, whichever line comes first, so ' +
      '`nopass` wins over `requirepass`: clients connect without a password and the server looks protected when it is ' +
      'not (RULES.md §1.3, E27). Sentinel writes `user default on nopass ~* &* +@all` into its own file when it rewrites ' +
      'it, so a `requirepass` added to such a file later does nothing.',
    fix:
      'Remove `nopass` from the `user default` line and give it the password (`>password` or `#<sha256>`), or remove ' +
      'that line and keep `requirepass`.',
    example: { bad: 'bad-requirepass-after-rewrite', good: 'good-requirepass-alone' },
  },
  *check(deployment) {
    for (const node of confNodes(deployment)) {
      const requirepass = node.requirepass && node.setting('requirepass');
      const user = requirepass && defaultUserOf(node, deployment);
      if (!requirepass || !user?.userLine || !user.nopass) continue;
      const rewriteNote = isSentinel(node) ? ' (Sentinel writes such a line when it rewrites its file)' : '';
      yield {
        at: requirepass.span,
        message:
          `This password is not enforced: the user default line on line ${user.userLine.span.line}${rewriteNote} sets nopass, ` +
          'and it resets the default user after requirepass is read, so clients connect without any password. Remove ' +
          'nopass from that line and give it the password, or remove the line.',
        related: [{ at: user.userLine.span, message: 'the default user gets nopass here' }],
      };
    }
  },
});
