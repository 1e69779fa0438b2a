import type { Assignment, PyValue } from './facts.js';
import { Evaluator, Scope } from './evaluate.js';
import { memberParts } from './calls.js';
import { isFlaskConfig } from './flask.js';
import { applyInPlace, assignItem } from './in-place.js';
import { recordDecorator } from './task-delays.js';
import { appendAsText, knownText, StrBuilder } from './py-text.js';
import { childrenOf, type PyNode } from './py-tree.js';

/** Deeper blocks (an `if` in a `for` in a `def`…) are not read; real settings modules never get near. */
const MAX_BLOCK_DEPTH = 40;

/** Where statements are: the module, a class body (its assignments are kept) or a function body. */
interface Block {
  scope: Scope;
  conditional: boolean;
  /** Inside `if`/`try`/`for`/`while`/`with` (not merely a function body): may not run even when its function does. */
  branched?: boolean;
  /** Where this block's `NAME = value` lines are recorded (module and class level only). */
  assignments?: Assignment[];
  depth: number;
}

/** Reads the statements of a module in file order, binding names and recording facts. */
export function walkModule(ev: Evaluator, top: PyNode): void {
  const scope = new Scope();
  walkBlock(ev, top, { scope, conditional: false, assignments: ev.facts.assignments, depth: 0 });
}

function walkBlock(ev: Evaluator, node: PyNode, block: Block): void {
  if (block.depth > MAX_BLOCK_DEPTH) return;
  for (const statement of childrenOf(node)) {
    ev.conditional = block.conditional;
    ev.branched = !!block.branched;
    walkStatement(ev, statement, block);
  }
}

function walkStatement(ev: Evaluator, node: PyNode, block: Block): void {
  const nested = (): Block => ({ ...block, conditional: true, branched: true, depth: block.depth + 1 });
  switch (node.name) {
    case 'AssignStatement':
      return assign(ev, node, block);
    case 'UpdateStatement':
      return update(ev, node, block);
    case 'ExpressionStatement':
    case 'ReturnStatement':
      for (const child of childrenOf(node)) {
        if (child.name === 'return') continue;
        const mutated = inPlaceChange(ev, child, block.scope);
        // An unconditional change at module level of a dict the file binds is applied to that dict (its arguments read there).
        if (mutated && applyInPlace(ev, child, block.scope, !block.conditional && block.assignments === ev.facts.assignments)) continue;
        if (mutated) ev.facts.mutations.push({ target: mutated, span: ev.span(node) });
        ev.evaluate(child, block.scope);
      }
      return;
    case 'StatementGroup':
      return walkBlock(ev, node, { ...block, depth: block.depth + 1 });
    case 'ImportStatement':
      return importStatement(ev, node, block);
    case 'DecoratedStatement':
      for (const child of childrenOf(node)) {
        if (child.name === 'Decorator') recordDecorator(ev, child, block.scope);
        else walkStatement(ev, child, block);
      }
      return;
    case 'FunctionDefinition': {
      const name = childrenOf(node).find((c) => c.name === 'VariableName');
      const scope = new Scope(block.scope, name ? `${ev.source(name)}()` : 'a function');
      const params = childrenOf(node).find((c) => c.name === 'ParamList');
      for (const param of params ? childrenOf(params) : []) {
        if (param.name === 'VariableName') scope.vars.set(ev.source(param), ev.unknown(param, `${ev.source(param)} is a parameter of ${scope.what}`));
      }
      if (name) block.scope.vars.set(ev.source(name), ev.unknown(name, `${ev.source(name)} is a function`));
      const body = childrenOf(node).find((c) => c.name === 'Body');
      if (body) walkBlock(ev, body, { scope, conditional: true, depth: block.depth + 1 });
      return;
    }
    case 'ClassDefinition': {
      const name = childrenOf(node).find((c) => c.name === 'VariableName');
      const body = childrenOf(node).find((c) => c.name === 'Body');
      if (!name || !body) return;
      const assignments: Assignment[] = [];
      if (block.assignments === ev.facts.assignments) {
        ev.facts.classes.push({ name: ev.source(name), nameSpan: ev.span(name), span: ev.span(node), assignments });
      }
      walkBlock(ev, body, { scope: new Scope(block.scope, `class ${ev.source(name)}`), conditional: block.conditional, assignments, depth: block.depth + 1 });
      block.scope.vars.set(ev.source(name), ev.unknown(name, `${ev.source(name)} is a class`));
      return;
    }
    default:
      // if / try / with / for / while / match: the bodies run maybe, in the same scope.
      for (const child of childrenOf(node)) {
        if (child.name === 'Body') walkBlock(ev, child, nested());
        else if (child.name === 'CallExpression') ev.evaluate(child, block.scope); // `with Redis(...) as r:`
      }
  }
}

/** `A = B = value`, `A, B = 1, 2`, `NAME: T = value`, `app.conf.key = value`, `app.conf['key'] = value`. */
function assign(ev: Evaluator, node: PyNode, block: Block): void {
  const groups: PyNode[][] = [[]];
  for (const child of childrenOf(node)) {
    if (child.name === 'AssignOp') groups.push([]);
    else if (child.name !== ',' && child.name !== 'TypeDef') groups[groups.length - 1]!.push(child);
  }
  const valueNodes = groups.pop()!;
  if (groups.length === 0 || valueNodes.length === 0) return; // `X: int` declares, binds nothing
  const value: PyValue =
    valueNodes.length === 1
      ? ev.evaluate(valueNodes[0]!, block.scope)
      : { kind: 'list', tuple: true, items: valueNodes.map((v) => ev.evaluate(v, block.scope)), span: ev.index.span(valueNodes[0]!.from, valueNodes[valueNodes.length - 1]!.to) };
  for (const targets of groups) {
    if (targets.length === 1) bindTarget(ev, targets[0]!, value, node, block);
    else targets.forEach((target, i) => bindTarget(ev, target, value.kind === 'list' && value.items.length === targets.length ? value.items[i]! : ev.unknown(target, 'unpacked from a value not known statically'), node, block));
  }
}

function bindTarget(ev: Evaluator, target: PyNode, value: PyValue, statement: PyNode, block: Block, augmented = false): void {
  if (target.name === 'VariableName') {
    const name = ev.source(target);
    block.scope.vars.set(name, value);
    ev.secrets.bind(name, value);
    if (value.kind === 'call' && value.celeryApp && !value.celeryApp.boundTo) value.celeryApp.boundTo = name;
    if (value.kind === 'call' && value.redisCall && !value.redisCall.boundTo) value.redisCall.boundTo = name;
    block.assignments?.push({ name, nameSpan: ev.span(target), value, span: ev.span(statement), conditional: block.conditional, ...(augmented ? { augmented } : {}) });
    return;
  }
  if (target.name !== 'MemberExpression') return;
  const text = ev.source(target).replace(/\s+/g, '');
  if (value.kind === 'call' && value.celeryApp && !value.celeryApp.boundTo) value.celeryApp.boundTo = text;
  if (value.kind === 'call' && value.redisCall && !value.redisCall.boundTo) value.redisCall.boundTo = text;
  const setting = confTarget(ev, target, block);
  if (!setting) {
    // `x.y = v` on a module or class is an attribute, but `x['k'] = v` and `app.conf.opts['k'] = v` change a value in place.
    if (childrenOf(target).some((c) => c.name === '[') || /\.conf\./.test(text)) {
      const done = assignItem(ev, target, value, statement, block.scope, !block.conditional && block.assignments === ev.facts.assignments);
      if (!done) ev.facts.mutations.push({ target: text, span: ev.span(statement) });
    }
    return;
  }
  ev.secrets.bind(setting.key, value);
  const receiver = ev.evaluate(setting.receiver, block.scope);
  ev.facts.celerySettings.push({
    app: ev.source(setting.receiver).replace(/\s+/g, ''),
    ...(receiver.kind === 'call' && receiver.celeryApp ? { appRef: receiver.celeryApp } : {}),
    key: setting.key,
    keySpan: setting.keySpan,
    value,
    via: setting.via,
    span: ev.span(statement),
    conditional: block.conditional,
  });
}

/** `x.conf.key` or `x.conf['key']` as an assignment target. */
function confTarget(ev: Evaluator, target: PyNode, block: Block) {
  const children = childrenOf(target);
  const object = children[0];
  const conf = object ? memberParts(ev, object) : undefined;
  if (!conf || conf.property !== 'conf' || !object) return undefined;
  const bracket = children.findIndex((c) => c.name === '[');
  if (bracket === -1) {
    const property = children[children.length - 1]!;
    return { receiver: conf.object, key: ev.source(property), keySpan: ev.span(property), via: 'conf attribute' as const };
  }
  const keyNode = children[bracket + 1];
  const key = keyNode ? knownText(ev.evaluate(keyNode, block.scope)) : undefined;
  return key === undefined || !keyNode ? undefined : { receiver: conf.object, key, keySpan: ev.span(keyNode), via: 'conf item' as const };
}

/** `NAME += value`: strings and numbers combine; anything else becomes unknown. */
function update(ev: Evaluator, node: PyNode, block: Block): void {
  const [target, op, valueNode] = childrenOf(node);
  if (!target || !op || !valueNode) return;
  const right = ev.evaluate(valueNode, block.scope);
  if (target.name !== 'VariableName') return;
  const left = ev.evaluate(target, block.scope);
  const span = ev.span(node);
  let value: PyValue = ev.unknown(node, `\`${ev.source(op)}\` of values not known statically`);
  if (ev.source(op) === '+=') {
    if (left.kind === 'number' && right.kind === 'number') value = { kind: 'number', value: left.value + right.value, float: left.float || right.float, span };
    else if (left.kind === 'list' && right.kind === 'list') value = { kind: 'list', tuple: left.tuple, items: [...left.items, ...right.items], span };
    else if (left.kind === 'str' || right.kind === 'str') {
      const out = new StrBuilder([node.from, node.to]);
      appendAsText(out, left, ev.text, target.from, target.to);
      appendAsText(out, right, ev.text, valueNode.from, valueNode.to);
      value = out.build(span) ?? value;
    }
  }
  bindTarget(ev, target, value, node, block, true);
}

/** `import a.b as c`, `from a import b as c, *`: names bound to what they import. */
function importStatement(ev: Evaluator, node: PyNode, block: Block): void {
  const children = childrenOf(node);
  const isFrom = children[0]?.name === 'from';
  const importAt = children.findIndex((c) => c.name === 'import');
  if (isFrom) {
    const module = children.slice(1, importAt).map((c) => ev.source(c)).join('');
    const names: string[] = [];
    const rest = children.slice(importAt + 1).filter((c) => c.name !== ',' && c.name !== '(' && c.name !== ')');
    for (let i = 0; i < rest.length; i++) {
      const name = ev.source(rest[i]!);
      names.push(name);
      const alias = rest[i + 1]?.name === 'as' && rest[i + 2] ? ev.source(rest[(i += 2)]!) : name;
      if (name !== '*') bindImport(block.scope, alias, `${module}.${name}`);
    }
    ev.facts.imports.push({ module, names, span: ev.span(node), conditional: block.conditional });
    return;
  }
  // `import a.b as c, d`: dotted names and aliases, separated by commas.
  let dotted: string[] = [];
  const flush = (alias?: string) => {
    if (dotted.length === 0) return;
    const module = dotted.join('.');
    bindImport(block.scope, alias ?? dotted[0]!, alias ? module : dotted[0]!);
    ev.facts.imports.push({ module, names: [], span: ev.span(node), conditional: block.conditional });
    dotted = [];
  };
  for (let i = importAt + 1; i < children.length; i++) {
    const child = children[i]!;
    if (child.name === 'VariableName') dotted.push(ev.source(child));
    else if (child.name === 'as' && children[i + 1]) flush(ev.source(children[++i]!));
    else if (child.name === ',') flush();
  }
  flush();
}

function bindImport(scope: Scope, local: string, qualified: string): void {
  scope.vars.delete(local);
  scope.imports.set(local, qualified);
}

/** `x.update(...)`, `x.setdefault(...)`, `x.pop(...)` on anything but `app.conf` itself (read as settings). */
function inPlaceChange(ev: Evaluator, expression: PyNode, scope: Scope): string | undefined {
  if (expression.name !== 'CallExpression') return undefined;
  const calleeNode = childrenOf(expression)[0] ?? expression;
  const callee = ev.source(calleeNode).replace(/\s+/g, '');
  const match = /^(.+)\.(update|setdefault|pop|popitem|clear|__setitem__)$/.exec(callee);
  if (!match || /(^|\.)conf$/.test(match[1]!)) return undefined;
  // `os.environ.setdefault(...)` and a Flask app's `config.update(...)` are recorded as facts of their own.
  const object = memberParts(ev, calleeNode)?.object;
  if (object && (match[1] === 'os.environ' || isFlaskConfig(ev, object, scope) !== undefined)) return undefined;
  return match[1];
}
