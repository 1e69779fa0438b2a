import type { Deployment } from '../deployment.js';
import type { ConfArg, ConfDirective } from '../facts.js';
import { includedFragments, type ConfNode } from './conf-node.js';

/** How the ACL `default` user ends up after the node's conf is loaded. */
export interface DefaultUser {
  /** `nopass`: a connection is logged in without AUTH (protected mode looks at this flag only). */
  nopass: boolean;
  /** `on`: new connections are logged in as the default user. */
  enabled: boolean;
  /** The last `user default` line, when one decides (it overrides `requirepass`). */
  userLine?: ConfDirective;
}

/**
 * The default user as redis-server builds it (acl.c `ACLLoadConfiguredUsers`): `requirepass` sets
 * its password while the file is read; then every `user default` line resets the user and applies
 * its rules, so the last such line decides, whichever comes first (RULES.md §1.3, E27).
 * Undefined when the files cannot tell: an `aclfile` (not read), an `include` after the last
 * `user default` line that may hold another one, or a password rule whose kind is redacted.
 */
export function defaultUserOf(node: ConfNode, deployment: Deployment): DefaultUser | undefined {
  const aclfile = node.setting('aclfile');
  if (aclfile && aclfile.args[0]?.text !== '') return undefined;
  const own = node.conf.directives;
  const userLine = own.findLast((d) => d.valid && d.name === 'user' && d.args[0]?.text === 'default');
  const from = userLine ? own.indexOf(userLine) : -1;
  const includeAfter = own.some((d, i) => i > from && d.valid && d.name === 'include');
  if (includeAfter && mayDefineDefaultUser(node, deployment)) return undefined;
  if (!userLine) return { nopass: !node.requirepass, enabled: true };
  const state = applyRules(userLine.args.slice(1));
  return state && { ...state, userLine };
}

/** Whether an included file could hold a later `user default` line. */
function mayDefineDefaultUser(node: ConfNode, deployment: Deployment): boolean {
  if (node.conf.includes.some((include) => !include.resolved)) return true;
  return includedFragments(deployment).some((conf) =>
    conf.directives.some((d) => d.name === 'user' && d.args[0]?.text === 'default'),
  );
}

/** acl.c `ACLSetUser` for the rules that decide login, after the implicit `reset`. */
function applyRules(rules: ConfArg[]): Omit<DefaultUser, 'userLine'> | undefined {
  let nopass: boolean | undefined = false;
  let enabled = false;
  for (const rule of rules) {
    const op = rule.text.toLowerCase();
    if (rule.secret) {
      // `>pw` clears nopass, `<pw` does not: the redacted text cannot tell which this is.
      if (nopass !== false) nopass = undefined;
    } else if (op === 'on') enabled = true;
    else if (op === 'off') enabled = false;
    else if (op === 'nopass') nopass = true;
    else if (op === 'resetpass') nopass = false;
    else if (op === 'reset') [nopass, enabled] = [false, false];
    else if (op.startsWith('>') || op.startsWith('#')) nopass = false;
  }
  return nopass === undefined ? undefined : { nopass, enabled };
}
