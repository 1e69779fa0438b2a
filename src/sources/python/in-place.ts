import { verbatim } from '../compose/mapped-text.js';
import { memberParts } from './calls.js';
import { readArgs } from './call-args.js';
import { lookupEntry, qualifiedName, type Evaluator, type Scope } from './evaluate.js';
import type { PyDict, PyValue } from './facts.js';
import { isFlaskConfig } from './flask.js';
import { knownText } from './py-text.js';
import { childrenOf, type PyNode } from './py-tree.js';

/**
 * Changes of a value in place: `OPTS['k'] = v`, `OPTS.update(...)`, `OPTS.setdefault('k', v)`,
 * `app.conf.broker_transport_options['k'] = v`. Python changes the one dict object every name
 * bound to it shares, so the change is applied to that `PyDict` itself: a setting that holds the
 * dict sees it, a copy made earlier (`dict(OPTS)`, `{**OPTS}`) does not. Only unconditional
 * statements at module level are applied; the others stay in `mutations` (the config is then
 * incomplete). Also records `os.environ['X'] = v` and Flask's `app.config['K'] = v`.
 */

/** `target[key] = value` (the target a subscript). True when it was recorded or applied. */
export function assignItem(ev: Evaluator, target: PyNode, value: PyValue, statement: PyNode, scope: Scope, applicable: boolean): boolean {
  const children = childrenOf(target);
  const bracket = children.findIndex((c) => c.name === '[');
  const objectNode = children[0];
  const keyNode = children[bracket + 1];
  if (bracket !== 1 || !objectNode || !keyNode) return false;
  if (qualifiedName(ev, objectNode, scope) === 'os.environ') {
    const key = ev.evaluate(keyNode, scope);
    const name = knownText(key);
    if (name === undefined || key.kind !== 'str') return false;
    ev.facts.envSets.push({ name, nameSpan: key.span, value, how: 'assign', span: ev.span(statement), conditional: ev.conditional });
    return true;
  }
  const flask = isFlaskConfig(ev, objectNode, scope);
  if (flask !== undefined) {
    const key = ev.evaluate(keyNode, scope);
    const name = knownText(key);
    if (name === undefined) return false;
    ev.secrets.bind(name, value);
    ev.facts.flask.push({ kind: 'item', app: flask, key: name, keySpan: key.span, value, span: ev.span(statement), conditional: ev.branched });
    return true;
  }
  if (!applicable) return false;
  const dict = containerOf(ev, objectNode, scope, statement);
  if (!dict) return false;
  const key = ev.evaluate(keyNode, scope);
  if (key.kind !== 'str' && key.kind !== 'number') return false;
  ev.secrets.bind(knownText(key), value);
  dict.entries.push({ key, value });
  return true;
}

/**
 * `app.conf.<setting>` where the file has not set the setting: a dict that stands for whatever the
 * setting holds (config module or default); its entries are recorded as a `ConfItemChange`.
 */
function confItemTarget(ev: Evaluator, node: PyNode, scope: Scope, statement: PyNode): PyDict | undefined {
  const member = memberParts(ev, node);
  const conf = member ? memberParts(ev, member.object) : undefined;
  if (!member || !conf || conf.property !== 'conf' || childrenOf(node).some((c) => c.name === '[')) return undefined;
  const app = ev.source(conf.object).replace(/\s+/g, '');
  const receiver = ev.evaluate(conf.object, scope);
  const property = childrenOf(node).at(-1)!;
  const existing = ev.facts.confItemChanges.find((c) => c.app === app && c.key === member.property);
  if (existing) return { kind: 'dict', entries: existing.entries, opaque: existing.opaque, span: ev.span(node) };
  const dict: PyDict = { kind: 'dict', entries: [], opaque: [], span: ev.span(node) };
  ev.facts.confItemChanges.push({
    app, ...(receiver.kind === 'call' && receiver.celeryApp ? { appRef: receiver.celeryApp } : {}),
    key: member.property, keySpan: ev.span(property), entries: dict.entries, opaque: dict.opaque, span: ev.span(statement),
  });
  return dict;
}

/** `x.update(...)` / `x.setdefault(k, v)` as a statement: applied when `x` is a dict the file holds. */
export function applyInPlace(ev: Evaluator, call: PyNode, scope: Scope, applicable: boolean): boolean {
  if (!applicable || call.name !== 'CallExpression') return false;
  const [callee, argList] = childrenOf(call);
  const member = callee ? memberParts(ev, callee) : undefined;
  if (!member || (member.property !== 'update' && member.property !== 'setdefault')) return false;
  const dict = containerOf(ev, member.object, scope, call);
  if (!dict) return false;
  const args = readArgs(ev, argList, scope, 0);
  if (member.property === 'setdefault') {
    const [key, value] = args.args;
    if (!key || args.kwargs.length || args.spread.length || (key.kind !== 'str' && key.kind !== 'number')) return markOpaque(dict, ev, call);
    if (lookupEntry(dict, key)) return true;
    if (dict.opaque.length) return markOpaque(dict, ev, call);
    dict.entries.push({ key, value: value ?? { kind: 'none', span: ev.span(call) } });
    return true;
  }
  for (const source of [...args.args, ...args.spread]) {
    if (source.kind === 'dict') {
      dict.entries.push(...source.entries);
      dict.opaque.push(...source.opaque);
    } else dict.opaque.push(source);
  }
  for (const kw of args.kwargs) {
    const text = args.byName.get(kw.name)!;
    dict.entries.push({ key: { kind: 'str', text: verbatim(kw.name, text.nameFrom), env: [], span: kw.nameSpan }, value: kw.value });
  }
  return true;
}

/** A `setdefault` whose effect cannot be told: the dict may now hold more than its entries. */
function markOpaque(dict: PyDict, ev: Evaluator, call: PyNode): boolean {
  dict.opaque.push(ev.unknown(call, 'setdefault() with a key that is not known'));
  return true;
}

/**
 * The dict object an expression denotes, when it is one the file built: a name bound to a dict,
 * an item of such a dict, or `app.conf.key` set earlier in this file (unconditionally) to a dict.
 */
function containerOf(ev: Evaluator, node: PyNode, scope: Scope, statement: PyNode): PyDict | undefined {
  if (node.name === 'VariableName' || (node.name === 'MemberExpression' && childrenOf(node).some((c) => c.name === '['))) {
    const value = ev.evaluate(node, scope);
    return value.kind === 'dict' ? value : undefined;
  }
  const member = memberParts(ev, node);
  const conf = member ? memberParts(ev, member.object) : undefined;
  if (!member || !conf || conf.property !== 'conf') return undefined;
  const app = ev.source(conf.object).replace(/\s+/g, '');
  const setting = ev.facts.celerySettings.filter((s) => s.app === app && s.key === member.property).at(-1);
  if (!setting) return confItemTarget(ev, node, scope, statement);
  return !setting.conditional && setting.value.kind === 'dict' ? setting.value : undefined;
}
