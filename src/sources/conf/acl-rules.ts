import { sha256Hex } from '../../sha256.js';
import { commandTable, lookupCommand, type CommandTable } from './commands.js';
import { asciiLower } from './memory.js';
import { compareVersions, type Product } from './directives/index.js';

/**
 * ACL rules as acl.c `ACLSetUser` / `ACLSetSelector` apply them to a user, and `user` lines as
 * config.c and acl.c load them: `ACLAppendUserForLoading` tries every rule on a fake user while the
 * file is read (all errors but an unknown command or category stop the server there), then
 * `ACLLoadConfiguredUsers` applies them for real after the modules are loaded (where an unknown
 * command or category stops it).
 */

interface Target {
  product: Product;
  version: string;
}

type AclErrno = 'ENOENT' | 'EINVAL' | 'EEXIST' | 'EISDIR' | 'ENODEV' | 'EBADMSG' | 'EALREADY' | 'ECHILD';

/** acl.c `ACLSetUserStringError`. */
const MESSAGES: Record<AclErrno, string> = {
  ENOENT: 'Unknown command or category name in ACL',
  EINVAL: 'Syntax error',
  EEXIST: "Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any " +
    "effect. Try 'resetkeys' to start with an empty list of patterns",
  EISDIR: "Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any " +
    "effect. Try 'resetchannels' to start with an empty list of channels",
  ENODEV: 'The password you are trying to remove from the user does not exist',
  EBADMSG: 'The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters',
  EALREADY: 'Duplicate user found. A user can only be defined once in config files',
  ECHILD: 'Allowing first-arg of a subcommand is not supported',
};

interface Selector { allKeys: boolean; allChannels: boolean }
interface FakeUser { passwords: Set<string>; root: Selector }

interface AclEnv {
  commands: CommandTable;
  /** 6.2: no selectors, no `%R~`, no subcommands. */
  legacy: boolean;
  /** `acl-pubsub-default allchannels`: new users and selectors start with every channel. */
  allChannels: boolean;
}

/** `isspace` or NUL anywhere (acl.c `ACLStringHasSpaces`). */
const hasSpaces = (s: string) => /[ \t\n\v\f\r\0]/.test(s);
const isHash = (s: string) => /^[0-9a-f]{64}$/.test(s);
const sha256 = sha256Hex;
const newUser = (env: AclEnv): FakeUser => ({ passwords: new Set(), root: { allKeys: false, allChannels: env.allChannels } });

function setSelector(sel: Selector, op: string, env: AclEnv): AclErrno | undefined {
  const lower = asciiLower(op);
  if (lower === 'allkeys' || op === '~*') { sel.allKeys = true; return undefined; }
  if (lower === 'resetkeys') { sel.allKeys = false; return undefined; }
  if (lower === 'allchannels' || op === '&*') { sel.allChannels = true; return undefined; }
  if (lower === 'resetchannels') { sel.allChannels = false; return undefined; }
  if (['allcommands', '+@all', 'nocommands', '-@all'].includes(lower)) return undefined;
  if (op[0] === '~' || (op[0] === '%' && !env.legacy)) {
    if (sel.allKeys) return 'EEXIST';
    let offset = 1;
    if (op[0] === '%') {
      // %R~, %W~, %RW~: each letter once, then '~'. With no letter at all the rule is refused
      // (CVE-2024-31227 fix; redis-server 7.0.15 here refuses `%` and `%~x` too). Running out of
      // letters before a '~' (`%R`) is accepted as it is.
      const seen = new Set<string>();
      for (; offset < op.length; offset++) {
        const c = op[offset]!;
        const letter = c === 'r' ? 'R' : c === 'w' ? 'W' : c;
        if ((letter === 'R' || letter === 'W') && !seen.has(letter)) seen.add(letter);
        else if (op[offset] === '~' && seen.size > 0) { offset++; break; }
        else return 'EINVAL';
      }
      if (seen.size === 0) return 'EINVAL';
    }
    if (hasSpaces(op.slice(offset))) return 'EINVAL';
    sel.allKeys = false;
    return undefined;
  }
  if (op[0] === '&') {
    if (sel.allChannels) return 'EISDIR';
    if (hasSpaces(op.slice(1))) return 'EINVAL';
    sel.allChannels = false;
    return undefined;
  }
  if ((op[0] === '+' || op[0] === '-') && op[1] === '@') {
    return env.commands.categories.has(asciiLower(op.slice(2))) ? undefined : 'ENOENT';
  }
  if (op[0] === '+') return allowCommand(op.slice(1), env);
  if (op[0] === '-') return lookupCommand(env.commands, op.slice(1)) ? undefined : 'ENOENT';
  return 'EINVAL';
}

/** `+<command>`, `+<container>|<sub>`, `+<command>|<first-arg>`. */
function allowCommand(name: string, env: AclEnv): AclErrno | undefined {
  const bar = env.legacy ? name.indexOf('|') : name.lastIndexOf('|');
  if (bar === -1) return lookupCommand(env.commands, name) ? undefined : 'ENOENT';
  const cmd = lookupCommand(env.commands, name.slice(0, bar));
  if (!cmd) return 'ENOENT';
  if (cmd.kind === 'subcommand') return 'ECHILD';
  if (bar === name.length - 1) return 'EINVAL'; // `DEBUG|`
  if (!env.legacy && cmd.container) return lookupCommand(env.commands, name) ? undefined : 'ENOENT';
  return undefined; // a first argument of a command without subcommands (deprecated, logged)
}

function setUser(u: FakeUser, op: string, env: AclEnv): AclErrno | undefined {
  if (op === '') return undefined;
  const lower = asciiLower(op);
  if (['on', 'off', 'skip-sanitize-payload', 'sanitize-payload'].includes(lower)) return undefined;
  if (lower === 'nopass' || lower === 'resetpass') { u.passwords.clear(); return undefined; }
  if (op[0] === '>' || op[0] === '#') {
    if (op[0] === '#' && !isHash(op.slice(1))) return 'EBADMSG';
    u.passwords.add(op[0] === '>' ? sha256(op.slice(1)) : op.slice(1));
    return undefined;
  }
  if (op[0] === '<' || op[0] === '!') {
    if (op[0] === '!' && !isHash(op.slice(1))) return 'EBADMSG';
    return u.passwords.delete(op[0] === '<' ? sha256(op.slice(1)) : op.slice(1)) ? undefined : 'ENODEV';
  }
  if (!env.legacy && op[0] === '(' && op.endsWith(')')) {
    // A selector: its own operations, split like a config line (an unbalanced quote gives none).
    const sel: Selector = { allKeys: false, allChannels: env.allChannels };
    for (const inner of splitSelector(op.slice(1, -1))) {
      const err = setSelector(sel, inner, env);
      if (err) return err;
    }
    return undefined;
  }
  if (!env.legacy && lower === 'clearselectors') return undefined;
  if (lower === 'reset') {
    u.passwords.clear();
    u.root = { allKeys: false, allChannels: env.allChannels };
    return undefined;
  }
  return setSelector(u.root, op, env);
}

/** sdssplitargs on a selector body, plainly: whitespace-separated, quotes honoured. */
function splitSelector(body: string): string[] {
  const tokens = body.match(/"(?:\\.|[^"\\])*"|'(?:\\'|[^'])*'|\S+/g) ?? [];
  return tokens.map((t) => (t.startsWith('"') || t.startsWith("'") ? t.slice(1, -1) : t));
}

function aclEnv(target: Target, mode: 'server' | 'sentinel', allChannels?: boolean): AclEnv {
  const commands = commandTable(target, mode);
  const legacy = target.product === 'redis' && compareVersions(target.version, '7.0') < 0;
  // acl-pubsub-default was allchannels in 6.2 and resetchannels from 7.0.
  return { commands, legacy, allChannels: allChannels ?? legacy };
}

/**
 * A single ACL rule applied to a new user: undefined when redis-server accepts it, else its error
 * text ("Unknown command or category name in ACL", "Syntax error", …).
 */
export function validateAclRule(rule: string, target: Target, mode: 'server' | 'sentinel' = 'server'): string | undefined {
  const env = aclEnv(target, mode);
  const err = setUser(newUser(env), rule, env);
  return err && MESSAGES[err];
}

/** The ACL rules of a `user` line that carry a password or its hash, as indexes into the whole line. */
export function userSecretIndexes(args: string[]): number[] {
  const out: number[] = [];
  for (let i = 2; i < args.length; i++) if (/^[><#!]/.test(args[i]!)) out.push(i);
  return out;
}

export interface UserLineOptions {
  mode: 'server' | 'sentinel';
  /** Users declared on earlier lines; this line's user is added when it is accepted. */
  declared?: Set<string>;
  /** What `acl-pubsub-default` says at this line (the version's default when absent). */
  allChannels?: boolean;
}

/** A refusal of a `user` line: the server's words, and the argument (index into the line) to underline. */
export interface UserLineError {
  message: string;
  argIndex?: number;
}

/** `user <name> <rule>…` (args[0] is `user`), as redis-server loads it. */
export function checkUserLine(args: string[], target: Target, options: UserLineOptions): UserLineError | undefined {
  const env = aclEnv(target, options.mode, options.allChannels);
  const name = args[1]!;
  const secret = new Set(userSecretIndexes(args));
  // config.c prints argv[argc_err], an index acl.c counts in the rules, not in the line (a bug we
  // reproduce); a password it would print is redacted.
  const declaration = (printed: number, errno: AclErrno, at: number): UserLineError => ({
    message: `Error in user declaration '${secret.has(printed) ? '«redacted»' : args[printed]}': ${MESSAGES[errno]}`,
    argIndex: at,
  });
  if (!env.legacy && options.declared?.has(name)) return declaration(1, 'EALREADY', 1);
  const merged = env.legacy ? args.slice(2).map((rule, i) => ({ rule, at: i + 2 })) : mergeSelectors(args.slice(2));
  if (!Array.isArray(merged)) {
    // Unmatched "(": acl.c sets no errno; this machine's redis-server 7.0.15 printed ENOENT's text.
    return declaration(merged.open, 'ENOENT', merged.open + 2);
  }
  const user = newUser(env);
  let unknown: { rule: string; at: number } | undefined;
  for (const [j, { rule, at }] of merged.entries()) {
    const err = setUser(user, rule, env);
    if (err === 'ENOENT') unknown ??= { rule, at };
    else if (err) return declaration(env.legacy ? at : j, err, at);
  }
  options.declared?.add(name);
  // What follows is ACLLoadConfiguredUsers, after the whole file was read.
  if (hasSpaces(name)) return { message: 'Spaces not allowed in ACL usernames', argIndex: 1 };
  if (unknown) {
    // A selector is printed whole: a password written inside one is redacted.
    const rule = unknown.rule.split(' ').map((t) => (/^\(?[><#!]/.test(t) ? '«redacted»' : t)).join(' ');
    return {
      message: `Error loading ACL rule '${rule}' for the user named '${name}': ${MESSAGES.ENOENT}`,
      argIndex: unknown.at,
    };
  }
  return undefined;
}

/**
 * acl.c `ACLMergeSelectorArguments`: `(` … `)` spread over several arguments becomes one rule.
 * Each rule keeps the index (in the whole line) of its first argument.
 */
function mergeSelectors(rules: string[]): { rule: string; at: number }[] | { open: number } {
  const out: { rule: string; at: number }[] = [];
  let open = -1;
  let selector = '';
  for (const [j, op] of rules.entries()) {
    if (op[0] === '(' && !op.endsWith(')')) { // (re)starts a selector, even inside an open one
      open = j;
      selector = op;
      continue;
    }
    if (open !== -1) {
      selector += ' ' + op;
      if (op.endsWith(')')) { out.push({ rule: selector, at: open + 2 }); open = -1; }
      continue;
    }
    out.push({ rule: op, at: j + 2 });
  }
  return open === -1 ? out : { open };
}
