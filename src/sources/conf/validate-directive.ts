import { checkUserLine, userSecretIndexes } from './acl-rules.js';
import { createRenameTracker, type RenameTracker } from './commands.js';
import {
  compareVersions, otherVersionNote, parseVersion, productTitle, tableFor, VERSIONS, type Directive, type ResolvedTable,
} from './directives/index.js';
import { SPECIAL_SETS } from './directives/set-special.js';
import { isLegacy, setTyped, yesno, type SetContext, type SetError } from './directives/set-value.js';
import { asciiLower } from './memory.js';
import { splitArgs } from './split-args.js';

export { createRenameTracker, type RenameTracker } from './commands.js';

export interface Target { product: 'redis' | 'valkey'; version: string /* "7.0", "7.2", "7.4", "8.0", ... */ }

export type DirectiveVerdict =
  | { ok: true; canonical: string; deprecated?: boolean; alias?: boolean }
  | {
      ok: false;
      rule: 'conf-parse-error' | 'conf-directive-unsupported';
      /** redis-server's own words (a password it would print is redacted). */
      message: string;
      /** Index into `args` of the token to underline (0 = the directive name); undefined = whole line. */
      argIndex?: number;
    };

type Mode = 'server' | 'sentinel';

/**
 * What earlier lines of the same file change for later ones: renamed commands, declared users and
 * `acl-pubsub-default`; and what {@link finishLoad} checks once the whole file is read. Pass one to
 * {@link validateDirective} for every line of a file, in order (an included file's lines in place).
 */
export interface LoadContext {
  readonly renames: RenameTracker;
  readonly users: Set<string>;
  allChannels?: boolean;
  /** How many lines were validated with this context: the next line's index for {@link finishLoad}. */
  lines: number;
  /** The last accepted line (its index) and value of the settings finishLoad looks at. */
  readonly last: Map<string, { line: number; values: string[] }>;
  /** Index of the first module config line (a name with a dot). */
  moduleConfigAt?: number;
  loadmodule: boolean;
}

export function createLoadContext(target: Target, mode: Mode): LoadContext {
  return { renames: createRenameTracker(target, mode), users: new Set(), lines: 0, last: new Map(), loadmodule: false };
}

/** A refusal that only the whole file shows, at the index of the line that causes it. */
export interface LoadProblem { message: string; line: number }

/**
 * What redis-server refuses after reading the whole file (config.c's sanity checks, server.c
 * `initServer`, module.c `moduleLoadFromQueue`): replicaof in cluster mode, no listening socket at
 * all (`bind ""` or `port 0` without a unix socket), a module config with no loadmodule line.
 */
export function finishLoad(context: LoadContext): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const { last } = context;
  const cluster = last.get('cluster-enabled');
  const replicaof = last.get('replicaof');
  if (cluster && yesno(cluster.values[0]!) && replicaof) {
    problems.push({ message: 'replicaof directive not allowed in cluster mode', line: replicaof.line });
  }
  const bind = last.get('bind');
  const port = last.get('port');
  const tls = last.get('tls-port');
  const noTcp = bind !== undefined && (bind.values.length === 0 || (bind.values.length === 1 && bind.values[0] === ''));
  const isZero = (entry?: { values: string[] }) => entry !== undefined && /^0$/.test(entry.values[0]!);
  const unixsocket = last.get('unixsocket');
  if ((noTcp || isZero(port)) && (noTcp || !tls || isZero(tls)) && !(unixsocket && unixsocket.values[0] !== '')) {
    problems.push({ message: 'Configured to not listen anywhere, exiting.', line: noTcp ? bind!.line : port!.line });
  }
  if (context.moduleConfigAt !== undefined && !context.loadmodule) {
    problems.push({
      message: 'Module Configuration detected without loadmodule directive or no ApplyConfig call: aborting',
      line: context.moduleConfigAt,
    });
  }
  return problems;
}

/** Settings whose last value finishLoad needs. */
const REMEMBERED = new Set(['cluster-enabled', 'replicaof', 'bind', 'port', 'tls-port', 'unixsocket']);

function remember(context: LoadContext, line: number, verdict: DirectiveVerdict, args: string[]): void {
  if (!verdict.ok) return;
  const name = verdict.canonical;
  if (name === 'loadmodule') context.loadmodule = true;
  else if (name.includes('.') && name !== 'sentinel') context.moduleConfigAt ??= line;
  else if (REMEMBERED.has(name)) {
    let values = args.slice(1);
    if (values.length === 1 && values[0] !== '' && (name === 'bind' || name === 'replicaof')) {
      const split = splitArgs(values[0]!);
      values = split.ok ? split.tokens.map((t) => t.value) : [];
    }
    if (name === 'replicaof' && values.map(asciiLower).join(' ') === 'no one') context.last.delete(name);
    else context.last.set(name, { line, values });
  }
}

const BAD_DIRECTIVE = 'Bad directive or wrong number of arguments';
const refuse = (message: string, argIndex?: number): DirectiveVerdict =>
  ({ ok: false, rule: 'conf-parse-error', message, ...(argIndex === undefined ? {} : { argIndex }) });

/**
 * One line of redis.conf as config.c `loadServerConfigFromString` dispatches it (RULES.md §1.1
 * steps 5–7): the config table, the deprecated names, include / rename-command / user / loadmodule,
 * module configs (a name with a dot), `sentinel`, and else "Bad directive or wrong number of
 * arguments". `args` is the line after sdssplitargs; args[0] is the name in any case.
 */
export function validateDirective(args: string[], target: Target, mode: Mode, context?: LoadContext): DirectiveVerdict {
  let verdict = dispatch(args, target, mode, context);
  if (!verdict.ok && verdict.rule === 'conf-parse-error') verdict = acceptedLater(args, target, mode, verdict, context);
  if (context) remember(context, context.lines++, verdict, args);
  return verdict;
}

/**
 * A line a later version accepts (`loglevel nothing` before 7.2, a selector before 7.0) is a version
 * problem, not a typo. Refusals that come from earlier lines (renames, a user declared twice) stay.
 */
function acceptedLater(
  args: string[], target: Target, mode: Mode, refusal: DirectiveVerdict & { ok: false }, context?: LoadContext,
): DirectiveVerdict {
  const name = asciiLower(args[0] ?? '');
  if (name === 'rename-command' || refusal.message.includes('Duplicate user')) return refusal;
  const used = tableFor(target.product, target.version).version;
  for (const version of VERSIONS[target.product]) {
    if (compareVersions(version, used) <= 0) continue;
    const later = { product: target.product, version };
    const fresh = createLoadContext(later, mode);
    fresh.allChannels = context?.allChannels;
    if (!dispatch(args, later, mode, fresh).ok) continue;
    const title = productTitle(target.product);
    return {
      ...refusal, rule: 'conf-directive-unsupported',
      message: `${refusal.message} (accepted by ${title} ${version} and later; the target is ${title} ${parseVersion(target.version).join('.')})`,
    };
  }
  return refusal;
}

function dispatch(args: string[], target: Target, mode: Mode, context?: LoadContext): DirectiveVerdict {
  if (args.length === 0) return refuse(BAD_DIRECTIVE);
  const name = asciiLower(args[0]!);
  const table = tableFor(target.product, target.version);
  const ctx: SetContext = { product: table.product, version: table.version, mode };
  const directive = table.byName.get(name);
  if (directive) {
    const verdict = setDirective(directive, name, args, ctx);
    if (verdict) {
      if (verdict.ok && directive.name === 'acl-pubsub-default' && context) {
        context.allChannels = asciiLower(args[1]!) === 'allchannels';
      }
      return verdict;
    }
  } else if (table.deprecatedNames.has(name) && args.length === 2) {
    return { ok: true, canonical: name, deprecated: true }; // accepted and ignored (RULES.md E12)
  }
  return otherDirective(name, args, target, mode, table, context);
}

/** A table config; undefined when a 6.2 chain directive does not match this argc (it falls through). */
function setDirective(d: Directive, name: string, args: string[], ctx: SetContext): DirectiveVerdict | undefined {
  const accepted: DirectiveVerdict = { ok: true, canonical: d.name, ...(name !== d.name ? { alias: true } : {}) };
  let values = args.slice(1);
  let resplit = false;
  if (d.type === 'special' && d.argc) {
    const [min, max] = d.argc;
    if (args.length < min || (max !== 0 && args.length > max)) return undefined;
  } else if (!('multiArg' in d && d.multiArg)) {
    if (args.length !== 2) return refuse('wrong number of arguments');
  } else if (args.length === 2 && args[1] !== '' && !isLegacy(ctx)) {
    // One non-empty argument to a multi-argument config is split again: save "900 1 300 10".
    const split = splitArgs(args[1]!);
    values = split.ok ? split.tokens.map((t) => t.value) : [];
    resplit = true;
  }
  const error: SetError | undefined = d.type === 'special'
    ? SPECIAL_SETS[d.handler ?? d.name]?.(values, ctx)
    : setTyped(d, values, ctx);
  if (!error) return accepted;
  const argIndex = error.at === undefined ? undefined : resplit ? 1 : Math.min(error.at + 1, args.length - 1);
  return refuse(error.message, argIndex);
}

function otherDirective(
  name: string, args: string[], target: Target, mode: Mode, table: ResolvedTable, context?: LoadContext,
): DirectiveVerdict {
  const argc = args.length;
  if (name === 'include' && argc === 2) return { ok: true, canonical: name };
  if (name === 'rename-command' && argc === 3) {
    const error = (context?.renames ?? createRenameTracker(target, mode)).rename(args);
    return error ? refuse(error.message, error.argIndex) : { ok: true, canonical: name };
  }
  if (name === 'user' && argc >= 2) {
    const error = checkUserLine(args, target, { mode, declared: context?.users, allChannels: context?.allChannels });
    return error ? refuse(error.message, error.argIndex) : { ok: true, canonical: name };
  }
  if (name === 'loadmodule' && argc >= 2) return { ok: true, canonical: name };
  const ctx: SetContext = { product: table.product, version: table.version, mode };
  if (name.includes('.') && !isLegacy(ctx)) {
    // A module's config: queued and checked once the module is loaded.
    return argc < 2 ? refuse('Module config specified without value') : { ok: true, canonical: name };
  }
  if (name === 'sentinel') {
    // A bare `sentinel` line only selects sentinel mode (server.c main); other lines are sentinel.c's.
    if (argc === 1 || mode === 'sentinel') return { ok: true, canonical: name };
    return refuse('sentinel directive while not in sentinel mode', 0);
  }
  const note = table.byName.has(name) || table.deprecatedNames.has(name)
    ? undefined
    : otherVersionNote(name, target.product, target.version);
  if (note) {
    return {
      ok: false, rule: 'conf-directive-unsupported', argIndex: 0,
      message: `${BAD_DIRECTIVE} (${note}; the target is ${productTitle(target.product)} ${parseVersion(target.version).join('.')})`,
    };
  }
  return refuse(BAD_DIRECTIVE, table.byName.has(name) || table.deprecatedNames.has(name) ? undefined : 0);
}

/** Directives whose values are passwords (every value: a space in a password makes several). */
const PASSWORD_DIRECTIVES = new Set(['requirepass', 'masterauth', 'primaryauth', 'tls-key-file-pass', 'tls-client-key-file-pass']);

/** Which argument positions of a directive carry a password: requirepass 1, masterauth 1, primaryauth 1, `user` rules `>pw` `<pw` `#hash` `!hash`. */
export function secretArgIndexes(args: string[]): number[] {
  const name = asciiLower(args[0] ?? '');
  if (name === 'user') return userSecretIndexes(args);
  if (PASSWORD_DIRECTIVES.has(name)) return args.map((_, i) => i).slice(1);
  return [];
}

/** Every name a target's redis-server knows as a directive (table names, aliases, deprecated, the others). */
export function knownDirectives(target: Target): string[] {
  const table = tableFor(target.product, target.version);
  const names = new Set([...table.byName.keys(), ...table.deprecatedNames]);
  for (const other of ['include', 'rename-command', 'user', 'loadmodule', 'sentinel']) names.add(other);
  return [...names].sort();
}

/** The newest version a product's directive table knows (what floating tags such as `latest` mean). */
export function newestVersion(product: Target['product']): string {
  return VERSIONS[product].at(-1)!;
}

let everyName: Set<string> | undefined;
/** True when some known Redis or Valkey version has a directive of this name (any case). */
export function isKnownDirectiveName(word: string): boolean {
  if (!everyName) {
    everyName = new Set();
    for (const product of ['redis', 'valkey'] as const) {
      for (const version of VERSIONS[product]) for (const n of knownDirectives({ product, version })) everyName.add(n);
    }
  }
  return everyName.has(asciiLower(word));
}

/**
 * First version whose sentinel.c knows `sentinel <option>` (its `strcasecmp(argv[0], …)` list, read at
 * redis 5.0.14, 6.0.20, 6.2.16, 7.0.15, 7.2.6, 7.4.1 and valkey 8.0.1; the other options are in all of
 * them). Undefined for an option that every known version of the product has, or that it never has.
 */
const SENTINEL_OPTION_SINCE: Record<Target['product'], Record<string, string>> = {
  redis: {
    'auth-user': '6.0', 'resolve-hostnames': '6.2', 'announce-hostnames': '6.2', 'sentinel-user': '6.2',
    'sentinel-pass': '6.2', 'master-reboot-down-after-period': '7.0',
  },
  valkey: { 'primary-reboot-down-after-period': '8.0' },
};

export function sentinelOptionSince(option: string, product: Target['product'] = 'redis'): string | undefined {
  return SENTINEL_OPTION_SINCE[product][asciiLower(option)];
}

/** `yes`/`no` as `yesnotoi` reads them (case-insensitive); undefined for anything else. */
export { yesno };
