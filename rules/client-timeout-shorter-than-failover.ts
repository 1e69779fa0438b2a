import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment, Monitor } from '../src/model/deployment.js';
import { celeryPublishWindow, redisPyWindow, type RetryWindow } from '../src/model/queries/retry-window.js';
import { groupsAsked, oncePerPlace, sentinelClients, type SentinelClient } from '../src/model/queries/sentinel-clients.js';
import { monitorOption } from '../src/model/queries/sentinel-options.js';
import { plainNumberOf } from '../src/model/queries/sentinel-numbers.js';

/** sentinel.conf: down-after-milliseconds defaults to 30000 (RULES.md §1.7). */
const DEFAULT_DOWN_AFTER = 30000;

export default defineRule({
  id: 'client-timeout-shorter-than-failover',
  level: 'note',
  category: 'client',
  docs: {
    summary: 'A Sentinel client gives up on a command sooner than Sentinel can even notice that the master is down.',
    breaks:
      'When the master dies, Sentinel keeps handing out its address until `down-after-milliseconds` has passed and a ' +
      'leader has promoted a replica (about 1–2 s more; RULES.md E25). A client whose whole retry window is shorter ' +
      'raises during every failover: Celery\'s `apply_async` / `delay` raise OperationalError once ' +
      '`task_publish_retry_policy` (default 3 retries, 0 / 0.2 / 0.4 s apart; kombu `Connection.ensure`) is used up, ' +
      'and redis-py (4.3) does not retry a command at all unless `retry_on_timeout` or `retry_on_error` is given ' +
      '(reproduced with redis 7.0.15 and redis-py 4.3.4: `lpush` on `master_for` raised ConnectionError at once after ' +
      'the master was killed, while the Sentinel still answered with the dead master\'s address). The rule ' +
      'computes an upper bound of the window from the socket timeouts (each attempt asks every Sentinel, then ' +
      'connects to the master), the retries and their sleeps, and compares it with the smallest ' +
      '`down-after-milliseconds` of the Sentinels the client asks. It stays silent when a timeout is missing (the OS ' +
      'connect timeout then applies) or anything is not known. `broker_connection_timeout` is not used by the Redis ' +
      'transport (kombu `_connparams`). Calls that pass their own `retry_policy` are not seen.',
    fix:
      'Let the client retry for longer than down-after-milliseconds plus a few seconds: raise ' +
      '`task_publish_retry_policy` (`max_retries`, `interval_max`) for Celery, pass `retry=Retry(ExponentialBackoff(), N)` ' +
      '(and `retry_on_error=[ConnectionError]`) for redis-py, or lower `down-after-milliseconds` if fast detection is what you want.',
    example: { bad: 'bad-redis-py-100ms', good: 'good-redis-py-retries' },
  },
  check(deployment) {
    return oncePerPlace(findings(deployment));
  },
});

function* findings(deployment: Deployment): Iterable<Finding> {
  for (const client of sentinelClients(deployment)) {
    if (!client.sentinels) continue;
    for (const [index, request] of client.requests.entries()) {
      if (!request.name.known || !request.password) continue; // discover_master never talks to the master
      const window = windowOf(client, index);
      if (!window) continue;
      const groups = groupsAsked(deployment, client.sentinels, request.name.value);
      const monitors = groups.flatMap((g) => g.monitors).filter((m) => client.sentinels!.includes(m.sentinel));
      const downAfters = monitors.map(downAfterOf);
      if (monitors.length === 0 || downAfters.some((d) => d === undefined)) continue;
      const least = Math.min(...downAfters.map((d) => d!.ms));
      if (window.seconds * 1000 >= least) continue;
      const deciding = monitors.filter((_, i) => downAfters[i]!.ms === least);
      yield {
        at: window.at,
        message:
          `${capitalize(client.describe)} gives up on a command to "${request.name.value}" after at most ` +
          `${seconds(window.seconds)} (${window.how}), but the Sentinels keep handing out a dead master for ` +
          `down-after-milliseconds ${least} and then need about 1–2 s to promote a replica: ` +
          `${client.library === 'celery' ? 'every publish' : 'every command'} during a failover fails. ` +
          `Let the client retry for longer than ${seconds(least / 1000 + 2)}.`,
        related: deciding.map((m) => ({ at: downAfterOf(m)!.at, message: `${m.sentinel.name} waits ${least} ms before it calls ${m.name.text} down` })),
      };
    }
  }
}

function windowOf(client: SentinelClient, index: number): RetryWindow | undefined {
  const source = client.source;
  if (source.kind === 'redis-py') {
    const master = source.client.masters[index];
    return master?.kind === 'master_for' ? redisPyWindow(source.client, master) : undefined;
  }
  // The result backend reads other settings (its own retry_policy); only the broker's publish is modelled.
  if (source.backend) return undefined;
  return celeryPublishWindow(source.config, client.dials.length);
}

function downAfterOf(monitor: Monitor): { ms: number; at: Monitor['declaredAt'] } | undefined {
  const option = monitorOption(monitor, 'down-after-milliseconds');
  if (!option.known) return undefined;
  if (!option.fact) return { ms: DEFAULT_DOWN_AFTER, at: monitor.declaredAt };
  const ms = plainNumberOf(option.fact);
  return ms === undefined || ms <= 0 ? undefined : { ms, at: option.fact.declaredAt };
}

const seconds = (s: number) => `${Math.round(s * 10) / 10} s`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
