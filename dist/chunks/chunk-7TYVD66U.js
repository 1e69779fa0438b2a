#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/report/rule-examples.ts
var RULE_EXAMPLES = {
  "bind-optional-address": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\n# expect: bind-optional-address "no IPv6 loopback address"\nbind 127.0.0.1 ::1\nprotected-mode yes\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 127.0.0.1 -::1\nprotected-mode yes\n"
      }
    ]
  },
  "conf-acl-conflict": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\n# expect: conf-acl-conflict "Configuring Redis with users defined in redis.conf"\naclfile /etc/redis/users.acl\nuser worker on >worker-pw-8c1f ~celery* &* +@all\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\naclfile /etc/redis/users.acl\n"
      }
    ]
  },
  "conf-bom": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "\uFEFFport 6379\nappendonly yes\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nappendonly yes\n"
      }
    ]
  },
  "conf-directive-unsupported": {
    "bad": [
      {
        "file": ".sentinel-lint.yml",
        "text": 'settings:\n  redisVersion: "7.0"\n'
      },
      {
        "file": "redis.conf",
        "text": 'port 6379\n# locale-collate came with Redis 7.2.\n# expect: conf-directive-unsupported "7.2"\nlocale-collate ""\n'
      }
    ],
    "good": [
      {
        "file": ".sentinel-lint.yml",
        "text": 'settings:\n  redisVersion: "7.2"\n'
      },
      {
        "file": "redis.conf",
        "text": 'port 6379\nlocale-collate ""\n'
      }
    ]
  },
  "conf-duplicate-directive": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\n# expect: conf-duplicate-directive "set again on line 8"\nmaxmemory 100mb\nmaxmemory-policy noeviction\nappendonly yes\n\n# Raised for the new host\nmaxmemory 200mb\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nbind 127.0.0.1 -::1\nmaxmemory 1gb\nmaxmemory-policy noeviction\nsave 900 1\nsave 300 10\nuser default on nopass ~* &* +@all\nuser worker on >worker-pw-8c1f ~celery* &* +@all\nrename-command FLUSHALL ""\nrename-command FLUSHDB ""\nclient-output-buffer-limit replica 256mb 64mb 60\nclient-output-buffer-limit pubsub 32mb 8mb 60\n'
      }
    ]
  },
  "conf-ignored-directive": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6380\n# expect: conf-ignored-directive "accepted and ignored"\nlist-max-ziplist-entries 512\n# expect: conf-ignored-directive "old name of replicaof"\nslaveof 10.0.0.5 6379\n# expect: conf-ignored-directive "old name of replica-read-only"\nslave-read-only yes\n# expect: conf-ignored-directive "old name of hash-max-listpack-entries"\nhash-max-ziplist-entries 128\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6380\nlist-max-listpack-size -2\nreplicaof 10.0.0.5 6379\nreplica-read-only yes\nhash-max-listpack-entries 128\n"
      }
    ]
  },
  "conf-include-missing": {
    "bad": [
      {
        "file": "redis.conf",
        "text": `port 6379
# expect: conf-include-missing "can't open config file"
include common.conf
`
      }
    ],
    "good": [
      {
        "file": "common.conf",
        "text": "appendonly yes\nmaxmemory-policy noeviction\n"
      },
      {
        "file": "redis.conf",
        "text": "port 6379\ninclude common.conf\n"
      }
    ]
  },
  "conf-inline-comment": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\n# expect: conf-inline-comment "wrong number of arguments"\nmaxmemory 100mb # leave room for the OS\n# expect: conf-inline-comment "Invalid save parameters"\nsave 900 1 # hourly\n# expect: conf-inline-comment\nbind 127.0.0.1 # local only\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": 'port 6379\n# leave room for the OS\nmaxmemory 100mb\n# A password may start with "#": it is one argument, not a comment.\nrequirepass #not-a-comment-but-a-password\nrename-command CONFIG #renamed-config\n'
      }
    ]
  },
  "conf-memory-unit-ambiguous": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\n# 2g is 2 * 10^9 bytes, not 2 GiB\n# expect: conf-memory-unit-ambiguous "is 2000000000 bytes"\nmaxmemory 2g\nmaxmemory-policy noeviction\n# expect(+1): conf-memory-unit-ambiguous "256mb"\nclient-output-buffer-limit replica 256m 64mb 60\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nmaxmemory 2gb\nmaxmemory-policy noeviction\nmaxmemory-clients 10%\nrepl-backlog-size 64mb\nclient-output-buffer-limit replica 256mb 64mb 60\nclient-output-buffer-limit pubsub 32mb 8mb 60\n# 0 means no limit, and says so\nclient-output-buffer-limit normal 0 0 0\n"
      }
    ]
  },
  "conf-parse-error": {
    "bad": [
      {
        "file": "redis.conf",
        "text": `port 6379
# redis-server has no "tb" unit: the largest is gb.
# expect: conf-parse-error "argument must be a memory value"
maxmemory 1tb
# expect: conf-parse-error "argument must be 'yes' or 'no'"
appendonly true
# expect: conf-parse-error "argument must be between 0 and 65535 inclusive"
port 70000
`
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": '# Directive names are case-insensitive, booleans and enums too (E6).\nPORT 6379\nbind 127.0.0.1 -::1\nMAXMEMORY-POLICY NoEviction\nappendonly YES\nmaxmemory 512MB\nsave 900 1\nsave "300 10"\nrequirepass "a long passphrase with spaces"\n	dir ./\n'
      }
    ]
  },
  "conf-save-accumulates": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nsave 900 1\nappendonly yes\nappendfsync everysec\n# Snapshot more often under load\n# expect: conf-save-accumulates "after 900 s if at least 1 change, after 60 s"\nsave 60 10000\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 0.0.0.0\nsave 900 1\nsave 300 10\nsave 60 10000\nappendonly yes\n"
      }
    ]
  },
  "conf-unexpanded-variable": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\n# expect: conf-unexpanded-variable "Can\'t resolve instance hostname."\nsentinel monitor mymaster ${REDIS_MASTER_HOST} 6379 2\n# expect: conf-unexpanded-variable "negative or zero time parameter."\nsentinel down-after-milliseconds mymaster ${DOWN_AFTER_MS}\n# expect: conf-unexpanded-variable "Quorum must be 1 or greater."\nsentinel monitor othermaster 10.0.0.6 6379 ${SENTINEL_QUORUM}\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nrequirepass Broker-pw$2024-x9\ndir /data\nuser worker on >worker-pw-8c1f ~celery* &* +@all\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster Broker-pw$2024-x9\nsentinel parallel-syncs mymaster 1\n"
      }
    ]
  },
  "down-after-too-low": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# expect: down-after-too-low "is 500 ms"\nsentinel down-after-milliseconds mymaster 500\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ]
  },
  "failover-timeout-short": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\nsentinel parallel-syncs mymaster 1\n# expect: failover-timeout-short "is 10000 ms, under a minute"\nsentinel failover-timeout mymaster 10000\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\nsentinel failover-timeout mymaster 60000\n"
      }
    ]
  },
  "master-missing-masterauth": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": 'port 6379\nbind 10.0.0.1\nappendonly yes\n# expect: master-missing-masterauth "rejoins as a replica and loops"\nrequirepass Qm7vR2xN9kT4wLp8sYd3\n'
      },
      {
        "file": "redis-replica-1.conf",
        "text": "port 6379\nbind 10.0.0.2\nappendonly yes\nrequirepass Qm7vR2xN9kT4wLp8sYd3\nmasterauth Qm7vR2xN9kT4wLp8sYd3\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "redis-replica-2.conf",
        "text": "port 6379\nbind 10.0.0.3\nappendonly yes\nrequirepass Qm7vR2xN9kT4wLp8sYd3\nmasterauth Qm7vR2xN9kT4wLp8sYd3\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Qm7vR2xN9kT4wLp8sYd3\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Qm7vR2xN9kT4wLp8sYd3\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Qm7vR2xN9kT4wLp8sYd3\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\nrequirepass Qm7vR2xN9kT4wLp8sYd3\n# Needed once a failover has turned this node into a replica.\nmasterauth Qm7vR2xN9kT4wLp8sYd3\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nrequirepass Qm7vR2xN9kT4wLp8sYd3\nmasterauth Qm7vR2xN9kT4wLp8sYd3\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Qm7vR2xN9kT4wLp8sYd3\n"
      }
    ]
  },
  "master-name-mismatch": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\n# expect: master-name-mismatch "sentinel-3.conf calls the master at 10.0.0.5:6379"\nsentinel monitor redis-master 10.0.0.5 6379 2\n'
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel monitor cache 10.0.0.6 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel monitor cache 10.0.0.6 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel monitor cache 10.0.0.6 6379 2\n"
      }
    ]
  },
  "masterauth-mismatch": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\nrequirepass Hk3nW8qZ5tR1mXv7bLc2\nmasterauth Hk3nW8qZ5tR1mXv7bLc2\n"
      },
      {
        "file": "redis-replica.conf",
        "text": 'port 6379\nbind 10.0.0.2\nrequirepass Hk3nW8qZ5tR1mXv7bLc2\n# expect: masterauth-mismatch "is not the password of its master redis-master.conf"\nmasterauth Hk3nW8qZ5tR1mXv7bLc9\nreplicaof 10.0.0.1 6379\n'
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Hk3nW8qZ5tR1mXv7bLc2\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": 'port 6379\nbind 10.0.0.1\nrequirepass "Hk3nW8qZ5tR1mXv7bLc2"\nmasterauth Hk3nW8qZ5tR1mXv7bLc2\n'
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nrequirepass Hk3nW8qZ5tR1mXv7bLc2\nmasterauth 'Hk3nW8qZ5tR1mXv7bLc2'\nreplicaof 10.0.0.1 6379\n"
      }
    ]
  },
  "min-replicas-disabled": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nmin-replicas-to-write 1\n# expect: min-replicas-disabled "turns the min-replicas check off"\nmin-replicas-max-lag 0\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\n"
      }
    ]
  },
  "min-replicas-unsatisfiable": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": 'port 6379\nbind 0.0.0.0\nrequirepass Broker-Pass-4c9d2e\nmasterauth Broker-Pass-4c9d2e\n# expect: min-replicas-unsatisfiable "refuses every write"\nmin-replicas-to-write 3\nmin-replicas-max-lag 10\n'
      },
      {
        "file": "redis-replica-1.conf",
        "text": "port 6379\nbind 0.0.0.0\nreplicaof redis-master 6379\nrequirepass Broker-Pass-4c9d2e\nmasterauth Broker-Pass-4c9d2e\n"
      },
      {
        "file": "redis-replica-2.conf",
        "text": "port 6379\nbind 0.0.0.0\nreplicaof redis-master 6379\nrequirepass Broker-Pass-4c9d2e\nmasterauth Broker-Pass-4c9d2e\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 0.0.0.0\nrequirepass Broker-Pass-4c9d2e\nmasterauth Broker-Pass-4c9d2e\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\n"
      },
      {
        "file": "redis-replica-1.conf",
        "text": "port 6379\nbind 0.0.0.0\nreplicaof redis-master 6379\nrequirepass Broker-Pass-4c9d2e\nmasterauth Broker-Pass-4c9d2e\n"
      },
      {
        "file": "redis-replica-2.conf",
        "text": "port 6379\nbind 0.0.0.0\nreplicaof redis-master 6379\nrequirepass Broker-Pass-4c9d2e\nmasterauth Broker-Pass-4c9d2e\n"
      }
    ]
  },
  "no-auth-exposed": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nbind 0.0.0.0\n# expect: no-auth-exposed "without a password"\nprotected-mode no\nappendonly yes\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 0.0.0.0\nprotected-mode no\nrequirepass Broker-pw-5d8a22\n"
      }
    ]
  },
  "no-promotable-replica": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.5 127.0.0.1\n"
      },
      {
        "file": "redis-replica-1.conf",
        "text": 'port 6379\nbind 10.0.0.6 127.0.0.1\nreplicaof 10.0.0.5 6379\n# expect: no-promotable-replica "Every replica of mymaster in these files (redis-replica-1.conf and redis-replica-2.conf) has replica-priority 0"\nreplica-priority 0\n'
      },
      {
        "file": "redis-replica-2.conf",
        "text": "port 6379\nbind 10.0.0.7 127.0.0.1\nreplicaof 10.0.0.5 6379\n# expect: no-promotable-replica\nslave-priority 0\n"
      },
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.5 127.0.0.1\n"
      },
      {
        "file": "redis-replica-1.conf",
        "text": "port 6379\nbind 10.0.0.6 127.0.0.1\nreplicaof 10.0.0.5 6379\n# The backup copy must never become master; replica-2 can.\nreplica-priority 0\n"
      },
      {
        "file": "redis-replica-2.conf",
        "text": "port 6379\nbind 10.0.0.7 127.0.0.1\nreplicaof 10.0.0.5 6379\nreplica-priority 100\n"
      },
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "parse-error": {
    "bad": [],
    "good": [
      {
        "file": "redis.conf",
        "text": "# R\xE9glages du cache \u2014 commentaire en fran\xE7ais\nport 6379\nappendonly yes\n"
      }
    ]
  },
  "path-outside-root": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\n# expect: path-outside-root\ninclude ../../shared-settings.conf\n"
      }
    ],
    "good": [
      {
        "file": "conf/common.conf",
        "text": "appendonly yes\n"
      },
      {
        "file": "redis.conf",
        "text": "port 6379\ninclude conf/common.conf\n"
      }
    ]
  },
  "placeholder-password": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nbind 10.0.0.1\n# Copied from the example redis.conf.\n# expect: placeholder-password "well-known placeholder"\nrequirepass foobared\n# expect: placeholder-password "The masterauth password in redis.conf is a well-known placeholder"\nmasterauth foobared\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nbind 10.0.0.1\n# A long passphrase is fine, even with a dictionary word in it.\nrequirepass "correct horse battery staple password 1987"\nmasterauth "correct horse battery staple password 1987"\n'
      },
      {
        "file": "sentinel.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster "correct horse battery staple password 1987"\n'
      }
    ]
  },
  "promotion-asymmetry": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\nappendonly yes\nmaxmemory-policy noeviction\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\n"
      },
      {
        "file": "redis-replica.conf",
        "text": 'port 6379\nbind 10.0.0.2\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\n# expect: promotion-asymmetry "keeps the default appendonly no, but its master redis-master.conf sets yes"\n# expect: promotion-asymmetry "min-replicas-to-write 0"\nreplicaof 10.0.0.1 6379\n'
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Fs8mW3qX6tK1zR9vNp4c\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": 'port 6379\nbind 10.0.0.1\n\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\nappendonly yes\nmaxmemory-policy noeviction\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\nrename-command FLUSHALL ""\n'
      },
      {
        "file": "redis-replica-1.conf",
        "text": 'port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\nappendonly yes\nmaxmemory-policy noeviction\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\nrename-command FLUSHALL ""\n'
      },
      {
        "file": "redis-replica-2.conf",
        "text": 'port 6379\nbind 10.0.0.3\nreplicaof 10.0.0.1 6379\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\nappendonly yes\nmaxmemory-policy noeviction\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\nrename-command FLUSHALL ""\n'
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Fs8mW3qX6tK1zR9vNp4c\n"
      }
    ]
  },
  "protected-mode-false-safety": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nbind 0.0.0.0\n# expect: protected-mode-false-safety "protected mode ignores bind"\nprotected-mode yes\nappendonly yes\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 0.0.0.0\nprotected-mode yes\nrequirepass Broker-pw-5d8a22\n"
      }
    ]
  },
  "quorum-above-majority": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": 'port 26379\n# expect: quorum-above-majority "survives the loss of no Sentinel instead of 1 Sentinel"\nsentinel monitor mymaster 10.0.0.5 6379 3\n'
      },
      {
        "file": "sentinel-2.conf",
        "text": 'port 26379\n# expect: quorum-above-majority "survives the loss of no Sentinel instead of 1 Sentinel"\nsentinel monitor mymaster 10.0.0.5 6379 3\n'
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\n# expect: quorum-above-majority "survives the loss of no Sentinel instead of 1 Sentinel"\nsentinel monitor mymaster 10.0.0.5 6379 3\n'
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "quorum-below-majority": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": 'port 26379\n# expect: quorum-below-majority "one Sentinel that loses sight of the master"\nsentinel monitor mymaster 10.0.0.5 6379 1\n'
      },
      {
        "file": "sentinel-2.conf",
        "text": 'port 26379\n# expect: quorum-below-majority "one Sentinel that loses sight of the master"\nsentinel monitor mymaster 10.0.0.5 6379 1\n'
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\n# expect: quorum-below-majority "one Sentinel that loses sight of the master"\nsentinel monitor mymaster 10.0.0.5 6379 1\n'
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "quorum-exceeds-sentinels": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": 'port 26379\n# expect: quorum-exceeds-sentinels "quorum 4 needs 4 Sentinels, only 3"\nsentinel monitor mymaster 10.0.0.5 6379 4\nsentinel down-after-milliseconds mymaster 5000\n'
      },
      {
        "file": "sentinel-2.conf",
        "text": 'port 26379\n# expect: quorum-exceeds-sentinels "quorum 4 needs 4 Sentinels, only 3"\nsentinel monitor mymaster 10.0.0.5 6379 4\nsentinel down-after-milliseconds mymaster 5000\n'
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\n# expect: quorum-exceeds-sentinels "quorum 4 needs 4 Sentinels, only 3"\nsentinel monitor mymaster 10.0.0.5 6379 4\nsentinel down-after-milliseconds mymaster 5000\n'
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ]
  },
  "rename-command-breaks-sentinel": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": 'port 6379\nbind 10.0.0.1\n# Hardening from a security checklist.\n# expect: rename-command-breaks-sentinel "renames CONFIG, but sentinel-1.conf, sentinel-2.conf do not send it under that name"\nrename-command CONFIG cfg-7f3a9c2e\nrename-command FLUSHALL ""\n'
      },
      {
        "file": "redis-replica.conf",
        "text": 'port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\n# expect: rename-command-breaks-sentinel "renames CONFIG"\nrename-command CONFIG cfg-7f3a9c2e\nrename-command FLUSHALL ""\n'
      },
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\n\nrename-command CONFIG cfg-7f3a9c2e\nrename-command SLAVEOF replicate-4b8e1d\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\nrename-command CONFIG cfg-7f3a9c2e\nrename-command SLAVEOF replicate-4b8e1d\n"
      },
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel rename-command mymaster CONFIG cfg-7f3a9c2e\nsentinel rename-command mymaster slaveof REPLICATE-4B8E1D\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel rename-command mymaster CONFIG cfg-7f3a9c2e\nsentinel rename-command mymaster slaveof REPLICATE-4B8E1D\n"
      }
    ]
  },
  "replica-writable": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\nrequirepass 6dT9xKq2mVw8LzR4pYc1\nmasterauth 6dT9xKq2mVw8LzR4pYc1\n"
      },
      {
        "file": "redis-replica.conf",
        "text": 'port 6379\nbind 10.0.0.2\nrequirepass 6dT9xKq2mVw8LzR4pYc1\nmasterauth 6dT9xKq2mVw8LzR4pYc1\nreplicaof 10.0.0.1 6379\n# Lets the reporting job write temporary keys here.\n# expect: replica-writable "accepts writes that the master never sees"\nreplica-read-only no\n'
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster 6dT9xKq2mVw8LzR4pYc1\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\nreplica-read-only yes\n"
      },
      {
        "file": "reports/redis-scratch.conf",
        "text": "port 6380\nbind 10.0.0.9\n# A scratch copy of the analytics server, which no Sentinel monitors.\nreplicaof 10.0.0.5 6379\nreplica-read-only no\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      }
    ]
  },
  "requirepass-ignored-by-aclfile": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nbind 10.0.0.1\n# expect: requirepass-ignored-by-aclfile "requirepass does not protect redis.conf"\nrequirepass Tb6wQ9xK3mZ7vN2rLp5d\naclfile /etc/redis/users.acl\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 10.0.0.1\n# The default user and its password are defined in the ACL file.\naclfile /etc/redis/users.acl\n"
      }
    ]
  },
  "secret-in-repo": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 6379\nbind 10.0.0.1\n# expect: secret-in-repo "The requirepass password is written literally in redis.conf"\nrequirepass "v8Rk2#qLw9Zt4xNp7mBs"\n# expect: secret-in-repo "The masterauth password"\nmasterauth "v8Rk2#qLw9Zt4xNp7mBs"\n'
      },
      {
        "file": "sentinel.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\n# expect: secret-in-repo "The sentinel auth-pass password for mymaster"\nsentinel auth-pass mymaster "v8Rk2#qLw9Zt4xNp7mBs"\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 10.0.0.1\n# requirepass and masterauth come from a file mounted at deploy time, never committed.\ninclude /run/secrets/redis-auth.conf\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\ninclude /run/secrets/sentinel-auth.conf\n"
      }
    ]
  },
  "sentinel-auth-pass-mismatch": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\nrequirepass Zp4kT8wQ2nV6xR9mLc3s\nmasterauth Zp4kT8wQ2nV6xR9mLc3s\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nrequirepass Zp4kT8wQ2nV6xR9mLc3s\nmasterauth Zp4kT8wQ2nV6xR9mLc3s\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "sentinel-1.conf",
        "text": 'port 26379\n# expect: sentinel-auth-pass-mismatch "has no auth-pass for mymaster"\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel down-after-milliseconds mymaster 5000\n'
      },
      {
        "file": "sentinel-2.conf",
        "text": 'port 26379\n# expect: sentinel-auth-pass-mismatch "has no auth-pass for mymaster"\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel down-after-milliseconds mymaster 5000\n'
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\n# expect: sentinel-auth-pass-mismatch "has no auth-pass for mymaster"\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel down-after-milliseconds mymaster 5000\n'
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\nrequirepass Zp4kT8wQ2nV6xR9mLc3s\nmasterauth Zp4kT8wQ2nV6xR9mLc3s\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nrequirepass Zp4kT8wQ2nV6xR9mLc3s\nmasterauth Zp4kT8wQ2nV6xR9mLc3s\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Zp4kT8wQ2nV6xR9mLc3s\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": 'port 26379\n# Before the monitor line: Sentinel reads per-master options after every monitor (6.2+).\nsentinel auth-pass mymaster "Zp4kT8wQ2nV6xR9mLc3s"\nsentinel monitor mymaster 10.0.0.1 6379 2\n'
      }
    ]
  },
  "sentinel-auth-user-acl": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": 'port 6379\nbind 10.0.0.1\n\nuser default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all\nmasteruser default\nmasterauth Jr5tY9wK2mQ7xP4nVb8c\n# expect: sentinel-auth-user-acl "denies SLAVEOF"\nuser sentinel on >Ld3wX8qT6nZ1vR5kMp9s &__sentinel__:hello +multi +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill\n'
      },
      {
        "file": "redis-replica.conf",
        "text": 'port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\nuser default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all\nmasteruser default\nmasterauth Jr5tY9wK2mQ7xP4nVb8c\n# expect: sentinel-auth-user-acl "denies SLAVEOF"\nuser sentinel on >Ld3wX8qT6nZ1vR5kMp9s &__sentinel__:hello +multi +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill\n'
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-user mymaster sentinel\nsentinel auth-pass mymaster Ld3wX8qT6nZ1vR5kMp9s\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\n\nuser default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all\nmasteruser default\nmasterauth Jr5tY9wK2mQ7xP4nVb8c\nuser sentinel on >Ld3wX8qT6nZ1vR5kMp9s allchannels +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\nuser default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all\nmasteruser default\nmasterauth Jr5tY9wK2mQ7xP4nVb8c\nuser sentinel on >Ld3wX8qT6nZ1vR5kMp9s allchannels +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-user mymaster sentinel\nsentinel auth-pass mymaster Ld3wX8qT6nZ1vR5kMp9s\n"
      }
    ]
  },
  "sentinel-count-even": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": 'port 26379\n# expect: sentinel-count-even "mymaster has 2 Sentinels: a failover needs both votes"\nsentinel monitor mymaster 10.0.0.5 6379 2\n'
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "sentinel-count-too-low": {
    "bad": [
      {
        "file": "sentinel-a.conf",
        "text": 'port 26379\n# expect: sentinel-count-too-low "Only 2 Sentinels monitor mymaster"\nsentinel monitor mymaster 10.0.0.5 6379 1\n'
      },
      {
        "file": "sentinel-b.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 1\n"
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "sentinel-exposed-without-auth": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": '# Sentinel instance\nport 26379\n# expect: sentinel-exposed-without-auth "can control this Sentinel without a password"\nbind 0.0.0.0\n\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nbind 0.0.0.0\nrequirepass Sentinel-pw-7f3e91\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "sentinel-hostname-not-announced": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\nsentinel resolve-hostnames yes\n# expect: sentinel-hostname-not-announced "replace redis-master with its IP address"\nsentinel monitor mymaster redis-master 6379 2\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\n"
      }
    ]
  },
  "sentinel-hostname-without-resolve": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": `port 26379
# expect: sentinel-hostname-without-resolve "Can't resolve instance hostname."
sentinel monitor mymaster redis-master 6379 2
`
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster redis-master 6379 2\n# resolve-hostnames is read before every monitor line, wherever it stands (E16).\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\n"
      }
    ]
  },
  "sentinel-lenient-number": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# expect: sentinel-lenient-number "down-after-milliseconds for mymaster is 5 ms"\nsentinel down-after-milliseconds mymaster 5s\n# expect: sentinel-lenient-number "failover-timeout for mymaster is 3"\nsentinel failover-timeout mymaster 3min\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\nsentinel failover-timeout mymaster 180000\nsentinel parallel-syncs mymaster 1\n"
      }
    ]
  },
  "sentinel-order-legacy": {
    "bad": [
      {
        "file": ".sentinel-lint.yml",
        "text": 'settings:\n  redisVersion: "6.0"\n'
      },
      {
        "file": "sentinel.conf",
        "text": 'port 26379\n# expect: sentinel-order-legacy "No such master with specified name."\nsentinel auth-pass mymaster Tq8-broker-pw-41\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n'
      }
    ],
    "good": [
      {
        "file": ".sentinel-lint.yml",
        "text": 'settings:\n  redisVersion: "6.0"\n'
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster Tq8-broker-pw-41\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ]
  },
  "sentinel-parse-error": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\n# expect: sentinel-parse-error "Quorum must be 1 or greater."\nsentinel monitor mymaster 10.0.0.5 6379 0\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\n# Order does not matter from 6.2 on: options may come before their monitor line.\nsentinel down-after-milliseconds mymaster 5000\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel failover-timeout mymaster 60000\nsentinel parallel-syncs mymaster 1\nsentinel resolve-hostnames no\nsentinel announce-hostnames no\nsentinel deny-scripts-reconfig yes\nsentinel myid 0123456789abcdef0123456789abcdef01234567\nsentinel current-epoch 3\nsentinel config-epoch mymaster 2\nsentinel leader-epoch mymaster 2\nsentinel known-replica mymaster 10.0.0.6 6379\nsentinel known-sentinel mymaster 10.0.0.7 26379 89abcdef0123456789abcdef0123456789abcdef\n"
      }
    ]
  },
  "sentinel-protected-mode-blocks-peers": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\n# expect: sentinel-protected-mode-blocks-peers "-DENIED"\nprotected-mode yes\nsentinel monitor mymaster 10.0.0.5 6379 2\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nprotected-mode yes\nrequirepass Sentinel-pw-7f3e91\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "sentinel-requirepass-ignored": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# Generated by CONFIG REWRITE\nprotected-mode no\nuser default on nopass ~* &* +@all\nsentinel myid 2c1b0e5a0b9f3c7d6e4a8b1c2d3e4f5a6b7c8d9e\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n# Added by hand after the first start\n# expect: sentinel-requirepass-ignored "sets nopass"\nrequirepass Sentinel-pw-7f3e91\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nrequirepass Sentinel-pw-7f3e91\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "sentinel-requirepass-inconsistent": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nrequirepass Sentinel-Auth-7c2e1f\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nrequirepass Sentinel-Auth-7c2e1f\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\n# expect: sentinel-requirepass-inconsistent "sentinel-3.conf sends no password, so sentinel-1.conf and sentinel-2.conf reject it"\nsentinel monitor mymaster 10.0.0.5 6379 2\n'
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nrequirepass Sentinel-Auth-7c2e1f\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nrequirepass Sentinel-Auth-7c2e1f\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nrequirepass Sentinel-Auth-7c2e1f\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
      }
    ]
  },
  "sentinel-script-missing": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# Notification (optional)\n# expect: sentinel-script-missing "Notification script seems non existing or non executable."\nsentinel notification-script mymaster /path/to/notify.sh\n# expect: sentinel-script-missing "Client reconfiguration script"\nsentinel client-reconfig-script mymaster <your-script>\n'
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel notification-script mymaster /usr/local/bin/sentinel-notify.sh\n"
      }
    ]
  },
  "sentinel-settings-drift": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\nsentinel failover-timeout mymaster 60000\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\nsentinel failover-timeout mymaster 60000\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\n# No down-after line: this Sentinel waits the default 30 s.\n# expect: sentinel-settings-drift "sentinel-3.conf uses down-after-milliseconds 30000 (the default) for mymaster, while sentinel-1.conf and sentinel-2.conf use 5000"\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel failover-timeout mymaster 60000\n'
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# The defaults written out are the same as no line at all.\nsentinel down-after-milliseconds mymaster 30000\nsentinel failover-timeout mymaster 180000\nsentinel parallel-syncs mymaster 1\nsentinel auth-pass mymaster Tr0ub4dor-horse-staple\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster Tr0ub4dor-horse-staple\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster Tr0ub4dor-horse-staple\n"
      }
    ]
  },
  "sentinel-shared-identity": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir "/data"\nuser default on nopass ~* &* +@all\nsentinel myid 3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f30\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n'
      },
      {
        "file": "sentinel-2.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir "/data"\nuser default on nopass ~* &* +@all\n# Copied from sentinel-1.conf after its first start.\n# expect: sentinel-shared-identity "sentinel-2.conf has the same sentinel myid as sentinel-3.conf"\nsentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n'
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir "/data"\nuser default on nopass ~* &* +@all\n# expect: sentinel-shared-identity "sentinel-3.conf has the same sentinel myid as sentinel-2.conf"\nsentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n'
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir "/data"\nuser default on nopass ~* &* +@all\nsentinel myid 3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f30\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n'
      },
      {
        "file": "sentinel-2.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir "/data"\nuser default on nopass ~* &* +@all\nsentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n'
      },
      {
        "file": "sentinel-3.conf",
        "text": 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir "/data"\nuser default on nopass ~* &* +@all\nsentinel myid 0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n'
      }
    ]
  },
  "state-dir-names-other-node": {
    "bad": [
      {
        "file": "redis-6379.conf",
        "text": "port 6379\ndir /var/lib/redis/6379\n"
      },
      {
        "file": "redis-6380.conf",
        "text": 'port 6380\nreplicaof 127.0.0.1 6379\n# expect: state-dir-names-other-node "redis-6380.conf sets dir /var/lib/redis/6379, the folder of redis-6379.conf"\ndir /var/lib/redis/6379\n'
      }
    ],
    "good": [
      {
        "file": "redis-6379.conf",
        "text": "port 6379\ndir /var/lib/redis/6379\n"
      },
      {
        "file": "redis-6380.conf",
        "text": "port 6380\nreplicaof 127.0.0.1 6379\ndir /var/lib/redis/6380\n"
      }
    ]
  },
  "tls-incomplete": {
    "bad": [
      {
        "file": "redis.conf",
        "text": 'port 0\n# expect: tls-incomplete "Either tls-ca-cert-file or tls-ca-cert-dir must be specified"\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\n'
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\ntls-replication yes\n"
      }
    ]
  },
  "tls-replication-missing": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 0\ntls-port 6379\nbind 10.0.0.1\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\ntls-replication yes\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 0\ntls-port 6379\nbind 10.0.0.2\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\ntls-replication yes\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "sentinel-1.conf",
        "text": `port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
# expect: tls-replication-missing "on redis-master.conf's TLS port 6379"
# expect: tls-replication-missing "but redis-replica.conf listens only on TLS"
sentinel monitor mymaster 10.0.0.1 6379 2
`
      },
      {
        "file": "sentinel-2.conf",
        "text": `port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
# expect: tls-replication-missing "on redis-master.conf's TLS port 6379"
# expect: tls-replication-missing "but redis-replica.conf listens only on TLS"
sentinel monitor mymaster 10.0.0.1 6379 2
`
      },
      {
        "file": "sentinel-3.conf",
        "text": `port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
# expect: tls-replication-missing "on redis-master.conf's TLS port 6379"
# expect: tls-replication-missing "but redis-replica.conf listens only on TLS"
sentinel monitor mymaster 10.0.0.1 6379 2
`
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 0\ntls-port 6379\nbind 10.0.0.1\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\ntls-replication yes\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 0\ntls-port 6379\nbind 10.0.0.2\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\ntls-replication yes\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\ntls-replication yes\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\ntls-replication yes\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\ntls-replication yes\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      }
    ]
  },
  "unused-suppression": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\n# expect(+1): unused-suppression\n# sentinel-lint-disable-next-line conf-parse-error -- the line below was fixed long ago\nmaxmemory 100mb\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\n# sentinel-lint-disable-next-line conf-parse-error -- kept broken on purpose for a restart test\nmaxmemory 1tb\n"
      }
    ]
  }
};

export {
  RULE_EXAMPLES
};
