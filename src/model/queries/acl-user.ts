import type { ConfArg, ConfDirective } from '../facts.js';
import type { Secret } from '../secret.js';
import type { Span } from '../span.js';

/** A `user <name> <rule>…` line, with its password rules applied as acl.c `ACLSetUser` does. */
export interface AclUser {
  name: string;
  declaredAt: Span;
  /** The last of `on`/`off`: a user starts `off` (the default user is reset to `off` before its line applies). */
  enabled: boolean;
  nopass: boolean;
  /** Passwords added with `>password` and not removed again. */
  passwords: Secret[];
  /**
   * False when a rule changes the passwords in a way that cannot be followed here: a `#<sha256>`
   * hash, a removal, or a password argument whose rule character the parser did not keep.
   */
  passwordsKnown: boolean;
  /** The rules after the user name, in order. */
  rules: ConfArg[];
}

/**
 * What a password rule is. The parser keeps the rule character of a secret argument in its text
 * (`>«redacted»`); a secret whose text is only the redaction mark is of an unknown kind.
 */
export function aclRuleKind(rule: ConfArg): 'add' | 'remove' | 'hash' | 'unknown-secret' | 'other' {
  const first = rule.text[0];
  if (rule.secret && !['>', '<', '#', '!'].includes(first ?? '')) return 'unknown-secret';
  if (first === '>') return 'add';
  if (first === '<' || first === '!') return 'remove';
  if (first === '#') return 'hash';
  return 'other';
}

/** Reads a valid `user` directive; ACL LOAD-time errors are the parser's business, not this one's. */
export function aclUser(directive: ConfDirective): AclUser {
  const [name, ...rules] = directive.args as [ConfArg, ...ConfArg[]];
  const user: AclUser = { name: name.text, declaredAt: directive.span, enabled: false, nopass: false, passwords: [], passwordsKnown: true, rules };
  for (const rule of rules) {
    const op = rule.text.toLowerCase();
    switch (aclRuleKind(rule)) {
      case 'add':
        if (rule.secret) user.passwords.push(rule.secret);
        else user.passwordsKnown = false;
        user.nopass = false;
        continue;
      case 'hash':
        user.passwordsKnown = false;
        user.nopass = false;
        continue;
      case 'remove':
      case 'unknown-secret':
        user.passwordsKnown = false;
        continue;
      case 'other':
        break;
    }
    if (op === 'on') user.enabled = true;
    else if (op === 'off') user.enabled = false;
    else if (op === 'nopass' || op === 'resetpass' || op === 'reset') {
      // acl.c: nopass and resetpass both empty the password list; reset is resetpass plus `off`.
      user.passwords = [];
      user.passwordsKnown = true;
      user.nopass = op === 'nopass';
      if (op === 'reset') user.enabled = false;
    }
  }
  return user;
}
