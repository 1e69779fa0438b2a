import type { ConfFacts } from '../facts.js';
import type { Secret } from '../secret.js';
import { aclRuleKind } from './acl-user.js';

/** A password written in a conf file, with what it is for. */
export interface PasswordArg {
  secret: Secret;
  /** How a message names it, e.g. "the requirepass password", "the password of ACL user alice". */
  what: string;
  /** The user it logs in as, when the same file names one (ACL user, masteruser, auth-user, sentinel-user). */
  user?: string;
  /** False for an ACL `<password>` rule, which removes a password rather than setting one. */
  setsPassword: boolean;
  /** A password that logs in to a Redis or Sentinel port; false for TLS key-file passphrases. */
  login: boolean;
}

/**
 * Every password argument of a file, as the parser marked them. ACL `#<sha256>` rules are hashes,
 * not passwords (Sentinel's own rewrite writes them), and secret arguments whose rule character
 * the parser did not keep cannot be told apart from hashes: both are left out.
 */
export function passwordArgs(conf: ConfFacts): PasswordArg[] {
  const out: PasswordArg[] = [];
  const lastText = (name: string) => conf.directives.findLast((d) => d.valid && d.name === name)?.args[0]?.text || undefined;
  for (const directive of conf.directives) {
    for (const arg of directive.args) {
      if (!arg.secret) continue;
      if (directive.name === 'user') {
        const user = directive.args[0]?.text ?? '';
        const kind = aclRuleKind(arg);
        if (kind === 'add') out.push({ secret: arg.secret, what: `the password of ACL user ${user}`, user, setsPassword: true, login: true });
        if (kind === 'remove') out.push({ secret: arg.secret, what: `a password removed from ACL user ${user}`, user, setsPassword: false, login: true });
        continue;
      }
      const masterauth = directive.name === 'masterauth' || directive.name === 'primaryauth';
      const user = masterauth ? lastText('masteruser') ?? lastText('primaryuser') : undefined;
      out.push({ secret: arg.secret, what: `the ${directive.written} password`, user, setsPassword: true, login: !directive.name.startsWith('tls-') });
    }
  }
  for (const option of conf.sentinelOptions) {
    for (const arg of option.args) {
      if (!arg.secret) continue;
      const master = option.master?.text;
      const sameMaster = (o: string) => conf.sentinelOptions.findLast((x) => x.option === o && x.master?.text === master)?.args[0]?.text;
      const user = option.option === 'auth-pass' ? sameMaster('auth-user') : option.option === 'sentinel-pass' ? conf.sentinelOptions.findLast((x) => x.option === 'sentinel-user')?.args[0]?.text : undefined;
      const what = master ? `the sentinel ${option.option} password for ${master}` : `the sentinel ${option.option} password`;
      out.push({ secret: arg.secret, what, user, setsPassword: true, login: true });
    }
  }
  return out;
}
