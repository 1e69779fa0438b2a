import { defineRule } from '../src/engine/rule.js';
import { backendKind, brokerKind, closedDict, describeConfig, optionEntry, transportOptions } from '../src/model/queries/celery-settings.js';
import type { PyValue } from '../src/sources/python/facts.js';
import { lookupKey } from '../src/sources/python/dict-lookup.js';

const TIMEOUTS = ['socket_timeout', 'socket_connect_timeout'];

export default defineRule({
  id: 'sentinel-kwargs-drops-timeouts',
  level: 'note',
  category: 'client',
  docs: {
    summary: '`sentinel_kwargs` is given without `socket_timeout` / `socket_connect_timeout`, so the connections to the Sentinels have no timeout.',
    breaks:
      '`sentinel_kwargs` holds the options of the Sentinel connections only. When it is absent, redis-py copies the ' +
      '`socket_*` options of the master connection to them; when it is given, it is used as is (redis-py ' +
      '`Sentinel.__init__`), so a `socket_timeout` set in the transport options or on `Sentinel(...)` does not reach the ' +
      'Sentinels. A Sentinel host that is down or blackholed then blocks master discovery for the operating system\'s ' +
      'connect timeout (minutes), and one that accepts but never answers blocks it for good: start-up and every ' +
      'reconnect hang instead of moving on to the next Sentinel (RULES.md §1.8; the seed guide\'s defect 21). The rule ' +
      "reads Celery's `broker_transport_options` / `result_backend_transport_options` of a `sentinel://` URL and redis-py " +
      '`Sentinel(..., sentinel_kwargs=...)`, and only literal dicts whose keys can all be listed.',
    fix: "Repeat the timeouts inside `sentinel_kwargs`: `'sentinel_kwargs': {'socket_timeout': 5, 'socket_connect_timeout': 5, ...}`.",
    example: { bad: 'bad-password-only', good: 'good-timeouts-repeated' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const cases = [
        { key: 'broker_transport_options', sentinel: brokerKind(deployment, config) === 'sentinel', what: 'broker' },
        { key: 'result_backend_transport_options', sentinel: backendKind(deployment, config) === 'sentinel', what: 'result backend' },
      ];
      for (const { key, sentinel, what } of cases) {
        if (!sentinel) continue;
        const options = transportOptions(config, key);
        const entry = options && optionEntry(options, 'sentinel_kwargs');
        if (!entry || !lacksTimeouts(entry.value)) continue;
        const masterTimeout = optionEntry(options, 'socket_timeout');
        yield {
          at: entry.key.span,
          message: message(`sentinel_kwargs in ${key} (the ${what} of ${describeConfig(config)})`, masterTimeout ? `the socket_timeout of ${key}` : undefined),
          ...(masterTimeout ? { related: [{ at: masterTimeout.key.span, message: 'this timeout applies to the master connection only' }] } : {}),
        };
      }
    }
    for (const client of deployment.clients.redisPy) {
      const kwarg = client.sentinel.kwargs.find((k) => k.name === 'sentinel_kwargs');
      if (!kwarg || !client.sentinelKwargs || !lacksTimeouts(client.sentinelKwargs.value)) continue;
      const masterTimeout = client.kwargs.find((k) => k.name === 'socket_timeout');
      yield {
        at: kwarg.nameSpan,
        message: message(`sentinel_kwargs of the redis-py Sentinel in ${client.file}`, masterTimeout ? 'the socket_timeout given to Sentinel(...)' : undefined),
        ...(masterTimeout ? { related: [{ at: masterTimeout.at, message: 'this timeout applies to the master connections only' }] } : {}),
      };
    }
  },
});

/** A literal dict with every key listed and neither timeout among them. */
function lacksTimeouts(value: PyValue): boolean {
  return value.kind === 'dict' && closedDict(value) && TIMEOUTS.every((t) => !lookupKey(value, t));
}

function message(what: string, dropped: string | undefined): string {
  return (
    `${what} sets no socket_timeout or socket_connect_timeout, so the Sentinel connections have none` +
    (dropped ? ` (${dropped} does not reach them once sentinel_kwargs is given)` : '') +
    ': an unreachable Sentinel host (packets dropped) or a hung Sentinel blocks master discovery instead of being skipped. Add ' +
    "'socket_timeout' and 'socket_connect_timeout' to sentinel_kwargs."
  );
}

