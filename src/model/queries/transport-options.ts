/**
 * The transport options kombu's Redis transport and Celery's Redis result backend read (RULES.md
 * §1.8), transcribed as data from celery/kombu@9ee8595 and celery/celery@5dc781f and checked to
 * be a superset of kombu 5.0–5.5. Any other key is ignored without a word (kombu copies only
 * the names it lists, `getattr` style).
 */

/** `virtual.Channel.from_transport_options` + `redis.Channel.from_transport_options`. */
const REDIS_CHANNEL = [
  'body_encoding', 'deadletter_queue',
  'sep', 'ack_emulation', 'unacked_key', 'unacked_index_key', 'unacked_mutex_key', 'unacked_mutex_expire',
  'visibility_timeout', 'unacked_restore_limit', 'unacked_restore_interval', 'unacked_restore_throttle',
  'fanout_prefix', 'fanout_patterns', 'global_keyprefix', 'socket_timeout', 'socket_connect_timeout',
  'socket_keepalive', 'socket_keepalive_options', 'queue_order_strategy', 'max_connections',
  'health_check_interval', 'retry_on_timeout', 'priority_steps', 'client_name',
];
/** `SentinelChannel.from_transport_options` adds these. */
export const SENTINEL_OPTIONS = ['master_name', 'min_other_sentinels', 'sentinel_kwargs'];
/** Read by the Transport: `virtual.Transport.__init__` (`polling_interval`) and the Redis event-loop timers. */
const REDIS_TRANSPORT = ['polling_interval', 'unacked_restore_interval', 'health_check_interval', 'reauth_check_interval'];
/** `Connection._extract_failover_opts` (kombu/connection.py): the connection retry policy. */
const CONNECTION = ['max_retries', 'interval_start', 'interval_step', 'interval_max', 'connect_retries_timeout', 'errback', 'callback'];
/** celery/backends/redis.py and base.py read these from `result_backend_transport_options`. */
const CELERY_BACKEND = ['retry_policy', 'result_chord_ordered', 'additional_connection_errors', 'global_keyprefix', 'master_name', 'min_other_sentinels', 'sentinel_kwargs'];

/** Keys of `broker_transport_options` that a Redis or Sentinel broker reads. */
export const BROKER_OPTIONS: ReadonlySet<string> = new Set([...REDIS_CHANNEL, ...SENTINEL_OPTIONS, ...REDIS_TRANSPORT, ...CONNECTION]);

/**
 * Keys accepted in `result_backend_transport_options`: the backend's own, and kombu's (Celery's
 * docs ask for `visibility_timeout` there too, so no kombu name is reported).
 */
export const BACKEND_OPTIONS: ReadonlySet<string> = new Set([...BROKER_OPTIONS, ...CELERY_BACKEND]);

/** kombu's default `visibility_timeout` (redis.Channel), in seconds. */
export const DEFAULT_VISIBILITY_TIMEOUT = 3600;
/** kombu's default BRPOP timeout (`Transport.brpop_timeout`), in seconds. */
export const DEFAULT_BRPOP_TIMEOUT = 1;
