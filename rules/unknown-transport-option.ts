import { defineRule } from '../src/engine/rule.js';
import { backendKind, brokerKind, transportOptions } from '../src/model/queries/celery-settings.js';
import { closestName } from '../src/model/queries/closest-name.js';
import { BACKEND_OPTIONS, BROKER_OPTIONS } from '../src/model/queries/transport-options.js';
import { knownText } from '../src/sources/python/py-text.js';

/** Names people put in transport options that belong elsewhere. */
const BELONGS_ELSEWHERE: Record<string, string> = {
  password: "the master's password goes in the URL (sentinel://:<password>@host:26379), a Sentinel's in sentinel_kwargs",
  username: 'the user name goes in the URL (sentinel://<user>:<password>@host:26379)',
  db: 'the database number goes at the end of the first URL chunk (…:26379/1)',
  host: 'the address goes in the URL',
  port: 'the port goes in the URL',
  ssl: 'TLS options go in broker_use_ssl / redis_backend_use_ssl',
  master: "the Sentinel master's name option is master_name",
  service_name: "the Sentinel master's name option is master_name",
};

export default defineRule({
  id: 'unknown-transport-option',
  level: 'warning',
  category: 'client',
  docs: {
    summary: 'A key of `broker_transport_options` or `result_backend_transport_options` that the Redis transport and the Redis result backend do not read.',
    breaks:
      "kombu's Redis and Sentinel transport copy only the option names they list (`from_transport_options`, kombu/transport/redis.py) " +
      'and the connection retry options; Celery\'s Redis result backend reads a few more (`retry_policy`, `master_name`, ' +
      '`sentinel_kwargs`, …). Any other key, such as `master` for `master_name`, `password`, or `visibility-timeout` with ' +
      'a hyphen, is ignored without a word: the setting the author meant keeps its default (RULES.md §1.8). The rule ' +
      'checks only literal dicts whose keys can all be listed, and only when the broker or backend URL is `redis://`, ' +
      '`rediss://` or `sentinel://`.',
    fix: 'Use the option name kombu reads (the message suggests one when the key is a near miss), or move the value where it belongs (a password into the URL).',
    example: { bad: 'bad-misspelled-options', good: 'good-kombu-options' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      const checks = [
        { key: 'broker_transport_options', kind: brokerKind(deployment, config), known: BROKER_OPTIONS, what: 'the Redis broker transport' },
        { key: 'result_backend_transport_options', kind: backendKind(deployment, config), known: BACKEND_OPTIONS, what: 'the Redis result backend' },
      ];
      for (const { key, kind, known, what } of checks) {
        if (kind !== 'redis' && kind !== 'sentinel') continue;
        const options = transportOptions(config, key);
        if (!options?.dict) continue;
        for (const entry of options.dict.entries) {
          const name = knownText(entry.key)!;
          if (known.has(name)) continue;
          const near = closestName(name.replace(/-/g, '_'), [...known]) ?? (known.has(name.replace(/-/g, '_')) ? name.replace(/-/g, '_') : undefined);
          const elsewhere = BELONGS_ELSEWHERE[name.toLowerCase()];
          const hint = elsewhere ? `Note: ${elsewhere}.` : near ? `Did you mean ${near}?` : 'Remove it or use a name kombu reads.';
          yield {
            at: entry.key.span,
            message: `'${name}' in ${options.setting!.writtenAs} is not an option ${what} reads: it is ignored without a word. ${hint}`,
          };
        }
      }
    }
  },
});
