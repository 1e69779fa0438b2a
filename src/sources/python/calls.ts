import { verbatim } from '../compose/mapped-text.js';
import { argument, readArgs, type ReadArgs } from './call-args.js';
import { recordClientCall } from './clients.js';
import { envValue, lookupEntry, mergeInto, qualifiedName, type Evaluator, type Scope } from './evaluate.js';
import type { PyDict, PyValue } from './facts.js';
import { braceFormat, joinStrings } from './format.js';
import { appendAsText, knownText, StrBuilder } from './py-text.js';
import { childrenOf, type PyNode } from './py-tree.js';
import { isFlaskConfig, recordFlaskCall } from './flask.js';
import { recordTaskDelays } from './task-delays.js';

/** `os.getenv` and friends: (name, default) positions. */
const OS_ENV_READERS = new Set(['os.getenv', 'os.environ.get', 'os.environ.setdefault']);
/** python-decouple: `config('X', default=..., cast=int)`. */
const DECOUPLE_READERS = new Set(['decouple.config']);

/**
 * A call: environment readers, conversions, `dict()`, string methods and the client calls
 * (`clients.ts`) give values or facts; any other call's result is unknown, but its arguments are
 * still read (a `Redis(...)` may hide inside).
 */
export function evaluateCall(ev: Evaluator, node: PyNode, scope: Scope, depth: number): PyValue {
  const [callee, argList] = childrenOf(node);
  if (!callee) return ev.unknown(node, 'an incomplete call');
  const member = memberParts(ev, callee);
  // Python evaluates the callee's object before the arguments; client recognisers need its value.
  const objectValue = member && !isConfCall(ev, member.object, member.property) ? ev.evaluate(member.object, scope, depth) : undefined;
  const args = readArgs(ev, argList, scope, depth);
  const qualified = qualifiedName(ev, callee, scope);
  const name = qualified ?? ev.source(callee).replace(/\s+/g, '');

  if (qualified !== undefined && OS_ENV_READERS.has(qualified)) {
    if (qualified === 'os.environ.setdefault') recordSetdefault(ev, node, args);
    return args.args[0] ? envValue(ev, node, args.args[0], argument(args, 'default', 1), qualified) : ev.unknown(node, 'an incomplete call');
  }
  if (qualified !== undefined && DECOUPLE_READERS.has(qualified)) {
    return readEnvCall(ev, node, args, 'config', 1, castText(ev, args));
  }
  const reader = envReader(ev, callee, scope);
  if (reader) return readEnvCall(ev, node, args, reader.via, reader.defaultPosition, reader.cast);

  if (callee.name === 'VariableName' && !scope.lookup(name) && scope.importOf(name) === undefined) {
    const converted = convert(ev, name, args, node);
    if (converted) return converted;
  }
  if (member && objectValue) {
    const method = stringMethod(ev, objectValue, member.property, args, node);
    if (method) return method;
  }
  const flaskApp = member ? isFlaskConfig(ev, member.object, scope) : undefined;
  if (member && flaskApp !== undefined) {
    if (member.property === 'get' && args.args[0]) return flaskItem(ev, node, flaskApp, args.args[0]);
    const recorded = recordFlaskCall(ev, node, flaskApp, member.property, args);
    if (recorded) return recorded;
  }
  recordTaskDelays(ev, node, member, args);
  return recordClientCall(ev, node, callee, member, objectValue, args, scope, depth, name) ?? ev.unknown(node, `the result of ${name}() is known at run time only`);
}

export interface MemberCallee {
  object: PyNode;
  property: string;
}

function memberParts(ev: Evaluator, callee: PyNode): MemberCallee | undefined {
  if (callee.name !== 'MemberExpression') return undefined;
  const children = childrenOf(callee);
  const last = children[children.length - 1];
  if (!children[0] || !last || last.name !== 'PropertyName') return undefined;
  return { object: children[0], property: ev.source(last) };
}

/** `x.conf.update(...)`: the receiver `x` is evaluated by the recorder, once. */
export function isConfCall(ev: Evaluator, object: PyNode, property: string): boolean {
  if (property === 'config_from_object') return true;
  const inner = memberParts(ev, object);
  return property === 'update' && inner?.property === 'conf';
}

export { memberParts };

/** django-environ: `env = environ.Env()`, then `env('X', default=...)` or `env.str('X', 'default')`. */
function envReader(ev: Evaluator, callee: PyNode, scope: Scope): { via: string; defaultPosition?: number; cast?: string } | undefined {
  const isReader = (node: PyNode): boolean => {
    if (node.name !== 'VariableName') return false;
    const name = ev.source(node);
    const bound = scope.lookup(name);
    if (bound?.kind === 'call') return /(^|\.)Env$/.test(bound.callee);
    return !bound && name === 'env' && scope.importOf(name) === undefined;
  };
  if (isReader(callee)) return { via: ev.source(callee) };
  const member = memberParts(ev, callee);
  if (member && isReader(member.object) && /^[a-z_]+$/.test(member.property)) {
    const via = `${ev.source(member.object)}.${member.property}`;
    return { via, defaultPosition: 1, ...(member.property === 'str' ? {} : { cast: member.property }) };
  }
  return undefined;
}

function readEnvCall(ev: Evaluator, node: PyNode, args: ReadArgs, via: string, defaultPosition: number | undefined, cast: string | undefined): PyValue {
  const name = argument(args, 'var', 0) ?? argument(args, 'option', 0);
  if (!name) return ev.unknown(node, 'an incomplete call');
  return envValue(ev, node, name, argument(args, 'default', defaultPosition), via, cast);
}

function castText(ev: Evaluator, args: ReadArgs): string | undefined {
  const cast = args.byName.get('cast');
  return cast ? ev.source(cast.node).replace(/\s+/g, '') : undefined;
}

/** `int(x)`, `float(x)`, `str(x)`, `bool(x)`, `dict(a=1)`: builtins, when the name is not rebound. */
function convert(ev: Evaluator, name: string, args: ReadArgs, node: PyNode): PyValue | undefined {
  const span = ev.span(node);
  const [x] = args.args;
  if (name === 'dict') {
    const dict: PyDict = { kind: 'dict', entries: [], opaque: [...args.spread], span };
    if (x) mergeInto(dict, x);
    for (const { name: key, nameSpan, value } of args.kwargs) {
      const text = verbatim(key, args.byName.get(key)!.nameFrom);
      dict.entries.push({ key: { kind: 'str', text, env: [], span: nameSpan }, value });
    }
    return dict;
  }
  if (!x || !['int', 'float', 'str', 'bool'].includes(name)) return undefined;
  if (x.kind === 'env') return name === 'str' ? x : { ...x, cast: name, span };
  if (name === 'str') {
    const out = new StrBuilder([node.from, node.to]);
    appendAsText(out, x, ev.text, node.from, node.to);
    return out.build(span);
  }
  if (name === 'bool') return x.kind === 'bool' ? x : x.kind === 'number' ? { kind: 'bool', value: x.value !== 0, span } : ev.unknown(node, 'bool() of a value not known statically');
  const number = x.kind === 'number' ? x.value : x.kind === 'bool' ? Number(x.value) : x.kind === 'str' && /^\s*[-+]?\d+(\.\d*)?\s*$/.test(x.text.text) && !x.text.holes.some((h) => h) ? Number(x.text.text) : undefined;
  if (number === undefined) return ev.unknown(node, `${name}() of a value not known statically`);
  return { kind: 'number', value: name === 'int' ? Math.trunc(number) : number, float: name === 'float', span };
}

/** `'{}'.format(x)`, `';'.join([...])`, `d.get('k', default)`. */
function stringMethod(ev: Evaluator, object: PyValue, method: string, args: ReadArgs, node: PyNode): PyValue | undefined {
  if (object.kind === 'str' && method === 'format') {
    const kwargs = new Map(args.kwargs.map((k) => [k.name, k.value]));
    return braceFormat(ev, object, args.args, kwargs, node);
  }
  if (object.kind === 'str' && method === 'join' && args.args[0]) return joinStrings(ev, object, args.args[0], node);
  if (object.kind === 'dict' && method === 'get' && args.args[0]) {
    const entry = lookupEntry(object, args.args[0]);
    if (entry) return entry.value;
    if (object.opaque.length === 0) return args.args[1] ?? { kind: 'none', span: ev.span(node) };
  }
  return undefined;
}

/** `app.config['K']` / `app.config.get('K')` of a Flask app: unknown here, tagged for the client model. */
export function flaskItem(ev: Evaluator, node: PyNode, app: string, key: PyValue): PyValue {
  const name = knownText(key);
  const value = ev.unknown(node, `app.config[…] of a Flask app is filled at run time`);
  return name !== undefined && value.kind === 'unknown' ? { ...value, flaskConfig: { app, key: name } } : value;
}

/** `os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')`: what the process sets unless its environment has it. */
function recordSetdefault(ev: Evaluator, node: PyNode, args: ReadArgs): void {
  const [key, value] = args.args;
  const name = knownText(key);
  if (!key || name === undefined || key.kind !== 'str' || !value) return;
  ev.facts.envSets.push({ name, nameSpan: key.span, value, how: 'setdefault', span: ev.span(node), conditional: ev.conditional });
}
