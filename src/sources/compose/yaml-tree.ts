import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { scalarText, scalarValue } from './scalar-offsets.js';
import { shifted, type MappedText } from './mapped-text.js';

/** More nodes than this once aliases are expanded is an alias bomb, not a compose file. */
export const MAX_EXPANDED_NODES = 1_000_000;

/**
 * The aliases of a document whose text has no `*`, so no alias node: its tree skips looking for
 * them on every read (yaml's `isAlias`, a symbol look-up per read, took 55 ms in a CPU profile
 * of the 2 000-file repository, more than any one reader of ours).
 */
export const NO_ALIASES: ReadonlyMap<Alias, Node> = new Map();

/** A map entry after aliases and `<<` merge keys are resolved. */
export interface Entry {
  key: string;
  keyNode: Scalar;
  value: Node | undefined;
}

/**
 * Read access to a parsed compose document that follows aliases and merge keys the way compose
 * does, without ever expanding the whole tree (which is what an alias bomb attacks): only the
 * nodes asked for are read, and each map's merged entries are worked out once.
 */
export class YamlTree {
  readonly #entries = new Map<YAMLMap, Entry[]>();
  readonly #texts = new Map<Scalar, MappedText>();
  readonly #aliases: ReadonlyMap<Alias, Node>;
  readonly #noAliases: boolean;

  constructor(
    readonly doc: Document.Parsed,
    readonly source: string,
    aliases: ReadonlyMap<Alias, Node> = aliasTargets(doc),
    /** Where this file's offsets begin in its project's offset space (project-index.ts); 0 alone. */
    readonly shift = 0,
  ) {
    this.#aliases = aliases;
    this.#noAliases = aliases === NO_ALIASES;
  }

  /** The node an alias stands for (aliases of aliases too); undefined for a dangling one. */
  resolve(node: unknown): Node | undefined {
    if (this.#noAliases) return (node ?? undefined) as Node | undefined;
    let current = node;
    for (let hops = 0; isAlias(current); hops++) {
      if (hops > 100) return undefined;
      current = this.#aliases.get(current);
    }
    return (current ?? undefined) as Node | undefined;
  }

  map(node: unknown): YAMLMap | undefined {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : undefined;
  }

  seq(node: unknown): Node[] | undefined {
    const resolved = this.resolve(node);
    return isSeq(resolved) ? (resolved.items as Node[]) : undefined;
  }

  scalar(node: unknown): Scalar | undefined {
    const resolved = this.resolve(node);
    return isScalar(resolved) ? resolved : undefined;
  }

  /** A scalar's value with the file offset of each character; undefined for collections. */
  text(node: unknown): MappedText | undefined {
    const scalar = this.scalar(node);
    if (!scalar || scalar.value === null) return undefined;
    let text = this.#texts.get(scalar);
    if (!text) {
      text = shifted(scalarText(this.source, scalar), this.shift);
      this.#texts.set(scalar, text);
    }
    return text;
  }

  /** A scalar's value, the text `text` maps, without mapping it; undefined where `text` is. */
  value(node: unknown): string | undefined {
    const scalar = this.scalar(node);
    return !scalar || scalar.value === null ? undefined : scalarValue(scalar);
  }

  /**
   * A map's entries with merge keys applied (the YAML merge-key rules compose follows): the map's
   * own keys win over merged ones, and an earlier merge source wins over a later one.
   */
  entries(node: unknown, inProgress?: Set<YAMLMap>): Entry[] {
    const map = this.map(node);
    if (!map) return [];
    const cached = this.#entries.get(map);
    if (cached) return cached;
    // Made here, after the cache: a set made for every look-up was 19 MB of garbage on the 2 000-file repository.
    inProgress ??= new Set<YAMLMap>();
    if (inProgress.has(map)) return []; // `&a { <<: *a }`: a merge that includes itself adds nothing
    inProgress.add(map);
    const own: Entry[] = [];
    const merged: Entry[] = [];
    for (const pair of map.items as Pair[]) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = pair.key;
      if (isMergeKey(key)) {
        const sources = this.seq(pair.value) ?? [pair.value];
        for (const source of sources) merged.push(...this.entries(source, inProgress));
        continue;
      }
      own.push({ key: String(key.value ?? key.source ?? ''), keyNode: key, value: (pair.value ?? undefined) as Node | undefined });
    }
    inProgress.delete(map);
    const seen = new Set(own.map((e) => e.key));
    const result = [...own];
    for (const entry of merged) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      result.push(entry);
    }
    this.#entries.set(map, result);
    return result;
  }

  get(node: unknown, key: string): Node | undefined {
    return this.entries(node).find((e) => e.key === key)?.value;
  }

  entry(node: unknown, key: string): Entry | undefined {
    return this.entries(node).find((e) => e.key === key);
  }

  /** Source offsets of a node as written (an alias's target, where its text is). */
  range(node: unknown): [number, number] {
    const resolved = this.resolve(node) ?? node;
    const range = (resolved as Node | undefined)?.range;
    return range ? [range[0] + this.shift, range[1] + this.shift] : [this.shift, this.shift];
  }
}


function isMergeKey(key: Scalar): boolean {
  // yaml marks `<<` with its merge tag when `merge: true`; a quoted '<<' is an ordinary key.
  return key.type === 'PLAIN' && key.source === '<<';
}

/**
 * How many nodes the document has once every alias is expanded, counted without expanding
 * anything: each node's expanded size is worked out once, bottom-up. Undefined when an alias
 * refers to a node that contains it (the expansion would never end).
 */
export function expandedSize(doc: Document.Parsed, limit = MAX_EXPANDED_NODES, aliases: ReadonlyMap<Alias, Node> = aliasTargets(doc)): number | undefined {
  const sizes = new Map<unknown, number>();
  const onStack = new Set<unknown>();
  const root = doc.contents;
  if (!root) return 0;
  const stack: { node: unknown; children?: unknown[] }[] = [{ node: root }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { node } = frame;
    if (sizes.has(node)) {
      stack.pop();
      continue;
    }
    if (!frame.children) {
      if (onStack.has(node)) return undefined;
      onStack.add(node);
      frame.children = childrenOf(aliases, node);
      for (const child of frame.children) {
        if (onStack.has(child)) return undefined;
        if (!sizes.has(child)) stack.push({ node: child });
      }
      continue;
    }
    let size = isAlias(node) ? 0 : 1;
    for (const child of frame.children) size += sizes.get(child) ?? 0;
    if (size > limit) return size;
    sizes.set(node, size);
    onStack.delete(node);
    stack.pop();
  }
  return sizes.get(root);
}

function childrenOf(aliases: ReadonlyMap<Alias, Node>, node: unknown): unknown[] {
  if (isAlias(node)) {
    const target = aliases.get(node);
    return target ? [target] : [];
  }
  if (!isCollection(node)) return [];
  const out: unknown[] = [];
  for (const item of node.items as unknown[]) {
    if (isPair(item)) {
      if (item.key) out.push(item.key);
      if (item.value) out.push(item.value);
    } else if (item) {
      out.push(item);
    }
  }
  return out;
}

/**
 * What each alias of the document stands for, found in one walk. yaml's own `Alias.resolve`
 * walks the whole document for every alias it resolves, which made a file with a few hundred
 * aliases quadratic. Same answer as yaml's: the last node with that anchor before the alias, in
 * document order.
 */
export function aliasTargets(doc: Document.Parsed): Map<Alias, Node> {
  const latest = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = latest.get(node.source);
        if (target) targets.set(node, target);
      } else if (isNode(node) && node.anchor) {
        latest.set(node.anchor, node);
      }
    },
  });
  return targets;
}
