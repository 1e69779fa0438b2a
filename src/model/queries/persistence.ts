import type { ConfDirective } from '../facts.js';
import type { Server } from '../deployment.js';
import { settingInEffect } from './setting-in-effect.js';

/** The compiled-in snapshot schedule (server.c initServerConfig, RULES.md §1.7), used when no `save` line is read. */
export const DEFAULT_SAVE = '3600 1 300 100 60 10000';

/** What a data node writes to disk, as its lines decide it; each `at` is the line that decides, if any. */
export interface Persistence {
  /** RDB snapshots on: a save schedule is in effect. */
  rdb: { on: boolean; at?: ConfDirective };
  /** The append-only file is on. */
  aof: { on: boolean; at?: ConfDirective };
}

/**
 * Whether a data node writes RDB snapshots or an append-only file, with the compiled-in defaults
 * (save `3600 1 300 100 60 10000`, appendonly no) where no line decides. Undefined when an
 * include that was not read could change the answer.
 */
export function persistenceOf(node: Server): Persistence | undefined {
  const rdb = saveInEffect(node);
  const aof = settingInEffect(node, 'appendonly');
  if (!rdb || !aof.known) return undefined;
  return { rdb, aof: { on: aof.directive?.args[0]?.text.toLowerCase() === 'yes', at: aof.directive } };
}

export const persists = (p: Persistence) => p.rdb.on || p.aof.on;

/** How a message says what a node persists: "RDB snapshots (the default save 3600 1 …)", "an append-only file". */
export function describePersistence(p: Persistence): string {
  const parts: string[] = [];
  if (p.rdb.on) parts.push(p.rdb.at ? 'RDB snapshots' : `RDB snapshots (the default save ${DEFAULT_SAVE})`);
  if (p.aof.on) parts.push('an append-only file');
  return parts.join(' and ');
}

/**
 * `save` lines add up and `save ""` clears what was read so far; the first `save` line read drops
 * the compiled-in schedule (config.c setConfigSaveOption). An include that was not read could
 * hold `save` lines: only a `save` line after the last such include decides then.
 */
function saveInEffect(node: Server): Persistence['rdb'] | undefined {
  const unread = node.conf.includes.filter((i) => !i.resolved).map((i) => i.path.span);
  const lastUnread = Math.max(-1, ...node.directives.map((d, i) => (d.name === 'include' && unread.some((s) => sameStart(s, d.args[0]?.span)) ? i : -1)));
  if (node.conf.includes.some((i) => !i.resolved) && lastUnread === -1) return undefined; // cannot place it: unknown
  const saves = node.directives.filter((d, i) => d.valid && d.name === 'save' && i > lastUnread);
  if (saves.length === 0) return lastUnread === -1 ? { on: true } : undefined;
  const last = saves[saves.length - 1]!;
  const clear = saves.findLast((s) => rulesIn(s) === 0);
  const after = clear ? saves.slice(saves.indexOf(clear) + 1) : saves;
  return after.length ? { on: true, at: after[after.length - 1] } : { on: false, at: last };
}

/** `save "900 1 300 10"` is split again on spaces (config.c), so count the words. */
const rulesIn = (save: ConfDirective) => save.args.flatMap((a) => a.text.split(/\s+/)).filter((w) => w !== '').length;

const sameStart = (a: { file: string; line: number; column: number }, b: { file: string; line: number; column: number } | undefined) =>
  b !== undefined && a.file === b.file && a.line === b.line && a.column === b.column;
