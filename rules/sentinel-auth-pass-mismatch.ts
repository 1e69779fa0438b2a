import { defineRule } from '../src/engine/rule.js';
import type { MasterGroup, Monitor } from '../src/model/deployment.js';
import type { Span } from '../src/model/span.js';
import { groupDataNodes } from '../src/model/queries/group-nodes.js';
import { defaultUserAuth, userAuth } from '../src/model/queries/node-auth.js';
import { monitorOption } from '../src/model/queries/sentinel-options.js';

export default defineRule({
  id: 'sentinel-auth-pass-mismatch',
  level: 'error',
  category: 'security',
  docs: {
    summary: "A Sentinel has no `auth-pass` for a master whose data nodes require a password, or its `auth-pass` is not that password.",
    breaks:
      'Sentinel counts a PING reply only if it is PONG, LOADING or MASTERDOWN: a node that answers NOAUTH looks ' +
      'down. The master shows "s_down,master,disconnected", no replicas are found, and a failover aborts; when every ' +
      'Sentinel lacks the password, they agree that a healthy master is down (RULES.md E29). The same auth-pass ' +
      '(and auth-user) is used for the replicas. A wrong password is harmless only on nodes that need none.',
    fix:
      "Add `sentinel auth-pass <master> <password>` with the data nodes' password to every Sentinel (with " +
      '`sentinel auth-user` when Sentinel logs in as an ACL user).',
    example: { bad: 'bad-no-auth-pass', good: 'good-auth-pass-matches' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      for (const monitor of group.monitors) yield* checkMonitor(group, monitor);
    }
  },
});

function* checkMonitor(group: MasterGroup, monitor: Monitor) {
  const authPass = monitorOption(monitor, 'auth-pass');
  const authUser = monitorOption(monitor, 'auth-user');
  if (!authPass.known || !authUser.known) return;
  const password = authPass.fact?.args[0]?.secret;
  const user = authUser.fact?.args[0]?.text;
  const missing: { name: string; at: Span; why: string }[] = [];
  const wrong: { name: string; at: Span; why: string }[] = [];
  for (const node of groupDataNodes(group)) {
    // A failed AUTH leaves the connection as the default user: only a node whose default user needs a password refuses Sentinel.
    const fallback = defaultUserAuth(node);
    if (fallback.kind !== 'password') continue;
    if (!password) {
      missing.push({ name: node.name, at: fallback.at, why: fallback.why });
      continue;
    }
    const auth = user === undefined ? fallback : userAuth(node, user);
    if (auth.kind === 'no-such-user') wrong.push({ name: node.name, at: fallback.at, why: `${node.name} has no ACL user ${user}` });
    else if (auth.kind === 'password' && !auth.secrets.some((s) => s.equals(password))) wrong.push({ name: node.name, at: auth.at, why: auth.why });
  }
  const sentinel = monitor.sentinel.name;
  if (missing.length > 0) {
    yield {
      at: monitor.declaredAt,
      message:
        `${sentinel} has no auth-pass for ${group.name}, but ${names(missing)} ${verb(missing)} a password: Sentinel's PINGs get ` +
        `NOAUTH, so it sees ${missing.length === 1 ? 'the node' : 'them'} as down and cannot fail over. Add "sentinel auth-pass ${group.name} <password>".`,
      related: missing.map((n) => ({ at: n.at, message: n.why })),
    };
  }
  if (wrong.length > 0) {
    const as = user === undefined ? 'The auth-pass' : `The auth-pass (for user ${user})`;
    yield {
      at: authPass.fact!.declaredAt,
      message:
        `${as} in ${sentinel} for ${group.name} does not log in to ${names(wrong)}: Sentinel's PINGs get NOAUTH, so it ` +
        `sees ${wrong.length === 1 ? 'the node' : 'them'} as down and cannot fail over. Use the data nodes' password.`,
      related: wrong.map((n) => ({ at: n.at, message: n.why })),
    };
  }
}

const names = (nodes: { name: string }[]) => nodes.map((n) => n.name).join(', ');
const verb = (nodes: unknown[]) => (nodes.length === 1 ? 'requires' : 'require');
