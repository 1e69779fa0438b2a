import { defineRule } from '../src/engine/rule.js';
import { brokerKind, celeryBool, celeryNumber, describeConfig, optionNumber, transportOptions } from '../src/model/queries/celery-settings.js';
import { DEFAULT_VISIBILITY_TIMEOUT } from '../src/model/queries/transport-options.js';

export default defineRule({
  id: 'visibility-timeout-vs-acks-late',
  level: 'warning',
  category: 'client',
  docs: {
    summary: '`task_acks_late` on a Redis broker while tasks may run longer than the visibility timeout (no `task_time_limit`, or one not below it).',
    breaks:
      'With `task_acks_late=True` a task\'s message stays unacknowledged until the task finishes. The Redis transport ' +
      'redelivers every message not acknowledged within `visibility_timeout` (kombu\'s default 3600 s) to another worker, ' +
      'so a task that runs longer is executed twice; ETA/countdown/retry tasks further away than the timeout are ' +
      'redelivered "again, and again in a loop" (Celery docs, Redis "Caveats"; the seed guide\'s defect 19). The rule fires ' +
      'when `task_time_limit` is not set or is not below the visibility timeout, on a `redis://` / `sentinel://` broker, ' +
      'and only when the whole config was read.',
    fix:
      'Set `task_time_limit` below the visibility timeout, or raise `visibility_timeout` above the longest task and ETA ' +
      '(in `broker_transport_options`, `result_backend_transport_options` and `visibility_timeout`, as the Celery docs ask).',
    example: { bad: 'bad-acks-late-no-time-limit', good: 'good-time-limit-below-timeout' },
  },
  *check(deployment) {
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
