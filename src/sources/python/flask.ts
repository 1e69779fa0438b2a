import { verbatim } from '../compose/mapped-text.js';
import type { ReadArgs } from './call-args.js';
import { argument } from './call-args.js';
import type { Evaluator, Scope } from './evaluate.js';
import type { PyValue } from './facts.js';
import { knownText } from './py-text.js';
import { childrenOf, type PyNode } from './py-tree.js';

/**
 * Flask's config as Celery apps read it (the `make_celery(app)` / `celery_init_app(app)` patterns of
 * the Flask docs): `app.config` is a dict subclass filled by `app.config['K'] = v`, `update(...)`,
 * `from_mapping(...)` and `from_object(...)` (upper-case attributes only); the Celery app then
 * reads it with `celery.conf.update(app.config)` or `celery.config_from_object(app.config['CELERY'])`.
 * The statements are recorded here; the client model joins them (`src/sources/client/flask-config.ts`).
 */

/** Methods of `flask.Config` that load settings from somewhere the linter does not read. */
const UNREAD_LOADERS = new Set(['from_pyfile', 'from_envvar', 'from_prefixed_env', 'from_file']);

/**
 * The Flask app's receiver as written when `node` is `X.config` of a Flask app: `X` bound to a
 * `Flask(...)` call in this file, or any `X` in a module that imports flask (a factory's parameter).
 */
export function isFlaskConfig(ev: Evaluator, node: PyNode, scope: Scope): string | undefined {
  if (node.name !== 'MemberExpression') return undefined;
  const children = childrenOf(node);
  const [object] = children;
  const last = children[children.length - 1];
  if (!object || !last || last.name !== 'PropertyName' || ev.source(last) !== 'config' || children.some((c) => c.name === '[')) return undefined;
  if (object.name !== 'VariableName' && object.name !== 'MemberExpression') return undefined;
  const bound = object.name === 'VariableName' ? scope.lookup(ev.source(object)) : undefined;
  const isFlask = bound?.kind === 'call' ? /(^|\.)Flask$/.test(bound.callee) : importsFlask(ev);
  return isFlask ? ev.source(object).replace(/\s+/g, '') : undefined;
}

function importsFlask(ev: Evaluator): boolean {
  return ev.facts.imports.some((i) => i.module === 'flask' || i.module.startsWith('flask.') || i.module.startsWith('flask_'));
}

/** `X.config.update(...)`, `from_mapping`, `from_object`, the unread loaders; undefined for another method. */
export function recordFlaskCall(ev: Evaluator, node: PyNode, app: string, method: string, args: ReadArgs): PyValue | undefined {
  const span = ev.span(node);
  const conditional = ev.branched;
  if (method === 'update' || method === 'from_mapping') {
    const kind = method === 'update' ? 'update' : 'from-mapping';
    for (const source of [...args.args, ...args.spread]) ev.facts.flask.push({ kind, app, source, span, conditional });
    if (args.kwargs.length) {
      const entries = args.kwargs.map((k) => ({ key: { kind: 'str' as const, text: verbatim(k.name, args.byName.get(k.name)!.nameFrom), env: [], span: k.nameSpan }, value: k.value }));
      ev.facts.flask.push({ kind, app, source: { kind: 'dict', entries, opaque: [], span }, span, conditional });
    }
    return { kind: 'none', span };
  }
  if (method === 'from_object') {
    const object = argument(args, 'obj', 0) ?? ev.unknown(node, 'from_object() without an object');
    const objectNode = args.argNodes[0];
    const named = objectNode && (objectNode.name === 'VariableName' || objectNode.name === 'MemberExpression') ? { objectName: ev.source(objectNode).replace(/\s+/g, '') } : {};
    ev.facts.flask.push({ kind: 'from-object', app, object, ...named, span, conditional });
    return { kind: 'none', span };
  }
  if (UNREAD_LOADERS.has(method)) {
    ev.facts.flask.push({ kind: 'update', app, source: ev.unknown(node, `app.config.${method}() loads settings the linter does not read`), span, conditional });
    return ev.unknown(node, `the result of ${method}() is known at run time only`);
  }
  return undefined;
}

/** `app.config['CELERY']` (or `app.config`) as the argument of a Celery call: the Flask app and key. */
export function flaskSource(ev: Evaluator, node: PyNode | undefined, scope: Scope): { app: string; item?: string } | undefined {
  if (!node) return undefined;
  const direct = isFlaskConfig(ev, node, scope);
  if (direct !== undefined) return { app: direct };
  if (node.name !== 'MemberExpression') return undefined;
  const children = childrenOf(node);
  const bracket = children.findIndex((c) => c.name === '[');
  const keyNode = children[bracket + 1];
  if (bracket !== 1 || !children[0] || !keyNode) return undefined;
  const app = isFlaskConfig(ev, children[0], scope);
  const item = knownText(ev.evaluate(keyNode, scope));
  return app !== undefined && item !== undefined ? { app, item } : undefined;
}
