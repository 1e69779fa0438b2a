import type { ConfArg } from '../facts.js';
import type { Span } from '../span.js';
import type { ConfNode } from './conf-node.js';
import { ACCESS_DIRECTIVES, hasTemplatedSetting } from './template-markers.js';

const sameSpan = (a: Span, b: Span) =>
  a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;

/** An argument compose fills in at run time (`--bind ${BIND}`, `$(hostname -i)`): its text is not the value. */
export function isUnknownArg(node: ConfNode, arg: ConfArg): boolean {
  return node.process?.unknownValues.some((u) => sameSpan(u.at, arg.span)) ?? false;
}

/**
 * Whether the lines that decide who may connect without a password cannot all be read: a
 * template placeholder in one (`bind {{ addr }}`), a compose value known only at run time, a
 * `--${NAME} value` line whose directive is not known (it may be any of them), or an `include`
 * that does not resolve (it may hold any of them). Passwords do not count: an unknown password
 * is still a password.
 */
export function accessUnknown(node: ConfNode): boolean {
  if (hasTemplatedSetting(node.conf, ACCESS_DIRECTIVES)) return true;
  if (node.process && node.process.unknownLines.length > 0) return true;
  if (node.conf.includes.some((include) => !include.resolved)) return true;
  return node.directives.some(
    (d) => d.name !== 'requirepass' && (ACCESS_DIRECTIVES as readonly string[]).includes(d.name) && d.args.some((a) => isUnknownArg(node, a)),
  );
}
