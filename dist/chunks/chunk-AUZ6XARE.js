#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  splitArgs
} from "./chunk-J4ITCEJI.js";
import {
  Secret
} from "./chunk-QVKAJNKG.js";
import {
  isIpLiteral
} from "./chunk-PX76YZ5M.js";
import {
  known
} from "./chunk-PU2KW4TG.js";
import {
  hasTemplatePlaceholder
} from "./chunk-EMZFNUDT.js";

// src/sources/conf/directives/redis-7.0.ts
var TABLE = {
  product: "redis",
  version: "7.0",
  source: "redis/redis tag 7.0.15",
  deprecated: ["list-max-ziplist-entries", "list-max-ziplist-value", "lua-replicate-commands"],
  directives: [
    { name: "rdbchecksum", type: "bool" },
    { name: "daemonize", type: "bool" },
    { name: "io-threads-do-reads", type: "bool" },
    { name: "always-show-logo", type: "bool" },
    { name: "protected-mode", type: "bool" },
    { name: "rdbcompression", type: "bool" },
    { name: "rdb-del-sync-files", type: "bool" },
    { name: "activerehashing", type: "bool" },
    { name: "stop-writes-on-bgsave-error", type: "bool" },
    { name: "set-proc-title", type: "bool" },
    { name: "dynamic-hz", type: "bool" },
    { name: "lazyfree-lazy-eviction", type: "bool" },
    { name: "lazyfree-lazy-expire", type: "bool" },
    { name: "lazyfree-lazy-server-del", type: "bool" },
    { name: "lazyfree-lazy-user-del", type: "bool" },
    { name: "lazyfree-lazy-user-flush", type: "bool" },
    { name: "repl-disable-tcp-nodelay", type: "bool" },
    { name: "repl-diskless-sync", type: "bool" },
    { name: "aof-rewrite-incremental-fsync", type: "bool" },
    { name: "no-appendfsync-on-rewrite", type: "bool" },
    { name: "cluster-require-full-coverage", type: "bool" },
    { name: "rdb-save-incremental-fsync", type: "bool" },
    { name: "aof-load-truncated", type: "bool" },
    { name: "aof-use-rdb-preamble", type: "bool" },
    { name: "aof-timestamp-enabled", type: "bool" },
    { name: "cluster-replica-no-failover", alias: "cluster-slave-no-failover", type: "bool" },
    { name: "replica-lazy-flush", alias: "slave-lazy-flush", type: "bool" },
    { name: "replica-serve-stale-data", alias: "slave-serve-stale-data", type: "bool" },
    { name: "replica-read-only", alias: "slave-read-only", type: "bool" },
    { name: "replica-ignore-maxmemory", alias: "slave-ignore-maxmemory", type: "bool" },
    { name: "jemalloc-bg-thread", type: "bool" },
    { name: "activedefrag", type: "bool", check: "active-defrag" },
    { name: "syslog-enabled", type: "bool" },
    { name: "cluster-enabled", type: "bool" },
    { name: "appendonly", type: "bool" },
    { name: "cluster-allow-reads-when-down", type: "bool" },
    { name: "cluster-allow-pubsubshard-when-down", type: "bool" },
    { name: "crash-log-enabled", type: "bool" },
    { name: "crash-memcheck-enabled", type: "bool" },
    { name: "use-exit-on-panic", type: "bool", hidden: true },
    { name: "disable-thp", type: "bool" },
    { name: "cluster-allow-replica-migration", type: "bool" },
    { name: "replica-announced", type: "bool" },
    { name: "latency-tracking", type: "bool" },
    { name: "aof-disable-auto-gc", type: "bool" },
    { name: "replica-ignore-disk-write-errors", type: "bool" },
    { name: "aclfile", type: "string" },
    { name: "unixsocket", type: "string", emptyIsNull: true },
    { name: "pidfile", type: "string", emptyIsNull: true },
    { name: "replica-announce-ip", alias: "slave-announce-ip", type: "string", emptyIsNull: true },
    { name: "masteruser", type: "string", emptyIsNull: true },
    { name: "cluster-announce-ip", type: "string", emptyIsNull: true },
    { name: "cluster-config-file", type: "string" },
    { name: "cluster-announce-hostname", type: "string", emptyIsNull: true, check: "hostname" },
    { name: "syslog-ident", type: "string" },
    { name: "dbfilename", type: "string", check: "dbfilename" },
    { name: "appendfilename", type: "string", check: "appendfilename" },
    { name: "appenddirname", type: "string", check: "appenddirname" },
    { name: "server_cpulist", type: "string", emptyIsNull: true },
    { name: "bio_cpulist", type: "string", emptyIsNull: true },
    { name: "aof_rewrite_cpulist", type: "string", emptyIsNull: true },
    { name: "bgsave_cpulist", type: "string", emptyIsNull: true },
    { name: "ignore-warnings", type: "string" },
    { name: "proc-title-template", type: "string", check: "proc-title-template" },
    { name: "bind-source-addr", type: "string", emptyIsNull: true },
    { name: "logfile", type: "string" },
    { name: "masterauth", type: "string", emptyIsNull: true },
    { name: "requirepass", type: "string", emptyIsNull: true },
    { name: "supervised", type: "enum", values: ["upstart", "systemd", "auto", "no"] },
    { name: "syslog-facility", type: "enum", values: ["user", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"] },
    { name: "repl-diskless-load", type: "enum", values: ["disabled", "on-empty-db", "swapdb"] },
    { name: "loglevel", type: "enum", values: ["debug", "verbose", "notice", "warning"] },
    { name: "maxmemory-policy", type: "enum", values: ["volatile-lru", "volatile-lfu", "volatile-random", "volatile-ttl", "allkeys-lru", "allkeys-lfu", "allkeys-random", "noeviction"] },
    { name: "appendfsync", type: "enum", values: ["everysec", "always", "no"] },
    { name: "oom-score-adj", type: "enum", values: ["no", "yes", "relative", "absolute"] },
    { name: "acl-pubsub-default", type: "enum", values: ["allchannels", "resetchannels"] },
    { name: "sanitize-dump-payload", type: "enum", values: ["no", "yes", "clients"] },
    { name: "enable-protected-configs", type: "enum", values: ["no", "yes", "local"] },
    { name: "enable-debug-command", type: "enum", values: ["no", "yes", "local"] },
    { name: "enable-module-command", type: "enum", values: ["no", "yes", "local"] },
    { name: "cluster-preferred-endpoint-type", type: "enum", values: ["ip", "hostname", "unknown-endpoint"] },
    { name: "propagation-error-behavior", type: "enum", values: ["ignore", "panic", "panic-on-replicas"] },
    { name: "shutdown-on-sigint", type: "enum", values: ["default", "save", "nosave", "now", "force"], multiArg: true, check: "shutdown-flags" },
    { name: "shutdown-on-sigterm", type: "enum", values: ["default", "save", "nosave", "now", "force"], multiArg: true, check: "shutdown-flags" },
    { name: "databases", type: "numeric", kind: "int", min: "1", max: "2147483647" },
    { name: "port", type: "numeric", kind: "int", min: "0", max: "65535" },
    { name: "io-threads", type: "numeric", kind: "int", min: "1", max: "128" },
    { name: "auto-aof-rewrite-percentage", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "cluster-replica-validity-factor", alias: "cluster-slave-validity-factor", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "list-max-listpack-size", alias: "list-max-ziplist-size", type: "numeric", kind: "int", min: "-2147483648", max: "2147483647" },
    { name: "tcp-keepalive", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "cluster-migration-barrier", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "active-defrag-cycle-min", type: "numeric", kind: "int", min: "1", max: "99" },
    { name: "active-defrag-cycle-max", type: "numeric", kind: "int", min: "1", max: "99" },
    { name: "active-defrag-threshold-lower", type: "numeric", kind: "int", min: "0", max: "1000" },
    { name: "active-defrag-threshold-upper", type: "numeric", kind: "int", min: "0", max: "1000" },
    { name: "lfu-log-factor", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "lfu-decay-time", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "replica-priority", alias: "slave-priority", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "repl-diskless-sync-delay", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "maxmemory-samples", type: "numeric", kind: "int", min: "1", max: "2147483647" },
    { name: "maxmemory-eviction-tenacity", type: "numeric", kind: "int", min: "0", max: "100" },
    { name: "timeout", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "replica-announce-port", alias: "slave-announce-port", type: "numeric", kind: "int", min: "0", max: "65535" },
    { name: "tcp-backlog", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "cluster-port", type: "numeric", kind: "int", min: "0", max: "65535" },
    { name: "cluster-announce-bus-port", type: "numeric", kind: "int", min: "0", max: "65535" },
    { name: "cluster-announce-port", type: "numeric", kind: "int", min: "0", max: "65535" },
    { name: "cluster-announce-tls-port", type: "numeric", kind: "int", min: "0", max: "65535" },
    { name: "repl-timeout", type: "numeric", kind: "int", min: "1", max: "2147483647" },
    { name: "repl-ping-replica-period", alias: "repl-ping-slave-period", type: "numeric", kind: "int", min: "1", max: "2147483647" },
    { name: "list-compress-depth", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "rdb-key-save-delay", type: "numeric", kind: "int", min: "-2147483648", max: "2147483647", hidden: true },
    { name: "key-load-delay", type: "numeric", kind: "int", min: "-2147483648", max: "2147483647", hidden: true },
    { name: "active-expire-effort", type: "numeric", kind: "int", min: "1", max: "10" },
    { name: "hz", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "min-replicas-to-write", alias: "min-slaves-to-write", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "min-replicas-max-lag", alias: "min-slaves-max-lag", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "watchdog-period", type: "numeric", kind: "int", min: "0", max: "2147483647", hidden: true },
    { name: "shutdown-timeout", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "repl-diskless-sync-max-replicas", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "maxclients", type: "numeric", kind: "uint", min: "1", max: "4294967295" },
    { name: "unixsocketperm", type: "numeric", kind: "uint", min: "0", max: "511", flags: ["octal"] },
    { name: "socket-mark-id", type: "numeric", kind: "uint", min: "0", max: "4294967295" },
    { name: "active-defrag-max-scan-fields", type: "numeric", kind: "ulong", min: "1", max: "9223372036854775807" },
    { name: "slowlog-max-len", type: "numeric", kind: "ulong", min: "0", max: "9223372036854775807" },
    { name: "acllog-max-len", type: "numeric", kind: "ulong", min: "0", max: "9223372036854775807" },
    { name: "busy-reply-threshold", alias: "lua-time-limit", type: "numeric", kind: "long-long", min: "0", max: "9223372036854775807" },
    { name: "cluster-node-timeout", type: "numeric", kind: "long-long", min: "0", max: "9223372036854775807" },
    { name: "slowlog-log-slower-than", type: "numeric", kind: "long-long", min: "-1", max: "9223372036854775807" },
    { name: "latency-monitor-threshold", type: "numeric", kind: "long-long", min: "0", max: "9223372036854775807" },
    { name: "proto-max-bulk-len", type: "numeric", kind: "long-long", min: "1048576", max: "9223372036854775807", flags: ["memory"] },
    { name: "stream-node-max-entries", type: "numeric", kind: "long-long", min: "0", max: "9223372036854775807" },
    { name: "repl-backlog-size", type: "numeric", kind: "long-long", min: "1", max: "9223372036854775807", flags: ["memory"] },
    { name: "maxmemory", type: "numeric", kind: "ulong-long", min: "0", max: "18446744073709551615", flags: ["memory"] },
    { name: "cluster-link-sendbuf-limit", type: "numeric", kind: "ulong-long", min: "0", max: "18446744073709551615", flags: ["memory"] },
    { name: "hash-max-listpack-entries", alias: "hash-max-ziplist-entries", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807" },
    { name: "set-max-intset-entries", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807" },
    { name: "zset-max-listpack-entries", alias: "zset-max-ziplist-entries", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807" },
    { name: "active-defrag-ignore-bytes", type: "numeric", kind: "size_t", min: "1", max: "9223372036854775807", flags: ["memory"] },
    { name: "hash-max-listpack-value", alias: "hash-max-ziplist-value", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807", flags: ["memory"] },
    { name: "stream-node-max-bytes", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807", flags: ["memory"] },
    { name: "zset-max-listpack-value", alias: "zset-max-ziplist-value", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807", flags: ["memory"] },
    { name: "hll-sparse-max-bytes", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807", flags: ["memory"] },
    { name: "tracking-table-max-keys", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807" },
    { name: "client-query-buffer-limit", type: "numeric", kind: "size_t", min: "1048576", max: "9223372036854775807", flags: ["memory"] },
    { name: "maxmemory-clients", type: "numeric", kind: "ssize_t", min: "-100", max: "9223372036854775807", flags: ["memory", "percent"] },
    { name: "repl-backlog-ttl", type: "numeric", kind: "time_t", min: "0", max: "9223372036854775807" },
    { name: "auto-aof-rewrite-min-size", type: "numeric", kind: "off_t", min: "0", max: "9223372036854775807", flags: ["memory"] },
    { name: "loading-process-events-interval-bytes", type: "numeric", kind: "off_t", min: "1024", max: "2147483647", hidden: true },
    { name: "tls-port", type: "numeric", kind: "int", min: "0", max: "65535" },
    { name: "tls-session-cache-size", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "tls-session-cache-timeout", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "tls-cluster", type: "bool" },
    { name: "tls-replication", type: "bool" },
    { name: "tls-auth-clients", type: "enum", values: ["no", "yes", "optional"] },
    { name: "tls-prefer-server-ciphers", type: "bool" },
    { name: "tls-session-caching", type: "bool" },
    { name: "tls-cert-file", type: "string", emptyIsNull: true },
    { name: "tls-key-file", type: "string", emptyIsNull: true },
    { name: "tls-key-file-pass", type: "string", emptyIsNull: true },
    { name: "tls-client-cert-file", type: "string", emptyIsNull: true },
    { name: "tls-client-key-file", type: "string", emptyIsNull: true },
    { name: "tls-client-key-file-pass", type: "string", emptyIsNull: true },
    { name: "tls-dh-params-file", type: "string", emptyIsNull: true },
    { name: "tls-ca-cert-file", type: "string", emptyIsNull: true },
    { name: "tls-ca-cert-dir", type: "string", emptyIsNull: true },
    { name: "tls-protocols", type: "string", emptyIsNull: true },
    { name: "tls-ciphers", type: "string", emptyIsNull: true },
    { name: "tls-ciphersuites", type: "string", emptyIsNull: true },
    { name: "dir", type: "special" },
    { name: "save", type: "special", multiArg: true },
    { name: "client-output-buffer-limit", type: "special", multiArg: true },
    { name: "oom-score-adj-values", type: "special", multiArg: true },
    { name: "notify-keyspace-events", type: "special" },
    { name: "bind", type: "special", multiArg: true },
    { name: "replicaof", alias: "slaveof", type: "special", multiArg: true },
    { name: "latency-tracking-info-percentiles", type: "special", multiArg: true }
  ]
};

// src/sources/conf/directives/redis-6.2.ts
var DELTA = {
  product: "redis",
  version: "6.2",
  base: "redis-7.0",
  source: "redis/redis tag 6.2.16",
  deprecated: ["list-max-ziplist-entries", "list-max-ziplist-value"],
  remove: ["aof-timestamp-enabled", "cluster-allow-pubsubshard-when-down", "latency-tracking", "aof-disable-auto-gc", "replica-ignore-disk-write-errors", "cluster-announce-hostname", "appenddirname", "bind-source-addr", "enable-protected-configs", "enable-debug-command", "enable-module-command", "cluster-preferred-endpoint-type", "propagation-error-behavior", "shutdown-on-sigint", "shutdown-on-sigterm", "list-max-listpack-size", "cluster-port", "watchdog-period", "shutdown-timeout", "repl-diskless-sync-max-replicas", "socket-mark-id", "busy-reply-threshold", "cluster-link-sendbuf-limit", "hash-max-listpack-entries", "zset-max-listpack-entries", "hash-max-listpack-value", "zset-max-listpack-value", "maxmemory-clients", "loading-process-events-interval-bytes", "latency-tracking-info-percentiles"],
  set: [
    { name: "lua-replicate-commands", type: "bool" },
    { name: "gopher-enabled", type: "bool" },
    { name: "use-exit-on-panic", type: "bool" },
    { name: "list-max-ziplist-size", type: "numeric", kind: "int", min: "-2147483648", max: "2147483647" },
    { name: "rdb-key-save-delay", type: "numeric", kind: "int", min: "-2147483648", max: "2147483647" },
    { name: "key-load-delay", type: "numeric", kind: "int", min: "-2147483648", max: "2147483647" },
    { name: "lua-time-limit", type: "numeric", kind: "long-long", min: "0", max: "9223372036854775807" },
    { name: "hash-max-ziplist-entries", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807" },
    { name: "zset-max-ziplist-entries", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807" },
    { name: "hash-max-ziplist-value", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807", flags: ["memory"] },
    { name: "zset-max-ziplist-value", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807", flags: ["memory"] },
    { name: "bind", type: "special", multiArg: true, handler: "bind-6.2", argc: [2, 0] },
    { name: "unixsocketperm", type: "special", handler: "unixsocketperm-6.2", argc: [2, 2] },
    { name: "save", type: "special", multiArg: true, handler: "save-6.2", argc: [1, 0] },
    { name: "dir", type: "special", argc: [2, 2] },
    { name: "logfile", type: "special", handler: "logfile", argc: [2, 2] },
    { name: "replicaof", alias: "slaveof", type: "special", multiArg: true, argc: [3, 3] },
    { name: "cluster-config-file", type: "special", handler: "string", argc: [2, 2] },
    { name: "client-output-buffer-limit", type: "special", multiArg: true, handler: "client-output-buffer-limit-6.2", argc: [5, 5] },
    { name: "oom-score-adj-values", type: "special", multiArg: true, argc: [4, 4] },
    { name: "notify-keyspace-events", type: "special", handler: "notify-keyspace-events-6.2", argc: [2, 2] }
  ]
};

// src/sources/conf/directives/redis-7.2.ts
var DELTA2 = {
  product: "redis",
  version: "7.2",
  base: "redis-7.0",
  source: "redis/redis tag 7.2.6",
  deprecated: ["list-max-ziplist-entries", "list-max-ziplist-value", "lua-replicate-commands"],
  remove: [],
  set: [
    { name: "aof-disable-auto-gc", type: "bool", hidden: true },
    { name: "cluster-announce-human-nodename", type: "string", emptyIsNull: true, check: "nodename" },
    { name: "locale-collate", type: "string" },
    { name: "loglevel", type: "enum", values: ["debug", "verbose", "notice", "warning", "nothing"] },
    { name: "cluster-ping-interval", type: "numeric", kind: "long-long", min: "0", max: "9223372036854775807", hidden: true },
    { name: "set-max-listpack-entries", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807" },
    { name: "set-max-listpack-value", type: "numeric", kind: "size_t", min: "0", max: "9223372036854775807" }
  ]
};

// src/sources/conf/directives/redis-7.4.ts
var DELTA3 = {
  product: "redis",
  version: "7.4",
  base: "redis-7.2",
  source: "redis/redis tag 7.4.1",
  deprecated: ["list-max-ziplist-entries", "list-max-ziplist-value", "lua-replicate-commands"],
  remove: ["server_cpulist", "bio_cpulist", "aof_rewrite_cpulist", "bgsave_cpulist"],
  set: [
    { name: "hide-user-data-from-log", type: "bool" },
    { name: "server-cpulist", alias: "server_cpulist", type: "string", emptyIsNull: true },
    { name: "bio-cpulist", alias: "bio_cpulist", type: "string", emptyIsNull: true },
    { name: "aof-rewrite-cpulist", alias: "aof_rewrite_cpulist", type: "string", emptyIsNull: true },
    { name: "bgsave-cpulist", alias: "bgsave_cpulist", type: "string", emptyIsNull: true },
    { name: "maxmemory-samples", type: "numeric", kind: "int", min: "1", max: "64" },
    { name: "max-new-connections-per-cycle", type: "numeric", kind: "uint", min: "1", max: "1000" },
    { name: "max-new-tls-connections-per-cycle", type: "numeric", kind: "uint", min: "1", max: "1000" }
  ]
};

// src/sources/conf/directives/redis-8.0.ts
var DELTA4 = {
  product: "redis",
  version: "8.0",
  base: "redis-7.4",
  source: "redis/redis branch 8.0 at 30eb6c3 (8.0-M01, version 7.9.224)",
  deprecated: ["list-max-ziplist-entries", "list-max-ziplist-value", "lua-replicate-commands"],
  remove: [],
  set: []
};

// src/sources/conf/directives/valkey-7.2.ts
var DELTA5 = {
  product: "valkey",
  version: "7.2",
  base: "redis-7.2",
  source: "valkey-io/valkey tag 7.2.7",
  deprecated: ["list-max-ziplist-entries", "list-max-ziplist-value", "lua-replicate-commands"],
  remove: [],
  set: []
};

// src/sources/conf/directives/valkey-8.0.ts
var DELTA6 = {
  product: "valkey",
  version: "8.0",
  base: "valkey-7.2",
  source: "valkey-io/valkey tag 8.0.1",
  deprecated: ["list-max-ziplist-entries", "list-max-ziplist-value", "lua-replicate-commands"],
  remove: ["masteruser", "server_cpulist", "bio_cpulist", "aof_rewrite_cpulist", "bgsave_cpulist", "masterauth"],
  set: [
    { name: "dual-channel-replication-enabled", type: "bool" },
    { name: "extended-redis-compatibility", type: "bool" },
    { name: "enable-debug-assert", type: "bool", hidden: true },
    { name: "cluster-slot-stats-enabled", type: "bool" },
    { name: "hide-user-data-from-log", type: "bool" },
    { name: "unixsocketgroup", type: "string", emptyIsNull: true },
    { name: "primaryuser", alias: "masteruser", type: "string", emptyIsNull: true },
    { name: "cluster-announce-client-ipv4", type: "string", emptyIsNull: true, check: "ipv4" },
    { name: "cluster-announce-client-ipv6", type: "string", emptyIsNull: true, check: "ipv6" },
    { name: "cluster-config-file", type: "string", check: "cluster-config-file" },
    { name: "server-cpulist", alias: "server_cpulist", type: "string", emptyIsNull: true },
    { name: "bio-cpulist", alias: "bio_cpulist", type: "string", emptyIsNull: true },
    { name: "aof-rewrite-cpulist", alias: "aof_rewrite_cpulist", type: "string", emptyIsNull: true },
    { name: "bgsave-cpulist", alias: "bgsave_cpulist", type: "string", emptyIsNull: true },
    { name: "debug-context", type: "string", hidden: true },
    { name: "primaryauth", alias: "masterauth", type: "string", emptyIsNull: true },
    { name: "availability-zone", type: "string" },
    { name: "events-per-io-thread", type: "numeric", kind: "int", min: "0", max: "2147483647" },
    { name: "prefetch-batch-max-size", type: "numeric", kind: "int", min: "0", max: "128" },
    { name: "maxmemory-samples", type: "numeric", kind: "int", min: "1", max: "64" },
    { name: "max-new-connections-per-cycle", type: "numeric", kind: "uint", min: "1", max: "1000" },
    { name: "max-new-tls-connections-per-cycle", type: "numeric", kind: "uint", min: "1", max: "1000" },
    { name: "cluster-blacklist-ttl", type: "numeric", kind: "ulong", min: "0", max: "18446744073709551615" }
  ]
};

// src/sources/conf/directives/index.ts
var DELTAS = [DELTA, DELTA2, DELTA3, DELTA4, DELTA5, DELTA6];
function parseVersion(version) {
  const [major = 0, minor = 0] = version.split(".").map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor];
}
function compareVersions(a, b) {
  const [am, an] = parseVersion(a);
  const [bm, bn] = parseVersion(b);
  return am - bm || an - bn;
}
function index(key, table) {
  const byName = /* @__PURE__ */ new Map();
  for (const d of table.directives) {
    byName.set(d.name, d);
    if (d.alias) byName.set(d.alias, d);
  }
  return { ...table, key, byName, deprecatedNames: new Set(table.deprecated) };
}
var built = /* @__PURE__ */ new Map([["redis-7.0", index("redis-7.0", TABLE)]]);
function build(key) {
  const done = built.get(key);
  if (done) return done;
  const delta = DELTAS.find((d) => `${d.product}-${d.version}` === key);
  if (!delta) throw new Error(`no directive table ${key}`);
  const base = build(delta.base);
  const removed = new Set(delta.remove);
  const replaced = new Map(delta.set.map((d) => [d.name, d]));
  const directives = base.directives.filter((d) => !removed.has(d.name)).map((d) => replaced.get(d.name) ?? d);
  const known2 = new Set(directives.map((d) => d.name));
  directives.push(...delta.set.filter((d) => !known2.has(d.name)));
  const table = index(key, {
    product: delta.product,
    version: delta.version,
    source: delta.source,
    deprecated: delta.deprecated,
    directives
  });
  built.set(key, table);
  return table;
}
var VERSIONS = {
  redis: [DELTA, TABLE, DELTA2, DELTA3, DELTA4].map((t) => t.version),
  valkey: [DELTA5, DELTA6].map((t) => t.version)
};
function tableFor(product, version) {
  const versions = VERSIONS[product];
  const usable = versions.filter((v) => compareVersions(v, version) <= 0);
  return build(`${product}-${usable.at(-1) ?? versions[0]}`);
}
var productTitle = (product) => product === "redis" ? "Redis" : "Valkey";
function otherVersionNote(name, product, version) {
  const has = (p, v) => {
    const t = build(`${p}-${v}`);
    return t.byName.has(name) || t.deprecatedNames.has(name);
  };
  const versions = VERSIONS[product];
  const later = versions.find((v) => compareVersions(v, version) > 0 && has(product, v));
  if (later) return `${name} was added in ${productTitle(product)} ${later}`;
  const earlier = versions.filter((v) => compareVersions(v, version) <= 0 && has(product, v)).at(-1);
  if (earlier) {
    const gone = versions.find((v) => compareVersions(v, earlier) > 0 && !has(product, v));
    return `${name} was removed in ${productTitle(product)} ${gone}`;
  }
  const other = product === "redis" ? "valkey" : "redis";
  const there = VERSIONS[other].find((v) => has(other, v));
  return there ? `${name} is a ${productTitle(other)} ${there} directive` : void 0;
}

// src/sources/conf/acl-rules.ts
import { createHash } from "node:crypto";

// src/sources/conf/directives/commands-data.ts
var COMMANDS_BASE = {
  server: ["acl", "acl|cat", "acl|deluser", "acl|dryrun", "acl|genpass", "acl|getuser", "acl|help", "acl|list", "acl|load", "acl|log", "acl|save", "acl|setuser", "acl|users", "acl|whoami", "append", "asking", "auth", "bgrewriteaof", "bgsave", "bitcount", "bitfield", "bitfield_ro", "bitop", "bitpos", "blmove", "blmpop", "blpop", "brpop", "brpoplpush", "bzmpop", "bzpopmax", "bzpopmin", "client", "client|caching", "client|getname", "client|getredir", "client|help", "client|id", "client|info", "client|kill", "client|list", "client|no-evict", "client|pause", "client|reply", "client|setname", "client|tracking", "client|trackinginfo", "client|unblock", "client|unpause", "cluster", "cluster|addslots", "cluster|addslotsrange", "cluster|bumpepoch", "cluster|count-failure-reports", "cluster|countkeysinslot", "cluster|delslots", "cluster|delslotsrange", "cluster|failover", "cluster|flushslots", "cluster|forget", "cluster|getkeysinslot", "cluster|help", "cluster|info", "cluster|keyslot", "cluster|links", "cluster|meet", "cluster|myid", "cluster|nodes", "cluster|replicas", "cluster|replicate", "cluster|reset", "cluster|saveconfig", "cluster|set-config-epoch", "cluster|setslot", "cluster|shards", "cluster|slaves", "cluster|slots", "command", "command|count", "command|docs", "command|getkeys", "command|getkeysandflags", "command|help", "command|info", "command|list", "config", "config|get", "config|help", "config|resetstat", "config|rewrite", "config|set", "copy", "dbsize", "debug", "decr", "decrby", "del", "discard", "dump", "echo", "eval", "eval_ro", "evalsha", "evalsha_ro", "exec", "exists", "expire", "expireat", "expiretime", "failover", "fcall", "fcall_ro", "flushall", "flushdb", "function", "function|delete", "function|dump", "function|flush", "function|help", "function|kill", "function|list", "function|load", "function|restore", "function|stats", "geoadd", "geodist", "geohash", "geopos", "georadius", "georadius_ro", "georadiusbymember", "georadiusbymember_ro", "geosearch", "geosearchstore", "get", "getbit", "getdel", "getex", "getrange", "getset", "hdel", "hello", "hexists", "hget", "hgetall", "hincrby", "hincrbyfloat", "hkeys", "hlen", "hmget", "hmset", "hrandfield", "hscan", "hset", "hsetnx", "hstrlen", "hvals", "incr", "incrby", "incrbyfloat", "info", "keys", "lastsave", "latency", "latency|doctor", "latency|graph", "latency|help", "latency|histogram", "latency|history", "latency|latest", "latency|reset", "lcs", "lindex", "linsert", "llen", "lmove", "lmpop", "lolwut", "lpop", "lpos", "lpush", "lpushx", "lrange", "lrem", "lset", "ltrim", "memory", "memory|doctor", "memory|help", "memory|malloc-stats", "memory|purge", "memory|stats", "memory|usage", "mget", "migrate", "module", "module|help", "module|list", "module|load", "module|loadex", "module|unload", "monitor", "move", "mset", "msetnx", "multi", "object", "object|encoding", "object|freq", "object|help", "object|idletime", "object|refcount", "persist", "pexpire", "pexpireat", "pexpiretime", "pfadd", "pfcount", "pfdebug", "pfmerge", "pfselftest", "ping", "psetex", "psubscribe", "psync", "pttl", "publish", "pubsub", "pubsub|channels", "pubsub|help", "pubsub|numpat", "pubsub|numsub", "pubsub|shardchannels", "pubsub|shardnumsub", "punsubscribe", "quit", "randomkey", "readonly", "readwrite", "rename", "renamenx", "replconf", "replicaof", "reset", "restore", "restore-asking", "role", "rpop", "rpoplpush", "rpush", "rpushx", "sadd", "save", "scan", "scard", "script", "script|debug", "script|exists", "script|flush", "script|help", "script|kill", "script|load", "sdiff", "sdiffstore", "select", "set", "setbit", "setex", "setnx", "setrange", "shutdown", "sinter", "sintercard", "sinterstore", "sismember", "slaveof", "slowlog", "slowlog|get", "slowlog|help", "slowlog|len", "slowlog|reset", "smembers", "smismember", "smove", "sort", "sort_ro", "spop", "spublish", "srandmember", "srem", "sscan", "ssubscribe", "strlen", "subscribe", "substr", "sunion", "sunionstore", "sunsubscribe", "swapdb", "sync", "time", "touch", "ttl", "type", "unlink", "unsubscribe", "unwatch", "wait", "watch", "xack", "xadd", "xautoclaim", "xclaim", "xdel", "xgroup", "xgroup|create", "xgroup|createconsumer", "xgroup|delconsumer", "xgroup|destroy", "xgroup|help", "xgroup|setid", "xinfo", "xinfo|consumers", "xinfo|groups", "xinfo|help", "xinfo|stream", "xlen", "xpending", "xrange", "xread", "xreadgroup", "xrevrange", "xsetid", "xtrim", "zadd", "zcard", "zcount", "zdiff", "zdiffstore", "zincrby", "zinter", "zintercard", "zinterstore", "zlexcount", "zmpop", "zmscore", "zpopmax", "zpopmin", "zrandmember", "zrange", "zrangebylex", "zrangebyscore", "zrangestore", "zrank", "zrem", "zremrangebylex", "zremrangebyrank", "zremrangebyscore", "zrevrange", "zrevrangebylex", "zrevrangebyscore", "zrevrank", "zscan", "zscore", "zunion", "zunionstore"],
  sentinel: ["acl", "acl|cat", "acl|deluser", "acl|dryrun", "acl|genpass", "acl|getuser", "acl|help", "acl|list", "acl|load", "acl|log", "acl|save", "acl|setuser", "acl|users", "acl|whoami", "auth", "client", "client|caching", "client|getname", "client|getredir", "client|help", "client|id", "client|info", "client|kill", "client|list", "client|no-evict", "client|pause", "client|reply", "client|setname", "client|tracking", "client|trackinginfo", "client|unblock", "client|unpause", "command", "command|count", "command|docs", "command|getkeys", "command|getkeysandflags", "command|help", "command|info", "command|list", "hello", "info", "ping", "psubscribe", "publish", "punsubscribe", "role", "sentinel", "sentinel|ckquorum", "sentinel|config", "sentinel|debug", "sentinel|failover", "sentinel|flushconfig", "sentinel|get-master-addr-by-name", "sentinel|help", "sentinel|info-cache", "sentinel|is-master-down-by-addr", "sentinel|master", "sentinel|masters", "sentinel|monitor", "sentinel|myid", "sentinel|pending-scripts", "sentinel|remove", "sentinel|replicas", "sentinel|reset", "sentinel|sentinels", "sentinel|set", "sentinel|simulate-failure", "sentinel|slaves", "shutdown", "subscribe", "unsubscribe"],
  categories: ["keyspace", "read", "write", "set", "sortedset", "list", "hash", "string", "bitmap", "hyperloglog", "geo", "stream", "pubsub", "admin", "fast", "slow", "blocking", "dangerous", "connection", "transaction", "scripting"]
};
var COMMAND_DELTAS = {
  "redis-6.2": {
    server: { "add": ["host:", "post", "stralgo"], "remove": ["acl|cat", "acl|deluser", "acl|dryrun", "acl|genpass", "acl|getuser", "acl|help", "acl|list", "acl|load", "acl|log", "acl|save", "acl|setuser", "acl|users", "acl|whoami", "blmpop", "bzmpop", "client|caching", "client|getname", "client|getredir", "client|help", "client|id", "client|info", "client|kill", "client|list", "client|no-evict", "client|pause", "client|reply", "client|setname", "client|tracking", "client|trackinginfo", "client|unblock", "client|unpause", "cluster|addslots", "cluster|addslotsrange", "cluster|bumpepoch", "cluster|count-failure-reports", "cluster|countkeysinslot", "cluster|delslots", "cluster|delslotsrange", "cluster|failover", "cluster|flushslots", "cluster|forget", "cluster|getkeysinslot", "cluster|help", "cluster|info", "cluster|keyslot", "cluster|links", "cluster|meet", "cluster|myid", "cluster|nodes", "cluster|replicas", "cluster|replicate", "cluster|reset", "cluster|saveconfig", "cluster|set-config-epoch", "cluster|setslot", "cluster|shards", "cluster|slaves", "cluster|slots", "command|count", "command|docs", "command|getkeys", "command|getkeysandflags", "command|help", "command|info", "command|list", "config|get", "config|help", "config|resetstat", "config|rewrite", "config|set", "eval_ro", "evalsha_ro", "expiretime", "fcall", "fcall_ro", "function", "function|delete", "function|dump", "function|flush", "function|help", "function|kill", "function|list", "function|load", "function|restore", "function|stats", "latency|doctor", "latency|graph", "latency|help", "latency|histogram", "latency|history", "latency|latest", "latency|reset", "lcs", "lmpop", "memory|doctor", "memory|help", "memory|malloc-stats", "memory|purge", "memory|stats", "memory|usage", "module|help", "module|list", "module|load", "module|loadex", "module|unload", "object|encoding", "object|freq", "object|help", "object|idletime", "object|refcount", "pexpiretime", "pubsub|channels", "pubsub|help", "pubsub|numpat", "pubsub|numsub", "pubsub|shardchannels", "pubsub|shardnumsub", "quit", "script|debug", "script|exists", "script|flush", "script|help", "script|kill", "script|load", "sintercard", "slowlog|get", "slowlog|help", "slowlog|len", "slowlog|reset", "sort_ro", "spublish", "ssubscribe", "sunsubscribe", "xgroup|create", "xgroup|createconsumer", "xgroup|delconsumer", "xgroup|destroy", "xgroup|help", "xgroup|setid", "xinfo|consumers", "xinfo|groups", "xinfo|help", "xinfo|stream", "zintercard", "zmpop"] },
    sentinel: { "add": [], "remove": ["acl|cat", "acl|deluser", "acl|dryrun", "acl|genpass", "acl|getuser", "acl|help", "acl|list", "acl|load", "acl|log", "acl|save", "acl|setuser", "acl|users", "acl|whoami", "client|caching", "client|getname", "client|getredir", "client|help", "client|id", "client|info", "client|kill", "client|list", "client|no-evict", "client|pause", "client|reply", "client|setname", "client|tracking", "client|trackinginfo", "client|unblock", "client|unpause", "command|count", "command|docs", "command|getkeys", "command|getkeysandflags", "command|help", "command|info", "command|list", "sentinel|ckquorum", "sentinel|config", "sentinel|debug", "sentinel|failover", "sentinel|flushconfig", "sentinel|get-master-addr-by-name", "sentinel|help", "sentinel|info-cache", "sentinel|is-master-down-by-addr", "sentinel|master", "sentinel|masters", "sentinel|monitor", "sentinel|myid", "sentinel|pending-scripts", "sentinel|remove", "sentinel|replicas", "sentinel|reset", "sentinel|sentinels", "sentinel|set", "sentinel|simulate-failure", "sentinel|slaves"] },
    categories: { "add": [], "remove": [] }
  },
  "redis-7.2": {
    server: { "add": ["client|no-touch", "client|setinfo", "cluster|myshardid", "waitaof"], "remove": [] },
    sentinel: { "add": ["client|setinfo"], "remove": [] },
    categories: { "add": [], "remove": [] }
  },
  "redis-7.4": {
    server: { "add": ["client|no-touch", "client|setinfo", "cluster|myshardid", "hexpire", "hexpireat", "hexpiretime", "hpersist", "hpexpire", "hpexpireat", "hpexpiretime", "hpttl", "httl", "waitaof"], "remove": [] },
    sentinel: { "add": ["client|setinfo"], "remove": [] },
    categories: { "add": [], "remove": [] }
  },
  "redis-8.0": {
    server: { "add": ["client|no-touch", "client|setinfo", "cluster|myshardid", "hexpire", "hexpireat", "hexpiretime", "hpersist", "hpexpire", "hpexpireat", "hpexpiretime", "hpttl", "httl", "waitaof"], "remove": [] },
    sentinel: { "add": ["client|setinfo"], "remove": [] },
    categories: { "add": [], "remove": [] }
  },
  "valkey-7.2": {
    server: { "add": ["client|no-touch", "client|setinfo", "cluster|myshardid", "waitaof"], "remove": [] },
    sentinel: { "add": ["client|setinfo"], "remove": [] },
    categories: { "add": [], "remove": [] }
  },
  "valkey-8.0": {
    server: { "add": ["client|capa", "client|no-touch", "client|setinfo", "cluster|myshardid", "cluster|slot-stats", "script|show", "waitaof"], "remove": [] },
    sentinel: { "add": ["client|setinfo", "sentinel|get-primary-addr-by-name", "sentinel|is-primary-down-by-addr", "sentinel|primaries", "sentinel|primary"], "remove": [] },
    categories: { "add": [], "remove": [] }
  }
};

// src/sources/conf/memory.ts
var U64 = 2n ** 64n;
var LLONG_MAX = 2n ** 63n - 1n;
var LLONG_MIN = -(2n ** 63n);
var cString = (s) => {
  const nul = s.indexOf("\0");
  return nul === -1 ? s : s.slice(0, nul);
};
var asciiLower = (s) => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\v" || c === "\f" || c === "\r";
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
var UNITS = {
  "": 1n,
  b: 1n,
  k: 1000n,
  kb: 1024n,
  m: 1000n ** 2n,
  mb: 1024n ** 2n,
  g: 1000n ** 3n,
  gb: 1024n ** 3n
};
function memtoullExact(text) {
  const p = cString(text);
  if (p.startsWith("-")) return void 0;
  let u = 0;
  while (isDigit(p[u])) u++;
  const mul = UNITS[asciiLower(p.slice(u))];
  if (mul === void 0 || u >= 128) return void 0;
  let val = u === 0 ? 0n : BigInt(p.slice(0, u));
  if (val >= U64) val = U64 - 1n;
  return val * mul % U64;
}
function memtollExact(text) {
  const p = cString(text);
  let u = p.startsWith("-") ? 1 : 0;
  while (isDigit(p[u])) u++;
  const mul = UNITS[asciiLower(p.slice(u))];
  if (mul === void 0 || u >= 128) return void 0;
  const digits = strtoll(p.slice(0, u), 10);
  if (digits.end !== u) return void 0;
  return BigInt.asIntN(64, digits.value * mul);
}
function string2ll(s) {
  if (s.length === 0 || s.length >= 21) return void 0;
  if (s === "0") return 0n;
  const match = /^(-?)([1-9][0-9]*)$/.exec(s);
  if (!match) return void 0;
  const value = match[1] ? -BigInt(match[2]) : BigInt(match[2]);
  return value > LLONG_MAX || value < LLONG_MIN ? void 0 : value;
}
function strtoll(text, base) {
  const s = cString(text);
  let i = 0;
  while (isSpace(s[i])) i++;
  let negative = false;
  if (s[i] === "+" || s[i] === "-") negative = s[i++] === "-";
  const start = i;
  const max = base === 8 ? "7" : "9";
  while (i < s.length && s[i] >= "0" && s[i] <= max) i++;
  if (i === start) return { value: 0n, end: 0, overflow: false };
  let value = 0n;
  for (const c of s.slice(start, i)) value = value * BigInt(base) + BigInt(c.charCodeAt(0) - 48);
  if (negative) value = -value;
  if (value > LLONG_MAX) return { value: LLONG_MAX, end: i, overflow: true };
  if (value < LLONG_MIN) return { value: LLONG_MIN, end: i, overflow: true };
  return { value, end: i, overflow: false };
}
var strtollWhole = (text, r) => {
  const s = cString(text);
  return r.end === s.length || r.end === 0 && s.length === 0;
};
function atoi(text) {
  return Number(BigInt.asIntN(32, strtoll(text, 10).value));
}
function string2d(text) {
  if (text.length === 0 || isSpace(text[0]) || text.includes("\0")) return void 0;
  const m = /^[+-]?(?:(inf(?:inity)?)|(nan(?:\([0-9A-Za-z_]*\))?)|0[xX]([0-9a-fA-F]*\.?[0-9a-fA-F]*)(?:[pP]([+-]?\d+))?|(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/i.exec(text);
  if (!m) return void 0;
  const negative = text.startsWith("-");
  if (m[1]) return negative ? -Infinity : Infinity;
  if (m[2]) return void 0;
  let value;
  let nonZeroDigits;
  if (m[3] !== void 0) {
    const [int = "", frac = ""] = m[3].split(".");
    if (int.length + frac.length === 0) return void 0;
    const mantissa = parseInt(int || "0", 16) + (frac ? parseInt(frac, 16) / 16 ** frac.length : 0);
    value = mantissa * 2 ** Number(m[4] ?? 0);
    nonZeroDigits = /[1-9a-fA-F]/.test(int + frac);
  } else {
    value = Math.abs(Number(text));
    nonZeroDigits = /[1-9]/.test(m[5]);
  }
  if (!Number.isFinite(value)) return void 0;
  if (value === 0 && nonZeroDigits) return void 0;
  return negative ? -value : value;
}

// src/sources/conf/commands.ts
var cache = /* @__PURE__ */ new Map();
function commandTable(target, mode) {
  const key = `${tableFor(target.product, target.version).key}/${mode}`;
  const done = cache.get(key);
  if (done) return done;
  const tableKey = key.split("/")[0];
  const delta = COMMAND_DELTAS[tableKey];
  const names = new Set(COMMANDS_BASE[mode]);
  const categories = new Set(COMMANDS_BASE.categories);
  if (delta) {
    for (const n of delta[mode].remove) names.delete(n);
    for (const n of delta[mode].add) names.add(n);
    for (const n of delta.categories.remove) categories.delete(n);
    for (const n of delta.categories.add) categories.add(n);
  }
  const commands = /* @__PURE__ */ new Map();
  for (const name of [...names].sort()) {
    const [container, sub] = name.split("|");
    if (!commands.has(container)) commands.set(container, /* @__PURE__ */ new Set());
    if (sub !== void 0) commands.get(container).add(sub);
  }
  const [p, v] = tableKey.split("-");
  const table = { commands, categories, legacy: p === "redis" && compareVersions(v, "7.0") < 0 };
  cache.set(key, table);
  return table;
}
function lookupCommand(table, text, names = identity(table)) {
  if (text === "") return void 0;
  if (table.legacy) {
    const original2 = names.get(asciiLower(text));
    return original2 === void 0 ? void 0 : { kind: "command", name: original2, container: false };
  }
  const parts = text.split("|");
  if (parts.length > 2) return void 0;
  const original = names.get(asciiLower(parts[0]));
  if (original === void 0) return void 0;
  const subs = table.commands.get(original);
  if (parts.length === 1) return { kind: "command", name: original, container: subs.size > 0 };
  const sub = asciiLower(parts[1]);
  return subs.has(sub) ? { kind: "subcommand", name: `${original}|${sub}` } : void 0;
}
var identities = /* @__PURE__ */ new WeakMap();
function identity(table) {
  let map = identities.get(table);
  if (!map) {
    map = new Map([...table.commands.keys()].map((n) => [n, n]));
    identities.set(table, map);
  }
  return map;
}
function createRenameTracker(target, mode) {
  const table = commandTable(target, mode);
  const inUse = new Map(identity(table));
  return {
    rename(args) {
      const [, from = "", to = ""] = args;
      const found = lookupCommand(table, from, inUse);
      if (!found) return { message: "No such command in rename-command", argIndex: 1 };
      if (found.kind === "subcommand") {
        return { message: "=== ASSERTION FAILED === 'retval == DICT_OK' is not true", argIndex: 1 };
      }
      inUse.delete(asciiLower(from));
      if (to === "") return void 0;
      if (inUse.has(asciiLower(to))) return { message: "Target command name already exists", argIndex: 2 };
      inUse.set(asciiLower(to), found.name);
      return void 0;
    }
  };
}

// src/sources/conf/acl-rules.ts
var MESSAGES = {
  ENOENT: "Unknown command or category name in ACL",
  EINVAL: "Syntax error",
  EEXIST: "Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any effect. Try 'resetkeys' to start with an empty list of patterns",
  EISDIR: "Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any effect. Try 'resetchannels' to start with an empty list of channels",
  ENODEV: "The password you are trying to remove from the user does not exist",
  EBADMSG: "The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters",
  EALREADY: "Duplicate user found. A user can only be defined once in config files",
  ECHILD: "Allowing first-arg of a subcommand is not supported"
};
var hasSpaces = (s) => /[ \t\n\v\f\r\0]/.test(s);
var isHash = (s) => /^[0-9a-f]{64}$/.test(s);
var sha256 = (s) => createHash("sha256").update(s, "utf8").digest("hex");
var newUser = (env) => ({ passwords: /* @__PURE__ */ new Set(), root: { allKeys: false, allChannels: env.allChannels } });
function setSelector(sel, op, env) {
  const lower = asciiLower(op);
  if (lower === "allkeys" || op === "~*") {
    sel.allKeys = true;
    return void 0;
  }
  if (lower === "resetkeys") {
    sel.allKeys = false;
    return void 0;
  }
  if (lower === "allchannels" || op === "&*") {
    sel.allChannels = true;
    return void 0;
  }
  if (lower === "resetchannels") {
    sel.allChannels = false;
    return void 0;
  }
  if (["allcommands", "+@all", "nocommands", "-@all"].includes(lower)) return void 0;
  if (op[0] === "~" || op[0] === "%" && !env.legacy) {
    if (sel.allKeys) return "EEXIST";
    let offset = 1;
    if (op[0] === "%") {
      const seen = /* @__PURE__ */ new Set();
      for (; offset < op.length; offset++) {
        const c = op[offset];
        const letter = c === "r" ? "R" : c === "w" ? "W" : c;
        if ((letter === "R" || letter === "W") && !seen.has(letter)) seen.add(letter);
        else if (op[offset] === "~" && seen.size > 0) {
          offset++;
          break;
        } else return "EINVAL";
      }
      if (seen.size === 0) return "EINVAL";
    }
    if (hasSpaces(op.slice(offset))) return "EINVAL";
    sel.allKeys = false;
    return void 0;
  }
  if (op[0] === "&") {
    if (sel.allChannels) return "EISDIR";
    if (hasSpaces(op.slice(1))) return "EINVAL";
    sel.allChannels = false;
    return void 0;
  }
  if ((op[0] === "+" || op[0] === "-") && op[1] === "@") {
    return env.commands.categories.has(asciiLower(op.slice(2))) ? void 0 : "ENOENT";
  }
  if (op[0] === "+") return allowCommand(op.slice(1), env);
  if (op[0] === "-") return lookupCommand(env.commands, op.slice(1)) ? void 0 : "ENOENT";
  return "EINVAL";
}
function allowCommand(name, env) {
  const bar = env.legacy ? name.indexOf("|") : name.lastIndexOf("|");
  if (bar === -1) return lookupCommand(env.commands, name) ? void 0 : "ENOENT";
  const cmd = lookupCommand(env.commands, name.slice(0, bar));
  if (!cmd) return "ENOENT";
  if (cmd.kind === "subcommand") return "ECHILD";
  if (bar === name.length - 1) return "EINVAL";
  if (!env.legacy && cmd.container) return lookupCommand(env.commands, name) ? void 0 : "ENOENT";
  return void 0;
}
function setUser(u, op, env) {
  if (op === "") return void 0;
  const lower = asciiLower(op);
  if (["on", "off", "skip-sanitize-payload", "sanitize-payload"].includes(lower)) return void 0;
  if (lower === "nopass" || lower === "resetpass") {
    u.passwords.clear();
    return void 0;
  }
  if (op[0] === ">" || op[0] === "#") {
    if (op[0] === "#" && !isHash(op.slice(1))) return "EBADMSG";
    u.passwords.add(op[0] === ">" ? sha256(op.slice(1)) : op.slice(1));
    return void 0;
  }
  if (op[0] === "<" || op[0] === "!") {
    if (op[0] === "!" && !isHash(op.slice(1))) return "EBADMSG";
    return u.passwords.delete(op[0] === "<" ? sha256(op.slice(1)) : op.slice(1)) ? void 0 : "ENODEV";
  }
  if (!env.legacy && op[0] === "(" && op.endsWith(")")) {
    const sel = { allKeys: false, allChannels: env.allChannels };
    for (const inner of splitSelector(op.slice(1, -1))) {
      const err = setSelector(sel, inner, env);
      if (err) return err;
    }
    return void 0;
  }
  if (!env.legacy && lower === "clearselectors") return void 0;
  if (lower === "reset") {
    u.passwords.clear();
    u.root = { allKeys: false, allChannels: env.allChannels };
    return void 0;
  }
  return setSelector(u.root, op, env);
}
function splitSelector(body) {
  const tokens = body.match(/"(?:\\.|[^"\\])*"|'(?:\\'|[^'])*'|\S+/g) ?? [];
  return tokens.map((t) => t.startsWith('"') || t.startsWith("'") ? t.slice(1, -1) : t);
}
function aclEnv(target, mode, allChannels) {
  const commands = commandTable(target, mode);
  const legacy = target.product === "redis" && compareVersions(target.version, "7.0") < 0;
  return { commands, legacy, allChannels: allChannels ?? legacy };
}
function userSecretIndexes(args) {
  const out = [];
  for (let i = 2; i < args.length; i++) if (/^[><#!]/.test(args[i])) out.push(i);
  return out;
}
function checkUserLine(args, target, options) {
  const env = aclEnv(target, options.mode, options.allChannels);
  const name = args[1];
  const secret = new Set(userSecretIndexes(args));
  const declaration = (printed, errno, at) => ({
    message: `Error in user declaration '${secret.has(printed) ? "\xABredacted\xBB" : args[printed]}': ${MESSAGES[errno]}`,
    argIndex: at
  });
  if (!env.legacy && options.declared?.has(name)) return declaration(1, "EALREADY", 1);
  const merged = env.legacy ? args.slice(2).map((rule, i) => ({ rule, at: i + 2 })) : mergeSelectors(args.slice(2));
  if (!Array.isArray(merged)) {
    return declaration(merged.open, "ENOENT", merged.open + 2);
  }
  const user = newUser(env);
  let unknown;
  for (const [j, { rule, at }] of merged.entries()) {
    const err = setUser(user, rule, env);
    if (err === "ENOENT") unknown ??= { rule, at };
    else if (err) return declaration(env.legacy ? at : j, err, at);
  }
  options.declared?.add(name);
  if (hasSpaces(name)) return { message: "Spaces not allowed in ACL usernames", argIndex: 1 };
  if (unknown) {
    const rule = unknown.rule.split(" ").map((t) => /^\(?[><#!]/.test(t) ? "\xABredacted\xBB" : t).join(" ");
    return {
      message: `Error loading ACL rule '${rule}' for the user named '${name}': ${MESSAGES.ENOENT}`,
      argIndex: unknown.at
    };
  }
  return void 0;
}
function mergeSelectors(rules) {
  const out = [];
  let open = -1;
  let selector = "";
  for (const [j, op] of rules.entries()) {
    if (op[0] === "(" && !op.endsWith(")")) {
      open = j;
      selector = op;
      continue;
    }
    if (open !== -1) {
      selector += " " + op;
      if (op.endsWith(")")) {
        out.push({ rule: selector, at: open + 2 });
        open = -1;
      }
      continue;
    }
    out.push({ rule: op, at: j + 2 });
  }
  return open === -1 ? out : { open };
}

// src/sources/conf/directives/set-value.ts
var isLegacy = (ctx) => ctx.product === "redis" && compareVersions(ctx.version, "7.0") < 0;
var isValkeyAtLeast = (ctx, version) => ctx.product === "valkey" && compareVersions(ctx.version, version) >= 0;
var LOADBUF = (text) => text.slice(0, 255);
var yesno = (value) => {
  const v = asciiLower(cString(value));
  return v === "yes" ? true : v === "no" ? false : void 0;
};
function setTyped(d, values, ctx) {
  switch (d.type) {
    case "bool": {
      if (yesno(values[0]) === void 0) return { message: "argument must be 'yes' or 'no'", at: 0 };
      return void 0;
    }
    case "string":
      return checkString(d.check, values[0], ctx);
    case "enum":
      return setEnum(d, values, ctx);
    case "numeric":
      return setNumeric(d, values[0], ctx);
    case "special":
      return void 0;
  }
}
function setEnum(d, values, ctx) {
  const names = new Set(d.values.map(asciiLower));
  const countOk = d.multiArg ? values.length > 0 : values.length === 1;
  const bad = values.findIndex((v) => !names.has(asciiLower(cString(v))));
  if (!countOk || bad !== -1) {
    const prefix = isLegacy(ctx) ? "argument must be one of the following: " : "argument(s) must be one of the following: ";
    return { message: LOADBUF(prefix + d.values.join(", ")), at: countOk ? bad : void 0 };
  }
  if (d.check === "shutdown-flags") {
    const set = new Set(values.map((v) => asciiLower(cString(v))));
    if (set.has("save") && set.has("nosave")) {
      return { message: "shutdown options SAVE and NOSAVE can't be used simultaneously" };
    }
  }
  return void 0;
}
var UNSIGNED = /* @__PURE__ */ new Set(["ulong-long", "uint", "size_t"]);
function setNumeric(d, value, ctx) {
  const flags = d.flags ?? [];
  const parsed = isLegacy(ctx) ? parseNumeric62(flags, value) : parseNumeric(flags, value);
  if (typeof parsed === "string") return { message: parsed, at: 0 };
  const min = BigInt(d.min);
  const max = BigInt(d.max);
  const unsigned = UNSIGNED.has(d.kind) || d.kind === "ulong" && isValkeyAtLeast(ctx, "8.0");
  if (unsigned) {
    const ull = BigInt.asUintN(64, parsed);
    if (ull > BigInt.asUintN(64, max) || ull < BigInt.asUintN(64, min)) {
      const show = (n) => BigInt.asUintN(64, n).toString(flags.includes("octal") ? 8 : 10);
      return { message: `argument must be between ${show(min)} and ${show(max)} inclusive`, at: 0 };
    }
    return void 0;
  }
  if (flags.includes("percent") && parsed < 0n) {
    if (parsed < min) return { message: `percentage argument must be less or equal to ${-min}`, at: 0 };
    return void 0;
  }
  if (parsed > max || parsed < min) return { message: `argument must be between ${min} and ${max} inclusive`, at: 0 };
  return void 0;
}
function parseNumeric(flags, value) {
  if (flags.includes("memory")) {
    const bytes = memtoullExact(value);
    if (bytes !== void 0) return BigInt.asIntN(64, bytes);
  }
  if (flags.includes("percent") && value.length > 1 && value.endsWith("%")) {
    const percent = string2ll(value.slice(0, -1));
    if (percent !== void 0 && percent >= 0n) return -percent;
  }
  if (flags.includes("octal")) {
    const r = strtoll(value, 8);
    if (!r.overflow && strtollWhole(value, r)) return r.value;
  }
  if (flags.length === 0) {
    const n = string2ll(value);
    if (n !== void 0) return n;
  }
  if (flags.includes("memory") && flags.includes("percent")) return "argument must be a memory or percent value";
  if (flags.includes("memory")) return "argument must be a memory value";
  if (flags.includes("octal")) return "argument couldn't be parsed as an octal number";
  return "argument couldn't be parsed into an integer";
}
function parseNumeric62(flags, value) {
  if (flags.includes("memory")) {
    const bytes = memtollExact(value);
    return bytes === void 0 || bytes < 0n ? "argument must be a memory value" : bytes;
  }
  return string2ll(value) ?? "argument couldn't be parsed into an integer";
}
function checkString(check, raw, ctx) {
  const value = cString(raw);
  const refuse2 = (message) => ({ message, at: 0 });
  const isPath = value.includes("/") || value.includes("\\");
  switch (check) {
    case "dbfilename":
      if (value === "" && isValkeyAtLeast(ctx, "8.0")) return refuse2("dbfilename can't be empty");
      return isPath ? refuse2("dbfilename can't be a path, just a filename") : void 0;
    case "appendfilename":
      if (value === "") return refuse2("appendfilename can't be empty");
      return isPath ? refuse2("appendfilename can't be a path, just a filename") : void 0;
    case "appenddirname":
      if (value === "") return refuse2("appenddirname can't be empty");
      return isPath ? refuse2("appenddirname can't be a path, just a dirname") : void 0;
    case "cluster-config-file":
      return value === "" ? refuse2("cluster-config-file can't be empty") : void 0;
    case "hostname":
      if (value.length >= 256) return refuse2("Hostnames must be less than 256 characters");
      return /^[A-Za-z0-9.-]*$/.test(value) ? void 0 : refuse2("Hostnames may only contain alphanumeric characters, hyphens or dots");
    case "nodename":
      return /[!#$%&()*+:;<>?@[\]^{|}~\0]/.test(raw) ? refuse2("Announced human node name contained invalid character") : void 0;
    case "ipv4":
      return value === "" || isIPv4(value) ? void 0 : refuse2("Invalid IPv4 address");
    case "ipv6":
      return value === "" || isIPv6(value) ? void 0 : refuse2("Invalid IPv6 address");
    case "proc-title-template":
      return isValidProcTitleTemplate(value, ctx) ? void 0 : refuse2("template format is invalid or contains unknown variables");
    default:
      return void 0;
  }
}
function isIPv4(s) {
  const parts = s.split(".");
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}
function isIPv6(s) {
  let text = s;
  let groupsNeeded = 8;
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    if (!isIPv4(text.slice(lastColon + 1))) return false;
    text = text.slice(0, lastColon + 1) + "0:0";
  }
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = (h) => h === "" ? [] : h.split(":");
  const all = halves.flatMap(groups);
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? all.length < groupsNeeded : all.length === groupsNeeded;
}
function isValidProcTitleTemplate(template, ctx) {
  const variables = {
    title: "",
    "listen-addr": "*:6379",
    "server-mode": ctx.mode === "sentinel" ? "[sentinel]" : "",
    "config-file": "-",
    port: "6379",
    "tls-port": "0",
    unixsocket: "?"
  };
  let out = "";
  let p = 0;
  while (p < template.length) {
    const open = template.indexOf("{", p);
    if (open === -1) {
      out += template.slice(p);
      break;
    }
    out += template.slice(p, open);
    if (open + 1 >= template.length) return false;
    if (template[open + 1] === "{") {
      out += "{";
      p = open + 2;
      continue;
    }
    const close = template.indexOf("}", open + 1);
    if (close === -1) return false;
    const value = variables[template.slice(open + 1, close)];
    if (value === void 0) return false;
    out += value;
    p = close + 1;
  }
  return out.replace(/^ +| +$/g, "") !== "";
}

// src/sources/conf/directives/set-special.ts
var wrongCount = { message: "wrong number of arguments" };
var isWhole = (value, base) => {
  const r = strtoll(value, base);
  return { ...r, whole: strtollWhole(value, r) };
};
function isLimitClass(name) {
  const n = asciiLower(cString(name));
  return n === "normal" || n === "slave" || n === "replica" || n === "pubsub";
}
var EVENT_CLASSES_70 = "Ag$lshzxeKEtmdn";
var EVENT_CLASSES_62 = "Ag$lshzxeKEtmd";
var SPECIAL_SETS = {
  dir(values, ctx) {
    if (values.length !== 1) return wrongCount;
    if (isValkeyAtLeast(ctx, "8.0") && cString(values[0]) === "") return { message: "dir can't be empty", at: 0 };
    return void 0;
  },
  save(values) {
    const args = values.length === 1 && cString(values[0]) === "" ? [] : values;
    if (args.length % 2 === 1) return { message: "Invalid save parameters" };
    const bad = args.findIndex((value, j) => {
      const r = isWhole(value, 10);
      return !r.whole || (j % 2 === 0 ? r.value < 1n : r.value < 0n);
    });
    return bad === -1 ? void 0 : { message: "Invalid save parameters", at: bad };
  },
  "save-6.2"(values) {
    if (values.length === 2) {
      const [seconds, changes] = values.map(atoi);
      if (seconds < 1 || changes < 0) return { message: "Invalid save parameters" };
    }
    return void 0;
  },
  "client-output-buffer-limit"(values) {
    if (values.length % 4) return { message: "Wrong number of arguments in buffer limit configuration." };
    for (let j = 0; j < values.length; j += 4) {
      if (!isLimitClass(values[j])) {
        return { message: "Invalid client class specified in buffer limit configuration.", at: j };
      }
      const seconds = isWhole(values[j + 3], 10);
      if (memtoullExact(values[j + 1]) === void 0 || memtoullExact(values[j + 2]) === void 0 || BigInt.asIntN(32, seconds.value) < 0n || !seconds.whole) {
        return { message: "Error in hard, soft or soft_seconds setting in buffer limit configuration." };
      }
    }
    return void 0;
  },
  "client-output-buffer-limit-6.2"(values) {
    if (!isLimitClass(values[0])) {
      return {
        message: "Unrecognized client limit class: the user specified an invalid one, or 'master' which has no buffer limits.",
        at: 0
      };
    }
    if (atoi(values[3]) < 0) return { message: "Negative number of seconds in soft limit is invalid", at: 3 };
    return void 0;
  },
  "oom-score-adj-values"(values) {
    if (values.length !== 3) return wrongCount;
    const bad = values.findIndex((value) => {
      const r = isWhole(value, 10);
      return !r.whole || r.value < -2000n || r.value > 2000n;
    });
    return bad === -1 ? void 0 : { message: "Invalid oom-score-adj-values, elements must be between -2000 and 2000.", at: bad };
  },
  "notify-keyspace-events"(values) {
    if (values.length !== 1) return wrongCount;
    return [...cString(values[0])].every((c) => EVENT_CLASSES_70.includes(c)) ? void 0 : { message: "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.", at: 0 };
  },
  "notify-keyspace-events-6.2"(values) {
    return [...cString(values[0])].every((c) => EVENT_CLASSES_62.includes(c)) ? void 0 : { message: "Invalid event class character. Use 'g$lshzxeA'.", at: 0 };
  },
  bind(values) {
    return values.length > 16 ? { message: "Too many bind addresses specified.", at: 16 } : void 0;
  },
  "bind-6.2"(values) {
    return values.length > 16 ? { message: "Too many bind addresses specified", at: 16 } : void 0;
  },
  replicaof(values, ctx) {
    if (values.length !== 2) return wrongCount;
    const [host, port] = values;
    if (asciiLower(cString(host)) === "no" && asciiLower(cString(port)) === "one") return void 0;
    const r = isWhole(port, 10);
    const value = BigInt.asIntN(32, r.value);
    if (value < 0n || value > 65535n || !r.whole) {
      return { message: isValkeyAtLeast(ctx, "8.0") ? "Invalid primary port" : "Invalid master port", at: 1 };
    }
    return void 0;
  },
  "latency-tracking-info-percentiles"(values) {
    if (values.length === 1 && values[0] === "") return void 0;
    for (const [j, value] of values.entries()) {
      const percentile = string2d(value);
      if (percentile === void 0) return { message: "Invalid latency-tracking-info-percentiles parameters", at: j };
      if (percentile > 100 || percentile < 0) {
        return { message: "latency-tracking-info-percentiles parameters should sit between [0.0,100.0]", at: j };
      }
    }
    return void 0;
  },
  "unixsocketperm-6.2"(values) {
    const r = strtoll(values[0], 8);
    return r.overflow || BigInt.asUintN(32, r.value) > 0o777n ? { message: "Invalid socket file permissions", at: 0 } : void 0;
  },
  logfile: () => void 0,
  // 6.2 opens it while parsing; that depends on the machine
  string: () => void 0
};

// src/sources/conf/validate-directive.ts
function createLoadContext(target, mode) {
  return { renames: createRenameTracker(target, mode), users: /* @__PURE__ */ new Set(), lines: 0, last: /* @__PURE__ */ new Map(), loadmodule: false };
}
function finishLoad(context) {
  const problems = [];
  const { last } = context;
  const cluster = last.get("cluster-enabled");
  const replicaof = last.get("replicaof");
  if (cluster && yesno(cluster.values[0]) && replicaof) {
    problems.push({ message: "replicaof directive not allowed in cluster mode", line: replicaof.line });
  }
  const bind = last.get("bind");
  const port = last.get("port");
  const tls = last.get("tls-port");
  const noTcp = bind !== void 0 && (bind.values.length === 0 || bind.values.length === 1 && bind.values[0] === "");
  const isZero = (entry) => entry !== void 0 && /^0$/.test(entry.values[0]);
  const unixsocket = last.get("unixsocket");
  if ((noTcp || isZero(port)) && (noTcp || !tls || isZero(tls)) && !(unixsocket && unixsocket.values[0] !== "")) {
    problems.push({ message: "Configured to not listen anywhere, exiting.", line: noTcp ? bind.line : port.line });
  }
  if (context.moduleConfigAt !== void 0 && !context.loadmodule) {
    problems.push({
      message: "Module Configuration detected without loadmodule directive or no ApplyConfig call: aborting",
      line: context.moduleConfigAt
    });
  }
  return problems;
}
var REMEMBERED = /* @__PURE__ */ new Set(["cluster-enabled", "replicaof", "bind", "port", "tls-port", "unixsocket"]);
function remember(context, line, verdict, args) {
  if (!verdict.ok) return;
  const name = verdict.canonical;
  if (name === "loadmodule") context.loadmodule = true;
  else if (name.includes(".") && name !== "sentinel") context.moduleConfigAt ??= line;
  else if (REMEMBERED.has(name)) {
    let values = args.slice(1);
    if (values.length === 1 && values[0] !== "" && (name === "bind" || name === "replicaof")) {
      const split = splitArgs(values[0]);
      values = split.ok ? split.tokens.map((t) => t.value) : [];
    }
    if (name === "replicaof" && values.map(asciiLower).join(" ") === "no one") context.last.delete(name);
    else context.last.set(name, { line, values });
  }
}
var BAD_DIRECTIVE = "Bad directive or wrong number of arguments";
var refuse = (message, argIndex) => ({ ok: false, rule: "conf-parse-error", message, ...argIndex === void 0 ? {} : { argIndex } });
function validateDirective(args, target, mode, context) {
  let verdict = dispatch(args, target, mode, context);
  if (!verdict.ok && verdict.rule === "conf-parse-error") verdict = acceptedLater(args, target, mode, verdict, context);
  if (context) remember(context, context.lines++, verdict, args);
  return verdict;
}
function acceptedLater(args, target, mode, refusal, context) {
  const name = asciiLower(args[0] ?? "");
  if (name === "rename-command" || refusal.message.includes("Duplicate user")) return refusal;
  const used = tableFor(target.product, target.version).version;
  for (const version of VERSIONS[target.product]) {
    if (compareVersions(version, used) <= 0) continue;
    const later = { product: target.product, version };
    const fresh = createLoadContext(later, mode);
    fresh.allChannels = context?.allChannels;
    if (!dispatch(args, later, mode, fresh).ok) continue;
    const title = productTitle(target.product);
    return {
      ...refusal,
      rule: "conf-directive-unsupported",
      message: `${refusal.message} (accepted by ${title} ${version} and later; the target is ${title} ${parseVersion(target.version).join(".")})`
    };
  }
  return refusal;
}
function dispatch(args, target, mode, context) {
  if (args.length === 0) return refuse(BAD_DIRECTIVE);
  const name = asciiLower(args[0]);
  const table = tableFor(target.product, target.version);
  const ctx = { product: table.product, version: table.version, mode };
  const directive = table.byName.get(name);
  if (directive) {
    const verdict = setDirective(directive, name, args, ctx);
    if (verdict) {
      if (verdict.ok && directive.name === "acl-pubsub-default" && context) {
        context.allChannels = asciiLower(args[1]) === "allchannels";
      }
      return verdict;
    }
  } else if (table.deprecatedNames.has(name) && args.length === 2) {
    return { ok: true, canonical: name, deprecated: true };
  }
  return otherDirective(name, args, target, mode, table, context);
}
function setDirective(d, name, args, ctx) {
  const accepted = { ok: true, canonical: d.name, ...name !== d.name ? { alias: true } : {} };
  let values = args.slice(1);
  let resplit = false;
  if (d.type === "special" && d.argc) {
    const [min, max] = d.argc;
    if (args.length < min || max !== 0 && args.length > max) return void 0;
  } else if (!("multiArg" in d && d.multiArg)) {
    if (args.length !== 2) return refuse("wrong number of arguments");
  } else if (args.length === 2 && args[1] !== "" && !isLegacy(ctx)) {
    const split = splitArgs(args[1]);
    values = split.ok ? split.tokens.map((t) => t.value) : [];
    resplit = true;
  }
  const error = d.type === "special" ? SPECIAL_SETS[d.handler ?? d.name]?.(values, ctx) : setTyped(d, values, ctx);
  if (!error) return accepted;
  const argIndex = error.at === void 0 ? void 0 : resplit ? 1 : Math.min(error.at + 1, args.length - 1);
  return refuse(error.message, argIndex);
}
function otherDirective(name, args, target, mode, table, context) {
  const argc = args.length;
  if (name === "include" && argc === 2) return { ok: true, canonical: name };
  if (name === "rename-command" && argc === 3) {
    const error = (context?.renames ?? createRenameTracker(target, mode)).rename(args);
    return error ? refuse(error.message, error.argIndex) : { ok: true, canonical: name };
  }
  if (name === "user" && argc >= 2) {
    const error = checkUserLine(args, target, { mode, declared: context?.users, allChannels: context?.allChannels });
    return error ? refuse(error.message, error.argIndex) : { ok: true, canonical: name };
  }
  if (name === "loadmodule" && argc >= 2) return { ok: true, canonical: name };
  const ctx = { product: table.product, version: table.version, mode };
  if (name.includes(".") && !isLegacy(ctx)) {
    return argc < 2 ? refuse("Module config specified without value") : { ok: true, canonical: name };
  }
  if (name === "sentinel") {
    if (argc === 1 || mode === "sentinel") return { ok: true, canonical: name };
    return refuse("sentinel directive while not in sentinel mode", 0);
  }
  const note = table.byName.has(name) || table.deprecatedNames.has(name) ? void 0 : otherVersionNote(name, target.product, target.version);
  if (note) {
    return {
      ok: false,
      rule: "conf-directive-unsupported",
      argIndex: 0,
      message: `${BAD_DIRECTIVE} (${note}; the target is ${productTitle(target.product)} ${parseVersion(target.version).join(".")})`
    };
  }
  return refuse(BAD_DIRECTIVE, table.byName.has(name) || table.deprecatedNames.has(name) ? void 0 : 0);
}
var PASSWORD_DIRECTIVES = /* @__PURE__ */ new Set(["requirepass", "masterauth", "primaryauth", "tls-key-file-pass", "tls-client-key-file-pass"]);
function secretArgIndexes(args) {
  const name = asciiLower(args[0] ?? "");
  if (name === "user") return userSecretIndexes(args);
  if (PASSWORD_DIRECTIVES.has(name)) return args.map((_, i) => i).slice(1);
  return [];
}
function knownDirectives(target) {
  const table = tableFor(target.product, target.version);
  const names = /* @__PURE__ */ new Set([...table.byName.keys(), ...table.deprecatedNames]);
  for (const other of ["include", "rename-command", "user", "loadmodule", "sentinel"]) names.add(other);
  return [...names].sort();
}
function newestVersion(product) {
  return VERSIONS[product].at(-1);
}
var everyName;
function isKnownDirectiveName(word) {
  if (!everyName) {
    everyName = /* @__PURE__ */ new Set();
    for (const product of ["redis", "valkey"]) {
      for (const version of VERSIONS[product]) for (const n of knownDirectives({ product, version })) everyName.add(n);
    }
  }
  return everyName.has(asciiLower(word));
}

// src/sources/conf/conf-lines.ts
var TRIM = " 	\r\n";
function* confLines(file) {
  const { text, index: index2 } = file;
  const count = index2.lineStarts.length;
  for (let n = 1; n <= count; n++) {
    let start = index2.lineStart(n);
    let end = n < count ? index2.lineStart(n + 1) : text.length;
    while (start < end && TRIM.includes(text[start])) start++;
    while (end > start && TRIM.includes(text[end - 1])) end--;
    if (start === end || text[start] === "#") continue;
    const split = splitArgs(text.slice(start, end), start);
    const span = index2.span(start, end);
    if (!split.ok) {
      yield { ok: false, number: n, span, quoteSpan: index2.span(split.at, end) };
      continue;
    }
    if (split.tokens.length === 0) continue;
    const tokens = split.tokens.map((t) => ({ ...t, span: index2.span(t.start, t.end) }));
    yield { ok: true, number: n, span, tokens };
  }
}

// src/sources/conf/atoi.ts
var LONG_MAX = (1n << 63n) - 1n;
var LONG_MIN = -(1n << 63n);
function atoi2(text) {
  const match = /^[ \t\n\v\f\r]*([+-]?)(\d*)/.exec(text);
  const digits = match?.[2] ?? "";
  if (digits === "") return 0;
  let long = BigInt(digits.length > 30 ? "9".repeat(30) : digits);
  if (match?.[1] === "-") long = -long;
  if (long > LONG_MAX) long = LONG_MAX;
  if (long < LONG_MIN) long = LONG_MIN;
  return Number(BigInt.asIntN(32, long));
}

// src/sources/conf/sentinel-lines.ts
var PRE_MONITOR = /* @__PURE__ */ new Set([
  "announce-ip",
  "announce-port",
  "deny-scripts-reconfig",
  "sentinel-user",
  "sentinel-pass",
  "current-epoch",
  "myid",
  "resolve-hostnames",
  "announce-hostnames"
]);
var ARG_COUNTS = {
  monitor: [5],
  "down-after-milliseconds": [3],
  "failover-timeout": [3],
  "parallel-syncs": [3],
  "notification-script": [3],
  "client-reconfig-script": [3],
  "auth-pass": [3],
  "auth-user": [3],
  "current-epoch": [2],
  myid: [2],
  "config-epoch": [3],
  "leader-epoch": [3],
  "known-slave": [4],
  "known-replica": [4],
  "known-sentinel": [4, 5],
  "rename-command": [4],
  "announce-ip": [2],
  "announce-port": [2],
  "deny-scripts-reconfig": [2],
  "sentinel-user": [2],
  "sentinel-pass": [2],
  "resolve-hostnames": [2],
  "announce-hostnames": [2],
  "master-reboot-down-after-period": [3]
};
var PER_MASTER = /* @__PURE__ */ new Set([
  "down-after-milliseconds",
  "failover-timeout",
  "parallel-syncs",
  "notification-script",
  "client-reconfig-script",
  "auth-pass",
  "auth-user",
  "config-epoch",
  "leader-epoch",
  "known-slave",
  "known-replica",
  "known-sentinel",
  "rename-command",
  "master-reboot-down-after-period"
]);
function isSentinelArgCount(option, count) {
  return ARG_COUNTS[option]?.includes(count) ?? false;
}
var yesNo = (text) => text.toLowerCase() === "yes" ? 1 : text.toLowerCase() === "no" ? 0 : -1;
function checkSentinelLines(lines) {
  const monitors = [];
  const options = [];
  const problems = [];
  let current;
  const fail = (at, message, rule = "sentinel-parse-error") => {
    if (!current?.templated) problems.push({ rule, at, message });
  };
  const statements = lines.filter((line) => {
    current = line;
    const option = line.args[0].text.toLowerCase();
    const counts = ARG_COUNTS[option];
    if (counts && counts.includes(line.args.length)) return true;
    fail(line.lineSpan, "Unrecognized sentinel configuration statement.");
    return false;
  });
  const phase = (line) => {
    const option = line.args[0].text.toLowerCase();
    return option === "monitor" ? 1 : PRE_MONITOR.has(option) ? 0 : 2;
  };
  const ordered = [...statements].sort((a, b) => phase(a) - phase(b));
  let resolveHostnames = false;
  const masters = /* @__PURE__ */ new Set();
  const replicasByMaster = /* @__PURE__ */ new Map();
  const sentinelsByMaster = /* @__PURE__ */ new Map();
  const renamesByMaster = /* @__PURE__ */ new Map();
  for (const line of ordered) {
    current = line;
    const [optionArg, ...rest] = line.args;
    const option = optionArg.text.toLowerCase();
    if (option === "monitor") {
      const [name, host, port, quorum] = rest;
      const quorumValue = atoi2(quorum.text);
      const portValue = atoi2(port.text);
      if (quorumValue <= 0) fail(quorum.span, "Quorum must be 1 or greater.");
      else if (portValue < 0 || portValue > 65535) fail(port.span, "Invalid port number.");
      else if (!resolveHostnames && !isIpLiteral(host.text)) {
        fail(host.span, "Can't resolve instance hostname.", "sentinel-hostname-without-resolve");
      } else if (masters.has(name.text)) fail(name.span, "Duplicate master name.");
      masters.add(name.text);
      monitors.push({
        name,
        host,
        port: known(portValue, port.span),
        quorum: known(quorumValue, quorum.span),
        portArg: port,
        quorumArg: quorum,
        declaredAt: line.declaredAt
      });
      continue;
    }
    const master = PER_MASTER.has(option) ? rest[0] : void 0;
    options.push({ option: option === "known-slave" ? "known-replica" : option, master, args: master ? rest.slice(1) : rest, declaredAt: line.declaredAt });
    if (master && !masters.has(master.text)) {
      fail(master.span, "No such master with specified name.");
      continue;
    }
    const value = rest[rest.length - 1];
    switch (option) {
      case "down-after-milliseconds":
      case "failover-timeout":
        if (atoi2(value.text) <= 0) fail(value.span, "negative or zero time parameter.");
        break;
      case "master-reboot-down-after-period":
        if (atoi2(value.text) < 0) fail(value.span, "negative time parameter.");
        break;
      case "myid":
        if (value.text.length !== 40) fail(value.span, "Malformed Sentinel id in myid option.");
        break;
      case "deny-scripts-reconfig":
        if (yesNo(value.text) === -1) fail(value.span, "Please specify yes or no for the deny-scripts-reconfig options.");
        break;
      case "resolve-hostnames":
      case "announce-hostnames": {
        const flag = yesNo(value.text);
        if (flag === -1) fail(value.span, `Please specify yes or no for the ${option} option.`);
        else if (option === "resolve-hostnames") resolveHostnames = flag === 1;
        break;
      }
      case "known-slave":
      case "known-replica":
      case "known-sentinel": {
        if (option === "known-sentinel" && rest.length === 3) break;
        const [, host, port, runid] = rest;
        const portValue = atoi2(port.text);
        if (portValue < 0 || portValue > 65535) fail(port.span, "Invalid port number.");
        else if (!resolveHostnames && !isIpLiteral(host.text)) {
          fail(host.span, "Can't resolve instance hostname.", "sentinel-hostname-without-resolve");
        } else {
          const table = option === "known-sentinel" ? sentinelsByMaster : replicasByMaster;
          const seen = table.get(master.text) ?? /* @__PURE__ */ new Set();
          table.set(master.text, seen);
          const key = option === "known-sentinel" ? runid.text : `${host.text}:${portValue}`;
          if (seen.has(key)) {
            fail(line.lineSpan, option === "known-sentinel" ? "Duplicate runid for sentinel." : "Duplicate hostname and port for replica.");
          }
          seen.add(key);
        }
        break;
      }
      case "rename-command": {
        const renamed = renamesByMaster.get(master.text) ?? /* @__PURE__ */ new Set();
        renamesByMaster.set(master.text, renamed);
        const command = rest[1].text.toLowerCase();
        if (renamed.has(command)) fail(rest[1].span, "Same command renamed multiple times with rename-command.");
        renamed.add(command);
        break;
      }
      default:
        break;
    }
  }
  return { monitors, options, problems };
}
var SENTINEL_OPTION_SINCE = {
  "resolve-hostnames": "6.2",
  "announce-hostnames": "6.2",
  "sentinel-user": "6.2",
  "sentinel-pass": "6.2",
  "master-reboot-down-after-period": "7.0"
};

// src/sources/conf/include-path.ts
import { posix } from "node:path";
function resolveInclude(confRootPath, path, dirChanged, repoFiles) {
  if (path === "") return { kind: "missing" };
  if (dirChanged || path.startsWith("/") || /[*?[]/.test(path)) return { kind: "unknown" };
  const joined = posix.normalize(posix.join(posix.dirname(confRootPath), path));
  if (joined === ".." || joined.startsWith("../")) return { kind: "outside-root" };
  if (repoFiles.has(joined)) return { kind: "found", rootPath: joined };
  if (repoFiles.isIgnored?.(joined)) return { kind: "unknown" };
  const suffix = "/" + posix.normalize(path);
  for (const file of repoFiles) if (file.endsWith(suffix) || file === posix.normalize(path)) return { kind: "unknown" };
  return { kind: "missing" };
}

// src/sources/conf/version.ts
function versionAtLeast(version, since) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [sinceMajor = 0, sinceMinor = 0] = since.split(".").map(Number);
  return major > sinceMajor || major === sinceMajor && minor >= sinceMinor;
}

// src/sources/conf/parse-conf.ts
var SECRET_WORDS = /* @__PURE__ */ new Set(["requirepass", "masterauth", "primaryauth", "user", "sentinel"]);
var VALKEY_NAMES = { primaryauth: "masterauth", primaryuser: "masteruser" };
var SENTINEL_SECRET_OPTIONS = /* @__PURE__ */ new Set(["auth-pass", "sentinel-pass"]);
var ACL_PASSWORD_SIGN = /^[<>#!]/;
function arg(file, token, secret, isAclRule = false) {
  if (!secret) return { text: token.value, span: token.span, quoted: token.quoted };
  const sign = isAclRule && ACL_PASSWORD_SIGN.test(token.value) ? token.value[0] : "";
  if (!sign) {
    return { text: "\xABredacted\xBB", span: token.span, quoted: token.quoted, secret: new Secret(token.value, token.span) };
  }
  const raw = file.text.slice(token.start, token.end);
  const start = token.start + raw.indexOf(sign) + 1;
  const end = token.quoted && /["']$/.test(raw) ? token.end - 1 : token.end;
  const span = file.index.span(start, Math.max(start, end));
  return { text: `${sign}\xABredacted\xBB`, span: token.span, quoted: token.quoted, secret: new Secret(token.value.slice(1), span) };
}
function parseConf(file, target, repoFiles, lines = confLines(file)) {
  const mode = file.kind === "sentinel-conf" ? "sentinel" : "server";
  const server = mode === "sentinel" ? "redis-sentinel" : "redis-server";
  const facts = {
    file: file.path,
    kind: file.kind === "sentinel-conf" ? "sentinel-conf" : "redis-conf",
    directives: [],
    includes: [],
    monitors: [],
    sentinelOptions: [],
    rewrittenByServer: file.text.includes("# Generated by CONFIG REWRITE"),
    secrets: [],
    secretLineTails: []
  };
  const problems = [];
  const refuse2 = (at, words, rule = "conf-parse-error", hint = "") => problems.push({ rule, at, message: `${server} will not start: "${words}".${hint ? " " + hint : ""}` });
  const sentinelLines = [];
  let dirChanged = false;
  const templatedLines = /* @__PURE__ */ new Set();
  const context = createLoadContext(target, mode);
  const lineSpans = [];
  for (const line of lines) {
    if (!line.ok) {
      refuse2(
        line.quoteSpan,
        "Unbalanced quotes in configuration line",
        "conf-parse-error",
        "A closing quote must be followed by a space or the end of the line."
      );
      const firstWord = /^\S+/.exec(file.text.slice(file.index.lineStart(line.span.line) + line.span.column - 1))?.[0] ?? "";
      if (SECRET_WORDS.has(firstWord.toLowerCase())) {
        facts.secretLineTails.push({ ...line.span, column: line.span.column + firstWord.length });
      }
      continue;
    }
    const [name, ...rest] = line.tokens;
    const lower = name.value.toLowerCase();
    if (lower !== "proc-title-template" && rest.some((t) => hasTemplatePlaceholder(t.value))) templatedLines.add(line);
    if (lower.startsWith("\uFEFF")) {
      problems.push({
        rule: "conf-bom",
        at: name.span,
        message: `${server} will not start: the file begins with a UTF-8 byte order mark, which the server reads as part of the first directive ("Bad directive or wrong number of arguments"). Save the file as UTF-8 without BOM.`
      });
      continue;
    }
    if (lower === "sentinel") {
      if (rest.length === 0) continue;
      if (mode === "server") {
        refuse2(
          name.span,
          "sentinel directive while not in sentinel mode",
          "conf-parse-error",
          "Start this file with redis-sentinel, or move the sentinel lines to the Sentinel configuration."
        );
        continue;
      }
      const option = rest[0].value.toLowerCase();
      const secretAt = SENTINEL_SECRET_OPTIONS.has(option) ? rest.length - 1 : -1;
      const args2 = rest.map((token, i) => arg(file, token, i === secretAt && i > 0));
      for (const a of args2) if (a.secret) facts.secrets.push(a.secret);
      const at = inlineCommentAt(rest.map((t) => t.value), 1);
      if (at !== -1 && !isSentinelArgCount(option, rest.length)) {
        problems.push({
          rule: "conf-inline-comment",
          at: spanFrom(rest[at].span, line.span),
          message: `${server} will not start: "Unrecognized sentinel configuration statement.": there are no inline comments, so "#" and the words after it are read as more arguments. Put the comment on a line of its own.`
        });
        continue;
      }
      const since = SENTINEL_OPTION_SINCE[option];
      if (since && target.product === "redis" && !versionAtLeast(target.version, since)) {
        problems.push({
          rule: "conf-directive-unsupported",
          at: rest[0].span,
          message: `${server} ${target.version} will not start: "Unrecognized sentinel configuration statement.": sentinel ${option} was added in Redis ${since}.`
        });
        continue;
      }
      sentinelLines.push({ args: args2, declaredAt: line.span, lineSpan: line.span, templated: templatedLines.has(line) });
      continue;
    }
    const values = [lower, ...rest.map((t) => t.value)];
    const secretIndexes = new Set(secretArgIndexes(values));
    const args = rest.map((token, i) => arg(file, token, secretIndexes.has(i + 1), lower === "user"));
    for (const a of args) if (a.secret) facts.secrets.push(a.secret);
    lineSpans[context.lines] = line.span;
    const verdict = validateDirective(values, target, mode, context);
    const directive = {
      name: verdict.ok ? VALKEY_NAMES[verdict.canonical] ?? verdict.canonical : lower,
      written: lower,
      args,
      span: line.span,
      nameSpan: name.span,
      valid: verdict.ok,
      ...verdict.ok && verdict.deprecated ? { deprecated: true } : {}
    };
    facts.directives.push(directive);
    const commentAt = lower === "user" ? -1 : inlineCommentAt(values, 2);
    if (commentAt !== -1 && (!verdict.ok || directive.name === "bind")) {
      const without = validateDirective(values.slice(0, commentAt), target, mode);
      const words = verdict.ok ? "the extra arguments are taken as values" : verdict.message;
      problems.push({
        rule: "conf-inline-comment",
        at: spanFrom(line.tokens[commentAt].span, line.span),
        message: `${server} will not start: "${words}": redis.conf has no inline comments, so "#" and the words after it are read as more arguments${without.ok ? "" : " (the line has another problem too)"}. Put the comment on a line of its own.`
      });
      continue;
    }
    if (!verdict.ok && templatedLines.has(line)) continue;
    if (!verdict.ok) {
      const at = verdict.argIndex === void 0 ? line.span : line.tokens[verdict.argIndex]?.span ?? line.span;
      const rule = directive.name === "user" && verdict.rule === "conf-parse-error" ? "conf-acl-conflict" : verdict.rule;
      problems.push({ rule, at, message: `${server} will not start: "${verdict.message}".` });
      continue;
    }
    if (directive.name === "dir") dirChanged = true;
    if (directive.name === "include") {
      const include = includeFact(file, args[0], dirChanged, repoFiles, problems, server);
      if (include) facts.includes.push(include);
    }
  }
  for (const problem of finishLoad(context)) {
    const at = lineSpans[problem.line];
    if (at) refuse2(at, problem.message);
  }
  const sentinel = checkSentinelLines(sentinelLines);
  facts.monitors = sentinel.monitors;
  facts.sentinelOptions = sentinel.options;
  problems.push(...sentinel.problems.map((p) => ({ ...p, message: `${server} will not start: "${p.message}"` + hintFor(p.rule) })));
  return { facts, problems };
}
function hintFor(rule) {
  return rule === "sentinel-hostname-without-resolve" ? ' Sentinel only accepts IP addresses unless "sentinel resolve-hostnames yes" is set (even localhost is refused); add that line, or use the IP address.' : "";
}
function inlineCommentAt(values, from) {
  for (let i = from; i < values.length; i++) if (values[i].startsWith("#")) return i;
  return -1;
}
function spanFrom(from, to) {
  return { ...from, endLine: to.endLine, endColumn: to.endColumn };
}
function includeFact(file, path, dirChanged, repoFiles, problems, server) {
  const resolution = resolveInclude(file.rootPath, path.text, dirChanged, repoFiles);
  switch (resolution.kind) {
    case "found":
      return { path, resolved: resolution.rootPath };
    case "missing":
      problems.push({
        rule: "conf-include-missing",
        at: path.span,
        message: `${server} will not start: "Fatal error, can't open config file '${path.text}'": no such file next to ${file.path}. Add the file, or fix the path.`
      });
      return { path };
    case "outside-root":
      problems.push({
        rule: "path-outside-root",
        at: path.span,
        message: `The included file is outside the linted folder, so it was not read; settings that come from it are unknown.`
      });
      return { path };
    case "unknown":
      return { path };
  }
}

export {
  VERSIONS,
  newestVersion,
  isKnownDirectiveName,
  parseConf
};
