import { defineRule, type Finding } from '../src/engine/rule.js';
import type { CeleryConfig } from '../src/model/clients.js';
import type { Deployment } from '../src/model/deployment.js';
import type { Span } from '../src/model/span.js';
import type { TaskDelay } from '../src/sources/python/facts.js';
import { brokerKind, celeryBool, celeryNumber, describeConfig, optionNumber, transportOptions } from '../src/model/queries/celery-settings.js';
import { DEFAULT_VISIBILITY_TIMEOUT } from '../src/model/queries/transport-options.js';

export default defineRule({
  id: 'visibility-timeout-vs-acks-late',
  level: 'warning',
  category: 'client',
  docs: {
    summary:
      '`task_acks_late` on a Redis broker while tasks may run longer than the visibility timeout (no `task_time_limit`, or one not below it), ' +
      'or a countdown / ETA / retry delay not below the visibility timeout.',
    breaks:
      'With `task_acks_late=True` a task\'s message stays unacknowledged until the task finishes. The Redis transport ' +
      'redelivers every message not acknowledged within `visibility_timeout` (kombu\'s default 3600 s) to another worker, ' +
      'so a task that runs longer is executed twice; ETA/countdown/retry tasks further away than the timeout are ' +
      'redelivered "again, and again in a loop" (Celery docs, Redis "Caveats"; the seed guide\'s defect 19). The rule fires ' +
      'when `task_time_limit` is not set or is not below the visibility timeout, on a `redis://` / `sentinel://` broker, ' +
      'and only when the whole config was read. It also fires on the longest known delay the code gives a task ' +
      '(`apply_async(countdown=…)`, `apply_async(eta=now() + timedelta(…))`, `self.retry(countdown=…)`, ' +
      '`@app.task(default_retry_delay=…)`) when it is not below the visibility timeout of every Redis-broker Celery app of ' +
      'the repository: such a message is delivered again every visibility timeout until its time comes.',
    fix:
      'Set `task_time_limit` below the visibility timeout, or raise `visibility_timeout` above the longest task and ETA ' +
      '(in `broker_transport_options`, `result_backend_transport_options` and `visibility_timeout`, as the Celery docs ask).',
    example: { bad: 'bad-acks-late-no-time-limit', good: 'good-time-limit-below-timeout' },
  },
  *check(deployment) {
    yield* delayFindings(deployment);
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const kind = brokerKind(deployment, config);
      if (kind !== 'redis' && kind !== 'sentinel') continue;
      const acksLate = celeryBool(config, 'task_acks_late', false);
      if (!acksLate?.value || !acksLate.setting) continue;
      const options = transportOptions(config, 'broker_transport_options');
      const visibility = options && optionNumber(options, 'visibility_timeout', DEFAULT_VISIBILITY_TIMEOUT);
      const limit = celeryNumber(config, 'task_time_limit', null);
      if (!visibility || visibility.value === null || !limit) continue;
      if (limit.value !== null && limit.value < visibility.value) continue;
      const vt = `${visibility.value} s${visibility.entry ? '' : " (kombu's default)"}`;
      const why =
        limit.value === null
          ? `nothing limits how long a task runs (no task_time_limit)`
          : `task_time_limit (${limit.value} s) lets a task run that long`;
      yield {
        at: acksLate.setting.at,
        message:
          `task_acks_late=True in ${describeConfig(config)} keeps a task's message unacknowledged until it finishes, and ${why}, ` +
          `while the Redis broker redelivers messages not acknowledged within the visibility timeout of ${vt}: a longer ` +
          `task (or an ETA/countdown further away) runs again on another worker. Set task_time_limit below the visibility ` +
          `timeout, or raise visibility_timeout in broker_transport_options.`,
        related: [
          ...(visibility.entry
            ? [{ at: visibility.entry.key.span, message: `visibility_timeout is ${visibility.value} s here` }]
            : options?.setting
              ? [{ at: options.setting.at, message: `${options.setting.writtenAs} sets no visibility_timeout: kombu uses ${DEFAULT_VISIBILITY_TIMEOUT} s` }]
              : []),
          ...(limit.setting ? [{ at: limit.setting.at, message: `task_time_limit is ${limit.value} s` }] : []),
        ],
      };
    }
  },
});

/**
 * The longest known task delay against the visibility timeout. A delay in a tasks module is not tied
 * to one app here, so every Celery app of the repository must be a Redis/Sentinel one with a known
 * timeout, and the delay must reach the largest of them.
 */
function* delayFindings(deployment: Deployment): Generator<Finding> {
  const delays = deployment.clients.taskDelays.filter((d): d is TaskDelay & { seconds: number } => d.seconds !== undefined && d.seconds > 0);
  const configs = deployment.clients.celery;
  if (delays.length === 0 || configs.length === 0) return;
  const timeouts: { config: CeleryConfig; value: number; at?: Span; fromDefault: boolean }[] = [];
  for (const config of configs) {
    const kind = brokerKind(deployment, config);
    if (kind !== 'redis' && kind !== 'sentinel') return;
    const options = transportOptions(config, 'broker_transport_options');
    const visibility = options && optionNumber(options, 'visibility_timeout', DEFAULT_VISIBILITY_TIMEOUT);
    if (!visibility || visibility.value === null) return;
    timeouts.push({ config, value: visibility.value, fromDefault: !visibility.entry, ...(visibility.entry ? { at: visibility.entry.key.span } : {}) });
  }
  const largest = timeouts.reduce((a, b) => (b.value > a.value ? b : a));
  const over = delays.filter((d) => d.seconds >= largest.value).sort((a, b) => b.seconds - a.seconds);
  const longest = over[0];
  if (!longest) return;
  const vt = `${largest.value} s${largest.fromDefault ? " (kombu's default)" : ''}`;
  yield {
    at: longest.span,
    message:
      `${describeDelay(longest)} holds this task ${longest.seconds} s before it runs, not less than the visibility timeout of ${vt} ` +
      `of ${describeConfig(largest.config)}: the Redis broker delivers the unacknowledged message again every visibility timeout, ` +
      `so the task runs more than once (Celery docs, Redis "Caveats"). Raise visibility_timeout in broker_transport_options ` +
      `above the longest delay, or schedule such tasks another way.`,
    related: [
      ...(largest.at ? [{ at: largest.at, message: `visibility_timeout is ${largest.value} s here` }] : []),
      ...over.slice(1, 4).map((d) => ({ at: d.span, message: `${describeDelay(d)}: ${d.seconds} s` })),
    ],
  };
}

function describeDelay(delay: TaskDelay): string {
  if (delay.kind === 'default_retry_delay') return 'default_retry_delay of the task decorator';
  return `${delay.kind} of ${delay.via === 'task' ? 'the task' : `${delay.via}()`}`;
}
