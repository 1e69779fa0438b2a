import type { Evaluator } from './evaluate.js';
import { lookupKey } from './evaluate.js';
import type { PyStr, PyValue } from './facts.js';
import { appendAsText, StrBuilder } from './py-text.js';
import type { PyNode } from './py-tree.js';
import { fromAt, toAt } from '../compose/mapped-text.js';

/**
 * `'%s:%d' % (host, port)`: `%s`, `%d`, `%i`, `%%` and `%(name)s` with known arguments; any other
 * conversion (widths, `%r`, `%x`) becomes a hole over the directive.
 */
export function percentFormat(ev: Evaluator, template: PyStr, right: PyValue, node: PyNode): PyValue {
  const text = template.text.text;
  const args = right.kind === 'list' && right.tuple ? right.items : [right];
  const out = new StrBuilder([node.from, node.to]);
  let next = 0;
  let literalFrom = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '%' || template.text.holes[i]) continue;
    out.appendSlice(template, literalFrom, i);
    const directive = /^%(?:\(([^)]*)\))?([-#0 +]*\d*(?:\.\d+)?)([a-zA-Z%])/.exec(text.slice(i));
    const end = i + (directive?.[0].length ?? 1);
    literalFrom = end;
    const [from, to] = [fromAt(template.text, i), toAt(template.text, end - 1)];
    if (directive?.[3] === '%' && directive[0] === '%%') {
      out.push('%', from, to);
    } else if (directive && !directive[2] && 'sdi'.includes(directive[3]!)) {
      const arg = directive[1] !== undefined ? keyed(right, directive[1]) : args[next++];
      const ok = arg && (directive[3] === 's' || arg.kind === 'number' || arg.kind === 'env');
      if (arg && ok) appendAsText(out, arg, ev.text, from, to);
      else out.pushWritten(ev.text, from, to, 'a `%` argument that is not known statically');
    } else {
      out.pushWritten(ev.text, from, to, 'a `%` conversion that is not read');
    }
    i = end - 1;
  }
  out.appendSlice(template, literalFrom, text.length);
  return out.build(ev.span(node)) ?? ev.unknown(node, 'the string is too long to read');
}

function keyed(right: PyValue, key: string): PyValue | undefined {
  return right.kind === 'dict' ? lookupKey(right, key)?.value : undefined;
}

/** `'{}:{port}'.format(host, port=6379)`: `{}`, `{0}`, `{name}`, `{{`, `}}`; a spec or conversion is a hole. */
export function braceFormat(ev: Evaluator, template: PyStr, args: PyValue[], kwargs: Map<string, PyValue>, node: PyNode): PyValue {
  const text = template.text.text;
  const out = new StrBuilder([node.from, node.to]);
  let auto = 0;
  let literalFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c !== '{' && c !== '}') || template.text.holes[i]) continue;
    out.appendSlice(template, literalFrom, i);
    if (text[i + 1] === c) {
      out.push(c, fromAt(template.text, i), toAt(template.text, i + 1));
      literalFrom = i + 2;
      i++;
      continue;
    }
    const close = c === '{' ? text.indexOf('}', i) : -1;
    const end = close === -1 ? i + 1 : close + 1;
    const [from, to] = [fromAt(template.text, i), toAt(template.text, end - 1)];
    const field = close === -1 ? undefined : text.slice(i + 1, close);
    let arg: PyValue | undefined;
    if (field === '') arg = args[auto++];
    else if (field !== undefined && /^\d+$/.test(field)) arg = args[Number(field)];
    else if (field !== undefined && /^[A-Za-z_]\w*$/.test(field)) arg = kwargs.get(field);
    if (arg) appendAsText(out, arg, ev.text, from, to);
    else out.pushWritten(ev.text, from, to, 'a `.format` field that is not read');
    literalFrom = end;
    i = end - 1;
  }
  out.appendSlice(template, literalFrom, text.length);
  return out.build(ev.span(node)) ?? ev.unknown(node, 'the string is too long to read');
}

/** `';'.join([a, b])` of a list or tuple whose items are known. */
export function joinStrings(ev: Evaluator, separator: PyStr, items: PyValue, node: PyNode): PyValue {
  if (items.kind !== 'list') return ev.unknown(node, 'the items joined are not known statically');
  const out = new StrBuilder([node.from, node.to]);
  items.items.forEach((item, i) => {
    if (i > 0) out.appendStr(separator);
    const [from, to] = [ev.index.lineStart(item.span.line) + item.span.column - 1, ev.index.lineStart(item.span.endLine) + item.span.endColumn - 1];
    appendAsText(out, item, ev.text, from, to);
  });
  return out.build(ev.span(node)) ?? ev.unknown(node, 'the string is too long to read');
}
