import type { MemberCallee } from './calls.js';
import { readArgs, type ReadArgs } from './call-args.js';
import type { Evaluator, Scope } from './evaluate.js';
import type { PyValue, TaskDelay } from './facts.js';
import { childrenOf, type PyNode } from './py-tree.js';

/**
 * Delays that keep a task message waiting before it runs (RULES.md `visibility-timeout-vs-acks-late`:
 * on the Redis transport a message not acknowledged within `visibility_timeout` is delivered again,
 * and an ETA/countdown/retry further away than it loops). Celery's own names, read as written:
 * `apply_async(countdown=, eta=)` and `.set(countdown=, eta=)` (celery/app/task.py, canvas.py),
 * `self.retry(countdown=, eta=)` and the task option `default_retry_delay` (the countdown `retry()`
 * uses when none is given).
 */

const CALL_VIA: Record<string, TaskDelay['via']> = { apply_async: 'apply_async', retry: 'retry', set: 'set' };
/** Decorators that make a task and take task options. */
const TASK_DECORATORS = /(^|\.)(task|shared_task)$/;
const TIMEDELTA_SECONDS: Record<string, number> = { weeks: 604800, days: 86400, hours: 3600, minutes: 60, seconds: 1, milliseconds: 0.001, microseconds: 0.000001 };

/** `x.apply_async(countdown=…)`, `self.retry(countdown=…)`, `sig.set(eta=…)`. */
export function recordTaskDelays(ev: Evaluator, node: PyNode, member: MemberCallee | undefined, args: ReadArgs): void {
  const via = member ? CALL_VIA[member.property] : undefined;
  if (!via) return;
  for (const kind of ['countdown', 'eta'] as const) {
    const found = args.byName.get(kind);
    if (!found) continue;
    const value = found.arg.value;
    const seconds = kind === 'countdown' ? numberOf(value) : etaSeconds(ev, found.node);
    if (via === 'set' && seconds === undefined && value.kind === 'unknown') continue; // `.set()` of something else
    ev.facts.taskDelays.push({
      kind, via, value, span: found.span, callSpan: ev.span(node), conditional: ev.conditional,
      ...(seconds !== undefined ? { seconds } : {}),
    });
  }
}

/** `@app.task(default_retry_delay=…)`, `@shared_task(…)`, `@celery.task(…)`. */
export function recordDecorator(ev: Evaluator, decorator: PyNode, scope: Scope): void {
  const parts = childrenOf(decorator);
  const argList = parts.find((p) => p.name === 'ArgList');
  if (!argList) return;
  const name = parts.filter((p) => p.name === 'VariableName' || p.name === '.').map((p) => ev.source(p)).join('');
  if (!TASK_DECORATORS.test(name)) return;
  const args = readArgs(ev, argList, scope, 0);
  const found = args.byName.get('default_retry_delay');
  if (!found) return;
  const seconds = numberOf(found.arg.value);
  ev.facts.taskDelays.push({
    kind: 'default_retry_delay', via: 'task', value: found.arg.value, span: found.span, callSpan: ev.span(decorator), conditional: ev.conditional,
    ...(seconds !== undefined ? { seconds } : {}),
  });
}

function numberOf(value: PyValue): number | undefined {
  return value.kind === 'number' ? value.value : undefined;
}

/**
 * `datetime.now() + timedelta(hours=2)` (or `utcnow()`, `now(tz)`, `timezone.now()`, either
 * order): the timedelta's seconds when its arguments are known numbers. Anything else: undefined.
 */
function etaSeconds(ev: Evaluator, node: PyNode): number | undefined {
  if (node.name !== 'BinaryExpression') return undefined;
  const [left, op, right] = childrenOf(node);
  if (!left || !op || !right || ev.source(op) !== '+') return undefined;
  const isNow = (n: PyNode) => n.name === 'CallExpression' && /(^|\.)(now|utcnow)$/.test(ev.source(childrenOf(n)[0] ?? n).replace(/\s+/g, ''));
  const delta = isNow(left) ? right : isNow(right) ? left : undefined;
  return delta ? timedeltaSeconds(ev, delta) : undefined;
}

function timedeltaSeconds(ev: Evaluator, node: PyNode): number | undefined {
  if (node.name !== 'CallExpression') return undefined;
  const [callee, argList] = childrenOf(node);
  if (!callee || !argList || !/(^|\.)timedelta$/.test(ev.source(callee).replace(/\s+/g, ''))) return undefined;
  const parts = childrenOf(argList).filter((c) => c.name !== '(' && c.name !== ')' && c.name !== ',');
  // timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks) positionally.
  const positional = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
  let total = 0;
  let position = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    let unit: string | undefined;
    let valueNode: PyNode | undefined;
    if (part.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp') {
      unit = ev.source(part);
      valueNode = parts[i + 2];
      i += 2;
    } else {
      unit = positional[position++];
      valueNode = part;
    }
    const factor = unit ? TIMEDELTA_SECONDS[unit] : undefined;
    const text = valueNode && valueNode.name === 'Number' ? Number(ev.source(valueNode).replace(/_/g, '')) : NaN;
    if (factor === undefined || Number.isNaN(text)) return undefined;
    total += text * factor;
  }
  return total;
}
