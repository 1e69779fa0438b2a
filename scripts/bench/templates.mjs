// Celery settings and .env files for the synthetic monorepo. The shared corpus has no Python and few
// .env files, so these are written from templates, in the three shapes real projects use: a
// celeryconfig module, a Django settings module with CELERY_ names, and a kombu transport built by hand.
// `svc` numbers the service; `pick` is the service's seeded random choice (an integer source).

/** A Celery settings module of one of three shapes, 25 to 90 lines. */
export function celerySettings(svc, pick) {
  const shape = pick(3);
  const db = svc % 16;
  const master = `mymaster-${svc}`;
  if (shape === 0) return celeryconfig(svc, db, master, pick);
  if (shape === 1) return djangoSettings(svc, db, master, pick);
  return kombuTransport(svc, db, master, pick);
}

function celeryconfig(svc, db, master, pick) {
  return `"""Celery settings for service ${svc}."""
import os
from kombu import Queue

REDIS_PASSWORD = os.getenv("REDIS_PASSWORD", "")
REDIS_DB = int(os.getenv("REDIS_DB", "${db}"))
SENTINELS = [("sentinel-1", 26379), ("sentinel-2", 26379), ("sentinel-3", 26379)]

broker_url = ";".join(f"sentinel://:{REDIS_PASSWORD}@{host}:{port}/{REDIS_DB}" for host, port in SENTINELS)
result_backend = broker_url
broker_transport_options = {
    "master_name": "${master}",
    "visibility_timeout": ${3600 + svc},
    "sentinel_kwargs": {"password": REDIS_PASSWORD, "socket_timeout": 1.0},
}
result_backend_transport_options = {"master_name": "${master}"}
task_acks_late = ${pick(2) ? 'True' : 'False'}
worker_prefetch_multiplier = ${1 + pick(4)}
task_reject_on_worker_lost = ${pick(3) ? 'False' : 'True'}
task_default_queue = "svc-${svc}"
task_queues = (Queue("svc-${svc}"), Queue("svc-${svc}-low"))
task_routes = {"svc${svc}.tasks.slow_*": {"queue": "svc-${svc}-low"}}
broker_connection_retry_on_startup = True
`;
}

function djangoSettings(svc, db, master, pick) {
  const apps = ['accounts', 'billing', 'catalog', 'orders', 'search', 'notifications', 'reports'];
  const installed = apps.filter(() => pick(3) > 0).map((a) => `    "svc${svc}.${a}",`).join('\n');
  return `"""Django settings for service ${svc} (production)."""
from pathlib import Path

import environ

env = environ.Env(DEBUG=(bool, False))
BASE_DIR = Path(__file__).resolve().parent.parent
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["svc-${svc}.internal"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_celery_beat",
    "django_celery_results",
${installed}
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://svc${svc}@db:5432/svc${svc}")}

REDIS_PASSWORD = env("REDIS_PASSWORD", default="")
SENTINEL_HOSTS = [("sentinel-1", 26379), ("sentinel-2", 26379), ("sentinel-3", 26379)]

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://${master}/${(db + 1) % 16}",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.SentinelClient",
            "SENTINELS": SENTINEL_HOSTS,
            "PASSWORD": REDIS_PASSWORD,
        },
    }
}

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="sentinel://sentinel-1:26379;sentinel://sentinel-2:26379/${db}")
CELERY_RESULT_BACKEND = "django-db"
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "master_name": "${master}",
    "visibility_timeout": ${pick(2) ? 43200 : 3600},
    "sentinel_kwargs": {"password": REDIS_PASSWORD},
}
CELERY_TASK_ACKS_LATE = ${pick(2) ? 'True' : 'False'}
CELERY_WORKER_PREFETCH_MULTIPLIER = ${1 + pick(4)}
CELERY_TASK_TIME_LIMIT = ${300 + 60 * pick(10)}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
`;
}

function kombuTransport(svc, db, master, pick) {
  return `"""Worker entry point for service ${svc}: the broker connection is built by hand."""
import os

from celery import Celery
from kombu import Connection

SENTINELS = os.environ.get("REDIS_SENTINEL_HOSTS", "sentinel-1:26379;sentinel-2:26379;sentinel-3:26379")

app = Celery("svc${svc}")
app.conf.update(
    broker_url=";".join(f"sentinel://{h}/${db}" for h in SENTINELS.split(";")),
    broker_transport_options={"master_name": "${master}", "socket_timeout": ${1 + pick(5)}},
    result_backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://redis-primary:6379/${(db + 2) % 16}"),
    task_serializer="json",
    accept_content=["json"],
    worker_max_tasks_per_child=${100 * (1 + pick(9))},
)


def ping():
    with Connection(app.conf.broker_url, transport_options=app.conf.broker_transport_options) as conn:
        conn.ensure_connection(max_retries=${1 + pick(5)})


@app.task(bind=True, max_retries=3)
def process(self, item_id):
    return item_id
`;
}

/** A compose-style .env file for the service: 7 to 12 lines. */
export function envFile(svc, pick) {
  const db = svc % 16;
  const extra = [
    `LOG_LEVEL=${['debug', 'info', 'warning'][pick(3)]}`,
    `DJANGO_SECRET_KEY=svc-${svc}-django-key-change-me`,
    `DATABASE_URL=postgres://svc${svc}@db:5432/svc${svc}`,
    `ALLOWED_HOSTS=svc-${svc}.internal,localhost`,
    `REDIS_MAXMEMORY=${64 << pick(4)}mb`,
  ].filter(() => pick(2) === 1);
  return [
    `COMPOSE_PROJECT_NAME=svc-${svc}`,
    `REDIS_PASSWORD=svc-${svc}-password-change-me`,
    `REDIS_DB=${db}`,
    'REDIS_SENTINEL_HOSTS="sentinel-1:26379;sentinel-2:26379;sentinel-3:26379"',
    `CELERY_BROKER_URL=sentinel://sentinel-1:26379;sentinel://sentinel-2:26379;sentinel://sentinel-3:26379/${db}`,
    `CELERY_RESULT_BACKEND=sentinel://sentinel-1:26379;sentinel://sentinel-2:26379/${db}`,
    `SENTINEL_QUORUM=${2 + pick(2)}`,
    ...extra,
    '',
  ].join('\n');
}
