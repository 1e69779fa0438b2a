#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/sources/client/celery-keys.ts
var NAMESPACES = [
  {
    ns: "",
    keys: "accept_content result_accept_content enable_utc imports include timezone",
    own: { accept_content: "celery_accept_content", imports: "celery_imports", include: "celery_include", timezone: "celery_timezone" }
  },
  { ns: "beat_", old: "celerybeat_{}", keys: "max_loop_interval schedule scheduler schedule_filename sync_every cron_starting_deadline" },
  {
    ns: "broker_",
    keys: "url read_url write_url transport transport_options connection_timeout connection_retry connection_retry_on_startup connection_max_retries channel_error_retry failover_strategy heartbeat heartbeat_checkrate login_method native_delayed_delivery_queue_type pool_limit pool_acquire_timeout use_ssl host port user password vhost"
  },
  { ns: "cache_", old: "celery_cache_{}", keys: "backend backend_options" },
  { ns: "cassandra_", keys: "entry_ttl keyspace port read_consistency servers bundle_path table write_consistency auth_provider auth_kwargs options" },
  { ns: "s3_", keys: "access_key_id secret_access_key bucket base_path endpoint_url region" },
  { ns: "azureblockblob_", keys: "container_name retry_initial_backoff_sec retry_increment_base retry_max_attempts base_path connection_timeout read_timeout" },
  { ns: "gcs_", keys: "bucket project base_path ttl" },
  { ns: "control_", keys: "queue_ttl queue_expires queue_exclusive queue_durable exchange" },
  { ns: "couchbase_", old: "celery_couchbase_{}", keys: "backend_settings" },
  { ns: "arangodb_", old: "celery_arangodb_{}", keys: "backend_settings" },
  { ns: "mongodb_", old: "celery_mongodb_{}", keys: "backend_settings" },
  { ns: "cosmosdbsql_", keys: "database_name collection_name consistency_level max_retry_attempts max_retry_wait_time" },
  { ns: "event_", old: "celery_event_{}", keys: "queue_expires queue_ttl queue_prefix queue_exclusive queue_durable serializer exchange" },
  {
    ns: "redis_",
    old: "celery_redis_{}",
    keys: "backend_use_ssl db host max_connections username password port socket_timeout socket_connect_timeout retry_on_timeout socket_keepalive"
  },
  {
    ns: "result_",
    old: "celery_result_{}",
    keys: "backend cache_max compression exchange exchange_type expires persistent extended serializer backend_transport_options chord_retry_interval chord_join_timeout backend_max_sleep_between_retries_ms backend_max_retries backend_base_sleep_between_retries_ms backend_always_retry",
    own: { cache_max: "celery_max_cached_results", expires: "celery_task_result_expires" }
  },
  { ns: "elasticsearch_", old: "celery_elasticsearch_{}", keys: "retry_on_timeout max_retries timeout save_meta_as_text" },
  { ns: "security_", old: "celery_security_{}", keys: "certificate cert_store key key_password digest" },
  {
    ns: "database_",
    keys: "url engine_options engine_callback short_lived_sessions table_schemas table_names create_tables_at_setup",
    own: {
      url: "celery_result_dburi",
      engine_options: "celery_result_engine_options",
      short_lived_sessions: "celery_result_db_short_lived_sessions",
      table_names: "celery_result_db_tablenames"
    }
  },
  {
    ns: "task_",
    old: "celery_{}",
    keys: "acks_late acks_on_failure_or_timeout acks_on_failure acks_on_timeout always_eager annotations compression create_missing_queues create_missing_queue_type create_missing_queue_exchange_type inherit_parent_priority default_delivery_mode default_queue default_queue_type default_exchange default_exchange_type default_routing_key default_rate_limit default_priority eager_propagates ignore_result store_eager_result protocol publish_retry publish_retry_policy queues queue_max_priority reject_on_worker_lost remote_tracebacks routes send_sent_event serializer soft_time_limit time_limit store_errors_even_if_ignored track_started allow_error_cb_on_chord_header",
    own: {
      compression: "celery_message_compression",
      eager_propagates: "celery_eager_propagates_exceptions",
      protocol: "celery_task_protocol",
      publish_retry: "celery_task_publish_retry",
      publish_retry_policy: "celery_task_publish_retry_policy",
      send_sent_event: "celery_send_task_sent_event",
      serializer: "celery_task_serializer",
      soft_time_limit: "celeryd_task_soft_time_limit",
      time_limit: "celeryd_task_time_limit"
    }
  },
  {
    ns: "worker_",
    old: "celeryd_{}",
    keys: "agent autoscaler cancel_long_running_tasks_on_connection_loss soft_shutdown_timeout enable_soft_shutdown_on_idle concurrency consumer direct disable_rate_limits deduplicate_successful_tasks enable_remote_control hijack_root_logger log_color log_format lost_wait max_memory_per_child max_tasks_per_child pool pool_putlocks pool_restarts proc_alive_timeout prefetch_multiplier eta_task_limit enable_prefetch_count_reduction disable_prefetch redirect_stdouts redirect_stdouts_level send_task_events state_db task_log_format timer timer_precision detect_quorum_queues",
    own: {
      direct: "celery_worker_direct",
      disable_rate_limits: "celery_disable_rate_limits",
      enable_remote_control: "celery_enable_remote_control",
      lost_wait: "celeryd_worker_lost_wait",
      redirect_stdouts: "celery_redirect_stdouts",
      redirect_stdouts_level: "celery_redirect_stdouts_level",
      send_task_events: "celery_send_events"
    }
  }
];
var TO_NEW_KEY = /* @__PURE__ */ new Map();
var TO_OLD_KEY = /* @__PURE__ */ new Map();
for (const { ns, old, keys, own } of NAMESPACES) {
  for (const key of keys.split(" ")) {
    const pattern = own?.[key] ?? (old ? old.replace("{}", key) : ns + key);
    const oldKey = pattern.toUpperCase();
    TO_NEW_KEY.set(oldKey, ns + key);
    TO_OLD_KEY.set(ns + key, oldKey);
  }
}
var SETTING_KEYS = new Set(TO_OLD_KEY.keys());
var OLD_SETTING_KEYS = new Set(TO_NEW_KEY.keys());
var oldKeyToNew = (key) => TO_NEW_KEY.get(key) ?? key;
var newKeyToOld = (key) => TO_OLD_KEY.get(key) ?? key;
function matchCase(s, other) {
  return isUpper(other) ? s.toUpperCase() : s.toLowerCase();
}
function isUpper(s) {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

export {
  TO_NEW_KEY,
  TO_OLD_KEY,
  SETTING_KEYS,
  OLD_SETTING_KEYS,
  oldKeyToNew,
  newKeyToOld,
  matchCase,
  isUpper
};
