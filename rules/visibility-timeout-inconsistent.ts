import { defineRule } from '../src/engine/rule.js';
import type { Span } from '../src/model/span.js';
import { backendKind, brokerKind, celeryValue, describeConfig, numberOf, optionEntry, transportOptions } from '../src/model/queries/celery-settings.js';
import type { PyValue } from '../src/sources/python/facts.js';
import { nameList } from '../src/model/queries/name-list.js';

interface Place {
  name: string;
  at?: Span;
  value?: PyValue;
}

export default defineRule({
  id: 'visibility-timeout-inconsistent',
  level: 'warning',
  category: 'client',
  docs: {
    summary: '`visibility_timeout` is set in some but not all of `broker_transport_options`, `result_backend_transport_options` and the `visibility_timeout` setting, or with different values.',
    breaks:
      'Celery\'s Redis docs ("Caveats") require the same visibility timeout in all three places. The one that decides ' +
      'when an unacknowledged task is redelivered is `broker_transport_options[\'visibility_timeout\']`: set only in the ' +
      'other places, the broker keeps kombu\'s default of 3600 s and long or ETA tasks run twice although the config ' +
      'seems to allow them. The rule fires on a `redis://` / `sentinel://` broker (the result backend place counts when ' +
      'the backend is Redis too), only when the whole config was read and the option dicts can be listed.',
    fix: 'Set the same `visibility_timeout` in `broker_transport_options`, `result_backend_transport_options` (with a Redis result backend) and `visibility_timeout`.',
    example: { bad: 'bad-only-top-level', good: 'good-all-three' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const broker = brokerKind(deployment, config);
      if (broker !== 'redis' && broker !== 'sentinel') continue;
      const places: Place[] = [];
      const keys = ['broker_transport_options'];
      const backend = backendKind(deployment, config);
      if (backend === 'redis' || backend === 'sentinel') keys.push('result_backend_transport_options');
      else if (backend === 'unknown') continue;
      let readable = true;
      for (const key of keys) {
        const options = transportOptions(config, key);
        if (!options) readable = false;
        const entry = options && optionEntry(options, 'visibility_timeout');
        places.push({ name: key, ...(entry ? { at: entry.key.span, value: entry.value } : {}) });
      }
      const top = celeryValue(config, 'visibility_timeout');
      if (!readable || top.state === 'unknown') continue;
      places.push({ name: 'visibility_timeout', ...(top.state === 'set' ? { at: top.setting.at, value: top.value } : {}) });

      const set = places.filter((p) => p.at);
      if (set.length === 0) continue;
      const missing = places.filter((p) => !p.at);
      const first = set[0]!;
      const related = set.slice(1).map((p) => ({ at: p.at!, message: `visibility_timeout is also set in ${p.name}` }));
      if (missing.length > 0) {
        const brokerMissing = missing.some((p) => p.name === 'broker_transport_options');
        yield {
          at: first.at!,
          message:
            `${describeConfig(config).replace(/^t/, 'T')} sets visibility_timeout in ${nameList(set.map((p) => p.name))} but not in ` +
            `${nameList(missing.map((p) => p.name))}; Celery's Redis docs require all of them` +
            (brokerMissing
              ? `, and the broker, which decides when unacknowledged tasks are redelivered, keeps the default 3600 s.`
              : '.') +
            ` Set the same value in each.`,
          related,
        };
        continue;
      }
      const values = set.map((p) => numberOf(p.value!));
      if (values.some((v) => typeof v !== 'number') || new Set(values).size === 1) continue;
      yield {
        at: first.at!,
        message:
          `${describeConfig(config).replace(/^t/, 'T')} sets different visibility timeouts (${set.map((p, i) => `${p.name} ${values[i]} s`).join(', ')}); ` +
          `Celery's Redis docs require the same value in each, and the broker uses the one in broker_transport_options.`,
        related,
      };
    }
  },
});
