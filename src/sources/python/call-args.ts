import type { Span } from '../../model/span.js';
import type { Evaluator, Scope } from './evaluate.js';
import type { CallArgs, KeywordArg, PyValue } from './facts.js';
import { childrenOf, type PyNode } from './py-tree.js';

/** A call's arguments, evaluated in order, with the nodes rules or recognisers need. */
export interface ReadArgs extends CallArgs {
  argNodes: PyNode[];
  /** Keyword arguments by name (the last one if repeated) and the span of `name=value`. */
  byName: Map<string, { arg: KeywordArg; node: PyNode; nameFrom: number; span: Span }>;
}

export function readArgs(ev: Evaluator, argList: PyNode | undefined, scope: Scope, depth: number): ReadArgs {
  const out: ReadArgs = { args: [], kwargs: [], spread: [], argNodes: [], byName: new Map() };
  if (!argList || argList.name !== 'ArgList') return out;
  const parts = childrenOf(argList).filter((c) => c.name !== '(' && c.name !== ')' && c.name !== ',');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp' && parts[i + 2]) {
      const valueNode = parts[i + 2]!;
      const name = ev.source(part);
      const value = ev.evaluate(valueNode, scope, depth);
      const arg: KeywordArg = { name, nameSpan: ev.span(part), value };
      ev.secrets.bind(name, value);
      out.kwargs.push(arg);
      out.byName.set(name, { arg, node: valueNode, nameFrom: part.from, span: ev.index.span(part.from, valueNode.to) });
      i += 2;
    } else if ((part.name === '*' || part.name === '**') && parts[i + 1]) {
      out.spread.push(ev.evaluate(parts[++i]!, scope, depth));
    } else {
      const value = ev.evaluate(part, scope, depth);
      ev.secrets.bind(undefined, value);
      out.args.push(value);
      out.argNodes.push(part);
    }
  }
  return out;
}

/** A keyword argument, else the positional argument at `position` (Python's binding for simple signatures). */
export function argument(args: ReadArgs, name: string, position?: number): PyValue | undefined {
  return args.byName.get(name)?.arg.value ?? (position === undefined ? undefined : args.args[position]);
}
