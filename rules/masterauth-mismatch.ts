import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Server } from '../src/model/deployment.js';
import { defaultUserAuth, userAuth } from '../src/model/queries/node-auth.js';
import { settingInEffect } from '../src/model/queries/setting-in-effect.js';

export default defineRule({
  id: 'masterauth-mismatch',
  level: 'error',
  category: 'security',
  docs: {
    summary: "A replica's `masterauth` does not log in to its master: missing, different from the master's password, or sent to a master that has none.",
    breaks:
      'Replication never starts. Without masterauth the replica stops at "MASTER aborted replication with an error: ' +
      'NOAUTH Authentication required." (RULES.md E25); with a wrong one the master answers "WRONGPASS invalid ' +
      'username-password pair or user is disabled."; with a masterauth towards a master that has no password the ' +
      'one-argument AUTH fails with "AUTH <password> called without any password configured for the default user" ' +
      'and the replica logs "Unable to AUTH to MASTER" every second (checked on redis 7.0.15). With `masteruser` the ' +
      'password is checked against that ACL user.',
    fix: "Set `masterauth` to the master's `requirepass` (or to the password of the `masteruser` ACL user), the same on every node of the group.",
    example: { bad: 'bad-wrong-masterauth', good: 'good-same-password' },
  },
  *check(deployment) {
    for (const replica of deployment.servers) {
      const master = replica.master;
      if (!master || !replica.replicaof) continue; // the master is not proven
      const finding = checkReplica(replica, master);
      if (finding) yield finding;
    }
  },
});

function checkReplica(replica: Server, master: Server): Finding | undefined {
  const masterauth = settingInEffect(replica, 'masterauth');
  const masteruser = settingInEffect(replica, 'masteruser');
  if (!masterauth.known || !masteruser.known) return undefined;
  const password = masterauth.directive?.args[0]?.secret;
  const user = masteruser.directive?.args[0]?.text || undefined; // `masteruser ""` is none
  const replicaof = replica.replicaof!.declaredAt;

  if (!password || password.isEmpty) {
    // replication.c sends AUTH only when masterauth is set: the connection stays the default user.
    const auth = defaultUserAuth(master);
    if (auth.kind !== 'password') return undefined;
    return {
      at: replicaof,
      message:
        `${replica.name} replicates from ${master.name}, which requires a password, but has no masterauth: replication ` +
        `stops at "NOAUTH Authentication required.". Add masterauth with the master's password.`,
      related: [{ at: auth.at, message: auth.why }],
    };
  }

  const at = masterauth.directive!.span;
  if (!user) {
    const auth = defaultUserAuth(master);
    if (auth.kind === 'none') {
      return {
        at,
        message:
          `${replica.name} sends its masterauth to ${master.name}, which has no password: the master answers "AUTH ` +
          `<password> called without any password configured for the default user" and replication never starts. ` +
          `Give the master a requirepass equal to this masterauth, or remove masterauth.`,
        related: [{ at: auth.at, message: auth.why }],
      };
    }
    if (auth.kind !== 'password' || auth.secrets.some((s) => s.equals(password))) return undefined;
    return {
      at,
      message:
        `The masterauth in ${replica.name} is not the password of its master ${master.name}: replication fails with ` +
        `"WRONGPASS invalid username-password pair or user is disabled.". Use the master's password.`,
      related: [{ at: auth.at, message: auth.why }],
    };
  }

  // AUTH <masteruser> <masterauth>: a nopass user accepts any password.
  const auth = userAuth(master, user);
  if (auth.kind === 'no-such-user') {
    return {
      at: masteruser.directive!.span,
      message:
        `${replica.name} logs in to its master ${master.name} as user ${user}, which ${master.name} does not define: ` +
        `replication fails with "WRONGPASS invalid username-password pair or user is disabled.". Add the user to the master.`,
    };
  }
  if (auth.kind !== 'password' || auth.secrets.some((s) => s.equals(password))) return undefined;
  return {
    at,
    message:
      `The masterauth in ${replica.name} is not the password of user ${user} on its master ${master.name}: replication ` +
      `fails with "WRONGPASS invalid username-password pair or user is disabled.". Use that user's password.`,
    related: [{ at: auth.at, message: auth.why }],
  };
}
