"""Parse broker URLs with the real kombu and Celery, without connecting. Reads a JSON list of URLs
on stdin, writes a JSON list of results. Used by kombu-agreement.test.ts."""
import json
import sys

from celery import Celery
from celery.backends.redis import RedisBackend, SentinelBackend
from kombu import Connection
from kombu.transport.redis import Channel
from kombu.utils.url import _parse_url


def error(exc):
    return {'error': type(exc).__name__}


def kombu_view(url):
    try:
        conn = Connection(url)
    except Exception as exc:  # what Connection() raises
        return error(exc)
    out = {'transport': conn.transport_cls, 'alt': conn.alt}
    if conn.transport_cls not in ('redis', 'rediss', 'sentinel'):
        return out
    default_port = 26379 if conn.transport_cls == 'sentinel' else 6379
    out.update(userid=conn.userid, password=conn.password)
    try:
        out['db'] = Channel._prepare_virtual_host(None, conn.virtual_host)
    except Exception as exc:
        out['db'] = error(exc)
    if conn.transport_cls == 'sentinel':
        # The loop of SentinelChannel._sentinel_managed_pool, with the real _parse_url.
        sentinels = []
        try:
            for alt in conn.alt:
                parts = _parse_url(alt)
                if parts.scheme == 'sentinel':
                    sentinels.append([parts.hostname, parts.port or default_port])
        except Exception as exc:
            out['sentinels'] = error(exc)
            return out
        if not sentinels:
            sentinels.append([conn.hostname or '127.0.0.1', conn.port or default_port])
        out['sentinels'] = sentinels
    else:
        out['server'] = [conn.hostname or '127.0.0.1', conn.port or default_port]
    return out


def celery_view(app, url):
    scheme = url.partition('://')[0]
    cls = {'sentinel': SentinelBackend, 'redis': RedisBackend, 'rediss': RedisBackend}.get(scheme)
    if cls is None:
        return {'backend': None}
    try:
        backend = cls(app=app, url=url)
    except Exception as exc:
        return error(exc)
    params = backend.connparams
    hosts = params.get('hosts') or [params]
    return {
        'hosts': [[h.get('host'), h.get('port')] for h in hosts],
        'db': params.get('db'),
        'password': params.get('password'),
        'username': params.get('username'),
    }


def main():
    app = Celery('agreement', set_as_current=False)
    urls = json.load(sys.stdin)
    json.dump([{'kombu': kombu_view(u), 'celery': celery_view(app, u)} for u in urls], sys.stdout)


main()
