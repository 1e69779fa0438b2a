import type { Node } from 'yaml';
import type { ComposeValues } from './compose-value.js';

/**
 * One file's say about a service: the service's map in that file, read with that file's values
 * (its interpolation, its offsets). A service is the stack of its layers, oldest first: what it
 * `extends`, then the base file's entry, then the override file's (compose-spec "Merge").
 */
export interface ServiceLayer {
  values: ComposeValues;
  node: unknown;
  /** The compose file's root-relative path: relative host paths resolve against its folder. */
  rootPath: string;
}

/** A field of one layer: the node, with the values and folder that read it. */
export interface LayerField {
  layer: ServiceLayer;
  node: Node;
}

/**
 * The layers that set a field, in order, after compose's `!reset` (forget what came before, set
 * nothing) and `!override` (forget what came before, set this).
 */
export function fieldLayers(layers: readonly ServiceLayer[], ...path: string[]): LayerField[] {
  let out: LayerField[] = [];
  for (const layer of layers) {
    const node = fieldIn(layer, path);
    if (node === undefined) continue;
    if (node.tag === '!reset') out = [];
    else if (node.tag === '!override') out = [{ layer, node }];
    else out.push({ layer, node });
  }
  return out;
}

/** A field that a later file replaces as a whole (scalars, `command`, `entrypoint`, `healthcheck.test`). */
export function lastField(layers: readonly ServiceLayer[], ...path: string[]): LayerField | undefined {
  // fieldLayers' last entry, found from the end without building the list: the last layer that
  // sets the field decides, and a `!reset` there sets nothing. (A service asks for twenty-odd
  // fields; their lists were 12 MB of garbage on the 2 000-file repository.)
  for (let k = layers.length - 1; k >= 0; k--) {
    const layer = layers[k]!;
    const node = fieldIn(layer, path);
    if (node === undefined) continue;
    return node.tag === '!reset' ? undefined : { layer, node };
  }
  return undefined;
}

/** The node at `path` in one layer's map of the service, if that layer sets it. */
function fieldIn(layer: ServiceLayer, path: readonly string[]): Node | undefined {
  let node: unknown = layer.node;
  for (const key of path) node = node === undefined ? undefined : layer.values.tree.get(node, key);
  return node as Node | undefined;
}

/**
 * A list field merged across layers: later entries replace earlier ones with the same key (a
 * volume's target, an environment variable's name), the others are appended in order.
 */
export function mergeByKey<T>(lists: readonly T[][], keyOf: (item: T) => string | undefined): T[] {
  if (lists.length === 1) return lists[0]!;
  const out: T[] = [];
  const at = new Map<string, number>();
  for (const list of lists) {
    for (const item of list) {
      const key = keyOf(item);
      const k = key === undefined ? undefined : at.get(key);
      if (k !== undefined) out[k] = item;
      else {
        if (key !== undefined) at.set(key, out.length);
        out.push(item);
      }
    }
  }
  return out;
}
