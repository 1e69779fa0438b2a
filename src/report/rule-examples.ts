// Written by scripts/gen-rule-examples.mjs from each rule's example fixtures: do not edit.
import type { RuleExamples } from './rule-help.js';

export const RULE_EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  "announced-address-unreachable": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "# Run on the developer's machine against the compose stack: celery -A tasks worker\n# expect: announced-address-unreachable \"they hand out the address of service redis-master (after a failover, the promoted replica's container address): its container IP\"\nbroker_url = 'sentinel://localhost:26379;sentinel://localhost:26380;sentinel://localhost:26381'\nbroker_transport_options = {'master_name': 'mymaster'}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6379:6379\"\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server --appendonly yes --replicaof redis-master 6379\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n    ports:\n      - \"26379:26379\"\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n    ports:\n      - \"26380:26379\"\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-3:/etc/redis\n    ports:\n      - \"26381:26379\"\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "# The worker runs in the compose network (service worker): it reaches whatever address Sentinel hands out.\nbroker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\nbroker_transport_options = {'master_name': 'mymaster'}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6379:6379\"\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server --appendonly yes --replicaof redis-master 6379\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n    ports:\n      - \"26379:26379\"\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n    ports:\n      - \"26380:26379\"\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-3:/etc/redis\n    ports:\n      - \"26381:26379\"\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ]
  },
  "bind-optional-address": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\n# expect: bind-optional-address \"no IPv6 loopback address\"\nbind 127.0.0.1 ::1\nprotected-mode yes\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 127.0.0.1 -::1\nprotected-mode yes\n"
      }
    ]
  },
  "broker-eviction-policy": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0\n    # expect: broker-eviction-policy \"with maxmemory-policy allkeys-lru: when memory reaches maxmemory 256mb\"\n    command: redis-server --appendonly yes --maxmemory 256mb --maxmemory-policy allkeys-lru\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks', broker='redis://redis:6379/0', backend='redis://redis:6379/1')\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0\n    command: redis-server --appendonly yes --maxmemory 256mb --maxmemory-policy noeviction\n\n  # A cache next to the broker may evict: Celery does not use it.\n  cache:\n    image: redis:7.0\n    command: redis-server --save \"\" --maxmemory 128mb --maxmemory-policy allkeys-lru\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks', broker='redis://redis:6379/0')\n"
      }
    ]
  },
  "broker-no-aof": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0\n    # expect: broker-no-aof \"only writes RDB snapshots on the default save schedule 3600 1 300 100 60 10000\"\n    command: redis-server --maxmemory 256mb\n    volumes:\n      - redis_data:/data\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n\nvolumes:\n  redis_data:\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks', broker='redis://redis:6379/0')\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    volumes:\n      - redis_data:/data\n\n  # Bitnami's image turns the append-only file on by default (REDIS_AOF_ENABLED=yes).\n  results:\n    image: bitnami/redis:7.0\n    environment:\n      - ALLOW_EMPTY_PASSWORD=yes\n\n  # Not Celery's: its persistence is its own business.\n  cache:\n    image: redis:7.0\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n\nvolumes:\n  redis_data:\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks', broker='redis://redis:6379/0', backend='redis://results:6379/0')\n"
      }
    ]
  },
  "broker-no-persistence": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0\n    # expect: broker-no-persistence \"a restart loses every queued task\"\n    command: [\"redis-server\", \"--save\", \"\", \"--maxmemory\", \"256mb\"]\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks', broker='redis://redis:6379/0')\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0\n    command: [\"redis-server\", \"--save\", \"\", \"--appendonly\", \"yes\"]\n    volumes:\n      - redis_data:/data\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n\nvolumes:\n  redis_data:\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks', broker='redis://redis:6379/0')\n"
      }
    ]
  },
  "client-host-unknown": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\n# expect: client-host-unknown \"dials sentinel1, which is no service\"\n# expect: client-host-unknown \"Did you mean sentinel-2?\"\napp.conf.broker_url = 'sentinel://sentinel1:26379;sentinel://sentinel2:26379/0'\napp.conf.broker_transport_options = {'master_name': 'mymaster'}\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "CELERY_RESULT_BACKEND=redis://redis.internal.example.com:6379/1\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    container_name: broker\n    command: redis-server --appendonly yes\n    networks:\n      backend:\n        aliases:\n          - celery-results\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n    networks:\n      - backend\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n    networks:\n      - backend\n\nnetworks:\n  backend:\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.conf.broker_url = 'sentinel://sentinel-1:26379/0'\napp.conf.broker_transport_options = {'master_name': 'mymaster'}\n# The container_name and a network alias resolve too; a dotted name may be real DNS.\napp.conf.result_backend = 'redis://celery-results:6379/1'\ncache = 'redis://broker:6379/2'\n"
      }
    ]
  },
  "client-port-mismatch": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n    ports:\n      - \"26379:26379\"\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n    ports:\n      - \"26380:26379\"\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\n# expect: client-port-mismatch \"inside the compose network its container listens on 26379\"\napp.conf.broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26380/0'\napp.conf.broker_transport_options = {'master_name': 'mymaster'}\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"127.0.0.1:6380:6379\"\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n    ports:\n      - \"26380:26379\"\n\n  worker:\n    build: .\n    command: celery -A tasks worker\n"
      },
      {
        "file": "monitor_settings.py",
        "text": "# From the Docker host: the published port.\nbroker_url = 'redis://localhost:6380/0'\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\n# Inside the network: the container ports, whatever the host publishes.\napp.conf.broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379/0'\napp.conf.broker_transport_options = {'master_name': 'mymaster'}\n"
      }
    ]
  },
  "client-timeout-shorter-than-failover": {
    "bad": [
      {
        "file": "app.py",
        "text": "from redis.sentinel import Sentinel\n\nsentinel = Sentinel([('sentinel-1', 26379), ('sentinel-2', 26379), ('sentinel-3', 26379)], socket_timeout=0.1)\n# expect: client-timeout-shorter-than-failover \"after at most 4.8 s (no retry, socket_timeout 0.1 s, 3 Sentinels)\"\nmaster = sentinel.master_for('mymaster', socket_timeout=0.1)\n\n\ndef record(event):\n    master.lpush('events', event)\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server --appendonly yes --replicaof redis-master 6379\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  app:\n    build: .\n    command: python app.py\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 10000\nsentinel failover-timeout mymaster 60000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 10000\nsentinel failover-timeout mymaster 60000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 10000\nsentinel failover-timeout mymaster 60000\n"
      }
    ],
    "good": [
      {
        "file": "app.py",
        "text": "from redis.backoff import ExponentialBackoff\nfrom redis.exceptions import ConnectionError, TimeoutError\nfrom redis.retry import Retry\nfrom redis.sentinel import Sentinel\n\nsentinel = Sentinel([('sentinel-1', 26379), ('sentinel-2', 26379), ('sentinel-3', 26379)], socket_timeout=0.1)\n# Retries with backoff for longer than down-after-milliseconds plus the election.\nmaster = sentinel.master_for(\n    'mymaster',\n    socket_timeout=0.1,\n    retry=Retry(ExponentialBackoff(cap=2, base=0.1), 10),\n    retry_on_error=[ConnectionError, TimeoutError],\n)\n\n\ndef record(event):\n    master.lpush('events', event)\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server --appendonly yes --replicaof redis-master 6379\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  app:\n    build: .\n    command: python app.py\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 10000\nsentinel failover-timeout mymaster 60000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 10000\nsentinel failover-timeout mymaster 60000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 10000\nsentinel failover-timeout mymaster 60000\n"
      }
    ]
  },
  "compose-dollar-in-secret": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: bitnami/redis:7.0\n    environment:\n      # expect: compose-dollar-in-secret \"the value of REDIS_PASSWORD in the environment of service redis\"\n      REDIS_PASSWORD: \"Xk9$mP2qLw8zR4\"\n      REDIS_AOF_ENABLED: \"yes\"\n    ports:\n      - \"127.0.0.1:6379:6379\"\n\n  sentinel:\n    image: bitnami/redis-sentinel:7.0\n    environment:\n      - REDIS_MASTER_HOST=redis\n      # expect: compose-dollar-in-secret \"Write $$ for a literal $\"\n      - REDIS_MASTER_PASSWORD=Xk9$mP2qLw8zR4\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: bitnami/redis:7.0\n    environment:\n      REDIS_PASSWORD: \"Xk9$$mP2qLw8zR4\"\n      REDIS_AOF_ENABLED: \"yes\"\n\n  sentinel:\n    image: bitnami/redis-sentinel:7.0\n    environment:\n      - REDIS_MASTER_HOST=redis\n      - REDIS_MASTER_PASSWORD=Xk9$$mP2qLw8zR4\n      # Not a secret by its name: compose interpolates it, and that is no password's business here.\n      - REDIS_MASTER_PORT_NUMBER=6$PORT_SUFFIX\n"
      }
    ]
  },
  "compose-v1-layout": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "# expect: compose-v1-layout \"its services (master, replica) sit at the top level\"\nmaster:\n  image: redis:7.0\n  command: redis-server --appendonly yes\n  ports:\n    - \"6379:6379\"\n\nreplica:\n  image: redis:7.0\n  command: redis-server --replicaof master 6379\n  links:\n    - master\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6379:6379\"\n\n  replica:\n    image: redis:7.0\n    command: redis-server --replicaof master 6379\n    depends_on:\n      - master\n"
      }
    ]
  },
  "compose-version-obsolete": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "# expect: compose-version-obsolete \"the attribute `version` is obsolete, it will be ignored\"\nversion: '3.8'\n\nservices:\n  redis:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    restart: unless-stopped\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "name: cache\n\nservices:\n  redis:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    restart: unless-stopped\n"
      }
    ]
  },
  "conf-acl-conflict": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\n# expect: conf-acl-conflict \"Configuring Redis with users defined in redis.conf\"\naclfile /etc/redis/users.acl\nuser worker on >worker-pw-8c1f ~celery* &* +@all\n"
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
        "text": "﻿port 6379\nappendonly yes\n"
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
        "text": "settings:\n  redisVersion: \"7.0\"\n"
      },
      {
        "file": "redis.conf",
        "text": "port 6379\n# locale-collate came with Redis 7.2.\n# expect: conf-directive-unsupported \"7.2\"\nlocale-collate \"\"\n"
      }
    ],
    "good": [
      {
        "file": ".sentinel-lint.yml",
        "text": "settings:\n  redisVersion: \"7.2\"\n"
      },
      {
        "file": "redis.conf",
        "text": "port 6379\nlocale-collate \"\"\n"
      }
    ]
  },
  "conf-duplicate-directive": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\n# expect: conf-duplicate-directive \"set again on line 8\"\nmaxmemory 100mb\nmaxmemory-policy noeviction\nappendonly yes\n\n# Raised for the new host\nmaxmemory 200mb\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 127.0.0.1 -::1\nmaxmemory 1gb\nmaxmemory-policy noeviction\nsave 900 1\nsave 300 10\nuser default on nopass ~* &* +@all\nuser worker on >worker-pw-8c1f ~celery* &* +@all\nrename-command FLUSHALL \"\"\nrename-command FLUSHDB \"\"\nclient-output-buffer-limit replica 256mb 64mb 60\nclient-output-buffer-limit pubsub 32mb 8mb 60\n"
      }
    ]
  },
  "conf-file-shared-by-nodes": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0-alpine\n    command: redis-server /usr/local/etc/redis/redis.conf\n    volumes:\n      - ./master:/usr/local/etc/redis\n  redis-replica-1:\n    image: redis:7.0-alpine\n    command: redis-server /usr/local/etc/redis/redis.conf\n    volumes:\n      # expect: conf-file-shared-by-nodes \"shares replica/redis.conf with service redis-replica-2\"\n      - ./replica:/usr/local/etc/redis\n  redis-replica-2:\n    image: redis:7.0-alpine\n    command: redis-server /usr/local/etc/redis/redis.conf\n    volumes:\n      # expect: conf-file-shared-by-nodes \"shares replica/redis.conf with service redis-replica-1\"\n      - ./replica:/usr/local/etc/redis\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nreplicaof redis-master 6379\nappendonly yes\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0-alpine\n    command: redis-server /usr/local/etc/redis/redis.conf\n    volumes:\n      - ./master:/usr/local/etc/redis\n  redis-replica-1:\n    image: redis:7.0-alpine\n    command: redis-server /usr/local/etc/redis/redis.conf\n    volumes:\n      - ./replica-1:/usr/local/etc/redis\n  redis-replica-2:\n    image: redis:7.0-alpine\n    command: redis-server /usr/local/etc/redis/redis.conf\n    volumes:\n      - ./replica-2:/usr/local/etc/redis\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\n"
      },
      {
        "file": "replica-1/redis.conf",
        "text": "port 6379\nreplicaof redis-master 6379\nappendonly yes\n"
      },
      {
        "file": "replica-2/redis.conf",
        "text": "port 6379\nreplicaof redis-master 6379\nappendonly yes\n"
      }
    ]
  },
  "conf-ignored-directive": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6380\n# expect: conf-ignored-directive \"accepted and ignored\"\nlist-max-ziplist-entries 512\n# expect: conf-ignored-directive \"old name of replicaof\"\nslaveof 10.0.0.5 6379\n# expect: conf-ignored-directive \"old name of replica-read-only\"\nslave-read-only yes\n# expect: conf-ignored-directive \"old name of hash-max-listpack-entries\"\nhash-max-ziplist-entries 128\n"
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
        "text": "port 6379\n# expect: conf-include-missing \"can't open config file\"\ninclude common.conf\n"
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
        "text": "port 6379\n# expect: conf-inline-comment \"wrong number of arguments\"\nmaxmemory 100mb # leave room for the OS\n# expect: conf-inline-comment \"Invalid save parameters\"\nsave 900 1 # hourly\n# expect: conf-inline-comment\nbind 127.0.0.1 # local only\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\n# leave room for the OS\nmaxmemory 100mb\n# A password may start with \"#\": it is one argument, not a comment.\nrequirepass #not-a-comment-but-a-password\nrename-command CONFIG #renamed-config\n"
      }
    ]
  },
  "conf-memory-unit-ambiguous": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\n# 2g is 2 * 10^9 bytes, not 2 GiB\n# expect: conf-memory-unit-ambiguous \"is 2000000000 bytes\"\nmaxmemory 2g\nmaxmemory-policy noeviction\n# expect(+1): conf-memory-unit-ambiguous \"256mb\"\nclient-output-buffer-limit replica 256m 64mb 60\n"
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
        "text": "port 6379\n# redis-server has no \"tb\" unit: the largest is gb.\n# expect: conf-parse-error \"argument must be a memory value\"\nmaxmemory 1tb\n# expect: conf-parse-error \"argument must be 'yes' or 'no'\"\nappendonly true\n# expect: conf-parse-error \"argument must be between 0 and 65535 inclusive\"\nport 70000\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "# Directive names are case-insensitive, booleans and enums too (E6).\nPORT 6379\nbind 127.0.0.1 -::1\nMAXMEMORY-POLICY NoEviction\nappendonly YES\nmaxmemory 512MB\nsave 900 1\nsave \"300 10\"\nrequirepass \"a long passphrase with spaces\"\n\tdir ./\n"
      }
    ]
  },
  "conf-save-accumulates": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\nsave 900 1\nappendonly yes\nappendfsync everysec\n# Snapshot more often under load\n# expect: conf-save-accumulates \"after 900 s if at least 1 change, after 60 s\"\nsave 60 10000\n"
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
        "text": "port 26379\n# expect: conf-unexpanded-variable \"Can't resolve instance hostname.\"\nsentinel monitor mymaster ${REDIS_MASTER_HOST} 6379 2\n# expect: conf-unexpanded-variable \"negative or zero time parameter.\"\nsentinel down-after-milliseconds mymaster ${DOWN_AFTER_MS}\n# expect: conf-unexpanded-variable \"Quorum must be 1 or greater.\"\nsentinel monitor othermaster 10.0.0.6 6379 ${SENTINEL_QUORUM}\n"
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
  "data-dir-not-on-volume": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    volumes:\n      - master_data:/data\n\n  # expect: data-dir-not-on-volume \"anonymous volume\"\n  redis-replica:\n    image: redis:7.0-alpine\n    command: redis-server --replicaof redis-master 6379 --appendonly yes\n\nvolumes:\n  master_data:\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    volumes:\n      - master_data:/data\n\n  redis-replica:\n    image: redis:7.0-alpine\n    command: redis-server --replicaof redis-master 6379 --appendonly yes\n    volumes:\n      - ./replica-data:/data\n\nvolumes:\n  master_data:\n"
      },
      {
        "file": "replica-data/.gitkeep",
        "text": ""
      }
    ]
  },
  "django-namespace-mismatch": {
    "bad": [
      {
        "file": "proj/celery.py",
        "text": "import os\n\nfrom celery import Celery\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n\napp = Celery('proj')\napp.config_from_object('django.conf:settings', namespace='CELERY')\napp.autodiscover_tasks()\n"
      },
      {
        "file": "proj/settings.py",
        "text": "DEBUG = False\nINSTALLED_APPS = ['django.contrib.contenttypes', 'orders']\nTIME_ZONE = 'UTC'\n\nCELERY_BROKER_URL = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\nCELERY_RESULT_BACKEND = 'redis://redis:6379/1'\n# expect: django-namespace-mismatch \"Rename it to CELERY_BROKER_TRANSPORT_OPTIONS\"\nBROKER_TRANSPORT_OPTIONS = {'master_name': 'mymaster'}\n# expect: django-namespace-mismatch \"CELERY_WORKER_PREFETCH_MULTIPLIER\"\nCELERYD_PREFETCH_MULTIPLIER = 1\n"
      }
    ],
    "good": [
      {
        "file": "proj/celery.py",
        "text": "import os\n\nfrom celery import Celery\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n\napp = Celery('proj')\napp.config_from_object('django.conf:settings', namespace='CELERY')\napp.autodiscover_tasks()\n"
      },
      {
        "file": "proj/settings.py",
        "text": "DEBUG = False\nINSTALLED_APPS = ['django.contrib.contenttypes', 'orders']\nTIME_ZONE = 'UTC'\nREDIS_URL = 'redis://redis:6379/2'\n\nCELERY_BROKER_URL = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\nCELERY_BROKER_TRANSPORT_OPTIONS = {'master_name': 'mymaster'}\nCELERY_WORKER_PREFETCH_MULTIPLIER = 1\n"
      }
    ]
  },
  "down-after-too-low": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# expect: down-after-too-low \"is 500 ms\"\nsentinel down-after-milliseconds mymaster 500\n"
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ]
  },
  "env-overrides-broker-url": {
    "bad": [
      {
        "file": ".env",
        "text": "# expect: env-overrides-broker-url \"with a different URL\"\nCELERY_BROKER_URL=redis://redis:6379/0\n"
      },
      {
        "file": "celery_app.py",
        "text": "from celery import Celery\n\napp = Celery('proj', broker='redis://localhost:6379/0', backend='redis://localhost:6379/1')\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "CELERY_BROKER_URL=redis://redis:6379/0\nCELERY_RESULT_BACKEND=redis://redis:6379/1\n"
      },
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nbroker_url = os.getenv('CELERY_BROKER_URL', 'redis://localhost:6379/0')\nresult_backend = os.environ.get('CELERY_RESULT_BACKEND', 'redis://localhost:6379/1')\n"
      }
    ]
  },
  "env-unquoted-semicolon": {
    "bad": [
      {
        "file": ".env",
        "text": "# Redis Sentinel configuration\n# expect: env-unquoted-semicolon \"sets REDIS_SENTINEL_HOSTS to the text before it\"\nREDIS_SENTINEL_HOSTS=sentinel1:26379;sentinel2:26379;sentinel3:26379\nREDIS_SENTINEL_MASTER=mymaster\n# expect: env-unquoted-semicolon \"leaves REDIS_PASSWORD unset\"\nREDIS_PASSWORD=k9&Lp2;Zr\n# expect: env-unquoted-semicolon \"holds a space\"\nCELERY_WORKER_ARGS=--concurrency 4\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "# Redis Sentinel configuration\nREDIS_SENTINEL_HOSTS='sentinel1:26379;sentinel2:26379;sentinel3:26379'\nREDIS_SENTINEL_MASTER=mymaster # the name every sentinel monitors\nREDIS_PASSWORD=\"k9&Lp2;Zr\"\nCELERY_WORKER_ARGS=\"--concurrency 4\"\nCELERY_BROKER_URL='sentinel://sentinel1:26379;sentinel://sentinel2:26379;sentinel://sentinel3:26379'\n"
      }
    ]
  },
  "failover-timeout-short": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\nsentinel parallel-syncs mymaster 1\n# expect: failover-timeout-short \"is 10000 ms, under a minute\"\nsentinel failover-timeout mymaster 10000\n"
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\nsentinel failover-timeout mymaster 60000\n"
      }
    ]
  },
  "image-protected-mode-off": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  cache:\n    # expect: image-protected-mode-off \"the official redis image compiles it off\"\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes --maxmemory-policy noeviction\n  worker:\n    image: python:3.11-slim\n    command: python -m worker\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  cache:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes --requirepass Cache-pw-4e7b19\n"
      }
    ]
  },
  "master-missing-masterauth": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\nappendonly yes\n# expect: master-missing-masterauth \"rejoins as a replica and loops\"\nrequirepass Qm7vR2xN9kT4wLp8sYd3\n"
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
        "text": "port 26379\n# expect: master-name-mismatch \"sentinel-3.conf calls the master at 10.0.0.5:6379\"\nsentinel monitor redis-master 10.0.0.5 6379 2\n"
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
  "master-password-mismatch": {
    "bad": [
      {
        "file": ".env",
        "text": "REDIS_PASSWORD=Xk9vQ2mLr7pT4wZS\n"
      },
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nREDIS_PASSWORD = os.getenv('REDIS_PASSWORD')\n\n# expect(+2): master-password-mismatch \"is not the password of service redis-master\"\nbroker_url = (\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'\n)\nbroker_transport_options = {'master_name': 'mymaster'}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./master:/data\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./replica:/data\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker --loglevel=info\n    env_file: .env\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nappendonly yes\nreplicaof redis-master 6379\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nREDIS_PASSWORD = os.getenv('REDIS_PASSWORD')\n\nbroker_url = (\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'\n)\nbroker_transport_options = {'master_name': 'mymaster'}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./master:/data\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./replica:/data\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker --loglevel=info\n    env_file: .env\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nappendonly yes\nreplicaof redis-master 6379\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n"
      }
    ]
  },
  "master-password-missing": {
    "bad": [
      {
        "file": ".env",
        "text": "REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs\n# expect: master-password-missing \"sends no password to the master\"\nREDIS_SENTINEL_HOSTS=\"sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379\"\n"
      },
      {
        "file": "celery_app.py",
        "text": "import os\n\nfrom celery import Celery\n\nSENTINEL_HOSTS = os.getenv('REDIS_SENTINEL_HOSTS', 'sentinel://localhost:26379')\n\napp = Celery('myapp', broker=SENTINEL_HOSTS)\napp.conf.broker_transport_options = {\n    'master_name': 'mymaster',\n    # The master's password here reaches the Sentinels, not the master.\n    'sentinel_kwargs': {'password': os.getenv('REDIS_PASSWORD')},\n}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./master:/data\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./replica:/data\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker --loglevel=info\n    env_file: .env\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nappendonly yes\nreplicaof redis-master 6379\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nREDIS_PASSWORD = os.getenv('REDIS_PASSWORD')\n\nbroker_url = (\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'\n)\nresult_backend = broker_url\nbroker_transport_options = {'master_name': 'mymaster'}\nresult_backend_transport_options = {'master_name': 'mymaster'}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./master:/data\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./replica:/data\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker --loglevel=info\n    env_file: .env\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nappendonly yes\nreplicaof redis-master 6379\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n"
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
        "text": "port 6379\nbind 10.0.0.2\nrequirepass Hk3nW8qZ5tR1mXv7bLc2\n# expect: masterauth-mismatch \"is not the password of its master redis-master.conf\"\nmasterauth Hk3nW8qZ5tR1mXv7bLc9\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Hk3nW8qZ5tR1mXv7bLc2\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\nrequirepass \"Hk3nW8qZ5tR1mXv7bLc2\"\nmasterauth Hk3nW8qZ5tR1mXv7bLc2\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nrequirepass Hk3nW8qZ5tR1mXv7bLc2\nmasterauth 'Hk3nW8qZ5tR1mXv7bLc2'\nreplicaof 10.0.0.1 6379\n"
      }
    ]
  },
  "maxmemory-unset": {
    "bad": [
      {
        "file": ".env",
        "text": "CELERY_BROKER_URL=redis://redis:6379/0\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0\n    # expect: maxmemory-unset \"with no maxmemory\"\n    command: redis-server --appendonly yes --maxmemory-policy noeviction\n\n  worker:\n    build: .\n    env_file: .env\n    command: celery -A tasks worker\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "CELERY_BROKER_URL=redis://redis:6379/0\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0\n    command: redis-server --appendonly yes --maxmemory 1gb --maxmemory-policy noeviction\n\n  worker:\n    build: .\n    env_file: .env\n    command: celery -A tasks worker\n"
      }
    ]
  },
  "min-replicas-disabled": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\nmin-replicas-to-write 1\n# expect: min-replicas-disabled \"turns the min-replicas check off\"\nmin-replicas-max-lag 0\n"
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
        "text": "port 6379\nbind 0.0.0.0\nrequirepass Broker-Pass-4c9d2e\nmasterauth Broker-Pass-4c9d2e\n# expect: min-replicas-unsatisfiable \"refuses every write\"\nmin-replicas-to-write 3\nmin-replicas-max-lag 10\n"
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
  "monitor-target-unknown": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6380:6379\"\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server --replicaof redis-master 6379\n    ports:\n      - \"6381:6379\"\n\n  sentinel:\n    image: redis:7.0\n    command: redis-sentinel /etc/sentinel/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/sentinel\n    ports:\n      - \"26379:26379\"\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\n# expect(+1): monitor-target-unknown \"6380 is the host port that service redis-master publishes\"\nsentinel monitor mymaster redis-master 6380 2\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6380:6379\"\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server --replicaof redis-master 6379\n    ports:\n      - \"6381:6379\"\n\n  sentinel:\n    image: redis:7.0\n    command: redis-sentinel /etc/sentinel/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/sentinel\n    ports:\n      - \"26379:26379\"\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ]
  },
  "no-auth-exposed": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  cache:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    ports:\n      # expect: no-auth-exposed \"publishes its port 6379 at host port 6379 on every host address\"\n      - \"6379:6379\"\n    restart: unless-stopped\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  cache:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    expose:\n      - \"6379\"\n  worker:\n    image: python:3.11-slim\n    command: python -m worker\n    depends_on:\n      - cache\n"
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
        "text": "port 6379\nbind 10.0.0.6 127.0.0.1\nreplicaof 10.0.0.5 6379\n# expect: no-promotable-replica \"Every replica of mymaster in these files (redis-replica-1.conf and redis-replica-2.conf) has replica-priority 0\"\nreplica-priority 0\n"
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
  "no-restart-policy": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    restart: ${REDIS_RESTART:-unless-stopped}\n\n  # expect: no-restart-policy \"service sentinel-1 runs Redis Sentinel (redis-sentinel) with no restart policy\"\n  sentinel-1:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/redis\n\n  web:\n    image: nginx:1.25\n    ports:\n      - \"8080:80\"\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 1\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    restart: unless-stopped\n\n  sentinel-1:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/redis\n    restart: always\n\n  web:\n    image: nginx:1.25\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 1\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ]
  },
  "parse-error": {
    "bad": [],
    "good": [
      {
        "file": "redis.conf",
        "text": "# Réglages du cache — commentaire en français\nport 6379\nappendonly yes\n"
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
        "text": "port 6379\nbind 10.0.0.1\n# Copied from the example redis.conf.\n# expect: placeholder-password \"well-known placeholder\"\nrequirepass foobared\n# expect: placeholder-password \"The masterauth password in redis.conf is a well-known placeholder\"\nmasterauth foobared\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 10.0.0.1\n# A long passphrase is fine, even with a dictionary word in it.\nrequirepass \"correct horse battery staple password 1987\"\nmasterauth \"correct horse battery staple password 1987\"\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster \"correct horse battery staple password 1987\"\n"
      }
    ]
  },
  "port-collision-same-host": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    network_mode: host\n    command: redis-server --port 6379 --appendonly yes\n\n  redis-replica:\n    image: redis:7.0\n    network_mode: host\n    # expect(+1): port-collision-same-host \"both listen on port 6379 in the Docker host's network\"\n    command: redis-server --port 6379 --replicaof 127.0.0.1 6379 --appendonly yes\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    network_mode: host\n    command: redis-server --port 6379 --appendonly yes\n\n  redis-replica:\n    image: redis:7.0\n    network_mode: host\n    command: redis-server --port 6380 --replicaof 127.0.0.1 6379 --appendonly yes\n"
      }
    ]
  },
  "port-range-single-instance": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n    ports:\n      - \"6379:6379\"\n\n  sentinel:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/redis\n    ports:\n      # expect: port-range-single-instance \"service sentinel runs one container but publishes 3 host ports (26379-26381) for container port 26379\"\n      - \"26379-26381:26379\"\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis 6379 1\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0-alpine\n    command: redis-server --appendonly yes\n\n  sentinel:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/redis\n    ports:\n      - \"26379-26381:26379\"\n    deploy:\n      replicas: 3\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis 6379 2\n"
      }
    ]
  },
  "prefetch-with-acks-late": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\n# expect: prefetch-with-acks-late \"prefetches 4 messages per process (Celery's default)\"\ntask_acks_late = True\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\ntask_acks_late = True\nworker_prefetch_multiplier = 1\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
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
        "text": "port 6379\nbind 10.0.0.2\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\n# expect: promotion-asymmetry \"keeps the default appendonly no, but its master redis-master.conf sets yes\"\n# expect: promotion-asymmetry \"min-replicas-to-write 0\"\nreplicaof 10.0.0.1 6379\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Fs8mW3qX6tK1zR9vNp4c\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\n\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\nappendonly yes\nmaxmemory-policy noeviction\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\nrename-command FLUSHALL \"\"\n"
      },
      {
        "file": "redis-replica-1.conf",
        "text": "port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\nappendonly yes\nmaxmemory-policy noeviction\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\nrename-command FLUSHALL \"\"\n"
      },
      {
        "file": "redis-replica-2.conf",
        "text": "port 6379\nbind 10.0.0.3\nreplicaof 10.0.0.1 6379\nrequirepass Fs8mW3qX6tK1zR9vNp4c\nmasterauth Fs8mW3qX6tK1zR9vNp4c\nappendonly yes\nmaxmemory-policy noeviction\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\nrename-command FLUSHALL \"\"\n"
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
        "text": "port 6379\nbind 0.0.0.0\n# expect: protected-mode-false-safety \"protected mode ignores bind\"\nprotected-mode yes\nappendonly yes\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 0.0.0.0\nprotected-mode yes\nrequirepass Broker-pw-5d8a22\n"
      }
    ]
  },
  "published-port-conflict": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  sentinel-1:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n    ports:\n      - \"26379:26379\"\n    restart: unless-stopped\n\n  sentinel-2:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n    ports:\n      # expect: published-port-conflict \"Host port 26379 is published by both service sentinel-1 and service sentinel-2\"\n      - \"26379:26379\"\n    restart: unless-stopped\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 172.20.0.10 6379 2\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 172.20.0.10 6379 2\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  sentinel-1:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-1:/etc/redis\n    ports:\n      - \"26379:26379\"\n\n  sentinel-2:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-2:/etc/redis\n    ports:\n      - \"26380:26379\"\n\n  sentinel-3:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel-3:/etc/redis\n    ports:\n      - \"26381:26379\"\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 172.20.0.10 6379 2\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 172.20.0.10 6379 2\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 172.20.0.10 6379 2\n"
      }
    ]
  },
  "quorum-above-majority": {
    "bad": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\n# expect: quorum-above-majority \"survives the loss of no Sentinel instead of 1 Sentinel\"\nsentinel monitor mymaster 10.0.0.5 6379 3\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\n# expect: quorum-above-majority \"survives the loss of no Sentinel instead of 1 Sentinel\"\nsentinel monitor mymaster 10.0.0.5 6379 3\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\n# expect: quorum-above-majority \"survives the loss of no Sentinel instead of 1 Sentinel\"\nsentinel monitor mymaster 10.0.0.5 6379 3\n"
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
        "text": "port 26379\n# expect: quorum-below-majority \"one Sentinel that loses sight of the master\"\nsentinel monitor mymaster 10.0.0.5 6379 1\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\n# expect: quorum-below-majority \"one Sentinel that loses sight of the master\"\nsentinel monitor mymaster 10.0.0.5 6379 1\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\n# expect: quorum-below-majority \"one Sentinel that loses sight of the master\"\nsentinel monitor mymaster 10.0.0.5 6379 1\n"
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
        "text": "port 26379\n# expect: quorum-exceeds-sentinels \"quorum 4 needs 4 Sentinels, only 3\"\nsentinel monitor mymaster 10.0.0.5 6379 4\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\n# expect: quorum-exceeds-sentinels \"quorum 4 needs 4 Sentinels, only 3\"\nsentinel monitor mymaster 10.0.0.5 6379 4\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\n# expect: quorum-exceeds-sentinels \"quorum 4 needs 4 Sentinels, only 3\"\nsentinel monitor mymaster 10.0.0.5 6379 4\nsentinel down-after-milliseconds mymaster 5000\n"
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
  "reject-on-worker-lost-loop": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\ntask_acks_late = True\n# expect: reject-on-worker-lost-loop \"in a loop\"\ntask_reject_on_worker_lost = True\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\ntask_acks_late = True\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ]
  },
  "rename-command-breaks-sentinel": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\n# Hardening from a security checklist.\n# expect: rename-command-breaks-sentinel \"renames CONFIG, but sentinel-1.conf, sentinel-2.conf do not send it under that name\"\nrename-command CONFIG cfg-7f3a9c2e\nrename-command FLUSHALL \"\"\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\n# expect: rename-command-breaks-sentinel \"renames CONFIG\"\nrename-command CONFIG cfg-7f3a9c2e\nrename-command FLUSHALL \"\"\n"
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
  "replica-persistence-asymmetric": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nappendonly yes\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6380\nreplicaof 127.0.0.1 6379\n# Replicas only serve reads: no need to write to disk\n# expect: replica-persistence-asymmetric \"writes nothing to disk, but its master\"\nsave \"\"\nappendonly no\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 127.0.0.1 6379 2\n"
      }
    ],
    "good": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nsave 900 1\nappendonly yes\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6380\nreplicaof 127.0.0.1 6379\n# No save line: the default schedule applies, so this node persists too\nappendonly yes\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 127.0.0.1 6379 2\n"
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
        "text": "port 6379\nbind 10.0.0.2\nrequirepass 6dT9xKq2mVw8LzR4pYc1\nmasterauth 6dT9xKq2mVw8LzR4pYc1\nreplicaof 10.0.0.1 6379\n# Lets the reporting job write temporary keys here.\n# expect: replica-writable \"accepts writes that the master never sees\"\nreplica-read-only no\n"
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
  "replicaof-target-mismatch": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6380:6379\"\n\n  redis-replica:\n    image: redis:7.0\n    # expect(+1): replicaof-target-mismatch \"6380 is the host port that service redis-master publishes\"\n    command: redis-server --replicaof redis-master 6380 --appendonly yes\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6380:6379\"\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server --replicaof redis-master 6379 --appendonly yes\n"
      }
    ]
  },
  "requirepass-ignored-by-aclfile": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 10.0.0.1\n# expect: requirepass-ignored-by-aclfile \"requirepass does not protect redis.conf\"\nrequirepass Tb6wQ9xK3mZ7vN2rLp5d\naclfile /etc/redis/users.acl\n"
      }
    ],
    "good": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 10.0.0.1\n# The default user and its password are defined in the ACL file.\naclfile /etc/redis/users.acl\n"
      }
    ]
  },
  "role-not-persisted": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0-alpine\n    # expect: role-not-persisted \"runs from flags only\"\n    command: redis-server --appendonly yes\n    volumes:\n      - master_data:/data\n  redis-replica:\n    image: redis:7.0-alpine\n    # expect: role-not-persisted \"a replica of mymaster, runs from flags only\"\n    command: redis-server --replicaof redis-master 6379 --appendonly yes\n    volumes:\n      - replica_data:/data\n  sentinel:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/sentinel/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/sentinel\n\nvolumes:\n  master_data:\n  replica_data:\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 1\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0-alpine\n    command: redis-server /data/redis.conf\n    volumes:\n      - ./master:/data\n  redis-replica:\n    image: redis:7.0-alpine\n    command: redis-server /data/redis.conf\n    volumes:\n      - ./replica:/data\n  sentinel:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/sentinel/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/sentinel\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nreplicaof redis-master 6379\nappendonly yes\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 1\n"
      }
    ]
  },
  "secret-in-repo": {
    "bad": [
      {
        "file": "redis.conf",
        "text": "port 6379\nbind 10.0.0.1\n# expect: secret-in-repo \"The requirepass password is written literally in redis.conf\"\nrequirepass \"v8Rk2#qLw9Zt4xNp7mBs\"\n# expect: secret-in-repo \"The masterauth password\"\nmasterauth \"v8Rk2#qLw9Zt4xNp7mBs\"\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.1 6379 2\n# expect: secret-in-repo \"The sentinel auth-pass password for mymaster\"\nsentinel auth-pass mymaster \"v8Rk2#qLw9Zt4xNp7mBs\"\n"
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
  "secret-on-command-line": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  cache:\n    image: redis:7.0-alpine\n    # expect(+1): secret-on-command-line \"The requirepass password is written into the command of service cache\"\n    command: redis-server --appendonly yes --requirepass Vd9fKq2mWz7rLp4x\n    restart: unless-stopped\n\n  replica:\n    image: redis:7.0-alpine\n    command:\n      - redis-server\n      - --replicaof\n      - cache\n      - \"6379\"\n      - --masterauth\n      # expect: secret-on-command-line \"The masterauth password is written into the command of service replica\"\n      - Vd9fKq2mWz7rLp4x\n      - --requirepass\n      # expect: secret-on-command-line \"requirepass\"\n      - Vd9fKq2mWz7rLp4x\n    restart: unless-stopped\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  cache:\n    image: redis:7.0\n    command: sh -c 'exec redis-server --appendonly yes --requirepass \"$$(cat /run/secrets/redis_password)\"'\n    secrets:\n      - redis_password\n\nsecrets:\n  redis_password:\n    file: ./secrets/redis_password.txt\n"
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
        "text": "port 26379\n# expect: sentinel-auth-pass-mismatch \"has no auth-pass for mymaster\"\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\n# expect: sentinel-auth-pass-mismatch \"has no auth-pass for mymaster\"\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\n# expect: sentinel-auth-pass-mismatch \"has no auth-pass for mymaster\"\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
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
        "text": "port 26379\n# Before the monitor line: Sentinel reads per-master options after every monitor (6.2+).\nsentinel auth-pass mymaster \"Zp4kT8wQ2nV6xR9mLc3s\"\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      }
    ]
  },
  "sentinel-auth-user-acl": {
    "bad": [
      {
        "file": "redis-master.conf",
        "text": "port 6379\nbind 10.0.0.1\n\nuser default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all\nmasteruser default\nmasterauth Jr5tY9wK2mQ7xP4nVb8c\n# expect: sentinel-auth-user-acl \"denies SLAVEOF\"\nuser sentinel on >Ld3wX8qT6nZ1vR5kMp9s &__sentinel__:hello +multi +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill\n"
      },
      {
        "file": "redis-replica.conf",
        "text": "port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\nuser default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all\nmasteruser default\nmasterauth Jr5tY9wK2mQ7xP4nVb8c\n# expect: sentinel-auth-user-acl \"denies SLAVEOF\"\nuser sentinel on >Ld3wX8qT6nZ1vR5kMp9s &__sentinel__:hello +multi +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill\n"
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
        "text": "port 26379\n# expect: sentinel-count-even \"mymaster has 2 Sentinels: a failover needs both votes\"\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
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
        "text": "port 26379\n# expect: sentinel-count-too-low \"Only 2 Sentinels monitor mymaster\"\nsentinel monitor mymaster 10.0.0.5 6379 1\n"
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
        "text": "# Sentinel instance\nport 26379\n# expect: sentinel-exposed-without-auth \"can control this Sentinel without a password\"\nbind 0.0.0.0\n\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
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
        "text": "port 26379\nsentinel resolve-hostnames yes\n# expect: sentinel-hostname-not-announced \"replace redis-master with its IP address\"\nsentinel monitor mymaster redis-master 6379 2\n"
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
        "text": "port 26379\n# expect: sentinel-hostname-without-resolve \"Can't resolve instance hostname.\"\nsentinel monitor mymaster redis-master 6379 2\n"
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster redis-master 6379 2\n# resolve-hostnames is read before every monitor line, wherever it stands (E16).\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\n"
      }
    ]
  },
  "sentinel-kwargs-drops-timeouts": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nbroker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\nbroker_transport_options = {\n    'master_name': 'mymaster',\n    'socket_timeout': 5.0,\n    # expect: sentinel-kwargs-drops-timeouts \"does not reach them\"\n    'sentinel_kwargs': {'password': os.environ['SENTINEL_PASSWORD']},\n}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nbroker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\nbroker_transport_options = {\n    'master_name': 'mymaster',\n    'socket_timeout': 5.0,\n    'sentinel_kwargs': {'password': os.environ['SENTINEL_PASSWORD'], 'socket_timeout': 5.0, 'socket_connect_timeout': 5.0},\n}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ]
  },
  "sentinel-kwargs-password-without-sentinel-auth": {
    "bad": [
      {
        "file": ".env",
        "text": "REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./master:/data\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./replica:/data\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker --loglevel=info\n    env_file: .env\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nappendonly yes\nreplicaof redis-master 6379\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "import os\n\nfrom celery import Celery\n\nREDIS_PASSWORD = os.getenv('REDIS_PASSWORD')\n\n# Every sentinel repeats sentinel://; the master's password rides on the first one.\nBROKER_URL = (\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'\n)\n\napp = Celery('tasks', broker=BROKER_URL, backend=BROKER_URL)\n\napp.conf.broker_transport_options = {\n    'master_name': 'mymaster',\n    'sentinel_kwargs': {\n        # expect: sentinel-kwargs-password-without-sentinel-auth \"require none (no requirepass)\"\n        'password': REDIS_PASSWORD,\n    },\n    'socket_timeout': 5.0,\n}\napp.conf.result_backend_transport_options = {\n    'master_name': 'mymaster',\n    # expect: sentinel-kwargs-password-without-sentinel-auth \"result backend\"\n    'sentinel_kwargs': {'password': REDIS_PASSWORD},\n}\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs\nSENTINEL_PASSWORD=Pq7wVn3xTz8kRb2m\n"
      },
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nREDIS_PASSWORD = os.getenv('REDIS_PASSWORD')\nSENTINEL_PASSWORD = os.getenv('SENTINEL_PASSWORD')\n\nbroker_url = (\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'\n)\nbroker_transport_options = {\n    'master_name': 'mymaster',\n    'sentinel_kwargs': {'password': SENTINEL_PASSWORD, 'socket_timeout': 5.0},\n}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./master:/data\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./replica:/data\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker --loglevel=info\n    env_file: .env\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nappendonly yes\nreplicaof redis-master 6379\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ]
  },
  "sentinel-lenient-number": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# expect: sentinel-lenient-number \"down-after-milliseconds for mymaster is 5 ms\"\nsentinel down-after-milliseconds mymaster 5s\n# expect: sentinel-lenient-number \"failover-timeout for mymaster is 3\"\nsentinel failover-timeout mymaster 3min\n"
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\nsentinel failover-timeout mymaster 180000\nsentinel parallel-syncs mymaster 1\n"
      }
    ]
  },
  "sentinel-master-name-missing": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\n# expect: sentinel-master-name-missing \"'master_name' transport option must be specified\"\nbroker_transport_options = {'visibility_timeout': 43200}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\nSENTINELS = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\n\napp = Celery('proj', broker=SENTINELS, backend=SENTINELS)\napp.conf.broker_transport_options = {'master_name': 'mymaster'}\napp.conf.result_backend_transport_options = {'master_name': 'mymaster'}\n"
      }
    ]
  },
  "sentinel-monitor-loopback": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6379:6379\"\n\n  sentinel:\n    image: redis:7.0\n    command: redis-sentinel /etc/sentinel/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/sentinel\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\n# expect(+1): sentinel-monitor-loopback \"where no Redis server runs\"\nsentinel monitor mymaster 127.0.0.1 6379 1\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n\n  sentinel:\n    image: redis:7.0\n    network_mode: \"service:redis-master\"\n    command: redis-sentinel /etc/sentinel/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/sentinel\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel monitor mymaster 127.0.0.1 6379 1\n"
      }
    ]
  },
  "sentinel-nat-without-announce": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6379:6379\"\n\n  sentinel-1:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    ports:\n      - \"26379:26379\"\n\n  sentinel-2:\n    image: redis:7.0\n    # expect(+4): sentinel-nat-without-announce \"on host port 26380\"\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    ports:\n      - \"26380:26379\"\n\n  sentinel-3:\n    image: redis:7.0\n    # expect(+4): sentinel-nat-without-announce \"on host port 26381\"\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    ports:\n      - \"26381:26379\"\n\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    ports:\n      - \"6379:6379\"\n\n  sentinel-1:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-port 26379' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    ports:\n      - \"26379:26379\"\n\n  sentinel-2:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-port 26380' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    ports:\n      - \"26380:26379\"\n\n  sentinel-3:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&\n             echo 'sentinel announce-port 26381' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    ports:\n      - \"26381:26379\"\n\n"
      }
    ]
  },
  "sentinel-order-legacy": {
    "bad": [
      {
        "file": ".sentinel-lint.yml",
        "text": "settings:\n  redisVersion: \"6.0\"\n"
      },
      {
        "file": "sentinel.conf",
        "text": "port 26379\n# expect: sentinel-order-legacy \"No such master with specified name.\"\nsentinel auth-pass mymaster Tq8-broker-pw-41\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel down-after-milliseconds mymaster 5000\n"
      }
    ],
    "good": [
      {
        "file": ".sentinel-lint.yml",
        "text": "settings:\n  redisVersion: \"6.0\"\n"
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
        "text": "port 26379\n# expect: sentinel-parse-error \"Quorum must be 1 or greater.\"\nsentinel monitor mymaster 10.0.0.5 6379 0\n"
      }
    ],
    "good": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\n# Order does not matter from 6.2 on: options may come before their monitor line.\nsentinel down-after-milliseconds mymaster 5000\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel failover-timeout mymaster 60000\nsentinel parallel-syncs mymaster 1\nsentinel resolve-hostnames no\nsentinel announce-hostnames no\nsentinel deny-scripts-reconfig yes\nsentinel myid 0123456789abcdef0123456789abcdef01234567\nsentinel current-epoch 3\nsentinel config-epoch mymaster 2\nsentinel leader-epoch mymaster 2\nsentinel known-replica mymaster 10.0.0.6 6379\nsentinel known-sentinel mymaster 10.0.0.7 26379 89abcdef0123456789abcdef0123456789abcdef\n"
      }
    ]
  },
  "sentinel-password-missing": {
    "bad": [
      {
        "file": ".env",
        "text": "REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nREDIS_PASSWORD = os.getenv('REDIS_PASSWORD')\n\n# The password in the URL is sent to the master only, never to the Sentinels.\nbroker_url = (\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'\n)\n# expect: sentinel-password-missing \"sends no password to the Sentinels\"\nbroker_transport_options = {'master_name': 'mymaster', 'visibility_timeout': 7200}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./master:/data\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./replica:/data\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker --loglevel=info\n    env_file: .env\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nappendonly yes\nreplicaof redis-master 6379\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs\nSENTINEL_PASSWORD=Pq7wVn3xTz8kRb2m\n"
      },
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nREDIS_PASSWORD = os.getenv('REDIS_PASSWORD')\n\nbroker_url = (\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'\n    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'\n)\nbroker_transport_options = {\n    'master_name': 'mymaster',\n    'sentinel_kwargs': {'password': os.getenv('SENTINEL_PASSWORD'), 'socket_timeout': 5.0},\n}\n"
      },
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./master:/data\n\n  redis-replica:\n    image: redis:7.0\n    command: redis-server /data/redis.conf\n    restart: unless-stopped\n    volumes:\n      - ./replica:/data\n\n  sentinel-1:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-1:/etc/redis\n\n  sentinel-2:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-2:/etc/redis\n\n  sentinel-3:\n    image: redis:7.0\n    command: redis-sentinel /etc/redis/sentinel.conf\n    restart: unless-stopped\n    volumes:\n      - ./sentinel-3:/etc/redis\n\n  worker:\n    build: .\n    command: celery -A tasks worker --loglevel=info\n    env_file: .env\n    depends_on:\n      - sentinel-1\n"
      },
      {
        "file": "master/redis.conf",
        "text": "port 6379\nappendonly yes\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "replica/redis.conf",
        "text": "port 6379\nappendonly yes\nreplicaof redis-master 6379\nrequirepass Xk9vQ2mLr7pT4wZs\nmasterauth Xk9vQ2mLr7pT4wZs\n"
      },
      {
        "file": "sentinel-1/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-2/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "sentinel-3/sentinel.conf",
        "text": "port 26379\nrequirepass Pq7wVn3xTz8kRb2m\nsentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor mymaster redis-master 6379 2\nsentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs\nsentinel down-after-milliseconds mymaster 5000\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('tasks')\napp.config_from_object('celeryconfig')\n"
      }
    ]
  },
  "sentinel-protected-mode-blocks-peers": {
    "bad": [
      {
        "file": "sentinel.conf",
        "text": "port 26379\n# expect: sentinel-protected-mode-blocks-peers \"-DENIED\"\nprotected-mode yes\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
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
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# Generated by CONFIG REWRITE\nprotected-mode no\nuser default on nopass ~* &* +@all\nsentinel myid 2c1b0e5a0b9f3c7d6e4a8b1c2d3e4f5a6b7c8d9e\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n# Added by hand after the first start\n# expect: sentinel-requirepass-ignored \"sets nopass\"\nrequirepass Sentinel-pw-7f3e91\n"
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
        "text": "port 26379\n# expect: sentinel-requirepass-inconsistent \"sentinel-3.conf sends no password, so sentinel-1.conf and sentinel-2.conf reject it\"\nsentinel monitor mymaster 10.0.0.5 6379 2\n"
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
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n# Notification (optional)\n# expect: sentinel-script-missing \"Notification script seems non existing or non executable.\"\nsentinel notification-script mymaster /path/to/notify.sh\n# expect: sentinel-script-missing \"Client reconfiguration script\"\nsentinel client-reconfig-script mymaster <your-script>\n"
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
        "text": "port 26379\n# No down-after line: this Sentinel waits the default 30 s.\n# expect: sentinel-settings-drift \"sentinel-3.conf uses down-after-milliseconds 30000 (the default) for mymaster, while sentinel-1.conf and sentinel-2.conf use 5000\"\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel failover-timeout mymaster 60000\n"
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
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir \"/data\"\nuser default on nopass ~* &* +@all\nsentinel myid 3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f30\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir \"/data\"\nuser default on nopass ~* &* +@all\n# Copied from sentinel-1.conf after its first start.\n# expect: sentinel-shared-identity \"sentinel-2.conf has the same sentinel myid as sentinel-3.conf\"\nsentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir \"/data\"\nuser default on nopass ~* &* +@all\n# expect: sentinel-shared-identity \"sentinel-3.conf has the same sentinel myid as sentinel-2.conf\"\nsentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n"
      }
    ],
    "good": [
      {
        "file": "sentinel-1.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir \"/data\"\nuser default on nopass ~* &* +@all\nsentinel myid 3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f30\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir \"/data\"\nuser default on nopass ~* &* +@all\nsentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\n\n# Generated by CONFIG REWRITE\nprotected-mode no\nlatency-tracking-info-percentiles 50 99 99.9\ndir \"/data\"\nuser default on nopass ~* &* +@all\nsentinel myid 0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c\nsentinel config-epoch mymaster 0\nsentinel leader-epoch mymaster 0\nsentinel current-epoch 0\n"
      }
    ]
  },
  "sentinel-state-ephemeral": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0-alpine\n    command: redis-server /data/redis.conf\n    volumes:\n      - ./redis:/data\n  sentinel:\n    image: redis:7.0-alpine\n    # expect(+5): sentinel-state-ephemeral \"writes /etc/sentinel.conf afresh at every start\"\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /etc/sentinel.conf &&\n             echo 'sentinel monitor mymaster redis 6379 1' >> /etc/sentinel.conf &&\n             echo 'sentinel down-after-milliseconds mymaster 5000' >> /etc/sentinel.conf &&\n             redis-sentinel /etc/sentinel.conf\"\n"
      },
      {
        "file": "redis/redis.conf",
        "text": "port 6379\nappendonly yes\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis:\n    image: redis:7.0-alpine\n    command: redis-server /data/redis.conf\n    volumes:\n      - ./redis:/data\n  sentinel:\n    image: redis:7.0-alpine\n    command: redis-sentinel /etc/redis/sentinel.conf\n    volumes:\n      - ./sentinel:/etc/redis\n"
      },
      {
        "file": "redis/redis.conf",
        "text": "port 6379\nappendonly yes\n"
      },
      {
        "file": "sentinel/sentinel.conf",
        "text": "port 26379\nsentinel resolve-hostnames yes\nsentinel monitor mymaster redis 6379 1\n"
      }
    ]
  },
  "sentinel-url-missing-scheme": {
    "bad": [
      {
        "file": "celery_app.py",
        "text": "import os\n\nfrom celery import Celery\n\n# expect: sentinel-url-missing-scheme \"dials 380:6379\"\n# expect: sentinel-url-missing-scheme \"dials 381:6379\"\nSENTINEL_HOSTS = os.getenv('SENTINEL_HOSTS', 'localhost:26379;localhost:26380;localhost:26381')\nbroker_url = f'sentinel://{SENTINEL_HOSTS}/0'\n\napp = Celery('proj', broker=broker_url, backend=broker_url)\napp.conf.broker_transport_options = {'master_name': 'mymaster'}\napp.conf.result_backend_transport_options = {'master_name': 'mymaster'}\n"
      }
    ],
    "good": [
      {
        "file": ".env",
        "text": "SENTINEL_HOSTS='sentinel://10.0.0.11:26379/1;sentinel://10.0.0.12:26379/1;sentinel://10.0.0.13:26379/1'\n"
      },
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nSENTINEL_HOSTS = os.getenv(\n    'SENTINEL_HOSTS',\n    'sentinel://sentinel-1:26379/1;sentinel://sentinel-2:26379/1;sentinel://sentinel-3:26379/1',\n)\n\nbroker_url = SENTINEL_HOSTS\nresult_backend = SENTINEL_HOSTS\nbroker_transport_options = {'master_name': 'mymaster'}\nresult_backend_transport_options = {'master_name': 'mymaster'}\n"
      }
    ]
  },
  "sentinel-url-options-not-first": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "# expect: sentinel-url-options-not-first \"db 0 is used\"\nbroker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379/3'\nbroker_transport_options = {'master_name': 'mymaster'}\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'sentinel://sentinel-1:26379/3;sentinel://sentinel-2:26379/3;sentinel://sentinel-3:26379/3'\nbroker_transport_options = {'master_name': 'mymaster'}\n"
      }
    ]
  },
  "sentinel-url-separator": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "# expect: sentinel-url-separator \"Port could not be cast to integer value as …\"\nbroker_url = 'sentinel://sentinel-1:26379,sentinel://sentinel-2:26379,sentinel://sentinel-3:26379'\nbroker_transport_options = {'master_name': 'mymaster'}\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\nresult_backend = broker_url\nbroker_transport_options = {'master_name': 'mymaster'}\nresult_backend_transport_options = {'master_name': 'mymaster'}\n"
      }
    ]
  },
  "sentinels-colocated": {
    "bad": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n\n  # expect: sentinels-colocated \"All 3 Sentinels of mymaster\"\n  sentinel-1:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n\n  sentinel-2:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n\n  sentinel-3:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n"
      }
    ],
    "good": [
      {
        "file": "docker-compose.yml",
        "text": "services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server --appendonly yes\n    deploy:\n      placement:\n        constraints:\n          - node.labels.redis == a\n\n  sentinel-1:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    deploy:\n      placement:\n        constraints:\n          - node.labels.redis == a\n\n  sentinel-2:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    deploy:\n      placement:\n        constraints:\n          - node.labels.redis == b\n\n  sentinel-3:\n    image: redis:7.0\n    command: >\n      sh -c \"echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&\n             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&\n             redis-sentinel /tmp/sentinel.conf\"\n    deploy:\n      placement:\n        constraints:\n          - node.labels.redis == c\n"
      }
    ]
  },
  "setting-names-mixed": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\nresult_backend = 'redis://redis:6379/1'\ntask_serializer = 'json'\naccept_content = ['json']\n\n# expect: setting-names-mixed \"Cannot mix new and old setting keys\"\nBROKER_TRANSPORT_OPTIONS = {'visibility_timeout': 43200}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\nresult_backend = 'redis://redis:6379/1'\ntask_serializer = 'json'\nbroker_transport_options = {'visibility_timeout': 43200}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ]
  },
  "socket-timeout-below-polling": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\nbroker_transport_options = {\n    # expect: socket-timeout-below-polling \"1 s BRPOP wait\"\n    'socket_timeout': 1,\n    'socket_connect_timeout': 1,\n}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\nbroker_transport_options = {\n    'polling_interval': 2,\n    'socket_timeout': 10,\n    'socket_connect_timeout': 1,\n}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
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
        "text": "port 6380\nreplicaof 127.0.0.1 6379\n# expect: state-dir-names-other-node \"redis-6380.conf sets dir /var/lib/redis/6379, the folder of redis-6379.conf\"\ndir /var/lib/redis/6379\n"
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
        "text": "port 0\n# expect: tls-incomplete \"Either tls-ca-cert-file or tls-ca-cert-dir must be specified\"\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\n"
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
        "text": "port 26379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\n# expect: tls-replication-missing \"on redis-master.conf's TLS port 6379\"\n# expect: tls-replication-missing \"but redis-replica.conf listens only on TLS\"\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      },
      {
        "file": "sentinel-2.conf",
        "text": "port 26379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\n# expect: tls-replication-missing \"on redis-master.conf's TLS port 6379\"\n# expect: tls-replication-missing \"but redis-replica.conf listens only on TLS\"\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
      },
      {
        "file": "sentinel-3.conf",
        "text": "port 26379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\n# expect: tls-replication-missing \"on redis-master.conf's TLS port 6379\"\n# expect: tls-replication-missing \"but redis-replica.conf listens only on TLS\"\nsentinel monitor mymaster 10.0.0.1 6379 2\n"
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
  "unknown-transport-option": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "import os\n\nbroker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\nresult_backend = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\n\nbroker_transport_options = {\n    'master_name': 'mymaster',\n    # expect: unknown-transport-option \"Did you mean visibility_timeout?\"\n    'visibility-timeout': 43200,\n    # expect: unknown-transport-option \"goes in the URL\"\n    'password': os.environ.get('REDIS_PASSWORD'),\n}\nresult_backend_transport_options = {\n    # expect: unknown-transport-option \"master_name\"\n    'master': 'mymaster',\n    'retry_policy': {'timeout': 5.0},\n}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\nresult_backend = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'\n\nbroker_transport_options = {\n    'master_name': 'mymaster',\n    'visibility_timeout': 43200,\n    'socket_timeout': 5,\n    'socket_connect_timeout': 5,\n    'polling_interval': 1,\n    'max_retries': 3,\n    'interval_start': 0,\n    'global_keyprefix': 'proj:',\n    'sentinel_kwargs': {'socket_timeout': 5, 'password': None},\n}\nresult_backend_transport_options = {\n    'master_name': 'mymaster',\n    'visibility_timeout': 43200,\n    'retry_policy': {'timeout': 5.0},\n    'result_chord_ordered': True,\n}\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
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
  },
  "visibility-timeout-inconsistent": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\n# expect: visibility-timeout-inconsistent \"keeps the default 3600 s\"\nvisibility_timeout = 43200\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj', broker='redis://redis:6379/0', backend='redis://redis:6379/1')\napp.conf.broker_transport_options = {'visibility_timeout': 43200}\napp.conf.result_backend_transport_options = {'visibility_timeout': 43200}\napp.conf.visibility_timeout = 43200\n"
      }
    ]
  },
  "visibility-timeout-vs-acks-late": {
    "bad": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\n# expect: visibility-timeout-vs-acks-late \"no task_time_limit\"\ntask_acks_late = True\nworker_prefetch_multiplier = 1\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ],
    "good": [
      {
        "file": "celeryconfig.py",
        "text": "broker_url = 'redis://redis:6379/0'\nbroker_transport_options = {'visibility_timeout': 43200}\ntask_acks_late = True\ntask_time_limit = 3600\n"
      },
      {
        "file": "tasks.py",
        "text": "from celery import Celery\n\napp = Celery('proj')\napp.config_from_object('celeryconfig')\n\n\n@app.task\ndef add(x, y):\n    return x + y\n"
      }
    ]
  }
};
