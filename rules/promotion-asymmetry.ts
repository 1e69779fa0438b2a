import { defineRule, type Finding } from '../src/engine/rule.js';
import type { MasterGroup, Server } from '../src/model/deployment.js';
import type { ConfDirective } from '../src/model/facts.js';
import type { Span } from '../src/model/span.js';
import { defaultUserAuth, type Auth } from '../src/model/queries/node-auth.js';
import { repeatedSetting, settingInEffect } from '../src/model/queries/setting-in-effect.js';

/** Single-value settings compared, with their compiled defaults (RULES.md §1.7) and what a difference does after promotion. */
const SETTINGS: { name: string; fallback: string; after: string }[] = [
  { name: 'maxmemory-policy', fallback: 'noeviction', after: 'evicts keys differently (a policy other than noeviction can evict queued tasks)' },
  { name: 'appendonly', fallback: 'no', after: 'persists differently (without the append-only file a crash loses the writes since the last snapshot)' },
  { name: 'min-replicas-to-write', fallback: '0', after: 'guards writes differently (it refuses, or accepts, writes with too few replicas)' },
  { name: 'min-replicas-max-lag', fallback: '10', after: 'guards writes differently (a replica counts as good for a different lag)' },
];

export default defineRule({
  id: 'promotion-asymmetry',
  level: 'warning',
  category: 'topology',
  docs: {
    summary:
      'A replica in a Sentinel group differs from its master in requirepass, masterauth, maxmemory-policy, appendonly, ' +
      'min-replicas-to-write, min-replicas-max-lag or rename-command.',
    breaks:
      'Sentinel may promote any replica. After the failover the new master runs with its own settings: it evicts ' +
      'keys, loses writes on a crash, drops or gains the min-replicas guard (RULES.md E23), asks clients for another ' +
      'password, or exposes a command the old master had renamed; the old master rejoins with its masterauth and ' +
      'may be locked out (E25). A setting that a file does not set counts with its compiled-in default.',
    fix: 'Give every data node of the group the same values for these settings (a shared include keeps them in step).',
    example: { bad: 'bad-min-replicas-only-on-master', good: 'good-symmetric-nodes' },
  },
  *check(deployment) {
    const seen = new Set<string>();
    for (const group of deployment.masterGroups) {
      const master = group.master;
      if (!master) continue;
      for (const replica of group.replicas) {
        const pair = `${master.name}\0${replica.name}`;
        if (seen.has(pair) || !replica.replicaof) continue;
        seen.add(pair);
        yield* compare(group, master, replica);
      }
    }
  },
});

function* compare(group: MasterGroup, master: Server, replica: Server): Generator<Finding> {
  const replicaofAt = replica.replicaof!.declaredAt;
  const after = `after Sentinel promotes it, ${group.name}`;
  for (const { name, fallback, after: what } of SETTINGS) {
    const m = settingInEffect(master, name);
    const r = settingInEffect(replica, name);
    if (!m.known || !r.known) continue;
    const mValue = valueOf(m.directive, fallback);
    const rValue = valueOf(r.directive, fallback);
    if (mValue === rValue) continue;
    yield {
      at: r.directive?.span ?? replicaofAt,
      message:
        `${replica.name} ${r.directive ? 'sets' : 'keeps the default'} ${name} ${rValue}, but its master ${master.name} ` +
        `${m.directive ? 'sets' : 'keeps the default'} ${mValue}: ${after} ${what}. Use the same value on every node.`,
      related: [masterSide(master, m.directive, name, mValue)],
    };
  }
  yield* comparePasswords(after, master, replica, replicaofAt);
  yield* compareMasterauth(after, master, replica, replicaofAt);
  yield* compareRenames(after, master, replica, replicaofAt);
}

function valueOf(directive: ConfDirective | undefined, fallback: string): string {
  const text = directive?.args[0]?.text.toLowerCase() ?? fallback;
  return /^\d+$/.test(text) ? String(Number(text)) : text;
}

function masterSide(master: Server, directive: ConfDirective | undefined, name: string, value?: string) {
  return directive
    ? { at: directive.span, message: `${master.name} (the master) sets ${name}${value === undefined ? '' : ` ${value}`}` }
    : { at: master.declaredAt, message: `${master.name} (the master) does not set ${name}${value === undefined ? '' : ` (default ${value})`}` };
}

function* comparePasswords(after: string, master: Server, replica: Server, replicaofAt: Span): Generator<Finding> {
  const m = defaultUserAuth(master);
  const r = defaultUserAuth(replica);
  if ((m.kind !== 'none' && m.kind !== 'password') || (r.kind !== 'none' && r.kind !== 'password')) return;
  if (samePasswords(m, r)) return;
  const [how, then] =
    r.kind === 'none' ? ['needs no password, while its master requires one', 'lets in anyone without a password']
    : m.kind === 'none' ? ['requires a password, while its master needs none', 'refuses the clients that send no password']
    : ['requires a different password than its master', 'refuses the password the clients use'];
  yield {
    at: r.at === replica.declaredAt ? replicaofAt : r.at,
    message: `${replica.name} ${how} (${master.name}): ${after} ${then}. Use the same requirepass on every node.`,
    related: [{ at: m.at, message: m.why }],
  };
}

function samePasswords(a: Extract<Auth, { kind: 'none' | 'password' }>, b: Extract<Auth, { kind: 'none' | 'password' }>): boolean {
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  const covers = (x: typeof a & { kind: 'password' }, y: typeof x) => x.secrets.every((s) => y.secrets.some((t) => t.equals(s)));
  return covers(a, b) && covers(b, a);
}

function* compareMasterauth(after: string, master: Server, replica: Server, replicaofAt: Span): Generator<Finding> {
  const m = settingInEffect(master, 'masterauth');
  const r = settingInEffect(replica, 'masterauth');
  if (!m.known || !r.known) return;
  const mSecret = m.directive?.args[0]?.secret;
  const rSecret = r.directive?.args[0]?.secret;
  const mSet = mSecret && !mSecret.isEmpty ? mSecret : undefined;
  const rSet = rSecret && !rSecret.isEmpty ? rSecret : undefined;
  if (!mSet && !rSet) return;
  if (mSet && rSet && mSet.equals(rSet)) return;
  const how = !rSet ? 'has no masterauth, while its master has one' : !mSet ? 'has a masterauth, while its master has none' : 'has a different masterauth than its master';
  yield {
    at: r.directive && rSet ? r.directive.span : replicaofAt,
    message: `${replica.name} ${how} (${master.name}): ${after} has nodes that log in to their new master with different passwords, so some cannot resync. Use the same masterauth on every node.`,
    related: [masterSide(master, mSet ? m.directive : undefined, 'masterauth')],
  };
}

function* compareRenames(after: string, master: Server, replica: Server, replicaofAt: Span): Generator<Finding> {
  const m = renames(master);
  const r = renames(replica);
  if (!m || !r) return;
  for (const command of new Set([...m.keys(), ...r.keys()])) {
    const mLine = m.get(command);
    const rLine = r.get(command);
    const mTo = mLine?.args[1]?.text.toLowerCase();
    const rTo = rLine?.args[1]?.text.toLowerCase();
    if (mTo === rTo) continue;
    const name = command.toUpperCase();
    const [how, then] =
      !rLine ? [`keeps ${name}, which its master ${mTo === '' ? 'disables' : 'renames'}`, `accepts ${name} under its own name again`]
      : !mLine ? [`${rTo === '' ? 'disables' : 'renames'} ${name}, which its master keeps`, `no longer accepts ${name} under its own name`]
      : [`renames ${name} differently than its master`, `accepts ${name} only under another name`];
    yield {
      at: rLine?.span ?? replicaofAt,
      message: `${replica.name} ${how} (${master.name}): ${after} ${then}. Rename commands the same way on every node.`,
      related: [mLine ? { at: mLine.span, message: `${master.name} (the master) ${mTo === '' ? 'disables' : 'renames'} ${name}` } : { at: master.declaredAt, message: `${master.name} (the master) keeps ${name}` }],
    };
  }
}

/** `rename-command` lines by lower-case command; undefined when an include could add more. */
function renames(node: Server): Map<string, ConfDirective> | undefined {
  const lines = repeatedSetting(node, 'rename-command');
  return lines && new Map(lines.map((l) => [l.args[0]!.text.toLowerCase(), l]));
}
