import { defineRule } from '../src/engine/rule.js';
import { defaultUserAuth } from '../src/model/queries/node-auth.js';
import { settingInEffect } from '../src/model/queries/setting-in-effect.js';

export default defineRule({
  id: 'master-missing-masterauth',
  level: 'error',
  category: 'security',
  docs: {
    summary: 'The initial master of a Sentinel group has no `masterauth`, while replicas it may have to follow require a password.',
    breaks:
      'Sentinel promotes a replica when the master fails; when the old master comes back, Sentinel turns it into a ' +
      'replica of the new master. Without `masterauth` it cannot authenticate and loops on "MASTER aborted ' +
      'replication with an error: NOAUTH Authentication required." (RULES.md E25, the seed guide\'s defect 3): ' +
      'the group has lost a node for good, without a word at start-up.',
    fix:
      'Give every node of the group the same `requirepass` and `masterauth` (the Sentinel documentation says so), ' +
      'the initial master included.',
    example: { bad: 'bad-master-without-masterauth', good: 'good-master-with-masterauth' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const master = group.master;
      if (!master) continue; // which node is the master is not proven
      const masterauth = settingInEffect(master, 'masterauth');
      if (!masterauth.known) continue;
      const secret = masterauth.directive?.args[0]?.secret;
      if (secret && !secret.isEmpty) continue;
      // Without masterauth the old master sends no AUTH at all (replication.c), masteruser or not.
      const locked = group.replicas.flatMap((replica) => {
        const auth = defaultUserAuth(replica);
        return auth.kind === 'password' ? [{ replica, auth }] : [];
      });
      if (locked.length === 0) continue;
      const requirepass = settingInEffect(master, 'requirepass');
      const at = (requirepass.known && requirepass.directive?.span) || group.monitors[0]!.declaredAt;
      const names = locked.map((l) => l.replica.name).join(', ');
      yield {
        at,
        message:
          `${master.name} is the master of ${group.name} and has no masterauth, but ${names} ` +
          `${locked.length === 1 ? 'requires' : 'require'} a password: after a failover it rejoins as a replica and loops ` +
          `on "NOAUTH Authentication required.", never resyncing. Add masterauth with the replicas' password.`,
        related: [
          ...locked.map(({ auth }) => ({ at: auth.at, message: auth.why })),
          ...group.monitors.map((m) => ({ at: m.declaredAt, message: `${m.sentinel.name} can fail ${group.name} over to a replica` })),
        ],
      };
    }
  },
});
