import { defineRule } from '../src/engine/rule.js';
import { brokerKind, celeryBool, celeryNumber, describeConfig, optionNumber, transportOptions } from '../src/model/queries/celery-settings.js';
import { DEFAULT_VISIBILITY_TIMEOUT } from '../src/model/queries/transport-options.js';

/** celery/app/defaults.py `worker_prefetch_multiplier`. */
const DEFAULT_PREFETCH_MULTIPLIER = 4;

export default defineRule({
  id: 'prefetch-with-acks-late',
  level: 'note',
  category: 'client',
  docs: {
    summary: '`task_acks_late=True` with `worker_prefetch_multiplier` above 1 (Celery\'s default is 4) on a Redis broker.',
    breaks:
      'Each worker process reserves `worker_prefetch_multiplier` messages ahead. With late acknowledgement the ' +
      'prefetched messages wait unacknowledged behind the running task and age toward the Redis visibility timeout; when ' +
      'it passes they are redelivered to another worker while still reserved here, so they run twice, and short tasks ' +
      'queue behind long ones. Celery\'s optimizing guide recommends `worker_prefetch_multiplier = 1` with `task_acks_late` ' +
      'for long tasks (the seed guide\'s defect 19). A multiplier of 0 means no limit at all.',
    fix: 'Set `worker_prefetch_multiplier = 1` (and keep `task_acks_late`), or set `worker_disable_prefetch = True` (Celery 5.6, Redis brokers).',
    example: { bad: 'bad-default-prefetch', good: 'good-prefetch-one' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const kind = brokerKind(deployment, config);
      if (kind !== 'redis' && kind !== 'sentinel') continue;
      const acksLate = celeryBool(config, 'task_acks_late', false);
      if (!acksLate?.value || !acksLate.setting) continue;
      const disabled = celeryBool(config, 'worker_disable_prefetch', false);
      const prefetch = celeryNumber(config, 'worker_prefetch_multiplier', DEFAULT_PREFETCH_MULTIPLIER);
      if (!disabled || disabled.value || !prefetch || prefetch.value === null || prefetch.value === 1 || prefetch.value < 0) continue;
      const options = transportOptions(config, 'broker_transport_options');
      const visibility = options && optionNumber(options, 'visibility_timeout', DEFAULT_VISIBILITY_TIMEOUT);
      const vt = visibility && visibility.value !== null ? ` (${visibility.value} s${visibility.entry ? '' : ' by default'})` : '';
      const count = prefetch.value === 0 ? 'with no limit (0)' : `${prefetch.value} messages per process${prefetch.setting ? '' : " (Celery's default)"}`;
      yield {
        at: prefetch.setting?.at ?? acksLate.setting.at,
        message:
          `${capitalize(describeConfig(config))} prefetches ${count} with task_acks_late=True: the reserved messages wait ` +
          `unacknowledged behind the running task and age toward the visibility timeout${vt}, after which they are ` +
          `redelivered and run twice. Set worker_prefetch_multiplier = 1 for long tasks.`,
        related: prefetch.setting ? [{ at: acksLate.setting.at, message: 'task_acks_late is True here' }] : [],
      };
    }
  },
});

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
