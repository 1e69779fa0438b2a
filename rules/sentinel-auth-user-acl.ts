import { defineRule } from '../src/engine/rule.js';
import type { Server } from '../src/model/deployment.js';
import type { ConfDirective } from '../src/model/facts.js';
import type { Span } from '../src/model/span.js';
import { aclUser, type AclUser } from '../src/model/queries/acl-user.js';
import { channelPermission, commandPermission } from '../src/model/queries/acl-permissions.js';
import { groupDataNodes } from '../src/model/queries/group-nodes.js';
import { defaultUserAuth, userAuth } from '../src/model/queries/node-auth.js';
import { repeatedSetting, settingInEffect } from '../src/model/queries/setting-in-effect.js';
import { monitorOption } from '../src/model/queries/sentinel-options.js';

/**
 * What Sentinel 7.0 sends to data nodes (sentinel.c `sentinelInstanceMapCommand` callers), and
 * what breaks without it. ROLE, CLIENT SETNAME and MULTI are in the documented set, but 7.0 never
 * sends ROLE, ignores the reply to SETNAME, and without MULTI the transaction's commands run one by
 * one (checked on 7.0.15): lacking them breaks nothing, so it is not reported.
 */
const NEEDS: { commands: string[]; breaks: string }[] = [
  { commands: ['ping', 'info'], breaks: 'Sentinel sees the node as down and cannot read its role or replicas' },
  { commands: ['slaveof', 'config|rewrite', 'client|kill'], breaks: 'the failover transaction (MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC) is aborted and no node is reconfigured' },
  { commands: ['exec'], breaks: 'the failover transaction never runs and the connection stays inside MULTI, so even PING is only queued' },
  { commands: ['subscribe', 'publish'], breaks: 'Sentinels cannot announce themselves to each other on __sentinel__:hello' },
  { commands: ['script|kill'], breaks: 'Sentinel cannot stop a busy script that blocks the node' },
];
const HELLO = '__sentinel__:hello';
const GRANT = '+multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill &__sentinel__:hello';

export default defineRule({
  id: 'sentinel-auth-user-acl',
  level: 'warning',
  category: 'security',
  docs: {
    summary: 'Sentinel logs in to the data nodes as an ACL user (`sentinel auth-user`) whose rules deny commands or the channel Sentinel needs, or that is disabled.',
    breaks:
      'A denied command fails with NOPERM. Denied PING or INFO make the node look down; a denied command inside ' +
      "Sentinel's MULTI … SLAVEOF … CONFIG REWRITE … CLIENT KILL … EXEC aborts the whole transaction, so a failover " +
      'promotes nobody and reconfigures nothing; without SUBSCRIBE/PUBLISH on __sentinel__:hello the Sentinels never ' +
      'find each other. A user without `on` cannot log in at all. Rules that use categories other than @all, ' +
      'selectors or channel patterns are not evaluated, and users from an ACL file are not read.',
    fix: `Give the user the documented set (Sentinel documentation, "Redis ACL authentication"): \`user <name> on >… ${GRANT}\`.`,
    example: { bad: 'bad-user-without-slaveof', good: 'good-user-documented-acl' },
  },
  *check(deployment) {
    // One finding per user line, however many Sentinels log in with it.
    const byLine = new Map<ConfDirective, { node: Server; user: AclUser; problem: string; related: { at: Span; message: string }[] }>();
    for (const group of deployment.masterGroups) {
      for (const monitor of group.monitors) {
        const authUser = monitorOption(monitor, 'auth-user');
        const authPass = monitorOption(monitor, 'auth-pass');
        // Without auth-pass Sentinel sends no AUTH, so the user is never used.
        if (!authUser.known || !authPass.known || !authUser.fact || !authPass.fact) continue;
        const name = authUser.fact.args[0]!.text;
        if (name === 'default') continue;
        for (const node of groupDataNodes(group)) {
          const aclfile = settingInEffect(node, 'aclfile');
          if (!aclfile.known || (aclfile.directive && aclfile.directive.args[0]?.text !== '')) continue;
          const line = repeatedSetting(node, 'user')?.findLast((u) => u.args[0]?.text === name);
          if (!line) continue; // a missing user is sentinel-auth-pass-mismatch's finding
          // A wrong password leaves Sentinel on the default user: sentinel-auth-pass-mismatch's case, not this one's.
          const auth = userAuth(node, name);
          const password = authPass.fact.args[0]?.secret;
          if (auth.kind === 'password' && !(password && auth.secrets.some((s) => s.equals(password)))) continue;
          const entry = byLine.get(line) ?? problemOf(node, aclUser(line));
          if (!entry) continue;
          entry.related.push({ at: authUser.fact.declaredAt, message: `${monitor.sentinel.name} logs in to ${group.name} as ${name}` });
          byLine.set(line, entry);
        }
      }
    }
    for (const [line, { node, user, problem, related }] of byLine) {
      yield {
        at: line.span,
        message: `Sentinel logs in to ${node.name} as ACL user ${user.name}, which ${problem}. ${user.enabled ? `Grant ${GRANT}` : 'Add "on" to the user'}.`,
        related,
      };
    }
  },
});

function problemOf(node: Server, user: AclUser) {
  const entry = (problem: string) => ({ node, user, problem, related: [] as { at: Span; message: string }[] });
  if (!user.enabled) {
    // The failed AUTH leaves the connection on the default user, which only hurts when that needs a password.
    return defaultUserAuth(node).kind === 'password' ? entry('is off (no "on" rule): Sentinel cannot log in, gets NOAUTH and sees the node as down') : undefined;
  }
  const pubsub = settingInEffect(node, 'acl-pubsub-default');
  const channels = pubsub.known ? channelPermission(user, HELLO, pubsub.directive?.args[0]?.text.toLowerCase() === 'allchannels' ? 'allchannels' : 'resetchannels') : 'unknown';
  const broken = NEEDS.flatMap(({ commands, breaks }) => {
    const denied = commands.filter((c) => commandPermission(user, c) === 'denied').map((c) => c.toUpperCase());
    if (commands.includes('subscribe') && channels === 'denied') denied.push(`the channel ${HELLO}`);
    return denied.length > 0 ? [`denies ${denied.join(', ')}, so ${breaks}`] : [];
  });
  return broken.length > 0 ? entry(broken.join('; it ')) : undefined;
}
