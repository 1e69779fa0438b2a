import { defineRule } from '../src/engine/rule.js';
import type { ConfDirective } from '../src/model/facts.js';
import type { Monitor, Sentinel } from '../src/model/deployment.js';
import type { Secret } from '../src/model/secret.js';
import type { Span } from '../src/model/span.js';
import { aclRuleKind } from '../src/model/queries/acl-user.js';
import { monitorsByFile } from '../src/model/queries/group-sentinels.js';
import { nameList } from '../src/model/queries/name-list.js';
import { defaultUserAuth } from '../src/model/queries/node-auth.js';
import { repeatedSetting } from '../src/model/queries/setting-in-effect.js';

/** What a Sentinel sends to the others, and where that is decided; unknown for an ACL user (sentinel-user). */
type Sent = { known: true; secret: Secret | undefined; at: Span } | { known: false };
/** What a Sentinel accepts from the others: one of `secrets` (none: no password asked), or unknown. */
type Accepted = { known: true; secrets: Secret[]; at: Span } | { known: false };

export default defineRule({
  id: 'sentinel-requirepass-inconsistent',
  level: 'error',
  category: 'security',
  docs: {
    summary: 'Sentinels of one master cannot authenticate to each other: some have a `requirepass` the others do not send.',
    breaks:
      'A Sentinel authenticates to the other Sentinels with `sentinel sentinel-pass` if it is set, else with its own ' +
      '`requirepass` (sentinel.c sentinelSendAuthIfNeeded). When the passwords differ, or one Sentinel has none, ' +
      'the others reject its commands with NOAUTH: it sees them as down (s_down, checked on 7.0.15) and cannot ask ' +
      'them for the votes a failover needs, so failovers it should lead stall, and fewer Sentinels than planned ' +
      'can reach a majority (Sentinel documentation, "Sentinel password-only authentication").',
    fix:
      'Give every Sentinel of the master the same `requirepass`, or set `sentinel sentinel-pass` to the password the ' +
      'other Sentinels require.',
    example: { bad: 'bad-one-without-requirepass', good: 'good-same-requirepass' },
  },
  *check(deployment) {
    const reported = new Set<string>();
    for (const group of deployment.masterGroups) {
      const monitors = monitorsByFile(group);
      const sentinels = monitors.map((m) => m.sentinel);
      const accepted = new Map(monitors.map((m) => [m.sentinel, acceptedBy(m.sentinel)]));
      const sent = new Map(monitors.map((m) => [m.sentinel, sentBy(m)]));
      // a → b is refused when b asks for a password and a sends none, or one b does not accept.
      const refused = (a: Sentinel, b: Sentinel) => {
        const wanted = accepted.get(b)!;
        const given = sent.get(a)!;
        if (!wanted.known || !given.known || wanted.secrets.length === 0) return false;
        return !given.secret || !wanted.secrets.some((w) => w.equals(given.secret!));
      };
      const partners = (s: Sentinel) => sentinels.filter((o) => o !== s && (refused(s, o) || refused(o, s)));
      const broken = sentinels.filter((s) => partners(s).length > 0);
      // Blame the odd ones out: a Sentinel at odds with more than half of the others. When nobody is
      // (an even split), every Sentinel with a broken link is reported.
      const odd = broken.filter((s) => partners(s).length * 2 > sentinels.length - 1);
      for (const sentinel of odd.length > 0 ? odd : broken) {
        const cannotReach = sentinels.filter((o) => o !== sentinel && refused(sentinel, o));
        const rejected = sentinels.filter((o) => o !== sentinel && refused(o, sentinel));
        const own = cannotReach.length > 0 ? sent.get(sentinel)! : accepted.get(sentinel)!;
        if (!own.known) continue; // cannot happen: a refused link has both ends known
        const message = explain(sentinel, cannotReach, rejected, sent.get(sentinel)!, group.name);
        const key = `${own.at.file}:${own.at.line}:${own.at.column}:${message}`;
        if (reported.has(key)) continue; // the same Sentinels may share several masters
        reported.add(key);
        yield {
          at: own.at,
          message,
          related: [...new Set([...cannotReach, ...rejected])].map((o) => related(o, cannotReach.includes(o), accepted.get(o)!, sent.get(o)!)),
        };
      }
    }
  },
});

function related(other: Sentinel, rejectsUs: boolean, accepted: Accepted, sent: Sent): { at: Span; message: string } {
  if (rejectsUs && accepted.known) return { at: accepted.at, message: `${other.name} requires a password` };
  if (sent.known) return { at: sent.at, message: `${other.name} sends ${sent.secret ? 'another password' : 'no password'}` };
  return { at: other.declaredAt, message: other.name };
}

function explain(sentinel: Sentinel, cannotReach: Sentinel[], rejected: Sentinel[], sent: Sent, master: string): string {
  const parts: string[] = [];
  if (cannotReach.length > 0) {
    const them = nameList(cannotReach.map((s) => s.name));
    const reject = cannotReach.length === 1 ? 'rejects' : 'reject';
    parts.push(
      sent.known && sent.secret
        ? `${sentinel.name} sends a password that ${them} ${reject}`
        : `${sentinel.name} sends no password, so ${them} ${reject} it`,
    );
  }
  if (rejected.length > 0) {
    parts.push(`${sentinel.name} requires a password that ${nameList(rejected.map((s) => s.name))} do${rejected.length === 1 ? 'es' : ''} not send`);
  }
  return (
    `Sentinels of ${master} authenticate to each other with their own requirepass (or sentinel-pass): ${parts.join('; ')}. ` +
    `A rejected Sentinel sees the other as down and cannot get its failover vote. Use the same requirepass on every Sentinel of ${master}.`
  );
}

/**
 * sentinel.c sentinelSendAuthIfNeeded: `sentinel sentinel-pass` when set (an empty one is ignored),
 * else requirepass. With `sentinel sentinel-user` it logs in as an ACL user: not followed here.
 * Where nothing is set, the monitor line is what makes the missing password matter.
 */
function sentBy(monitor: Monitor): Sent {
  const { sentinel } = monitor;
  if (sentinel.global('sentinel-user')) return { known: false };
  const pass = sentinel.global('sentinel-pass')?.args[0];
  if (pass?.secret && !pass.secret.isEmpty) return { known: true, secret: pass.secret, at: pass.span };
  return { known: true, secret: sentinel.requirepass, at: sentinel.requirepass?.span ?? monitor.declaredAt };
}

/**
 * What another Sentinel must send to this one: the default user's password (node-auth.ts; a
 * `user default` line wins over requirepass, E27). The one case that cannot be read there is the
 * line Sentinel's own rewrite writes beside requirepass, `user default on #<sha256> ~* &* +@all`:
 * the hash of that same requirepass (checked on 7.0.15), so requirepass stands.
 */
function acceptedBy(sentinel: Sentinel): Accepted {
  const auth = defaultUserAuth(sentinel);
  const at = sentinel.requirepass?.span;
  if (auth.kind === 'none') return { known: true, secrets: [], at: auth.at };
  if (auth.kind === 'password') {
    const fromRequirepass = at && auth.secrets.length === 1 && auth.secrets[0] === sentinel.requirepass;
    return { known: true, secrets: auth.secrets, at: fromRequirepass ? at : auth.at };
  }
  const users = repeatedSetting(sentinel, 'user')?.filter((u) => u.args[0]?.text === 'default') ?? [];
  if (sentinel.conf.rewrittenByServer && sentinel.requirepass && at && users.length > 0 && users.every(isRewriteOfRequirepass)) {
    return { known: true, secrets: [sentinel.requirepass], at };
  }
  return { known: false };
}

const REWRITE_RULES = new Set(['on', '~*', '&*', '+@all', 'allkeys', 'allchannels', 'allcommands']);

function isRewriteOfRequirepass(user: ConfDirective): boolean {
  const rules = user.args.slice(1);
  const hashes = rules.filter((a) => aclRuleKind(a) === 'hash');
  return hashes.length === 1 && rules.every((a) => hashes.includes(a) || REWRITE_RULES.has(a.text.toLowerCase()));
}
