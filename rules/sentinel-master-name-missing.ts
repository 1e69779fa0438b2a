import { defineRule } from '../src/engine/rule.js';
import { backendKind, brokerKind, celeryValue, describeConfig, optionEntry, transportOptions } from '../src/model/queries/celery-settings.js';

export default defineRule({
  id: 'sentinel-master-name-missing',
  level: 'error',
  category: 'client',
  docs: {
    summary: "A `sentinel://` broker or result backend whose transport options do not name the master (`master_name`).",
    breaks:
      'The Sentinel URL lists only the Sentinels; which master to ask them for comes from `broker_transport_options' +
      "['master_name']` (kombu) or `result_backend_transport_options['master_name']` (Celery's result backend). Without " +
      "it the broker fails on its first connection with \"ValueError: 'master_name' transport option must be specified.\", " +
      'and the result backend asks the Sentinels for the master `None` and fails with "MasterNotFoundError: No master ' +
      'found for None" (RULES.md E38, celery/backends/redis.py). The rule fires only when the URL in effect is ' +
      '`sentinel://` and every place that could set the option was read.',
    fix: "Add `'master_name': '<name>'` to the transport options of the broker (and of the result backend when it uses Sentinel too), with the name of the `sentinel monitor` line.",
    example: { bad: 'bad-broker-without-master-name', good: 'good-master-name-set' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const cases = [
        { url: 'broker_url', key: 'broker_transport_options', sentinel: brokerKind(deployment, config) === 'sentinel', backend: false },
        { url: 'result_backend', key: 'result_backend_transport_options', sentinel: backendKind(deployment, config) === 'sentinel', backend: true },
      ];
      for (const { url, key, sentinel, backend } of cases) {
        if (!sentinel) continue;
        const urlSetting = celeryValue(config, url);
        const options = transportOptions(config, key);
        if (urlSetting.state !== 'set' || !options || (options.setting && !options.dict && options.setting.resolved.value.kind !== 'none')) continue;
        const entry = optionEntry(options, 'master_name');
        if (entry && entry.value.kind !== 'none') continue;
        const what = backend ? 'result backend' : 'broker';
        const failure = backend
          ? 'Celery asks the Sentinels for the master None and every result fails with "MasterNotFoundError: No master found for None"'
          : `kombu raises "ValueError: 'master_name' transport option must be specified." on the first connection`;
        const where = entry ? `${key} sets master_name to None` : options.setting ? `${key} has no 'master_name'` : `${key} is not set`;
        yield {
          at: entry?.key.span ?? options.setting?.at ?? urlSetting.setting.at,
          message: `The ${what} of ${describeConfig(config)} uses sentinel:// but ${where}: ${failure}. Add 'master_name': '<the name of the sentinel monitor line>' to ${key}.`,
          related: options.setting || entry ? [{ at: urlSetting.setting.at, message: `the ${what} URL (${urlSetting.setting.writtenAs}) uses sentinel://` }] : [],
        };
      }
    }
  },
});
