import { defineRule } from '../src/engine/rule.js';
import { brokerKind, describeConfig, optionNumber, transportOptions } from '../src/model/queries/celery-settings.js';
import { DEFAULT_BRPOP_TIMEOUT } from '../src/model/queries/transport-options.js';

export default defineRule({
  id: 'socket-timeout-below-polling',
  level: 'warning',
  category: 'client',
  docs: {
    summary: "The Redis broker's `socket_timeout` is not longer than the BRPOP timeout the worker waits for messages with.",
    breaks:
      'A Celery worker on a Redis broker waits for tasks with `BRPOP <queues> <timeout>`: 1 second (kombu ' +
      '`Transport.brpop_timeout`); from kombu 5.6 the `polling_interval` transport option sets it. The server holds the ' +
      'reply for that long when the queues are empty, and a `socket_timeout` that is not longer makes the read time out ' +
      'first: `TimeoutError` on idle queues, reconnects and errors in the worker log (RULES.md §2.6, reasoned from kombu ' +
      'source, not reproduced). The rule reads literal `broker_transport_options` of a `redis://` / `sentinel://` broker.',
    fix: 'Keep `socket_timeout` well above the BRPOP timeout (e.g. 5 s or more with the default 1 s polling), or lower `polling_interval`.',
    example: { bad: 'bad-timeout-one-second', good: 'good-timeout-above-polling' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const kind = brokerKind(deployment, config);
      if (kind !== 'redis' && kind !== 'sentinel') continue;
      const options = transportOptions(config, 'broker_transport_options');
      if (!options?.dict) continue;
      const timeout = optionNumber(options, 'socket_timeout', null);
      const polling = optionNumber(options, 'polling_interval', null);
      if (!timeout?.entry || timeout.value === null || timeout.value <= 0 || !polling) continue;
      const t = timeout.value;
      const p = polling.value;
      // kombu before 5.6 always waits 1 s; from 5.6 `polling_interval`, when given, is the wait.
      const older = t <= DEFAULT_BRPOP_TIMEOUT;
      // `BRPOP … 0` blocks without end.
      const newer = p === 0 || t <= (p ?? DEFAULT_BRPOP_TIMEOUT);
      if (!older && !newer) continue;
      const wait = p === null ? `${DEFAULT_BRPOP_TIMEOUT} s BRPOP wait (kombu's default)` : `BRPOP wait (${DEFAULT_BRPOP_TIMEOUT} s before kombu 5.6, ${p === 0 ? 'no limit from 5.6 with polling_interval 0' : `polling_interval ${p} s from 5.6`})`;
      const which = older && newer ? '' : newer ? ' with kombu 5.6 or later' : ' with kombu before 5.6';
      yield {
        at: timeout.entry.key.span,
        message:
          `The broker socket_timeout of ${describeConfig(config)} is ${t} s, not longer than the ${wait} on empty queues${which}` +
          `: the read times out before Redis answers, so idle workers log TimeoutError and ` +
          `reconnect. Raise socket_timeout well above the BRPOP wait.`,
        ...(polling.entry ? { related: [{ at: polling.entry.key.span, message: 'polling_interval sets the BRPOP wait from kombu 5.6' }] } : {}),
      };
    }
  },
});
