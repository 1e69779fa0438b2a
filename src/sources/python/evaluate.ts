import type { LineIndex, Span } from '../../model/span.js';
import { evaluateCall, flaskItem } from './calls.js';
import { isFlaskConfig } from './flask.js';
import { lookupEntry, lookupKey } from './dict-lookup.js';
import type { PyDict, PyEnv, PythonFacts, PyValue } from './facts.js';
import { percentFormat } from './format.js';
import { literalShape, decodeBody } from './py-string.js';
import { appendAsText, knownText, StrBuilder } from './py-text.js';
import { childrenOf, type PyNode } from './py-tree.js';
import type { SecretCollector } from './secrets.js';

/** Deeper expressions are not read (lezer itself gives up around 2 800 levels); the JS stack never sees them. */
const MAX_DEPTH = 150;

/** Names visible at a point of the file: a function's own, then the module's. */
export class Scope {
  readonly vars = new Map<string, PyValue>();
  /** Local name → what it imports, qualified (`S` → `redis.sentinel.Sentinel`). */
  readonly imports = new Map<string, string>();

  constructor(
    readonly parent?: Scope,
    readonly what = 'module',
  ) {}

  lookup(name: string): PyValue | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const value = scope.vars.get(name);
      if (value) return value;
      if (scope.imports.has(name)) return undefined;
    }
    return undefined;
  }

  importOf(name: string): string | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      if (scope.vars.has(name)) return undefined;
      const qualified = scope.imports.get(name);
      if (qualified !== undefined) return qualified;
    }
    return undefined;
  }
}

/**
 * Evaluates expressions statically, in file order: a name is the value it was last bound to
 * (shared, with the span where it was written), so a name can never lead back to itself.
 * Calls it recognises (Celery, redis-py, kombu) are recorded in `facts` as they are met.
 */
export class Evaluator {
  /** Set by the statement walker: inside `if`/`try`/a function, a call may not run. */
  conditional = false;
  /** Set by the statement walker: inside `if`/`try`/`for`/`with` (a function body alone does not set it). */
  branched = false;

  constructor(
    readonly text: string,
    readonly index: LineIndex,
    readonly facts: PythonFacts,
    readonly secrets: SecretCollector,
  ) {}

  span(node: PyNode): Span {
    return this.index.span(node.from, node.to);
  }

  source(node: PyNode): string {
    return this.text.slice(node.from, node.to);
  }

  unknown(node: PyNode, why: string): PyValue {
    return { kind: 'unknown', why, span: this.span(node) };
  }

  evaluate(node: PyNode, scope: Scope, depth = 0): PyValue {
    if (depth > MAX_DEPTH) return this.unknown(node, 'the expression is nested too deeply to read');
    if (node.type.isError) return this.unknown(node, 'a syntax error');
    const next = depth + 1;
    switch (node.name) {
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        return this.#string(node, scope, next);
      case 'Number':
        return this.#number(node);
      case 'Boolean':
        return { kind: 'bool', value: this.source(node) === 'True', span: this.span(node) };
      case 'None':
        return { kind: 'none', span: this.span(node) };
      case 'VariableName':
        return this.#name(node, scope);
      case 'ParenthesizedExpression': {
        const inner = childrenOf(node).find((c) => c.name !== '(' && c.name !== ')');
        return inner ? this.evaluate(inner, scope, next) : this.unknown(node, 'an empty expression');
      }
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'SetExpression': {
        const items = childrenOf(node)
          .filter((c) => !['(', ')', '[', ']', '{', '}', ','].includes(c.name))
          .map((c) => this.evaluate(c, scope, next));
        for (const item of items) this.secrets.bind(undefined, item);
        if (node.name === 'SetExpression') return this.unknown(node, 'a set is not a setting value');
        return { kind: 'list', tuple: node.name === 'TupleExpression', items, span: this.span(node) };
      }
      case 'DictionaryExpression':
        return this.#dict(node, scope, next);
      case 'UnaryExpression':
        return this.#unary(node, scope, next);
      case 'BinaryExpression':
        return this.#binary(node, scope, next);
      case 'CallExpression':
        return evaluateCall(this, node, scope, next);
      case 'MemberExpression':
        return this.#member(node, scope, next);
      case 'ConditionalExpression': {
        for (const part of childrenOf(node)) if (part.name !== 'if' && part.name !== 'else') this.evaluate(part, scope, next);
        return this.unknown(node, 'chosen at run time (`x if c else y`)');
      }
      default:
        return this.unknown(node, `${describe(node.name)} is not read statically`);
    }
  }

  #number(node: PyNode): PyValue {
    const raw = this.source(node).replace(/_/g, '');
    const span = this.span(node);
    if (/^0[xob]/i.test(raw)) {
      const value = Number(raw.toLowerCase());
      return Number.isNaN(value) ? this.unknown(node, 'a number that is not read') : { kind: 'number', value, float: false, span };
    }
    if (/[jJ]$/.test(raw)) return this.unknown(node, 'a complex number');
    const value = Number(raw);
    if (Number.isNaN(value)) return this.unknown(node, 'a number that is not read');
    return { kind: 'number', value, float: /[.eE]/.test(raw), span };
  }

  #name(node: PyNode, scope: Scope): PyValue {
    const name = this.source(node);
    const value = scope.lookup(name);
    if (value) return value;
    const imported = scope.importOf(name);
    if (imported !== undefined) return this.unknown(node, `${name} is imported from ${imported}`);
    return this.unknown(node, `${name} is not assigned in this file`);
  }

  #string(node: PyNode, scope: Scope, depth: number): PyValue {
    const out = new StrBuilder([node.from, node.to]);
    const parts = node.name === 'ContinuedString' ? childrenOf(node) : [node];
    for (const part of parts) {
      const shape = literalShape(this.text, part.from, part.to);
      if (!shape.format) {
        decodeBody(this.text, shape.bodyFrom, shape.bodyTo, shape, out);
        continue;
      }
      let at = shape.bodyFrom;
      for (const child of childrenOf(part)) {
        if (child.name !== 'FormatReplacement') continue;
        decodeBody(this.text, at, Math.min(child.from, shape.bodyTo), shape, out);
        this.#replacement(child, scope, depth, out);
        at = child.to;
      }
      decodeBody(this.text, at, shape.bodyTo, shape, out);
    }
    return out.build(this.span(node)) ?? this.unknown(node, 'the string is too long to read');
  }

  /** `{expr}` in an f-string; a conversion or format spec other than `!s` makes it a hole. */
  #replacement(node: PyNode, scope: Scope, depth: number, out: StrBuilder): void {
    const parts = childrenOf(node).filter((c) => c.name !== '{' && c.name !== '}');
    const [expr, ...rest] = parts;
    if (!expr) return out.pushWritten(this.text, node.from, node.to, 'an empty f-string replacement');
    const value = this.evaluate(expr, scope, depth);
    const plain = rest.every((r) => r.name === 'FormatConversion' && this.source(r) === '!s');
    if (!plain) return out.pushWritten(this.text, node.from, node.to, 'an f-string replacement with a conversion or format spec');
    appendAsText(out, value, this.text, node.from, node.to);
  }

  #dict(node: PyNode, scope: Scope, depth: number): PyValue {
    const dict: PyDict = { kind: 'dict', entries: [], opaque: [], span: this.span(node) };
    const parts = childrenOf(node).filter((c) => c.name !== '{' && c.name !== '}' && c.name !== ',');
    if (parts.some((p) => p.name === 'for')) return this.unknown(node, 'a dict comprehension is not read');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.name === '**') {
        const spread = parts[++i];
        if (spread) mergeInto(dict, this.evaluate(spread, scope, depth));
        continue;
      }
      if (parts[i + 1]?.name !== ':' || !parts[i + 2]) continue;
      const key = this.evaluate(part, scope, depth);
      const value = this.evaluate(parts[i + 2]!, scope, depth);
      i += 2;
      this.secrets.bind(knownText(key), value);
      dict.entries.push({ key, value });
    }
    return dict;
  }

  #unary(node: PyNode, scope: Scope, depth: number): PyValue {
    const [op, operand] = childrenOf(node);
    if (!op || !operand) return this.unknown(node, 'an incomplete expression');
    const value = this.evaluate(operand, scope, depth);
    const sign = this.source(op);
    if (value.kind === 'number' && (sign === '-' || sign === '+')) {
      return { kind: 'number', value: sign === '-' ? -value.value : value.value, float: value.float, span: this.span(node) };
    }
    if (value.kind === 'bool' && sign === 'not') return { kind: 'bool', value: !value.value, span: this.span(node) };
    return this.unknown(node, `\`${sign}\` of something not known statically`);
  }

  #binary(node: PyNode, scope: Scope, depth: number): PyValue {
    const op = this.source(childrenOf(node)[1] ?? node);
    if (op === '+') return this.#sum(node, scope, depth);
    const [left, , right] = childrenOf(node);
    if (!left || !right) return this.unknown(node, 'an incomplete expression');
    const a = this.evaluate(left, scope, depth);
    const b = this.evaluate(right, scope, depth);
    if (op === '%' && a.kind === 'str') return percentFormat(this, a, b, node);
    if (op === 'or') return this.#or(node, a, b);
    // `12 * 3600`, `2 * 60 * 60`, `3600 - 60`: timeouts are often written as arithmetic.
    if (a.kind === 'number' && b.kind === 'number' && (op === '*' || op === '-')) {
      return { kind: 'number', value: op === '*' ? a.value * b.value : a.value - b.value, float: a.float || b.float, span: this.span(node) };
    }
    return this.unknown(node, `\`${op}\` is not read statically`);
  }

  /** `a + b + c` without recursion along the chain (a 10 000-term concatenation is one loop). */
  #sum(node: PyNode, scope: Scope, depth: number): PyValue {
    const operands: PyNode[] = [];
    let at: PyNode = node;
    while (at.name === 'BinaryExpression') {
      const [left, op, right] = childrenOf(at);
      if (!left || !op || !right || this.source(op) !== '+') break;
      operands.push(right);
      at = left;
    }
    operands.push(at);
    operands.reverse();
    const values = operands.map((o) => this.evaluate(o, scope, depth));
    const span = this.span(node);
    if (values.every((v) => v.kind === 'number')) {
      return { kind: 'number', value: values.reduce((s, v) => s + (v.kind === 'number' ? v.value : 0), 0), float: values.some((v) => v.kind === 'number' && v.float), span };
    }
    if (values.every((v) => v.kind === 'list')) {
      return { kind: 'list', tuple: values[0]?.kind === 'list' && values[0].tuple, items: values.flatMap((v) => (v.kind === 'list' ? v.items : [])), span };
    }
    if (!values.some((v) => v.kind === 'str' || (v.kind === 'env' && v.cast === undefined))) return this.unknown(node, '`+` of values not known statically');
    const out = new StrBuilder([node.from, node.to]);
    values.forEach((value, i) => appendAsText(out, value, this.text, operands[i]!.from, operands[i]!.to));
    return out.build(span) ?? this.unknown(node, 'the string is too long to read');
  }

  /** `os.getenv('X') or 'default'`: the default is used when the variable is unset or empty. */
  #or(node: PyNode, a: PyValue, b: PyValue): PyValue {
    if (a.kind === 'env' && (a.default === undefined || a.default.kind === 'none')) {
      const env: PyEnv = { ...a, default: b, via: `${a.via} or`, span: this.span(node) };
      return env;
    }
    const truthy = truthiness(a);
    if (truthy === true) return a;
    if (truthy === false) return b;
    return this.unknown(node, '`or` of values not known statically');
  }

  #member(node: PyNode, scope: Scope, depth: number): PyValue {
    const children = childrenOf(node);
    const [object] = children;
    if (!object) return this.unknown(node, 'an incomplete expression');
    const bracket = children.findIndex((c) => c.name === '[');
    if (bracket === -1) {
      this.evaluate(object, scope, depth);
      return this.unknown(node, `${this.source(node).replace(/\s+/g, '')} is read at run time`);
    }
    const keyNode = children[bracket + 1];
    const key = keyNode ? this.evaluate(keyNode, scope, depth) : undefined;
    const qualified = qualifiedName(this, object, scope);
    if (qualified === 'os.environ' && key) return envValue(this, node, key, undefined, 'os.environ[]');
    const flaskApp = key ? isFlaskConfig(this, object, scope) : undefined;
    if (flaskApp !== undefined && key) return flaskItem(this, node, flaskApp, key);
    const container = this.evaluate(object, scope, depth);
    if (container.kind === 'dict' && key) {
      const entry = lookupEntry(container, key);
      if (entry) return entry.value;
      if (container.opaque.length === 0) return this.unknown(node, 'the key is not in the dict');
    }
    if (container.kind === 'list' && key?.kind === 'number' && Number.isInteger(key.value)) {
      const item = container.items.at(key.value);
      if (item) return item;
    }
    return this.unknown(node, `${this.source(node).replace(/\s+/g, '')} is read at run time`);
  }
}

/** The dotted name an expression refers to, imports resolved (`S` → `redis.sentinel.Sentinel`). */
export function qualifiedName(ev: Evaluator, node: PyNode, scope: Scope): string | undefined {
  const parts: string[] = [];
  let at: PyNode | null = node;
  for (let guard = 0; at && guard < 50; guard++) {
    if (at.name === 'VariableName') {
      const name = ev.source(at);
      parts.unshift(scope.importOf(name) ?? name);
      return parts.join('.');
    }
    if (at.name !== 'MemberExpression') return undefined;
    const children = childrenOf(at);
    const property = children[children.length - 1];
    if (!property || property.name !== 'PropertyName' || children.some((c) => c.name === '[')) return undefined;
    parts.unshift(ev.source(property));
    at = children[0] ?? null;
  }
  return undefined;
}

/** An environment variable read; the name must be a plain string. */
export function envValue(ev: Evaluator, node: PyNode, name: PyValue, fallback: PyValue | undefined, via: string, cast?: string): PyValue {
  const text = knownText(name);
  if (text === undefined || name.kind !== 'str' || name.env.length > 0) return ev.unknown(node, 'an environment variable whose name is not known');
  const env: PyEnv = { kind: 'env', name: text, nameSpan: name.span, via, span: ev.span(node) };
  if (fallback) env.default = fallback;
  if (cast !== undefined) env.cast = cast;
  return env;
}

export { lookupEntry, lookupKey };

export function mergeInto(dict: PyDict, value: PyValue): void {
  if (value.kind === 'dict') {
    dict.entries.push(...value.entries);
    dict.opaque.push(...value.opaque);
  } else dict.opaque.push(value);
}

function truthiness(value: PyValue): boolean | undefined {
  switch (value.kind) {
    case 'str':
      return value.env.length > 0 || value.text.holes.some((h) => h) ? undefined : value.text.text !== '';
    case 'number':
    case 'bool':
      return value.value !== 0 && value.value !== false;
    case 'none':
      return false;
    case 'list':
      return value.items.length > 0;
    case 'dict':
      return value.entries.length > 0 || (value.opaque.length > 0 ? undefined : false);
    default:
      return undefined;
  }
}

function describe(nodeName: string): string {
  const words = nodeName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}
