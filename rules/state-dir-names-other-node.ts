import { defineRule } from '../src/engine/rule.js';
import type { Sentinel, Server } from '../src/model/deployment.js';
import type { ConfArg } from '../src/model/facts.js';
import { settingInEffect } from '../src/model/queries/setting-in-effect.js';

type Node = Server | Sentinel;

/** Words every node's paths share: they name no node in particular. */
const GENERIC = new Set(['redis', 'sentinel', 'valkey', 'data', 'conf', 'config', 'etc', 'var', 'lib', 'tmp', 'db', 'node', 'server']);

export default defineRule({
  id: 'state-dir-names-other-node',
  level: 'note',
  category: 'topology',
  docs: {
    summary: 'A node\'s `dir` is another node\'s folder: named after that node, and used by it too.',
    breaks:
      'Per-node files are usually made by copying one and editing it; a `dir` left unedited points a node at its ' +
      'sibling\'s state folder. Where both run on one machine (or share a volume) they write the same files there: ' +
      'each overwrites the other\'s RDB dump or AOF (a restarted node may even load its sibling\'s data), or, for ' +
      'Sentinels, they write one log file. Sentinel keeps its own state in its config file, not in `dir`.',
    fix: 'Give each node its own `dir`, named after that node.',
    example: { bad: 'bad-copied-dir', good: 'good-own-dirs' },
  },
  *check(deployment) {
    for (const nodes of [deployment.servers, deployment.sentinels] as Node[][]) {
      const identities = identitiesOf(nodes);
      // Nodes by the folder they name, so each node meets only the nodes of its own folder.
      const dirs = new Map<Node, { arg: ConfArg; path: string }>();
      // The nodes whose own folder a path is: the path names one of their identities.
      const ownersOf = new Map<string, { owner: Node; named: string }[]>();
      for (const node of nodes) {
        const dir = absoluteDir(node);
        if (!dir) continue;
        dirs.set(node, dir);
        const named = (identities.get(node) ?? []).find((id) => names(dir.path, id));
        if (!ownersOf.has(dir.path)) ownersOf.set(dir.path, []);
        if (named) ownersOf.get(dir.path)!.push({ owner: node, named });
      }
      for (const [node, dir] of dirs) {
        const owners = ownersOf.get(dir.path)!;
        if (owners.some(({ owner }) => owner === node)) continue; // its own folder
        for (const { owner: other, named } of owners) {
          const shared = sharedFiles(node, other);
          if (shared.length === 0) continue;
          yield {
            at: dir.arg.span,
            message:
              `${node.name} sets dir ${dir.arg.text}, the folder of ${other.name} (the path names ${named}, and ` +
              `${other.name} uses it too): on one machine both would ${shared.join(', and ')}. Give ${node.name} its own dir.`,
            related: [{ at: dirs.get(other)!.arg.span, message: `${other.name} uses the same dir` }],
          };
          break;
        }
      }
    }
  },
});

/** A `dir` that names one folder wherever the node starts: an absolute path, without its trailing slash. */
function absoluteDir(node: Node): { arg: ConfArg; path: string } | undefined {
  const setting = settingInEffect(node, 'dir');
  const arg = setting.known ? setting.directive?.args[0] : undefined;
  if (!arg || !arg.text.startsWith('/')) return undefined; // relative: against the start directory, unknown here
  return { arg, path: arg.text.length > 1 ? arg.text.replace(/\/+$/, '') : arg.text };
}

/**
 * Words that name one node among its kind: its file's base name, its folder's name, its port.
 * A word two nodes share (every `redis.conf` of a folder-per-node layout, port 6379 on every
 * host) names neither.
 */
function identitiesOf(nodes: Node[]): Map<Node, string[]> {
  const words = new Map(
    nodes.map((node) => {
      const parts = node.name.toLowerCase().split('/');
      const base = parts[parts.length - 1]!.replace(/\.conf$/, '');
      const folder = parts.length > 1 ? parts[parts.length - 2]! : undefined;
      const port = node.port.known ? String(node.port.value) : undefined;
      return [node, [...new Set([base, folder, port].filter((w): w is string => !!w && !GENERIC.has(w)))]];
    }),
  );
  const uses = new Map<string, number>();
  for (const list of words.values()) for (const w of list) uses.set(w, (uses.get(w) ?? 0) + 1);
  return new Map([...words].map(([node, list]) => [node, list.filter((w) => uses.get(w) === 1)]));
}

/** The path mentions the word as a whole: `/var/lib/redis/6380`, `/data/redis-6380`, not `/data/63800`. */
function names(path: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}([^a-z0-9]|$)`).test(path.toLowerCase());
}

/** What two nodes with one dir would both write there, as clauses: "write the RDB file dump.rdb there, …". */
function sharedFiles(a: Node, b: Node): string[] {
  // undefined when an include that was not read may set it: nothing is claimed then.
  const value = (node: Node, name: string, fallback: string) => {
    const setting = settingInEffect(node, name);
    return setting.known ? (setting.directive?.args[0]?.text ?? fallback) : undefined;
  };
  const shared: string[] = [];
  if (a.conf.kind === 'redis-conf') {
    const rdb = value(a, 'dbfilename', 'dump.rdb');
    if (rdb !== undefined && rdb === value(b, 'dbfilename', 'dump.rdb')) shared.push(`write the RDB file ${rdb} there, each over the other's`);
    const aof = value(a, 'appenddirname', 'appendonlydir');
    const bothAof = [a, b].every((n) => value(n, 'appendonly', 'no')?.toLowerCase() === 'yes');
    if (bothAof && aof !== undefined && aof === value(b, 'appenddirname', 'appendonlydir')) shared.push(`write the AOF folder ${aof} there, each over the other's`);
  } else {
    // Sentinel resolves its config file's path before it changes directory: only relative files land in dir.
    const files = [['logfile', 'append to the log file', ''], ['pidfile', 'write the pid file', ', each over the other\'s']] as const;
    for (const [name, what, how] of files) {
      const file = value(a, name, '');
      if (file && !file.startsWith('/') && file === value(b, name, '')) shared.push(`${what} ${file} there${how}`);
    }
  }
  return shared;
}
