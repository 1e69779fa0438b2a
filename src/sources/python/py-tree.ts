import { parser } from '@lezer/python';

/** A node of `@lezer/python`'s tree (typed from the parser, so `@lezer/common` need not be a dependency). */
export type PyNode = ReturnType<typeof parser.parse>['topNode'];

export function parsePythonTree(text: string): PyNode {
  return parser.parse(text).topNode;
}

/** The direct children of a node, in order. */
/** A node's children without comments: lezer keeps a comment wherever it stands (between the parts of an implicit string concatenation, among call arguments), and no setting is ever in one. */
export function childrenOf(node: PyNode): PyNode[] {
  const out: PyNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.name !== 'Comment') out.push(child);
  return out;
}

/** The first error node of the tree, found without recursion. */
export function firstErrorNode(top: PyNode): PyNode | undefined {
  const cursor = top.cursor();
  for (;;) {
    if (cursor.type.isError) return cursor.node;
    if (cursor.firstChild()) continue;
    for (;;) {
      if (cursor.nextSibling()) break;
      if (!cursor.parent()) return undefined;
    }
  }
}

/**
 * How deeply brackets nest, strings and comments skipped (roughly: a guard, not a tokenizer).
 * lezer builds its tree recursively, so a file nested thousands deep is refused before parsing.
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '"' || c === "'") {
      const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j) && (quote.length === 3 || text[j] !== '\n')) j += text[j] === '\\' ? 2 : 1;
      i = j + quote.length - 1;
    } else if (c === '(' || c === '[' || c === '{') {
      if (++depth > max) max = depth;
    } else if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return max;
}
