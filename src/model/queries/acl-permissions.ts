import type { AclUser } from './acl-user.js';

export type Permission = 'allowed' | 'denied' | 'unknown';

/**
 * Whether an ACL user may run a command (`info`) or a subcommand (`config|rewrite`), following
 * acl.c `ACLSetSelector` over the user's rules in order. A user starts with no commands (the
 * default user is reset to `-@all` before its line applies). Categories other than `@all` are not
 * tabled here, so a `+@category` or `-@category` that could change the answer makes it unknown,
 * and a selector `(…)`, which grants permissions of its own, turns a denial into unknown.
 */
export function commandPermission(user: AclUser, command: string): Permission {
  const [container, sub] = command.toLowerCase().split('|') as [string, string | undefined];
  let state: Permission = 'denied';
  let selectors = false;
  for (const op of rootRules(user)) {
    if (op === SELECTOR) selectors = true;
    else if (op === 'clearselectors') selectors = false;
    else if (op === 'reset') [state, selectors] = ['denied', false];
    else if (op === 'nocommands' || op === '-@all') state = 'denied';
    else if (op === 'allcommands' || op === '+@all') state = 'allowed';
    else if (op.startsWith('+@')) state = state === 'allowed' ? 'allowed' : 'unknown';
    else if (op.startsWith('-@')) state = state === 'denied' ? 'denied' : 'unknown';
    else if (op.startsWith('+')) {
      const target = op.slice(1);
      // `+config` allows every subcommand; `+config|rewrite` only that one. `+info|x` allows INFO
      // only with that first argument, which Sentinel never sends.
      if (target === container || (sub !== undefined && target === `${container}|${sub}`)) state = 'allowed';
    } else if (op.startsWith('-')) {
      const target = op.slice(1);
      if (target === container || (sub !== undefined && target === `${container}|${sub}`)) state = 'denied';
    }
  }
  return withSelectors(state, selectors);
}

/**
 * Whether an ACL user may SUBSCRIBE and PUBLISH to a channel. A user starts with the channels of
 * `acl-pubsub-default` (7.0: `resetchannels`, none). `&pattern` is a glob: only `&*` and the exact
 * channel name are followed; another pattern that could match makes the answer unknown.
 */
export function channelPermission(user: AclUser, channel: string, pubsubDefault: 'allchannels' | 'resetchannels'): Permission {
  const initial: Permission = pubsubDefault === 'allchannels' ? 'allowed' : 'denied';
  let state: Permission = initial;
  let selectors = false;
  for (const op of rootRules(user, false)) {
    const lower = op.toLowerCase();
    if (op === SELECTOR) selectors = true;
    else if (lower === 'clearselectors') selectors = false;
    else if (lower === 'reset') [state, selectors] = [initial, false];
    else if (lower === 'allchannels' || op === '&*') state = 'allowed';
    else if (lower === 'resetchannels') state = 'denied';
    else if (op.startsWith('&')) {
      const pattern = op.slice(1);
      if (pattern === channel) state = 'allowed';
      else if (/[*?[\\]/.test(pattern) && state === 'denied') state = 'unknown';
    }
  }
  return withSelectors(state, selectors);
}

/** A selector grants what it lists on top of the root rules (acl.c checks every selector). */
const withSelectors = (root: Permission, selectors: boolean): Permission => (root === 'denied' && selectors ? 'unknown' : root);

const SELECTOR = '\0selector';

/**
 * The rules of the root selector, lower-cased unless asked otherwise (channel names are case
 * sensitive). A selector `(…)` may span several arguments (acl.c `ACLMergeSelectorArguments`): it
 * comes back as one SELECTOR mark. Password arguments are skipped.
 */
function* rootRules(user: AclUser, lower = true): Generator<string> {
  let inSelector = false;
  for (const rule of user.rules) {
    if (rule.secret) continue;
    const text = lower ? rule.text.toLowerCase() : rule.text;
    if (inSelector) {
      inSelector = !text.endsWith(')');
      continue;
    }
    if (text.startsWith('(')) {
      inSelector = !text.endsWith(')');
      yield SELECTOR;
      continue;
    }
    yield text;
  }
}
