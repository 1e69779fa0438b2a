(function (exports, require, module, __filename, __dirname) {var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __hasOwnProp=Object.prototype.hasOwnProperty;var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:true})};var __copyProps=(to,from,except,desc)=>{if(from&&typeof from==="object"||typeof from==="function"){for(let key of __getOwnPropNames(from))if(!__hasOwnProp.call(to,key)&&key!==except)__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable})}return to};var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:true}),mod);var stdin_exports={};__export(stdin_exports,{RULE_EXAMPLES:()=>RULE_EXAMPLES});module.exports=__toCommonJS(stdin_exports);var RULE_EXAMPLES={"announced-address-unreachable":{bad:[{file:"celeryconfig.py",text:`# Run on the developer's machine against the compose stack: celery -A tasks worker
# expect: announced-address-unreachable "they hand out the address of service redis-master (after a failover, the promoted replica's container address): its container IP"
broker_url = 'sentinel://localhost:26379;sentinel://localhost:26380;sentinel://localhost:26381'
broker_transport_options = {'master_name': 'mymaster'}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6379:6379"

  redis-replica:
    image: redis:7.0
    command: redis-server --appendonly yes --replicaof redis-master 6379

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis
    ports:
      - "26379:26379"

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis
    ports:
      - "26380:26379"

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-3:/etc/redis
    ports:
      - "26381:26379"
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"celeryconfig.py",text:`# The worker runs in the compose network (service worker): it reaches whatever address Sentinel hands out.
broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
broker_transport_options = {'master_name': 'mymaster'}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6379:6379"

  redis-replica:
    image: redis:7.0
    command: redis-server --appendonly yes --replicaof redis-master 6379

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis
    ports:
      - "26379:26379"

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis
    ports:
      - "26380:26379"

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-3:/etc/redis
    ports:
      - "26381:26379"

  worker:
    build: .
    command: celery -A tasks worker
    depends_on:
      - sentinel-1
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]},"bind-optional-address":{bad:[{file:"redis.conf",text:`port 6379
# expect: bind-optional-address "no IPv6 loopback address"
bind 127.0.0.1 ::1
protected-mode yes
`}],good:[{file:"redis.conf",text:`port 6379
bind 127.0.0.1 -::1
protected-mode yes
`}]},"broker-eviction-policy":{bad:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0
    # expect: broker-eviction-policy "with maxmemory-policy allkeys-lru: when memory reaches maxmemory 256mb"
    command: redis-server --appendonly yes --maxmemory 256mb --maxmemory-policy allkeys-lru

  worker:
    build: .
    command: celery -A tasks worker
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks', broker='redis://redis:6379/0', backend='redis://redis:6379/1')
`}],good:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0
    command: redis-server --appendonly yes --maxmemory 256mb --maxmemory-policy noeviction

  # A cache next to the broker may evict: Celery does not use it.
  cache:
    image: redis:7.0
    command: redis-server --save "" --maxmemory 128mb --maxmemory-policy allkeys-lru

  worker:
    build: .
    command: celery -A tasks worker
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks', broker='redis://redis:6379/0')
`}]},"broker-no-aof":{bad:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0
    # expect: broker-no-aof "only writes RDB snapshots on the default save schedule 3600 1 300 100 60 10000"
    command: redis-server --maxmemory 256mb
    volumes:
      - redis_data:/data

  worker:
    build: .
    command: celery -A tasks worker

volumes:
  redis_data:
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks', broker='redis://redis:6379/0')
`}],good:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0
    command: redis-server --appendonly yes
    volumes:
      - redis_data:/data

  # Bitnami's image turns the append-only file on by default (REDIS_AOF_ENABLED=yes).
  results:
    image: bitnami/redis:7.0
    environment:
      - ALLOW_EMPTY_PASSWORD=yes

  # Not Celery's: its persistence is its own business.
  cache:
    image: redis:7.0

  worker:
    build: .
    command: celery -A tasks worker

volumes:
  redis_data:
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks', broker='redis://redis:6379/0', backend='redis://results:6379/0')
`}]},"broker-no-persistence":{bad:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0
    # expect: broker-no-persistence "a restart loses every queued task"
    command: ["redis-server", "--save", "", "--maxmemory", "256mb"]

  worker:
    build: .
    command: celery -A tasks worker
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks', broker='redis://redis:6379/0')
`}],good:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0
    command: ["redis-server", "--save", "", "--appendonly", "yes"]
    volumes:
      - redis_data:/data

  worker:
    build: .
    command: celery -A tasks worker

volumes:
  redis_data:
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks', broker='redis://redis:6379/0')
`}]},"client-host-unknown":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
# expect: client-host-unknown "dials sentinel1, which is no service"
# expect: client-host-unknown "Did you mean sentinel-2?"
app.conf.broker_url = 'sentinel://sentinel1:26379;sentinel://sentinel2:26379/0'
app.conf.broker_transport_options = {'master_name': 'mymaster'}
`}],good:[{file:".env",text:`CELERY_RESULT_BACKEND=redis://redis.internal.example.com:6379/1
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    container_name: broker
    command: redis-server --appendonly yes
    networks:
      backend:
        aliases:
          - celery-results

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis
    networks:
      - backend

  worker:
    build: .
    command: celery -A tasks worker
    networks:
      - backend

networks:
  backend:
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.conf.broker_url = 'sentinel://sentinel-1:26379/0'
app.conf.broker_transport_options = {'master_name': 'mymaster'}
# The container_name and a network alias resolve too; a dotted name may be real DNS.
app.conf.result_backend = 'redis://celery-results:6379/1'
cache = 'redis://broker:6379/2'
`}]},"client-port-mismatch":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis
    ports:
      - "26379:26379"

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis
    ports:
      - "26380:26379"

  worker:
    build: .
    command: celery -A tasks worker
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
# expect: client-port-mismatch "inside the compose network its container listens on 26379"
app.conf.broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26380/0'
app.conf.broker_transport_options = {'master_name': 'mymaster'}
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "127.0.0.1:6380:6379"

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis
    ports:
      - "26380:26379"

  worker:
    build: .
    command: celery -A tasks worker
`},{file:"monitor_settings.py",text:`# From the Docker host: the published port.
broker_url = 'redis://localhost:6380/0'
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
# Inside the network: the container ports, whatever the host publishes.
app.conf.broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379/0'
app.conf.broker_transport_options = {'master_name': 'mymaster'}
`}]},"client-timeout-shorter-than-failover":{bad:[{file:"app.py",text:`from redis.sentinel import Sentinel

sentinel = Sentinel([('sentinel-1', 26379), ('sentinel-2', 26379), ('sentinel-3', 26379)], socket_timeout=0.1)
# expect: client-timeout-shorter-than-failover "after at most 4.8 s (no retry, socket_timeout 0.1 s, 3 Sentinels)"
master = sentinel.master_for('mymaster', socket_timeout=0.1)


def record(event):
    master.lpush('events', event)
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes

  redis-replica:
    image: redis:7.0
    command: redis-server --appendonly yes --replicaof redis-master 6379

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-3:/etc/redis

  app:
    build: .
    command: python app.py
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 10000
sentinel failover-timeout mymaster 60000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 10000
sentinel failover-timeout mymaster 60000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 10000
sentinel failover-timeout mymaster 60000
`}],good:[{file:"app.py",text:`from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError, TimeoutError
from redis.retry import Retry
from redis.sentinel import Sentinel

sentinel = Sentinel([('sentinel-1', 26379), ('sentinel-2', 26379), ('sentinel-3', 26379)], socket_timeout=0.1)
# Retries with backoff for longer than down-after-milliseconds plus the election.
master = sentinel.master_for(
    'mymaster',
    socket_timeout=0.1,
    retry=Retry(ExponentialBackoff(cap=2, base=0.1), 10),
    retry_on_error=[ConnectionError, TimeoutError],
)


def record(event):
    master.lpush('events', event)
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes

  redis-replica:
    image: redis:7.0
    command: redis-server --appendonly yes --replicaof redis-master 6379

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-3:/etc/redis

  app:
    build: .
    command: python app.py
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 10000
sentinel failover-timeout mymaster 60000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 10000
sentinel failover-timeout mymaster 60000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 10000
sentinel failover-timeout mymaster 60000
`}]},"compose-dollar-in-secret":{bad:[{file:"docker-compose.yml",text:`services:
  redis:
    image: bitnami/redis:7.0
    environment:
      # expect: compose-dollar-in-secret "the value of REDIS_PASSWORD in the environment of service redis"
      REDIS_PASSWORD: "Xk9$mP2qLw8zR4"
      REDIS_AOF_ENABLED: "yes"
    ports:
      - "127.0.0.1:6379:6379"

  sentinel:
    image: bitnami/redis-sentinel:7.0
    environment:
      - REDIS_MASTER_HOST=redis
      # expect: compose-dollar-in-secret "Write $$ for a literal $"
      - REDIS_MASTER_PASSWORD=Xk9$mP2qLw8zR4
`}],good:[{file:"docker-compose.yml",text:`services:
  redis:
    image: bitnami/redis:7.0
    environment:
      REDIS_PASSWORD: "Xk9$$mP2qLw8zR4"
      REDIS_AOF_ENABLED: "yes"

  sentinel:
    image: bitnami/redis-sentinel:7.0
    environment:
      - REDIS_MASTER_HOST=redis
      - REDIS_MASTER_PASSWORD=Xk9$$mP2qLw8zR4
      # Not a secret by its name: compose interpolates it, and that is no password's business here.
      - REDIS_MASTER_PORT_NUMBER=6$PORT_SUFFIX
`}]},"compose-v1-layout":{bad:[{file:"docker-compose.yml",text:`# expect: compose-v1-layout "its services (master, replica) sit at the top level"
master:
  image: redis:7.0
  command: redis-server --appendonly yes
  ports:
    - "6379:6379"

replica:
  image: redis:7.0
  command: redis-server --replicaof master 6379
  links:
    - master
`}],good:[{file:"docker-compose.yml",text:`services:
  master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6379:6379"

  replica:
    image: redis:7.0
    command: redis-server --replicaof master 6379
    depends_on:
      - master
`}]},"compose-version-obsolete":{bad:[{file:"docker-compose.yml",text:`# expect: compose-version-obsolete "the attribute \`version\` is obsolete, it will be ignored"
version: '3.8'

services:
  redis:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    restart: unless-stopped
`}],good:[{file:"docker-compose.yml",text:`name: cache

services:
  redis:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    restart: unless-stopped
`}]},"conf-acl-conflict":{bad:[{file:"redis.conf",text:`port 6379
# expect: conf-acl-conflict "Configuring Redis with users defined in redis.conf"
aclfile /etc/redis/users.acl
user worker on >worker-pw-8c1f ~celery* &* +@all
`}],good:[{file:"redis.conf",text:`port 6379
aclfile /etc/redis/users.acl
`}]},"conf-bom":{bad:[{file:"redis.conf",text:`\uFEFFport 6379
appendonly yes
`}],good:[{file:"redis.conf",text:`port 6379
appendonly yes
`}]},"conf-directive-unsupported":{bad:[{file:".sentinel-lint.yml",text:`settings:
  redisVersion: "7.0"
`},{file:"redis.conf",text:`port 6379
# locale-collate came with Redis 7.2.
# expect: conf-directive-unsupported "7.2"
locale-collate ""
`}],good:[{file:".sentinel-lint.yml",text:`settings:
  redisVersion: "7.2"
`},{file:"redis.conf",text:`port 6379
locale-collate ""
`}]},"conf-duplicate-directive":{bad:[{file:"redis.conf",text:`port 6379
# expect: conf-duplicate-directive "set again on line 8"
maxmemory 100mb
maxmemory-policy noeviction
appendonly yes

# Raised for the new host
maxmemory 200mb
`}],good:[{file:"redis.conf",text:`port 6379
bind 127.0.0.1 -::1
maxmemory 1gb
maxmemory-policy noeviction
save 900 1
save 300 10
user default on nopass ~* &* +@all
user worker on >worker-pw-8c1f ~celery* &* +@all
rename-command FLUSHALL ""
rename-command FLUSHDB ""
client-output-buffer-limit replica 256mb 64mb 60
client-output-buffer-limit pubsub 32mb 8mb 60
`}]},"conf-file-shared-by-nodes":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0-alpine
    command: redis-server /usr/local/etc/redis/redis.conf
    volumes:
      - ./master:/usr/local/etc/redis
  redis-replica-1:
    image: redis:7.0-alpine
    command: redis-server /usr/local/etc/redis/redis.conf
    volumes:
      # expect: conf-file-shared-by-nodes "shares replica/redis.conf with service redis-replica-2"
      - ./replica:/usr/local/etc/redis
  redis-replica-2:
    image: redis:7.0-alpine
    command: redis-server /usr/local/etc/redis/redis.conf
    volumes:
      # expect: conf-file-shared-by-nodes "shares replica/redis.conf with service redis-replica-1"
      - ./replica:/usr/local/etc/redis
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
`},{file:"replica/redis.conf",text:`port 6379
replicaof redis-master 6379
appendonly yes
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0-alpine
    command: redis-server /usr/local/etc/redis/redis.conf
    volumes:
      - ./master:/usr/local/etc/redis
  redis-replica-1:
    image: redis:7.0-alpine
    command: redis-server /usr/local/etc/redis/redis.conf
    volumes:
      - ./replica-1:/usr/local/etc/redis
  redis-replica-2:
    image: redis:7.0-alpine
    command: redis-server /usr/local/etc/redis/redis.conf
    volumes:
      - ./replica-2:/usr/local/etc/redis
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
`},{file:"replica-1/redis.conf",text:`port 6379
replicaof redis-master 6379
appendonly yes
`},{file:"replica-2/redis.conf",text:`port 6379
replicaof redis-master 6379
appendonly yes
`}]},"conf-ignored-directive":{bad:[{file:"redis.conf",text:`port 6380
# expect: conf-ignored-directive "accepted and ignored"
list-max-ziplist-entries 512
# expect: conf-ignored-directive "old name of replicaof"
slaveof 10.0.0.5 6379
# expect: conf-ignored-directive "old name of replica-read-only"
slave-read-only yes
# expect: conf-ignored-directive "old name of hash-max-listpack-entries"
hash-max-ziplist-entries 128
`}],good:[{file:"redis.conf",text:`port 6380
list-max-listpack-size -2
replicaof 10.0.0.5 6379
replica-read-only yes
hash-max-listpack-entries 128
`}]},"conf-include-missing":{bad:[{file:"redis.conf",text:`port 6379
# expect: conf-include-missing "can't open config file"
include common.conf
`}],good:[{file:"common.conf",text:`appendonly yes
maxmemory-policy noeviction
`},{file:"redis.conf",text:`port 6379
include common.conf
`}]},"conf-inline-comment":{bad:[{file:"redis.conf",text:`port 6379
# expect: conf-inline-comment "wrong number of arguments"
maxmemory 100mb # leave room for the OS
# expect: conf-inline-comment "Invalid save parameters"
save 900 1 # hourly
# expect: conf-inline-comment
bind 127.0.0.1 # local only
`}],good:[{file:"redis.conf",text:`port 6379
# leave room for the OS
maxmemory 100mb
# A password may start with "#": it is one argument, not a comment.
requirepass #not-a-comment-but-a-password
rename-command CONFIG #renamed-config
`}]},"conf-memory-unit-ambiguous":{bad:[{file:"redis.conf",text:`port 6379
# 2g is 2 * 10^9 bytes, not 2 GiB
# expect: conf-memory-unit-ambiguous "is 2000000000 bytes"
maxmemory 2g
maxmemory-policy noeviction
# expect(+1): conf-memory-unit-ambiguous "256mb"
client-output-buffer-limit replica 256m 64mb 60
`}],good:[{file:"redis.conf",text:`port 6379
maxmemory 2gb
maxmemory-policy noeviction
maxmemory-clients 10%
repl-backlog-size 64mb
client-output-buffer-limit replica 256mb 64mb 60
client-output-buffer-limit pubsub 32mb 8mb 60
# 0 means no limit, and says so
client-output-buffer-limit normal 0 0 0
`}]},"conf-parse-error":{bad:[{file:"redis.conf",text:`port 6379
# redis-server has no "tb" unit: the largest is gb.
# expect: conf-parse-error "argument must be a memory value"
maxmemory 1tb
# expect: conf-parse-error "argument must be 'yes' or 'no'"
appendonly true
# expect: conf-parse-error "argument must be between 0 and 65535 inclusive"
port 70000
`}],good:[{file:"redis.conf",text:`# Directive names are case-insensitive, booleans and enums too (E6).
PORT 6379
bind 127.0.0.1 -::1
MAXMEMORY-POLICY NoEviction
appendonly YES
maxmemory 512MB
save 900 1
save "300 10"
requirepass "a long passphrase with spaces"
	dir ./
`}]},"conf-save-accumulates":{bad:[{file:"redis.conf",text:`port 6379
save 900 1
appendonly yes
appendfsync everysec
# Snapshot more often under load
# expect: conf-save-accumulates "after 900 s if at least 1 change, after 60 s"
save 60 10000
`}],good:[{file:"redis.conf",text:`port 6379
bind 0.0.0.0
save 900 1
save 300 10
save 60 10000
appendonly yes
`}]},"conf-unexpanded-variable":{bad:[{file:"sentinel.conf",text:`port 26379
# expect: conf-unexpanded-variable "Can't resolve instance hostname."
sentinel monitor mymaster \${REDIS_MASTER_HOST} 6379 2
# expect: conf-unexpanded-variable "negative or zero time parameter."
sentinel down-after-milliseconds mymaster \${DOWN_AFTER_MS}
# expect: conf-unexpanded-variable "Quorum must be 1 or greater."
sentinel monitor othermaster 10.0.0.6 6379 \${SENTINEL_QUORUM}
`}],good:[{file:"redis.conf",text:`port 6379
requirepass Broker-pw$2024-x9
dir /data
user worker on >worker-pw-8c1f ~celery* &* +@all
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel auth-pass mymaster Broker-pw$2024-x9
sentinel parallel-syncs mymaster 1
`}]},"data-dir-not-on-volume":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    volumes:
      - master_data:/data

  # expect: data-dir-not-on-volume "anonymous volume"
  redis-replica:
    image: redis:7.0-alpine
    command: redis-server --replicaof redis-master 6379 --appendonly yes

volumes:
  master_data:
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    volumes:
      - master_data:/data

  redis-replica:
    image: redis:7.0-alpine
    command: redis-server --replicaof redis-master 6379 --appendonly yes
    volumes:
      - ./replica-data:/data

volumes:
  master_data:
`},{file:"replica-data/.gitkeep",text:""}]},"django-namespace-mismatch":{bad:[{file:"proj/celery.py",text:`import os

from celery import Celery

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')

app = Celery('proj')
app.config_from_object('django.conf:settings', namespace='CELERY')
app.autodiscover_tasks()
`},{file:"proj/settings.py",text:`DEBUG = False
INSTALLED_APPS = ['django.contrib.contenttypes', 'orders']
TIME_ZONE = 'UTC'

CELERY_BROKER_URL = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
CELERY_RESULT_BACKEND = 'redis://redis:6379/1'
# expect: django-namespace-mismatch "Rename it to CELERY_BROKER_TRANSPORT_OPTIONS"
BROKER_TRANSPORT_OPTIONS = {'master_name': 'mymaster'}
# expect: django-namespace-mismatch "CELERY_WORKER_PREFETCH_MULTIPLIER"
CELERYD_PREFETCH_MULTIPLIER = 1
`}],good:[{file:"proj/celery.py",text:`import os

from celery import Celery

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')

app = Celery('proj')
app.config_from_object('django.conf:settings', namespace='CELERY')
app.autodiscover_tasks()
`},{file:"proj/settings.py",text:`DEBUG = False
INSTALLED_APPS = ['django.contrib.contenttypes', 'orders']
TIME_ZONE = 'UTC'
REDIS_URL = 'redis://redis:6379/2'

CELERY_BROKER_URL = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
CELERY_BROKER_TRANSPORT_OPTIONS = {'master_name': 'mymaster'}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
`}]},"down-after-too-low":{bad:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
# expect: down-after-too-low "is 500 ms"
sentinel down-after-milliseconds mymaster 500
`}],good:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
`}]},"env-overrides-broker-url":{bad:[{file:".env",text:`# expect: env-overrides-broker-url "with a different URL"
CELERY_BROKER_URL=redis://redis:6379/0
`},{file:"celery_app.py",text:`from celery import Celery

app = Celery('proj', broker='redis://localhost:6379/0', backend='redis://localhost:6379/1')
`}],good:[{file:".env",text:`CELERY_BROKER_URL=redis://redis:6379/0
CELERY_RESULT_BACKEND=redis://redis:6379/1
`},{file:"celeryconfig.py",text:`import os

broker_url = os.getenv('CELERY_BROKER_URL', 'redis://localhost:6379/0')
result_backend = os.environ.get('CELERY_RESULT_BACKEND', 'redis://localhost:6379/1')
`}]},"env-unquoted-semicolon":{bad:[{file:".env",text:`# Redis Sentinel configuration
# expect: env-unquoted-semicolon "sets REDIS_SENTINEL_HOSTS to the text before it"
REDIS_SENTINEL_HOSTS=sentinel1:26379;sentinel2:26379;sentinel3:26379
REDIS_SENTINEL_MASTER=mymaster
# expect: env-unquoted-semicolon "leaves REDIS_PASSWORD unset"
REDIS_PASSWORD=k9&Lp2;Zr
# expect: env-unquoted-semicolon "holds a space"
CELERY_WORKER_ARGS=--concurrency 4
`}],good:[{file:".env",text:`# Redis Sentinel configuration
REDIS_SENTINEL_HOSTS='sentinel1:26379;sentinel2:26379;sentinel3:26379'
REDIS_SENTINEL_MASTER=mymaster # the name every sentinel monitors
REDIS_PASSWORD="k9&Lp2;Zr"
CELERY_WORKER_ARGS="--concurrency 4"
CELERY_BROKER_URL='sentinel://sentinel1:26379;sentinel://sentinel2:26379;sentinel://sentinel3:26379'
`}]},"failover-timeout-short":{bad:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
sentinel parallel-syncs mymaster 1
# expect: failover-timeout-short "is 10000 ms, under a minute"
sentinel failover-timeout mymaster 10000
`}],good:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
`}]},"image-protected-mode-off":{bad:[{file:"docker-compose.yml",text:`services:
  cache:
    # expect: image-protected-mode-off "the official redis image compiles it off"
    image: redis:7.0-alpine
    command: redis-server --appendonly yes --maxmemory-policy noeviction
  worker:
    image: python:3.11-slim
    command: python -m worker
`}],good:[{file:"docker-compose.yml",text:`services:
  cache:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes --requirepass Cache-pw-4e7b19
`}]},"master-missing-masterauth":{bad:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
appendonly yes
# expect: master-missing-masterauth "rejoins as a replica and loops"
requirepass Qm7vR2xN9kT4wLp8sYd3
`},{file:"redis-replica-1.conf",text:`port 6379
bind 10.0.0.2
appendonly yes
requirepass Qm7vR2xN9kT4wLp8sYd3
masterauth Qm7vR2xN9kT4wLp8sYd3
replicaof 10.0.0.1 6379
`},{file:"redis-replica-2.conf",text:`port 6379
bind 10.0.0.3
appendonly yes
requirepass Qm7vR2xN9kT4wLp8sYd3
masterauth Qm7vR2xN9kT4wLp8sYd3
replicaof 10.0.0.1 6379
`},{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster Qm7vR2xN9kT4wLp8sYd3
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster Qm7vR2xN9kT4wLp8sYd3
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster Qm7vR2xN9kT4wLp8sYd3
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
requirepass Qm7vR2xN9kT4wLp8sYd3
# Needed once a failover has turned this node into a replica.
masterauth Qm7vR2xN9kT4wLp8sYd3
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
requirepass Qm7vR2xN9kT4wLp8sYd3
masterauth Qm7vR2xN9kT4wLp8sYd3
replicaof 10.0.0.1 6379
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster Qm7vR2xN9kT4wLp8sYd3
`}]},"master-name-mismatch":{bad:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
# expect: master-name-mismatch "sentinel-3.conf calls the master at 10.0.0.5:6379"
sentinel monitor redis-master 10.0.0.5 6379 2
`}],good:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel monitor cache 10.0.0.6 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel monitor cache 10.0.0.6 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel monitor cache 10.0.0.6 6379 2
`}]},"master-password-mismatch":{bad:[{file:".env",text:`REDIS_PASSWORD=Xk9vQ2mLr7pT4wZS
`},{file:"celeryconfig.py",text:`import os

REDIS_PASSWORD = os.getenv('REDIS_PASSWORD')

# expect(+2): master-password-mismatch "is not the password of service redis-master"
broker_url = (
    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'
)
broker_transport_options = {'master_name': 'mymaster'}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./master:/data

  redis-replica:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./replica:/data

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-3:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker --loglevel=info
    env_file: .env
    depends_on:
      - sentinel-1
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"replica/redis.conf",text:`port 6379
appendonly yes
replicaof redis-master 6379
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')
`}],good:[{file:".env",text:`REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs
`},{file:"celeryconfig.py",text:`import os

REDIS_PASSWORD = os.getenv('REDIS_PASSWORD')

broker_url = (
    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'
)
broker_transport_options = {'master_name': 'mymaster'}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./master:/data

  redis-replica:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./replica:/data

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-3:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker --loglevel=info
    env_file: .env
    depends_on:
      - sentinel-1
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"replica/redis.conf",text:`port 6379
appendonly yes
replicaof redis-master 6379
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')
`}]},"master-password-missing":{bad:[{file:".env",text:`REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs
# expect: master-password-missing "sends no password to the master"
REDIS_SENTINEL_HOSTS="sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379"
`},{file:"celery_app.py",text:`import os

from celery import Celery

SENTINEL_HOSTS = os.getenv('REDIS_SENTINEL_HOSTS', 'sentinel://localhost:26379')

app = Celery('myapp', broker=SENTINEL_HOSTS)
app.conf.broker_transport_options = {
    'master_name': 'mymaster',
    # The master's password here reaches the Sentinels, not the master.
    'sentinel_kwargs': {'password': os.getenv('REDIS_PASSWORD')},
}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./master:/data

  redis-replica:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./replica:/data

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-3:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker --loglevel=info
    env_file: .env
    depends_on:
      - sentinel-1
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"replica/redis.conf",text:`port 6379
appendonly yes
replicaof redis-master 6379
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`}],good:[{file:".env",text:`REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs
`},{file:"celeryconfig.py",text:`import os

REDIS_PASSWORD = os.getenv('REDIS_PASSWORD')

broker_url = (
    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'
)
result_backend = broker_url
broker_transport_options = {'master_name': 'mymaster'}
result_backend_transport_options = {'master_name': 'mymaster'}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./master:/data

  redis-replica:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./replica:/data

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-3:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker --loglevel=info
    env_file: .env
    depends_on:
      - sentinel-1
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"replica/redis.conf",text:`port 6379
appendonly yes
replicaof redis-master 6379
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')
`}]},"masterauth-mismatch":{bad:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
requirepass Hk3nW8qZ5tR1mXv7bLc2
masterauth Hk3nW8qZ5tR1mXv7bLc2
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
requirepass Hk3nW8qZ5tR1mXv7bLc2
# expect: masterauth-mismatch "is not the password of its master redis-master.conf"
masterauth Hk3nW8qZ5tR1mXv7bLc9
replicaof 10.0.0.1 6379
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster Hk3nW8qZ5tR1mXv7bLc2
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
requirepass "Hk3nW8qZ5tR1mXv7bLc2"
masterauth Hk3nW8qZ5tR1mXv7bLc2
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
requirepass Hk3nW8qZ5tR1mXv7bLc2
masterauth 'Hk3nW8qZ5tR1mXv7bLc2'
replicaof 10.0.0.1 6379
`}]},"maxmemory-unset":{bad:[{file:".env",text:`CELERY_BROKER_URL=redis://redis:6379/0
`},{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0
    # expect: maxmemory-unset "with no maxmemory"
    command: redis-server --appendonly yes --maxmemory-policy noeviction

  worker:
    build: .
    env_file: .env
    command: celery -A tasks worker
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')
`}],good:[{file:".env",text:`CELERY_BROKER_URL=redis://redis:6379/0
`},{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0
    command: redis-server --appendonly yes --maxmemory 1gb --maxmemory-policy noeviction

  worker:
    build: .
    env_file: .env
    command: celery -A tasks worker
`}]},"min-replicas-disabled":{bad:[{file:"redis.conf",text:`port 6379
min-replicas-to-write 1
# expect: min-replicas-disabled "turns the min-replicas check off"
min-replicas-max-lag 0
`}],good:[{file:"redis.conf",text:`port 6379
min-replicas-to-write 1
min-replicas-max-lag 10
`}]},"min-replicas-unsatisfiable":{bad:[{file:"redis-master.conf",text:`port 6379
bind 0.0.0.0
requirepass Broker-Pass-4c9d2e
masterauth Broker-Pass-4c9d2e
# expect: min-replicas-unsatisfiable "refuses every write"
min-replicas-to-write 3
min-replicas-max-lag 10
`},{file:"redis-replica-1.conf",text:`port 6379
bind 0.0.0.0
replicaof redis-master 6379
requirepass Broker-Pass-4c9d2e
masterauth Broker-Pass-4c9d2e
`},{file:"redis-replica-2.conf",text:`port 6379
bind 0.0.0.0
replicaof redis-master 6379
requirepass Broker-Pass-4c9d2e
masterauth Broker-Pass-4c9d2e
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 0.0.0.0
requirepass Broker-Pass-4c9d2e
masterauth Broker-Pass-4c9d2e
min-replicas-to-write 1
min-replicas-max-lag 10
`},{file:"redis-replica-1.conf",text:`port 6379
bind 0.0.0.0
replicaof redis-master 6379
requirepass Broker-Pass-4c9d2e
masterauth Broker-Pass-4c9d2e
`},{file:"redis-replica-2.conf",text:`port 6379
bind 0.0.0.0
replicaof redis-master 6379
requirepass Broker-Pass-4c9d2e
masterauth Broker-Pass-4c9d2e
`}]},"monitor-target-unknown":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6380:6379"

  redis-replica:
    image: redis:7.0
    command: redis-server --replicaof redis-master 6379
    ports:
      - "6381:6379"

  sentinel:
    image: redis:7.0
    command: redis-sentinel /etc/sentinel/sentinel.conf
    volumes:
      - ./sentinel:/etc/sentinel
    ports:
      - "26379:26379"
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
# expect(+1): monitor-target-unknown "6380 is the host port that service redis-master publishes"
sentinel monitor mymaster redis-master 6380 2
sentinel down-after-milliseconds mymaster 5000
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6380:6379"

  redis-replica:
    image: redis:7.0
    command: redis-server --replicaof redis-master 6379
    ports:
      - "6381:6379"

  sentinel:
    image: redis:7.0
    command: redis-sentinel /etc/sentinel/sentinel.conf
    volumes:
      - ./sentinel:/etc/sentinel
    ports:
      - "26379:26379"
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel down-after-milliseconds mymaster 5000
`}]},"no-auth-exposed":{bad:[{file:"docker-compose.yml",text:`services:
  cache:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    ports:
      # expect: no-auth-exposed "publishes its port 6379 at host port 6379 on every host address"
      - "6379:6379"
    restart: unless-stopped
`}],good:[{file:"docker-compose.yml",text:`services:
  cache:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    expose:
      - "6379"
  worker:
    image: python:3.11-slim
    command: python -m worker
    depends_on:
      - cache
`}]},"no-promotable-replica":{bad:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.5 127.0.0.1
`},{file:"redis-replica-1.conf",text:`port 6379
bind 10.0.0.6 127.0.0.1
replicaof 10.0.0.5 6379
# expect: no-promotable-replica "Every replica of mymaster in these files (redis-replica-1.conf and redis-replica-2.conf) has replica-priority 0"
replica-priority 0
`},{file:"redis-replica-2.conf",text:`port 6379
bind 10.0.0.7 127.0.0.1
replicaof 10.0.0.5 6379
# expect: no-promotable-replica
slave-priority 0
`},{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.5 127.0.0.1
`},{file:"redis-replica-1.conf",text:`port 6379
bind 10.0.0.6 127.0.0.1
replicaof 10.0.0.5 6379
# The backup copy must never become master; replica-2 can.
replica-priority 0
`},{file:"redis-replica-2.conf",text:`port 6379
bind 10.0.0.7 127.0.0.1
replicaof 10.0.0.5 6379
replica-priority 100
`},{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"no-restart-policy":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    restart: \${REDIS_RESTART:-unless-stopped}

  # expect: no-restart-policy "service sentinel-1 runs Redis Sentinel (redis-sentinel) with no restart policy"
  sentinel-1:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel:/etc/redis

  web:
    image: nginx:1.25
    ports:
      - "8080:80"
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 1
sentinel down-after-milliseconds mymaster 5000
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    restart: unless-stopped

  sentinel-1:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel:/etc/redis
    restart: always

  web:
    image: nginx:1.25
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 1
sentinel down-after-milliseconds mymaster 5000
`}]},"parse-error":{bad:[],good:[{file:"redis.conf",text:`# R\xE9glages du cache \u2014 commentaire en fran\xE7ais
port 6379
appendonly yes
`}]},"path-outside-root":{bad:[{file:"redis.conf",text:`port 6379
# expect: path-outside-root
include ../../shared-settings.conf
`}],good:[{file:"conf/common.conf",text:`appendonly yes
`},{file:"redis.conf",text:`port 6379
include conf/common.conf
`}]},"placeholder-password":{bad:[{file:"redis.conf",text:`port 6379
bind 10.0.0.1
# Copied from the example redis.conf.
# expect: placeholder-password "well-known placeholder"
requirepass foobared
# expect: placeholder-password "The masterauth password in redis.conf is a well-known placeholder"
masterauth foobared
`}],good:[{file:"redis.conf",text:`port 6379
bind 10.0.0.1
# A long passphrase is fine, even with a dictionary word in it.
requirepass "correct horse battery staple password 1987"
masterauth "correct horse battery staple password 1987"
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster "correct horse battery staple password 1987"
`}]},"port-collision-same-host":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    network_mode: host
    command: redis-server --port 6379 --appendonly yes

  redis-replica:
    image: redis:7.0
    network_mode: host
    # expect(+1): port-collision-same-host "both listen on port 6379 in the Docker host's network"
    command: redis-server --port 6379 --replicaof 127.0.0.1 6379 --appendonly yes
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    network_mode: host
    command: redis-server --port 6379 --appendonly yes

  redis-replica:
    image: redis:7.0
    network_mode: host
    command: redis-server --port 6380 --replicaof 127.0.0.1 6379 --appendonly yes
`}]},"port-range-single-instance":{bad:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes
    ports:
      - "6379:6379"

  sentinel:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel:/etc/redis
    ports:
      # expect: port-range-single-instance "service sentinel runs one container but publishes 3 host ports (26379-26381) for container port 26379"
      - "26379-26381:26379"
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis 6379 1
`}],good:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0-alpine
    command: redis-server --appendonly yes

  sentinel:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel:/etc/redis
    ports:
      - "26379-26381:26379"
    deploy:
      replicas: 3
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis 6379 2
`}]},"prefetch-with-acks-late":{bad:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
# expect: prefetch-with-acks-late "prefetches 4 messages per process (Celery's default)"
task_acks_late = True
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
task_acks_late = True
worker_prefetch_multiplier = 1
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]},"promotion-asymmetry":{bad:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
requirepass Fs8mW3qX6tK1zR9vNp4c
masterauth Fs8mW3qX6tK1zR9vNp4c
appendonly yes
maxmemory-policy noeviction
min-replicas-to-write 1
min-replicas-max-lag 10
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
requirepass Fs8mW3qX6tK1zR9vNp4c
masterauth Fs8mW3qX6tK1zR9vNp4c
# expect: promotion-asymmetry "keeps the default appendonly no, but its master redis-master.conf sets yes"
# expect: promotion-asymmetry "min-replicas-to-write 0"
replicaof 10.0.0.1 6379
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster Fs8mW3qX6tK1zR9vNp4c
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1

requirepass Fs8mW3qX6tK1zR9vNp4c
masterauth Fs8mW3qX6tK1zR9vNp4c
appendonly yes
maxmemory-policy noeviction
min-replicas-to-write 1
min-replicas-max-lag 10
rename-command FLUSHALL ""
`},{file:"redis-replica-1.conf",text:`port 6379
bind 10.0.0.2
replicaof 10.0.0.1 6379
requirepass Fs8mW3qX6tK1zR9vNp4c
masterauth Fs8mW3qX6tK1zR9vNp4c
appendonly yes
maxmemory-policy noeviction
min-replicas-to-write 1
min-replicas-max-lag 10
rename-command FLUSHALL ""
`},{file:"redis-replica-2.conf",text:`port 6379
bind 10.0.0.3
replicaof 10.0.0.1 6379
requirepass Fs8mW3qX6tK1zR9vNp4c
masterauth Fs8mW3qX6tK1zR9vNp4c
appendonly yes
maxmemory-policy noeviction
min-replicas-to-write 1
min-replicas-max-lag 10
rename-command FLUSHALL ""
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster Fs8mW3qX6tK1zR9vNp4c
`}]},"protected-mode-false-safety":{bad:[{file:"redis.conf",text:`port 6379
bind 0.0.0.0
# expect: protected-mode-false-safety "protected mode ignores bind"
protected-mode yes
appendonly yes
`}],good:[{file:"redis.conf",text:`port 6379
bind 0.0.0.0
protected-mode yes
requirepass Broker-pw-5d8a22
`}]},"published-port-conflict":{bad:[{file:"docker-compose.yml",text:`services:
  sentinel-1:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis
    ports:
      - "26379:26379"
    restart: unless-stopped

  sentinel-2:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis
    ports:
      # expect: published-port-conflict "Host port 26379 is published by both service sentinel-1 and service sentinel-2"
      - "26379:26379"
    restart: unless-stopped
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel monitor mymaster 172.20.0.10 6379 2
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel monitor mymaster 172.20.0.10 6379 2
`}],good:[{file:"docker-compose.yml",text:`services:
  sentinel-1:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-1:/etc/redis
    ports:
      - "26379:26379"

  sentinel-2:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-2:/etc/redis
    ports:
      - "26380:26379"

  sentinel-3:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel-3:/etc/redis
    ports:
      - "26381:26379"
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel monitor mymaster 172.20.0.10 6379 2
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel monitor mymaster 172.20.0.10 6379 2
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel monitor mymaster 172.20.0.10 6379 2
`}]},"quorum-above-majority":{bad:[{file:"sentinel-1.conf",text:`port 26379
# expect: quorum-above-majority "survives the loss of no Sentinel instead of 1 Sentinel"
sentinel monitor mymaster 10.0.0.5 6379 3
`},{file:"sentinel-2.conf",text:`port 26379
# expect: quorum-above-majority "survives the loss of no Sentinel instead of 1 Sentinel"
sentinel monitor mymaster 10.0.0.5 6379 3
`},{file:"sentinel-3.conf",text:`port 26379
# expect: quorum-above-majority "survives the loss of no Sentinel instead of 1 Sentinel"
sentinel monitor mymaster 10.0.0.5 6379 3
`}],good:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"quorum-below-majority":{bad:[{file:"sentinel-1.conf",text:`port 26379
# expect: quorum-below-majority "one Sentinel that loses sight of the master"
sentinel monitor mymaster 10.0.0.5 6379 1
`},{file:"sentinel-2.conf",text:`port 26379
# expect: quorum-below-majority "one Sentinel that loses sight of the master"
sentinel monitor mymaster 10.0.0.5 6379 1
`},{file:"sentinel-3.conf",text:`port 26379
# expect: quorum-below-majority "one Sentinel that loses sight of the master"
sentinel monitor mymaster 10.0.0.5 6379 1
`}],good:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"quorum-exceeds-sentinels":{bad:[{file:"sentinel-1.conf",text:`port 26379
# expect: quorum-exceeds-sentinels "quorum 4 needs 4 Sentinels, only 3"
sentinel monitor mymaster 10.0.0.5 6379 4
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2.conf",text:`port 26379
# expect: quorum-exceeds-sentinels "quorum 4 needs 4 Sentinels, only 3"
sentinel monitor mymaster 10.0.0.5 6379 4
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3.conf",text:`port 26379
# expect: quorum-exceeds-sentinels "quorum 4 needs 4 Sentinels, only 3"
sentinel monitor mymaster 10.0.0.5 6379 4
sentinel down-after-milliseconds mymaster 5000
`}],good:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
`}]},"reject-on-worker-lost-loop":{bad:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
task_acks_late = True
# expect: reject-on-worker-lost-loop "in a loop"
task_reject_on_worker_lost = True
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
task_acks_late = True
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]},"rename-command-breaks-sentinel":{bad:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
# Hardening from a security checklist.
# expect: rename-command-breaks-sentinel "renames CONFIG, but sentinel-1.conf, sentinel-2.conf do not send it under that name"
rename-command CONFIG cfg-7f3a9c2e
rename-command FLUSHALL ""
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
replicaof 10.0.0.1 6379
# expect: rename-command-breaks-sentinel "renames CONFIG"
rename-command CONFIG cfg-7f3a9c2e
rename-command FLUSHALL ""
`},{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1

rename-command CONFIG cfg-7f3a9c2e
rename-command SLAVEOF replicate-4b8e1d
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
replicaof 10.0.0.1 6379
rename-command CONFIG cfg-7f3a9c2e
rename-command SLAVEOF replicate-4b8e1d
`},{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel rename-command mymaster CONFIG cfg-7f3a9c2e
sentinel rename-command mymaster slaveof REPLICATE-4B8E1D
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel rename-command mymaster CONFIG cfg-7f3a9c2e
sentinel rename-command mymaster slaveof REPLICATE-4B8E1D
`}]},"replica-persistence-asymmetric":{bad:[{file:"redis-master.conf",text:`port 6379
appendonly yes
`},{file:"redis-replica.conf",text:`port 6380
replicaof 127.0.0.1 6379
# Replicas only serve reads: no need to write to disk
# expect: replica-persistence-asymmetric "writes nothing to disk, but its master"
save ""
appendonly no
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 127.0.0.1 6379 2
`}],good:[{file:"redis-master.conf",text:`port 6379
save 900 1
appendonly yes
`},{file:"redis-replica.conf",text:`port 6380
replicaof 127.0.0.1 6379
# No save line: the default schedule applies, so this node persists too
appendonly yes
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 127.0.0.1 6379 2
`}]},"replica-writable":{bad:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
requirepass 6dT9xKq2mVw8LzR4pYc1
masterauth 6dT9xKq2mVw8LzR4pYc1
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
requirepass 6dT9xKq2mVw8LzR4pYc1
masterauth 6dT9xKq2mVw8LzR4pYc1
replicaof 10.0.0.1 6379
# Lets the reporting job write temporary keys here.
# expect: replica-writable "accepts writes that the master never sees"
replica-read-only no
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster 6dT9xKq2mVw8LzR4pYc1
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
replicaof 10.0.0.1 6379
replica-read-only yes
`},{file:"reports/redis-scratch.conf",text:`port 6380
bind 10.0.0.9
# A scratch copy of the analytics server, which no Sentinel monitors.
replicaof 10.0.0.5 6379
replica-read-only no
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
`}]},"replicaof-target-mismatch":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6380:6379"

  redis-replica:
    image: redis:7.0
    # expect(+1): replicaof-target-mismatch "6380 is the host port that service redis-master publishes"
    command: redis-server --replicaof redis-master 6380 --appendonly yes
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6380:6379"

  redis-replica:
    image: redis:7.0
    command: redis-server --replicaof redis-master 6379 --appendonly yes
`}]},"requirepass-ignored-by-aclfile":{bad:[{file:"redis.conf",text:`port 6379
bind 10.0.0.1
# expect: requirepass-ignored-by-aclfile "requirepass does not protect redis.conf"
requirepass Tb6wQ9xK3mZ7vN2rLp5d
aclfile /etc/redis/users.acl
`}],good:[{file:"redis.conf",text:`port 6379
bind 10.0.0.1
# The default user and its password are defined in the ACL file.
aclfile /etc/redis/users.acl
`}]},"role-not-persisted":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0-alpine
    # expect: role-not-persisted "runs from flags only"
    command: redis-server --appendonly yes
    volumes:
      - master_data:/data
  redis-replica:
    image: redis:7.0-alpine
    # expect: role-not-persisted "a replica of mymaster, runs from flags only"
    command: redis-server --replicaof redis-master 6379 --appendonly yes
    volumes:
      - replica_data:/data
  sentinel:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/sentinel/sentinel.conf
    volumes:
      - ./sentinel:/etc/sentinel

volumes:
  master_data:
  replica_data:
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 1
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0-alpine
    command: redis-server /data/redis.conf
    volumes:
      - ./master:/data
  redis-replica:
    image: redis:7.0-alpine
    command: redis-server /data/redis.conf
    volumes:
      - ./replica:/data
  sentinel:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/sentinel/sentinel.conf
    volumes:
      - ./sentinel:/etc/sentinel
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
`},{file:"replica/redis.conf",text:`port 6379
replicaof redis-master 6379
appendonly yes
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis-master 6379 1
`}]},"secret-in-repo":{bad:[{file:"redis.conf",text:`port 6379
bind 10.0.0.1
# expect: secret-in-repo "The requirepass password is written literally in redis.conf"
requirepass "v8Rk2#qLw9Zt4xNp7mBs"
# expect: secret-in-repo "The masterauth password"
masterauth "v8Rk2#qLw9Zt4xNp7mBs"
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
# expect: secret-in-repo "The sentinel auth-pass password for mymaster"
sentinel auth-pass mymaster "v8Rk2#qLw9Zt4xNp7mBs"
`}],good:[{file:"redis.conf",text:`port 6379
bind 10.0.0.1
# requirepass and masterauth come from a file mounted at deploy time, never committed.
include /run/secrets/redis-auth.conf
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
include /run/secrets/sentinel-auth.conf
`}]},"secret-on-command-line":{bad:[{file:"docker-compose.yml",text:`services:
  cache:
    image: redis:7.0-alpine
    # expect(+1): secret-on-command-line "The requirepass password is written into the command of service cache"
    command: redis-server --appendonly yes --requirepass Vd9fKq2mWz7rLp4x
    restart: unless-stopped

  replica:
    image: redis:7.0-alpine
    command:
      - redis-server
      - --replicaof
      - cache
      - "6379"
      - --masterauth
      # expect: secret-on-command-line "The masterauth password is written into the command of service replica"
      - Vd9fKq2mWz7rLp4x
      - --requirepass
      # expect: secret-on-command-line "requirepass"
      - Vd9fKq2mWz7rLp4x
    restart: unless-stopped
`}],good:[{file:"docker-compose.yml",text:`services:
  cache:
    image: redis:7.0
    command: sh -c 'exec redis-server --appendonly yes --requirepass "$$(cat /run/secrets/redis_password)"'
    secrets:
      - redis_password

secrets:
  redis_password:
    file: ./secrets/redis_password.txt
`}]},"sentinel-auth-pass-mismatch":{bad:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
requirepass Zp4kT8wQ2nV6xR9mLc3s
masterauth Zp4kT8wQ2nV6xR9mLc3s
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
requirepass Zp4kT8wQ2nV6xR9mLc3s
masterauth Zp4kT8wQ2nV6xR9mLc3s
replicaof 10.0.0.1 6379
`},{file:"sentinel-1.conf",text:`port 26379
# expect: sentinel-auth-pass-mismatch "has no auth-pass for mymaster"
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2.conf",text:`port 26379
# expect: sentinel-auth-pass-mismatch "has no auth-pass for mymaster"
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3.conf",text:`port 26379
# expect: sentinel-auth-pass-mismatch "has no auth-pass for mymaster"
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel down-after-milliseconds mymaster 5000
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1
requirepass Zp4kT8wQ2nV6xR9mLc3s
masterauth Zp4kT8wQ2nV6xR9mLc3s
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
requirepass Zp4kT8wQ2nV6xR9mLc3s
masterauth Zp4kT8wQ2nV6xR9mLc3s
replicaof 10.0.0.1 6379
`},{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-pass mymaster Zp4kT8wQ2nV6xR9mLc3s
`},{file:"sentinel-2.conf",text:`port 26379
# Before the monitor line: Sentinel reads per-master options after every monitor (6.2+).
sentinel auth-pass mymaster "Zp4kT8wQ2nV6xR9mLc3s"
sentinel monitor mymaster 10.0.0.1 6379 2
`}]},"sentinel-auth-user-acl":{bad:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1

user default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all
masteruser default
masterauth Jr5tY9wK2mQ7xP4nVb8c
# expect: sentinel-auth-user-acl "denies SLAVEOF"
user sentinel on >Ld3wX8qT6nZ1vR5kMp9s &__sentinel__:hello +multi +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
replicaof 10.0.0.1 6379
user default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all
masteruser default
masterauth Jr5tY9wK2mQ7xP4nVb8c
# expect: sentinel-auth-user-acl "denies SLAVEOF"
user sentinel on >Ld3wX8qT6nZ1vR5kMp9s &__sentinel__:hello +multi +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-user mymaster sentinel
sentinel auth-pass mymaster Ld3wX8qT6nZ1vR5kMp9s
`}],good:[{file:"redis-master.conf",text:`port 6379
bind 10.0.0.1

user default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all
masteruser default
masterauth Jr5tY9wK2mQ7xP4nVb8c
user sentinel on >Ld3wX8qT6nZ1vR5kMp9s allchannels +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill
`},{file:"redis-replica.conf",text:`port 6379
bind 10.0.0.2
replicaof 10.0.0.1 6379
user default on >Jr5tY9wK2mQ7xP4nVb8c ~* &* +@all
masteruser default
masterauth Jr5tY9wK2mQ7xP4nVb8c
user sentinel on >Ld3wX8qT6nZ1vR5kMp9s allchannels +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.1 6379 2
sentinel auth-user mymaster sentinel
sentinel auth-pass mymaster Ld3wX8qT6nZ1vR5kMp9s
`}]},"sentinel-count-even":{bad:[{file:"sentinel-1.conf",text:`port 26379
# expect: sentinel-count-even "mymaster has 2 Sentinels: a failover needs both votes"
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`}],good:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"sentinel-count-too-low":{bad:[{file:"sentinel-a.conf",text:`port 26379
# expect: sentinel-count-too-low "Only 2 Sentinels monitor mymaster"
sentinel monitor mymaster 10.0.0.5 6379 1
`},{file:"sentinel-b.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 1
`}],good:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"sentinel-exposed-without-auth":{bad:[{file:"sentinel.conf",text:`# Sentinel instance
port 26379
# expect: sentinel-exposed-without-auth "can control this Sentinel without a password"
bind 0.0.0.0

sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
`}],good:[{file:"sentinel.conf",text:`port 26379
bind 0.0.0.0
requirepass Sentinel-pw-7f3e91
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"sentinel-hostname-not-announced":{bad:[{file:"sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
# expect: sentinel-hostname-not-announced "replace redis-master with its IP address"
sentinel monitor mymaster redis-master 6379 2
`}],good:[{file:"sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
`}]},"sentinel-hostname-without-resolve":{bad:[{file:"sentinel.conf",text:`port 26379
# expect: sentinel-hostname-without-resolve "Can't resolve instance hostname."
sentinel monitor mymaster redis-master 6379 2
`}],good:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster redis-master 6379 2
# resolve-hostnames is read before every monitor line, wherever it stands (E16).
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
`}]},"sentinel-kwargs-drops-timeouts":{bad:[{file:"celeryconfig.py",text:`import os

broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
broker_transport_options = {
    'master_name': 'mymaster',
    'socket_timeout': 5.0,
    # expect: sentinel-kwargs-drops-timeouts "does not reach them"
    'sentinel_kwargs': {'password': os.environ['SENTINEL_PASSWORD']},
}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"celeryconfig.py",text:`import os

broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
broker_transport_options = {
    'master_name': 'mymaster',
    'socket_timeout': 5.0,
    'sentinel_kwargs': {'password': os.environ['SENTINEL_PASSWORD'], 'socket_timeout': 5.0, 'socket_connect_timeout': 5.0},
}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]},"sentinel-kwargs-password-without-sentinel-auth":{bad:[{file:".env",text:`REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./master:/data

  redis-replica:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./replica:/data

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-3:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker --loglevel=info
    env_file: .env
    depends_on:
      - sentinel-1
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"replica/redis.conf",text:`port 6379
appendonly yes
replicaof redis-master 6379
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`import os

from celery import Celery

REDIS_PASSWORD = os.getenv('REDIS_PASSWORD')

# Every sentinel repeats sentinel://; the master's password rides on the first one.
BROKER_URL = (
    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'
)

app = Celery('tasks', broker=BROKER_URL, backend=BROKER_URL)

app.conf.broker_transport_options = {
    'master_name': 'mymaster',
    'sentinel_kwargs': {
        # expect: sentinel-kwargs-password-without-sentinel-auth "require none (no requirepass)"
        'password': REDIS_PASSWORD,
    },
    'socket_timeout': 5.0,
}
app.conf.result_backend_transport_options = {
    'master_name': 'mymaster',
    # expect: sentinel-kwargs-password-without-sentinel-auth "result backend"
    'sentinel_kwargs': {'password': REDIS_PASSWORD},
}


@app.task
def add(x, y):
    return x + y
`}],good:[{file:".env",text:`REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs
SENTINEL_PASSWORD=Pq7wVn3xTz8kRb2m
`},{file:"celeryconfig.py",text:`import os

REDIS_PASSWORD = os.getenv('REDIS_PASSWORD')
SENTINEL_PASSWORD = os.getenv('SENTINEL_PASSWORD')

broker_url = (
    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'
)
broker_transport_options = {
    'master_name': 'mymaster',
    'sentinel_kwargs': {'password': SENTINEL_PASSWORD, 'socket_timeout': 5.0},
}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./master:/data

  redis-replica:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./replica:/data

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-3:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker --loglevel=info
    env_file: .env
    depends_on:
      - sentinel-1
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"replica/redis.conf",text:`port 6379
appendonly yes
replicaof redis-master 6379
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]},"sentinel-lenient-number":{bad:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
# expect: sentinel-lenient-number "down-after-milliseconds for mymaster is 5 ms"
sentinel down-after-milliseconds mymaster 5s
# expect: sentinel-lenient-number "failover-timeout for mymaster is 3"
sentinel failover-timeout mymaster 3min
`}],good:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 180000
sentinel parallel-syncs mymaster 1
`}]},"sentinel-master-name-missing":{bad:[{file:"celeryconfig.py",text:`broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
# expect: sentinel-master-name-missing "'master_name' transport option must be specified"
broker_transport_options = {'visibility_timeout': 43200}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"tasks.py",text:`from celery import Celery

SENTINELS = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'

app = Celery('proj', broker=SENTINELS, backend=SENTINELS)
app.conf.broker_transport_options = {'master_name': 'mymaster'}
app.conf.result_backend_transport_options = {'master_name': 'mymaster'}
`}]},"sentinel-monitor-loopback":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6379:6379"

  sentinel:
    image: redis:7.0
    command: redis-sentinel /etc/sentinel/sentinel.conf
    volumes:
      - ./sentinel:/etc/sentinel
`},{file:"sentinel/sentinel.conf",text:`port 26379
# expect(+1): sentinel-monitor-loopback "where no Redis server runs"
sentinel monitor mymaster 127.0.0.1 6379 1
sentinel down-after-milliseconds mymaster 5000
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes

  sentinel:
    image: redis:7.0
    network_mode: "service:redis-master"
    command: redis-sentinel /etc/sentinel/sentinel.conf
    volumes:
      - ./sentinel:/etc/sentinel
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel monitor mymaster 127.0.0.1 6379 1
`}]},"sentinel-nat-without-announce":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6379:6379"

  sentinel-1:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    ports:
      - "26379:26379"

  sentinel-2:
    image: redis:7.0
    # expect(+4): sentinel-nat-without-announce "on host port 26380"
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    ports:
      - "26380:26379"

  sentinel-3:
    image: redis:7.0
    # expect(+4): sentinel-nat-without-announce "on host port 26381"
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    ports:
      - "26381:26379"

`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    ports:
      - "6379:6379"

  sentinel-1:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-port 26379' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    ports:
      - "26379:26379"

  sentinel-2:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-port 26380' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    ports:
      - "26380:26379"

  sentinel-3:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster 192.0.2.10 6379 2' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-ip 192.0.2.10' >> /tmp/sentinel.conf &&
             echo 'sentinel announce-port 26381' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    ports:
      - "26381:26379"

`}]},"sentinel-order-legacy":{bad:[{file:".sentinel-lint.yml",text:`settings:
  redisVersion: "6.0"
`},{file:"sentinel.conf",text:`port 26379
# expect: sentinel-order-legacy "No such master with specified name."
sentinel auth-pass mymaster Tq8-broker-pw-41
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
`}],good:[{file:".sentinel-lint.yml",text:`settings:
  redisVersion: "6.0"
`},{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel auth-pass mymaster Tq8-broker-pw-41
sentinel down-after-milliseconds mymaster 5000
`}]},"sentinel-parse-error":{bad:[{file:"sentinel.conf",text:`port 26379
# expect: sentinel-parse-error "Quorum must be 1 or greater."
sentinel monitor mymaster 10.0.0.5 6379 0
`}],good:[{file:"sentinel.conf",text:`port 26379
# Order does not matter from 6.2 on: options may come before their monitor line.
sentinel down-after-milliseconds mymaster 5000
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel failover-timeout mymaster 60000
sentinel parallel-syncs mymaster 1
sentinel resolve-hostnames no
sentinel announce-hostnames no
sentinel deny-scripts-reconfig yes
sentinel myid 0123456789abcdef0123456789abcdef01234567
sentinel current-epoch 3
sentinel config-epoch mymaster 2
sentinel leader-epoch mymaster 2
sentinel known-replica mymaster 10.0.0.6 6379
sentinel known-sentinel mymaster 10.0.0.7 26379 89abcdef0123456789abcdef0123456789abcdef
`}]},"sentinel-password-missing":{bad:[{file:".env",text:`REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs
`},{file:"celeryconfig.py",text:`import os

REDIS_PASSWORD = os.getenv('REDIS_PASSWORD')

# The password in the URL is sent to the master only, never to the Sentinels.
broker_url = (
    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'
)
# expect: sentinel-password-missing "sends no password to the Sentinels"
broker_transport_options = {'master_name': 'mymaster', 'visibility_timeout': 7200}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./master:/data

  redis-replica:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./replica:/data

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-3:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker --loglevel=info
    env_file: .env
    depends_on:
      - sentinel-1
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"replica/redis.conf",text:`port 6379
appendonly yes
replicaof redis-master 6379
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')
`}],good:[{file:".env",text:`REDIS_PASSWORD=Xk9vQ2mLr7pT4wZs
SENTINEL_PASSWORD=Pq7wVn3xTz8kRb2m
`},{file:"celeryconfig.py",text:`import os

REDIS_PASSWORD = os.getenv('REDIS_PASSWORD')

broker_url = (
    f'sentinel://:{REDIS_PASSWORD}@sentinel-1:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-2:26379;'
    f'sentinel://:{REDIS_PASSWORD}@sentinel-3:26379/0'
)
broker_transport_options = {
    'master_name': 'mymaster',
    'sentinel_kwargs': {'password': os.getenv('SENTINEL_PASSWORD'), 'socket_timeout': 5.0},
}
`},{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./master:/data

  redis-replica:
    image: redis:7.0
    command: redis-server /data/redis.conf
    restart: unless-stopped
    volumes:
      - ./replica:/data

  sentinel-1:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-1:/etc/redis

  sentinel-2:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-2:/etc/redis

  sentinel-3:
    image: redis:7.0
    command: redis-sentinel /etc/redis/sentinel.conf
    restart: unless-stopped
    volumes:
      - ./sentinel-3:/etc/redis

  worker:
    build: .
    command: celery -A tasks worker --loglevel=info
    env_file: .env
    depends_on:
      - sentinel-1
`},{file:"master/redis.conf",text:`port 6379
appendonly yes
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"replica/redis.conf",text:`port 6379
appendonly yes
replicaof redis-master 6379
requirepass Xk9vQ2mLr7pT4wZs
masterauth Xk9vQ2mLr7pT4wZs
`},{file:"sentinel-1/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-2/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"sentinel-3/sentinel.conf",text:`port 26379
requirepass Pq7wVn3xTz8kRb2m
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel monitor mymaster redis-master 6379 2
sentinel auth-pass mymaster Xk9vQ2mLr7pT4wZs
sentinel down-after-milliseconds mymaster 5000
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('tasks')
app.config_from_object('celeryconfig')
`}]},"sentinel-protected-mode-blocks-peers":{bad:[{file:"sentinel.conf",text:`port 26379
# expect: sentinel-protected-mode-blocks-peers "-DENIED"
protected-mode yes
sentinel monitor mymaster 10.0.0.5 6379 2
`}],good:[{file:"sentinel.conf",text:`port 26379
protected-mode yes
requirepass Sentinel-pw-7f3e91
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"sentinel-requirepass-ignored":{bad:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
# Generated by CONFIG REWRITE
protected-mode no
user default on nopass ~* &* +@all
sentinel myid 2c1b0e5a0b9f3c7d6e4a8b1c2d3e4f5a6b7c8d9e
sentinel config-epoch mymaster 0
sentinel leader-epoch mymaster 0
sentinel current-epoch 0
# Added by hand after the first start
# expect: sentinel-requirepass-ignored "sets nopass"
requirepass Sentinel-pw-7f3e91
`}],good:[{file:"sentinel.conf",text:`port 26379
requirepass Sentinel-pw-7f3e91
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"sentinel-requirepass-inconsistent":{bad:[{file:"sentinel-1.conf",text:`port 26379
requirepass Sentinel-Auth-7c2e1f
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
requirepass Sentinel-Auth-7c2e1f
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
# expect: sentinel-requirepass-inconsistent "sentinel-3.conf sends no password, so sentinel-1.conf and sentinel-2.conf reject it"
sentinel monitor mymaster 10.0.0.5 6379 2
`}],good:[{file:"sentinel-1.conf",text:`port 26379
requirepass Sentinel-Auth-7c2e1f
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
requirepass Sentinel-Auth-7c2e1f
sentinel monitor mymaster 10.0.0.5 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
requirepass Sentinel-Auth-7c2e1f
sentinel monitor mymaster 10.0.0.5 6379 2
`}]},"sentinel-script-missing":{bad:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
# Notification (optional)
# expect: sentinel-script-missing "Notification script seems non existing or non executable."
sentinel notification-script mymaster /path/to/notify.sh
# expect: sentinel-script-missing "Client reconfiguration script"
sentinel client-reconfig-script mymaster <your-script>
`}],good:[{file:"sentinel.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel notification-script mymaster /usr/local/bin/sentinel-notify.sh
`}]},"sentinel-settings-drift":{bad:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
`},{file:"sentinel-3.conf",text:`port 26379
# No down-after line: this Sentinel waits the default 30 s.
# expect: sentinel-settings-drift "sentinel-3.conf uses down-after-milliseconds 30000 (the default) for mymaster, while sentinel-1.conf and sentinel-2.conf use 5000"
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel failover-timeout mymaster 60000
`}],good:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
# The defaults written out are the same as no line at all.
sentinel down-after-milliseconds mymaster 30000
sentinel failover-timeout mymaster 180000
sentinel parallel-syncs mymaster 1
sentinel auth-pass mymaster Tr0ub4dor-horse-staple
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel auth-pass mymaster Tr0ub4dor-horse-staple
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2
sentinel auth-pass mymaster Tr0ub4dor-horse-staple
`}]},"sentinel-shared-identity":{bad:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2

# Generated by CONFIG REWRITE
protected-mode no
latency-tracking-info-percentiles 50 99 99.9
dir "/data"
user default on nopass ~* &* +@all
sentinel myid 3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f30
sentinel config-epoch mymaster 0
sentinel leader-epoch mymaster 0
sentinel current-epoch 0
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2

# Generated by CONFIG REWRITE
protected-mode no
latency-tracking-info-percentiles 50 99 99.9
dir "/data"
user default on nopass ~* &* +@all
# Copied from sentinel-1.conf after its first start.
# expect: sentinel-shared-identity "sentinel-2.conf has the same sentinel myid as sentinel-3.conf"
sentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09
sentinel config-epoch mymaster 0
sentinel leader-epoch mymaster 0
sentinel current-epoch 0
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2

# Generated by CONFIG REWRITE
protected-mode no
latency-tracking-info-percentiles 50 99 99.9
dir "/data"
user default on nopass ~* &* +@all
# expect: sentinel-shared-identity "sentinel-3.conf has the same sentinel myid as sentinel-2.conf"
sentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09
sentinel config-epoch mymaster 0
sentinel leader-epoch mymaster 0
sentinel current-epoch 0
`}],good:[{file:"sentinel-1.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2

# Generated by CONFIG REWRITE
protected-mode no
latency-tracking-info-percentiles 50 99 99.9
dir "/data"
user default on nopass ~* &* +@all
sentinel myid 3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f30
sentinel config-epoch mymaster 0
sentinel leader-epoch mymaster 0
sentinel current-epoch 0
`},{file:"sentinel-2.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2

# Generated by CONFIG REWRITE
protected-mode no
latency-tracking-info-percentiles 50 99 99.9
dir "/data"
user default on nopass ~* &* +@all
sentinel myid 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a09
sentinel config-epoch mymaster 0
sentinel leader-epoch mymaster 0
sentinel current-epoch 0
`},{file:"sentinel-3.conf",text:`port 26379
sentinel monitor mymaster 10.0.0.5 6379 2

# Generated by CONFIG REWRITE
protected-mode no
latency-tracking-info-percentiles 50 99 99.9
dir "/data"
user default on nopass ~* &* +@all
sentinel myid 0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c
sentinel config-epoch mymaster 0
sentinel leader-epoch mymaster 0
sentinel current-epoch 0
`}]},"sentinel-state-ephemeral":{bad:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0-alpine
    command: redis-server /data/redis.conf
    volumes:
      - ./redis:/data
  sentinel:
    image: redis:7.0-alpine
    # expect(+5): sentinel-state-ephemeral "writes /etc/sentinel.conf afresh at every start"
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /etc/sentinel.conf &&
             echo 'sentinel monitor mymaster redis 6379 1' >> /etc/sentinel.conf &&
             echo 'sentinel down-after-milliseconds mymaster 5000' >> /etc/sentinel.conf &&
             redis-sentinel /etc/sentinel.conf"
`},{file:"redis/redis.conf",text:`port 6379
appendonly yes
`}],good:[{file:"docker-compose.yml",text:`services:
  redis:
    image: redis:7.0-alpine
    command: redis-server /data/redis.conf
    volumes:
      - ./redis:/data
  sentinel:
    image: redis:7.0-alpine
    command: redis-sentinel /etc/redis/sentinel.conf
    volumes:
      - ./sentinel:/etc/redis
`},{file:"redis/redis.conf",text:`port 6379
appendonly yes
`},{file:"sentinel/sentinel.conf",text:`port 26379
sentinel resolve-hostnames yes
sentinel monitor mymaster redis 6379 1
`}]},"sentinel-url-missing-scheme":{bad:[{file:"celery_app.py",text:`import os

from celery import Celery

# expect: sentinel-url-missing-scheme "dials 380:6379"
# expect: sentinel-url-missing-scheme "dials 381:6379"
SENTINEL_HOSTS = os.getenv('SENTINEL_HOSTS', 'localhost:26379;localhost:26380;localhost:26381')
broker_url = f'sentinel://{SENTINEL_HOSTS}/0'

app = Celery('proj', broker=broker_url, backend=broker_url)
app.conf.broker_transport_options = {'master_name': 'mymaster'}
app.conf.result_backend_transport_options = {'master_name': 'mymaster'}
`}],good:[{file:".env",text:`SENTINEL_HOSTS='sentinel://10.0.0.11:26379/1;sentinel://10.0.0.12:26379/1;sentinel://10.0.0.13:26379/1'
`},{file:"celeryconfig.py",text:`import os

SENTINEL_HOSTS = os.getenv(
    'SENTINEL_HOSTS',
    'sentinel://sentinel-1:26379/1;sentinel://sentinel-2:26379/1;sentinel://sentinel-3:26379/1',
)

broker_url = SENTINEL_HOSTS
result_backend = SENTINEL_HOSTS
broker_transport_options = {'master_name': 'mymaster'}
result_backend_transport_options = {'master_name': 'mymaster'}
`}]},"sentinel-url-options-not-first":{bad:[{file:"celeryconfig.py",text:`# expect: sentinel-url-options-not-first "db 0 is used"
broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379/3'
broker_transport_options = {'master_name': 'mymaster'}
`}],good:[{file:"celeryconfig.py",text:`broker_url = 'sentinel://sentinel-1:26379/3;sentinel://sentinel-2:26379/3;sentinel://sentinel-3:26379/3'
broker_transport_options = {'master_name': 'mymaster'}
`}]},"sentinel-url-separator":{bad:[{file:"celeryconfig.py",text:`# expect: sentinel-url-separator "Port could not be cast to integer value as \u2026"
broker_url = 'sentinel://sentinel-1:26379,sentinel://sentinel-2:26379,sentinel://sentinel-3:26379'
broker_transport_options = {'master_name': 'mymaster'}
`}],good:[{file:"celeryconfig.py",text:`broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
result_backend = broker_url
broker_transport_options = {'master_name': 'mymaster'}
result_backend_transport_options = {'master_name': 'mymaster'}
`}]},"sentinels-colocated":{bad:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes

  # expect: sentinels-colocated "All 3 Sentinels of mymaster"
  sentinel-1:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"

  sentinel-2:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"

  sentinel-3:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
`}],good:[{file:"docker-compose.yml",text:`services:
  redis-master:
    image: redis:7.0
    command: redis-server --appendonly yes
    deploy:
      placement:
        constraints:
          - node.labels.redis == a

  sentinel-1:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    deploy:
      placement:
        constraints:
          - node.labels.redis == a

  sentinel-2:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    deploy:
      placement:
        constraints:
          - node.labels.redis == b

  sentinel-3:
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/sentinel.conf &&
             echo 'sentinel monitor mymaster redis-master 6379 2' >> /tmp/sentinel.conf &&
             redis-sentinel /tmp/sentinel.conf"
    deploy:
      placement:
        constraints:
          - node.labels.redis == c
`}]},"setting-names-mixed":{bad:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
result_backend = 'redis://redis:6379/1'
task_serializer = 'json'
accept_content = ['json']

# expect: setting-names-mixed "Cannot mix new and old setting keys"
BROKER_TRANSPORT_OPTIONS = {'visibility_timeout': 43200}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
result_backend = 'redis://redis:6379/1'
task_serializer = 'json'
broker_transport_options = {'visibility_timeout': 43200}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]},"socket-timeout-below-polling":{bad:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
broker_transport_options = {
    # expect: socket-timeout-below-polling "1 s BRPOP wait"
    'socket_timeout': 1,
    'socket_connect_timeout': 1,
}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
broker_transport_options = {
    'polling_interval': 2,
    'socket_timeout': 10,
    'socket_connect_timeout': 1,
}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]},"state-dir-names-other-node":{bad:[{file:"redis-6379.conf",text:`port 6379
dir /var/lib/redis/6379
`},{file:"redis-6380.conf",text:`port 6380
replicaof 127.0.0.1 6379
# expect: state-dir-names-other-node "redis-6380.conf sets dir /var/lib/redis/6379, the folder of redis-6379.conf"
dir /var/lib/redis/6379
`}],good:[{file:"redis-6379.conf",text:`port 6379
dir /var/lib/redis/6379
`},{file:"redis-6380.conf",text:`port 6380
replicaof 127.0.0.1 6379
dir /var/lib/redis/6380
`}]},"tls-incomplete":{bad:[{file:"redis.conf",text:`port 0
# expect: tls-incomplete "Either tls-ca-cert-file or tls-ca-cert-dir must be specified"
tls-port 6379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
`}],good:[{file:"redis.conf",text:`port 0
tls-port 6379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
tls-replication yes
`}]},"tls-replication-missing":{bad:[{file:"redis-master.conf",text:`port 0
tls-port 6379
bind 10.0.0.1
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
tls-replication yes
`},{file:"redis-replica.conf",text:`port 0
tls-port 6379
bind 10.0.0.2
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
tls-replication yes
replicaof 10.0.0.1 6379
`},{file:"sentinel-1.conf",text:`port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
# expect: tls-replication-missing "on redis-master.conf's TLS port 6379"
# expect: tls-replication-missing "but redis-replica.conf listens only on TLS"
sentinel monitor mymaster 10.0.0.1 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
# expect: tls-replication-missing "on redis-master.conf's TLS port 6379"
# expect: tls-replication-missing "but redis-replica.conf listens only on TLS"
sentinel monitor mymaster 10.0.0.1 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
# expect: tls-replication-missing "on redis-master.conf's TLS port 6379"
# expect: tls-replication-missing "but redis-replica.conf listens only on TLS"
sentinel monitor mymaster 10.0.0.1 6379 2
`}],good:[{file:"redis-master.conf",text:`port 0
tls-port 6379
bind 10.0.0.1
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
tls-replication yes
`},{file:"redis-replica.conf",text:`port 0
tls-port 6379
bind 10.0.0.2
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
tls-replication yes
replicaof 10.0.0.1 6379
`},{file:"sentinel-1.conf",text:`port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
tls-replication yes
sentinel monitor mymaster 10.0.0.1 6379 2
`},{file:"sentinel-2.conf",text:`port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
tls-replication yes
sentinel monitor mymaster 10.0.0.1 6379 2
`},{file:"sentinel-3.conf",text:`port 26379
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
tls-replication yes
sentinel monitor mymaster 10.0.0.1 6379 2
`}]},"unknown-transport-option":{bad:[{file:"celeryconfig.py",text:`import os

broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
result_backend = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'

broker_transport_options = {
    'master_name': 'mymaster',
    # expect: unknown-transport-option "Did you mean visibility_timeout?"
    'visibility-timeout': 43200,
    # expect: unknown-transport-option "goes in the URL"
    'password': os.environ.get('REDIS_PASSWORD'),
}
result_backend_transport_options = {
    # expect: unknown-transport-option "master_name"
    'master': 'mymaster',
    'retry_policy': {'timeout': 5.0},
}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"celeryconfig.py",text:`broker_url = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'
result_backend = 'sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379'

broker_transport_options = {
    'master_name': 'mymaster',
    'visibility_timeout': 43200,
    'socket_timeout': 5,
    'socket_connect_timeout': 5,
    'polling_interval': 1,
    'max_retries': 3,
    'interval_start': 0,
    'global_keyprefix': 'proj:',
    'sentinel_kwargs': {'socket_timeout': 5, 'password': None},
}
result_backend_transport_options = {
    'master_name': 'mymaster',
    'visibility_timeout': 43200,
    'retry_policy': {'timeout': 5.0},
    'result_chord_ordered': True,
}
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]},"unused-suppression":{bad:[{file:"redis.conf",text:`port 6379
# expect(+1): unused-suppression
# sentinel-lint-disable-next-line conf-parse-error -- the line below was fixed long ago
maxmemory 100mb
`}],good:[{file:"redis.conf",text:`port 6379
# sentinel-lint-disable-next-line conf-parse-error -- kept broken on purpose for a restart test
maxmemory 1tb
`}]},"visibility-timeout-inconsistent":{bad:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
# expect: visibility-timeout-inconsistent "keeps the default 3600 s"
visibility_timeout = 43200
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"tasks.py",text:`from celery import Celery

app = Celery('proj', broker='redis://redis:6379/0', backend='redis://redis:6379/1')
app.conf.broker_transport_options = {'visibility_timeout': 43200}
app.conf.result_backend_transport_options = {'visibility_timeout': 43200}
app.conf.visibility_timeout = 43200
`}]},"visibility-timeout-vs-acks-late":{bad:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
# expect: visibility-timeout-vs-acks-late "no task_time_limit"
task_acks_late = True
worker_prefetch_multiplier = 1
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}],good:[{file:"celeryconfig.py",text:`broker_url = 'redis://redis:6379/0'
broker_transport_options = {'visibility_timeout': 43200}
task_acks_late = True
task_time_limit = 3600
`},{file:"tasks.py",text:`from celery import Celery

app = Celery('proj')
app.config_from_object('celeryconfig')


@app.task
def add(x, y):
    return x + y
`}]}};0&&(module.exports={RULE_EXAMPLES});

})