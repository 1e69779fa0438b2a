import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'min-replicas-disabled',
  level: 'warning',
  category: 'topology',
  docs: {
    summary: '`min-replicas-to-write` above 0 together with `min-replicas-max-lag 0`, which turns the check off.',
    breaks:
      'replication.c skips the good-replica check when the maximum lag is 0, so the master keeps accepting writes with ' +
      'no replica connected, without a word (RULES.md §1.6, E23): the guard against losing acknowledged writes in a ' +
      'failover is not there.',
    fix: 'Set `min-replicas-max-lag` to the lag in seconds you accept (the default is 10), or remove `min-replicas-to-write`.',
    example: { bad: 'bad-max-lag-zero', good: 'good-max-lag-ten' },
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      const toWrite = server.setting('min-replicas-to-write');
      const maxLag = server.setting('min-replicas-max-lag');
      const replicas = Number(toWrite?.args[0]?.text);
      if (!toWrite || !maxLag || !(replicas > 0) || Number(maxLag.args[0]?.text) !== 0) continue;
      yield {
        at: maxLag.span,
        message:
          `${maxLag.written} 0 turns the min-replicas check off: ${server.name} asks for ${replicas} good ` +
          `replica${replicas === 1 ? '' : 's'} before accepting writes, but with a lag of 0 the master accepts them with ` +
          'no replica at all. Set the lag in seconds you accept (the default is 10).',
        related: [{ at: toWrite.span, message: `${toWrite.written} ${replicas} is set here` }],
      };
    }
  },
});
