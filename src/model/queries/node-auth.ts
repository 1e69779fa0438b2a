import type { Secret } from '../secret.js';
import type { Span } from '../span.js';
import { aclUser, type AclUser } from './acl-user.js';
import { repeatedSetting, settingInEffect, type ConfNode } from './setting-in-effect.js';

/**
 * What a client must present to log in to a node as one user, as far as the node's own file says.
 * `none`: any connection is that user without AUTH (no password). `password`: AUTH with one of
 * `secrets`. `no-such-user`: the user does not exist at start-up. `unknown`: the file does not
 * decide it (an ACL file, a hashed password, a disabled user, an include that was not read).
 */
export type Auth =
  | { kind: 'none'; at: Span; why: string }
  | { kind: 'password'; secrets: Secret[]; at: Span; why: string }
  | { kind: 'no-such-user' }
  | { kind: 'unknown'; why: string };

const UNKNOWN_INCLUDE: Auth = { kind: 'unknown', why: 'an included file that was not read may set it' };

/**
 * The default user's password, which `AUTH <password>` (one argument) checks: Redis loads the
 * `user` lines after the rest of the file, so a `user default …` line wins over `requirepass`
 * whichever comes first (RULES.md §1.3, E27), and an `aclfile` wins over both (acl.c
 * `ACLLoadFromFile` replaces the default user, with `nopass` when the file does not define it).
 */
export function defaultUserAuth(node: ConfNode): Auth {
  return userAuth(node, 'default');
}

/** The password of a named ACL user (`AUTH <user> <password>`, `masteruser`, `sentinel auth-user`). */
export function userAuth(node: ConfNode, name: string): Auth {
  const aclfile = settingInEffect(node, 'aclfile');
  if (!aclfile.known) return UNKNOWN_INCLUDE;
  if (aclfile.directive && aclfile.directive.args[0]?.text !== '') return { kind: 'unknown', why: 'the ACL file decides the users' };
  const users = repeatedSetting(node, 'user');
  if (!users) return UNKNOWN_INCLUDE;
  const line = users.findLast((u) => u.args[0]?.text === name); // ACL user names are case-sensitive
  if (line) return fromAclUser(aclUser(line), node.name);
  if (name !== 'default') return { kind: 'no-such-user' };

  const requirepass = settingInEffect(node, 'requirepass');
  if (!requirepass.known) return UNKNOWN_INCLUDE;
  const secret = requirepass.directive?.args[0]?.secret;
  if (!requirepass.directive || !secret) return { kind: 'none', at: node.declaredAt, why: `${node.name} has no requirepass` };
  if (secret.isEmpty) return { kind: 'none', at: requirepass.directive.span, why: `${node.name} sets requirepass "" (no password)` };
  return { kind: 'password', secrets: [secret], at: requirepass.directive.span, why: `${node.name} requires a password (requirepass)` };
}

function fromAclUser(user: AclUser, file: string): Auth {
  const line = `${file} defines user ${user.name}`;
  if (!user.enabled) return { kind: 'unknown', why: `${line} without "on": nobody can log in as it` };
  if (user.nopass) return { kind: 'none', at: user.declaredAt, why: `${line} with nopass` };
  if (!user.passwordsKnown || user.passwords.length === 0) return { kind: 'unknown', why: `${line} with passwords that cannot be read here` };
  return { kind: 'password', secrets: user.passwords, at: user.declaredAt, why: `${line} with a password` };
}
