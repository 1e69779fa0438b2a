import { oncePer } from '../../once-per.js';
import { COMMAND_DELTAS_JSON, COMMANDS_BASE_JSON } from './directives/commands-data.js';
import { compareVersions, tableFor, type Product } from './directives/index.js';
import type { CommandsBase, CommandTables } from './directives/types.js';
import { asciiLower } from './memory.js';

/**
 * The command table a server registers at start-up, for `rename-command` and ACL rules: names are
 * case-insensitive, subcommands are `container|sub` (7.0+). Sentinel mode registers only the
 * commands flagged SENTINEL / ONLY_SENTINEL (server.c `populateCommandStructure`).
 */
export interface CommandTable {
  /** Lower-case top-level name → its subcommands (empty for a plain command). */
  commands: ReadonlyMap<string, ReadonlySet<string>>;
  /** ACL categories (acl.c `ACLCommandCategories`). */
  categories: ReadonlySet<string>;
  /** 6.2 and older: no subcommands, lookups are by the whole name. */
  legacy: boolean;
}

interface Target {
  product: Product;
  version: string;
}

const cache = new Map<string, CommandTable>();

export function commandTable(target: Target, mode: 'server' | 'sentinel'): CommandTable {
  const key = `${tableFor(target.product, target.version).key}/${mode}`;
  const done = cache.get(key);
  if (done) return done;
  const tableKey = key.split('/')[0]!;
  const base = JSON.parse(COMMANDS_BASE_JSON) as CommandsBase;
  const delta = (JSON.parse(COMMAND_DELTAS_JSON) as CommandTables)[tableKey];
  const names = new Set<string>(base[mode]);
  const categories = new Set<string>(base.categories);
  if (delta) {
    for (const n of delta[mode].remove) names.delete(n);
    for (const n of delta[mode].add) names.add(n);
    for (const n of delta.categories.remove) categories.delete(n);
    for (const n of delta.categories.add) categories.add(n);
  }
  const commands = new Map<string, Set<string>>();
  for (const name of [...names].sort()) {
    const [container, sub] = name.split('|') as [string, string | undefined];
    if (!commands.has(container)) commands.set(container, new Set());
    if (sub !== undefined) commands.get(container)!.add(sub);
  }
  const [p, v] = tableKey.split('-') as [Product, string];
  const table = { commands, categories, legacy: p === 'redis' && compareVersions(v, '7.0') < 0 };
  cache.set(key, table);
  return table;
}

/** What a name resolves to: a command, a subcommand (which has a parent), or nothing. */
export type Lookup = { kind: 'command'; name: string; container: boolean } | { kind: 'subcommand'; name: string } | undefined;

/**
 * server.c `lookupCommandBySdsLogic` in strict mode: `name` or `container|sub`, one level only.
 * `commands` maps the names in use (renamed ones included) to the original command.
 */
export function lookupCommand(table: CommandTable, text: string, names: ReadonlyMap<string, string> = identity(table)): Lookup {
  if (text === '') return undefined;
  if (table.legacy) {
    const original = names.get(asciiLower(text));
    return original === undefined ? undefined : { kind: 'command', name: original, container: false };
  }
  const parts = text.split('|');
  if (parts.length > 2) return undefined;
  const original = names.get(asciiLower(parts[0]!));
  if (original === undefined) return undefined;
  const subs = table.commands.get(original)!;
  if (parts.length === 1) return { kind: 'command', name: original, container: subs.size > 0 };
  const sub = asciiLower(parts[1]!);
  return subs.has(sub) ? { kind: 'subcommand', name: `${original}|${sub}` } : undefined;
}

const identity = oncePer((table: CommandTable): Map<string, string> => new Map([...table.commands.keys()].map((n) => [n, n])));

/** A `rename-command` refusal, with the index of the argument (in the whole line) to underline. */
export interface RenameError {
  message: string;
  argIndex: number;
}

/**
 * `rename-command` across the lines of one file: each rename changes the table the next one sees
 * (a renamed command is gone under its old name, its new name is taken).
 */
export interface RenameTracker {
  /** `args` is the whole line: `rename-command <old> <new>`. */
  rename(args: string[]): RenameError | undefined;
}

export function createRenameTracker(target: Target, mode: 'server' | 'sentinel'): RenameTracker {
  // Built and copied on the first rename only: most files rename nothing, and the table has
  // hundreds of names (building it was a tenth of a one-file run's lint).
  let table: CommandTable | undefined;
  let inUse: Map<string, string> | undefined;
  return {
    rename(args) {
      table ??= commandTable(target, mode);
      inUse ??= new Map(identity(table));
      const [, from = '', to = ''] = args;
      const found = lookupCommand(table, from, inUse);
      if (!found) return { message: 'No such command in rename-command', argIndex: 1 };
      if (found.kind === 'subcommand') {
        // The subcommand is found, then removing "container|sub" from the top-level table fails:
        // redis-server stops on an assertion (checked on 7.0.15).
        return { message: "=== ASSERTION FAILED === 'retval == DICT_OK' is not true", argIndex: 1 };
      }
      inUse.delete(asciiLower(from));
      if (to === '') return undefined; // renaming to "" removes the command
      if (inUse.has(asciiLower(to))) return { message: 'Target command name already exists', argIndex: 2 };
      inUse.set(asciiLower(to), found.name);
      return undefined;
    },
  };
}
