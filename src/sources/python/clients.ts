import { argument, type ReadArgs } from './call-args.js';
import type { MemberCallee } from './calls.js';
import { memberParts } from './calls.js';
import type { Evaluator, Scope } from './evaluate.js';
import type { CeleryApp, PyValue, RedisCall, RedisCallKind } from './facts.js';
import { flaskSource } from './flask.js';
import { knownText } from './py-text.js';
import type { PyNode } from './py-tree.js';

const KOMBU_CONNECTIONS = new Set(['kombu.Connection', 'kombu.connection.Connection', 'kombu.BrokerConnection', 'kombu.connection.BrokerConnection']);
const SENTINEL_METHODS = new Set(['master_for', 'slave_for', 'discover_master']);
/** What `from_url` is called on for a redis-py client or pool. */
const FROM_URL_OWNERS = new Set(['redis', 'Redis', 'StrictRedis', 'asyncio', 'ConnectionPool', 'BlockingConnectionPool']);

/**
 * Records the calls that configure a broker or a Redis client: `Celery(...)`, `x.conf.update(...)`,
 * `x.config_from_object(...)`, redis-py's `Sentinel`/`master_for`/`Redis`/`from_url`/`ConnectionPool`
 * and kombu's `Connection`. Returns the call's value, or undefined for a call it does not know.
 */
export function recordClientCall(
  ev: Evaluator,
  node: PyNode,
  callee: PyNode,
  member: MemberCallee | undefined,
  objectValue: PyValue | undefined,
  args: ReadArgs,
  scope: Scope,
  depth: number,
  qualified: string,
): PyValue | undefined {
  const span = ev.span(node);
  const last = qualified.split('.').pop() ?? '';
  if (last === 'Celery') {
    const app: CeleryApp = { callee: ev.source(callee).replace(/\s+/g, ''), args: args.args, kwargs: args.kwargs, spread: args.spread, span };
    const main = argument(args, 'main', 0);
    if (main) app.main = main;
    ev.facts.celeryApps.push(app);
    return { kind: 'call', callee: qualified, celeryApp: app, span };
  }
  if (/(^|\.)Env$/.test(qualified) || /(^|\.)Flask$/.test(qualified)) return { kind: 'call', callee: qualified, span };
  if (member?.property === 'config_from_object') {
    const receiver = ev.evaluate(member.object, scope, depth);
    const objectNode = args.argNodes[0];
    const flask = flaskSource(ev, objectNode, scope);
    if (flask) {
      const owner = receiverOf(ev, member.object, receiver);
      const namespace = argument(args, 'namespace');
      ev.facts.flask.push({
        kind: 'to-celery', app: flask.app, celery: owner.app, ...(owner.appRef ? { celeryRef: owner.appRef } : {}), via: 'config_from_object',
        ...(flask.item !== undefined ? { item: flask.item } : {}), ...(namespace ? { namespace } : {}), span, conditional: ev.branched,
      });
      return ev.unknown(node, 'config_from_object() returns nothing');
    }
    const object = argument(args, 'obj', 0) ?? ev.unknown(node, 'config_from_object() without an object');
    const namespace = argument(args, 'namespace');
    ev.facts.configFromObject.push({
      ...receiverOf(ev, member.object, receiver),
      object,
      ...(objectNode && (objectNode.name === 'VariableName' || objectNode.name === 'MemberExpression') ? { objectName: ev.source(objectNode).replace(/\s+/g, '') } : {}),
      ...(namespace ? { namespace } : {}),
      kwargs: args.kwargs,
      span,
      conditional: ev.conditional,
    });
    return ev.unknown(node, 'config_from_object() returns nothing');
  }
  const conf = member?.property === 'update' ? memberParts(ev, member.object) : undefined;
  if (conf?.property === 'conf') {
    const flask = args.args.length === 1 && !args.kwargs.length && !args.spread.length ? flaskSource(ev, args.argNodes[0], scope) : undefined;
    if (flask) {
      const owner = receiverOf(ev, conf.object, ev.evaluate(conf.object, scope, depth));
      ev.facts.flask.push({
        kind: 'to-celery', app: flask.app, celery: owner.app, ...(owner.appRef ? { celeryRef: owner.appRef } : {}), via: 'conf.update',
        ...(flask.item !== undefined ? { item: flask.item } : {}), span, conditional: ev.branched,
      });
      return ev.unknown(node, 'conf.update() returns nothing');
    }
    recordConfUpdate(ev, node, conf.object, args, scope, depth);
    return ev.unknown(node, 'conf.update() returns nothing');
  }
  const kind = redisKind(qualified, member);
  if (!kind) return undefined;
  const call: RedisCall = { kind, callee: ev.source(callee).replace(/\s+/g, ''), args: args.args, kwargs: args.kwargs, spread: args.spread, span, conditional: ev.conditional };
  if (objectValue?.kind === 'call' && objectValue.redisCall?.kind === 'Sentinel' && SENTINEL_METHODS.has(kind)) call.receiver = objectValue.redisCall;
  ev.facts.redisCalls.push(call);
  return { kind: 'call', callee: qualified, redisCall: call, span };
}

function redisKind(qualified: string, member: MemberCallee | undefined): RedisCallKind | undefined {
  const parts = qualified.split('.');
  const last = parts[parts.length - 1]!;
  if (KOMBU_CONNECTIONS.has(qualified)) return 'kombu.Connection';
  if (member && SENTINEL_METHODS.has(member.property)) return member.property as RedisCallKind;
  if (last === 'Sentinel') return 'Sentinel';
  if (last === 'Redis' || last === 'StrictRedis') return 'Redis';
  if (last === 'ConnectionPool' || last === 'BlockingConnectionPool') return 'ConnectionPool';
  if (last === 'from_url' && FROM_URL_OWNERS.has(parts[parts.length - 2] ?? '')) return 'from_url';
  return undefined;
}

function receiverOf(ev: Evaluator, receiverNode: PyNode, receiver: PyValue): { app: string; appRef?: CeleryApp } {
  const app = ev.source(receiverNode).replace(/\s+/g, '');
  return receiver.kind === 'call' && receiver.celeryApp ? { app, appRef: receiver.celeryApp } : { app };
}

/** `app.conf.update({...}, key=value, **more)`: each key a setting; what cannot be listed is opaque. */
function recordConfUpdate(ev: Evaluator, node: PyNode, receiverNode: PyNode, args: ReadArgs, scope: Scope, depth: number): void {
  const owner = receiverOf(ev, receiverNode, ev.evaluate(receiverNode, scope, depth));
  const fromMapping = (value: PyValue): void => {
    if (value.kind !== 'dict') {
      ev.facts.opaqueConfUpdates.push({ ...owner, source: value, span: ev.span(node) });
      return;
    }
    for (const entry of value.entries) {
      const key = knownText(entry.key);
      if (key === undefined) continue;
      ev.facts.celerySettings.push({ ...owner, key, keySpan: entry.key.span, value: entry.value, via: 'conf.update', span: entry.key.span, conditional: ev.conditional });
    }
    for (const source of value.opaque) ev.facts.opaqueConfUpdates.push({ ...owner, source, span: ev.span(node) });
  };
  for (const value of args.args) fromMapping(value);
  for (const value of args.spread) fromMapping(value);
  for (const { arg, span } of args.byName.values()) {
    ev.facts.celerySettings.push({ ...owner, key: arg.name, keySpan: arg.nameSpan, value: arg.value, via: 'conf.update', span, conditional: ev.conditional });
  }
}
