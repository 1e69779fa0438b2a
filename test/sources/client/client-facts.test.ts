import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../../src/sources/python/facts.js';
import { TO_NEW_KEY } from '../../../src/sources/client/celery-keys.js';
import { loadProject } from './client-project.js';

const dir = (name: string) => fileURLToPath(new URL(`./projects/${name}`, import.meta.url));
const text = (v: PyValue | undefined) => (v?.kind === 'str' ? v.text.text : v?.kind === 'number' || v?.kind === 'bool' ? v.value : v?.kind);
const line = (v: { at: { file: string; line: number } } | undefined) => v && `${v.at.file}:${v.at.line}`;

describe('celery key table', () => {
  it('matches _TO_NEW_KEY of celery/app/defaults.py at 5dc781f (dumped from the module)', () => {
    const dumped = JSON.parse(readFileSync(fileURLToPath(new URL('./data/celery-to-new-key.json', import.meta.url)), 'utf8'));
    expect(Object.fromEntries(TO_NEW_KEY)).toEqual(dumped);
  });
});

describe('Django project with namespace CELERY', () => {
  const facts = loadProject(dir('django-ns'));
  const [config] = facts.celery;

  it('follows django.conf:settings to settings.py beside celery.py, star import included', () => {
    expect(facts.celery).toHaveLength(1);
    expect(config!.namespace).toBe('CELERY');
    expect(config!.configModule?.file).toBe('proj/settings.py');
    expect(text(config!.settings.get('task_acks_late')?.value)).toBe(true);
    expect(config!.settings.get('task_acks_late')?.file).toBe('proj/base.py');
    expect(config!.complete).toBe(true);
  });

  it('the module CELERY_BROKER_URL beats Celery(broker=...) under a namespace; .env wins over the code default', () => {
    const broker = config!.settings.get('broker_url')!;
    expect(broker.source).toBe('config-module');
    expect(broker.writtenAs).toBe('CELERY_BROKER_URL');
    expect(line(broker)).toBe('proj/settings.py:5');
    expect(text(broker.resolved.value)).toBe('sentinel://a:26379;sentinel://b:26379');
    expect(broker.resolved.env).toMatchObject([{ name: 'REDIS_SENTINELS', resolvedFrom: 'env-file', envFile: '.env' }]);
    const kwarg = config!.written.find((w) => w.writtenAs === 'broker')!;
    expect(kwarg.inEffect).toBe(false);
  });

  it('resolves env inside dicts, keeps unknown env as holes, ignores unprefixed and lower-case names', () => {
    const options = config!.settings.get('broker_transport_options')!.resolved.value;
    expect(options.kind === 'dict' && text(options.entries[0]!.value)).toBe('prod-master');
    const ignored = config!.written.find((w) => w.writtenAs === 'BROKER_TRANSPORT_OPTIONS')!;
    expect(ignored.ignored).toMatch(/CELERY_-prefixed/);
    expect(config!.written.some((w) => w.writtenAs === 'celery_task_time_limit')).toBe(false); // Django reads upper case only
    const backend = config!.settings.get('result_backend')!;
    expect(backend.resolved.env).toMatchObject([{ name: 'REDIS_PASSWORD', resolvedFrom: 'unknown' }]);
    expect(config!.written.find((w) => w.writtenAs === 'CELERY_BROKER_URL')!.style).toBe('namespaced');
  });

  it('gives parsed URLs whose spans point into the right files', () => {
    const broker = facts.urls.find((u) => u.role === 'broker' && u.origin === 'python')!;
    expect(broker.parsed.asKombuSees.endpoints.map((e) => e.host.known && e.host.value)).toEqual(['a', 'b']);
    // The whole value comes from .env, so its offsets are the .env file's.
    expect(broker.index.file).toBe('.env');
    const host = broker.parsed.asKombuSees.endpoints[0]!.host;
    expect(host.known && broker.index.span(...host.range)).toMatchObject({ line: 1, column: 28, endColumn: 29 });
    expect(broker.at).toMatchObject({ file: 'proj/settings.py', line: 5 });
  });
});

describe('plain celeryconfig.py with old names', () => {
  const facts = loadProject(dir('plain-old'));
  const [config] = facts.celery;

  it('reads old names as the new ones, conf.update beats the module', () => {
    expect(config!.keyStyle).toBe('old');
    expect(config!.configModule?.file).toBe('celeryconfig.py');
    expect(text(config!.settings.get('worker_prefetch_multiplier')?.value)).toBe(1);
    expect(config!.settings.get('worker_prefetch_multiplier')?.source).toBe('conf');
    expect(config!.written.find((w) => w.writtenAs === 'CELERYD_PREFETCH_MULTIPLIER' && w.source === 'config-module')?.style).toBe('old');
    expect(text(config!.settings.get('task_acks_late')?.value)).toBe(true);
    expect(config!.settings.get('broker_transport_options')?.writtenAs).toBe('BROKER_TRANSPORT_OPTIONS');
  });

  it('flags the new name mixed into old ones, and the conditional line', () => {
    // task_soft_time_limit has no old twin: detect_settings raises E_MIX_NEW_INTO_OLD for it.
    expect(config!.mixed.map((w) => w.writtenAs)).toEqual(['task_soft_time_limit']);
    expect(config!.complete).toBe(false);
    expect(config!.why.join()).toMatch(/CELERYD_TASK_TIME_LIMIT/);
  });

  it('CELERY_BROKER_URL in .env overrides broker_url and keeps the code value', () => {
    const broker = config!.settings.get('broker_url')!;
    expect(broker.source).toBe('env-override');
    expect(broker.file).toBe('.env');
    expect(broker.overrides?.writtenAs).toBe('BROKER_URL');
    expect(broker.overrides?.resolved.env).toMatchObject([{ name: 'BROKER', resolvedFrom: 'default' }]);
    const url = facts.urls.find((u) => u.origin === 'python' && u.role === 'broker')!;
    expect(url.overrides?.writtenAs).toBe('BROKER_URL');
    expect(url.index.file).toBe('.env');
    expect(facts.urls.filter((u) => u.origin === 'env-file').map((u) => u.writtenAs)).toEqual(['CELERY_BROKER_URL']);
  });

  it('a lone celeryconfig.py is a settings-module config', () => {
    const lone = loadProject(dir('plain-old'), (p) => p !== 'tasks.py');
    expect(lone.celery.map((c) => c.kind)).toEqual(['settings-module']);
    expect(lone.celery[0]!.settings.get('result_backend')?.writtenAs).toBe('CELERY_RESULT_BACKEND');
  });
});

describe('Flask factory and redis-py', () => {
  const facts = loadProject(dir('flask-factory'));

  it('make_celery(app): Celery(broker=app.config[...]) and conf.update(app.config) read the Flask config from_object loads', () => {
    const [config] = facts.celery;
    expect(config!.complete).toBe(true);
    const broker = config!.settings.get('broker_url')!;
    expect([broker.writtenAs, broker.source, line(broker)]).toEqual(['broker', 'app-kwarg', 'app/__init__.py:6']);
    expect(text(broker.resolved.value)).toBe('redis://localhost:6379/0');
    expect(broker.resolved.env).toMatchObject([{ name: 'CELERY_BROKER_URL', resolvedFrom: 'default' }]);
    const backend = config!.settings.get('result_backend')!;
    expect([backend.writtenAs, backend.source, line(backend)]).toEqual(['CELERY_RESULT_BACKEND', 'conf', 'app/config.py:7']);
    expect(config!.flask?.files).toEqual(['app/config.py']);
  });

  it('the Celery URLs, the config class it covers, and from_url calls become client URLs', () => {
    const roles = facts.urls.map((u) => `${u.origin} ${u.role} ${u.writtenAs}`).sort();
    expect(roles).toEqual([
      'env-file redis REDIS_URL',
      'python backend CELERY_RESULT_BACKEND',
      'python broker broker',
      'python redis redis.Redis.from_url',
    ]);
    const fromUrl = facts.urls.find((u) => u.writtenAs === 'redis.Redis.from_url')!;
    expect(fromUrl.text.text).toBe('redis://cache:6379/4');
    expect(fromUrl.env[0]?.resolvedFrom).toBe('env-file');
  });

  it('reads Sentinel endpoints, sentinel_kwargs and master_for', () => {
    const [client] = facts.redisPy;
    expect(client!.endpointsKnown).toBe(true);
    expect(client!.endpoints.map((e) => [text(e.host.value), text(e.port.value)])).toEqual([['s1', 26379], ['s2', 26380]]);
    expect(client!.sentinelKwargs?.env).toMatchObject([{ name: 'SENTINEL_PASSWORD', resolvedFrom: 'unknown' }]);
    expect(client!.masters.map((m) => [m.kind, text(m.name?.value), m.password?.env[0]?.resolvedFrom])).toEqual([['master_for', 'mymaster', 'unknown']]);
    expect(client!.kwargs.map((k) => k.name)).toEqual(['socket_timeout']);
  });
});

describe('the seed example (read-only)', () => {
  const facts = loadProject(fileURLToPath(new URL('../../../fixtures/seed-example', import.meta.url)));
  const [config] = facts.celery;

  it('the .env CELERY_BROKER_URL overrides Celery(broker=...); backend keeps the f-string with .env hosts', () => {
    const broker = config!.settings.get('broker_url')!;
    expect(broker.source).toBe('env-override');
    expect(broker.overrides?.writtenAs).toBe('broker');
    const backend = config!.settings.get('result_backend')!;
    expect(backend.writtenAs).toBe('backend');
    expect(text(backend.resolved.value)).toBe('sentinel://sentinel1:26379;sentinel2:26379;sentinel3:26379/0');
    expect(backend.resolved.env.map((e) => `${e.name}:${e.resolvedFrom}`)).toEqual(['REDIS_SENTINEL_HOSTS:env-file', 'REDIS_DB:env-file']);
  });

  it('parses the backend URL as Celery does: chunks without sentinel:// are mis-read', () => {
    const url = facts.urls.find((u) => u.role === 'backend')!;
    expect(url.parsed.problems.map((p) => p.kind)).toContain('missing-scheme');
    expect(url.index.file).toBe('celery_sentinel.py');
  });

  it('reads transport options, acks_late and the monitor.py Sentinel', () => {
    const options = config!.settings.get('broker_transport_options')!;
    expect(options.source).toBe('conf');
    expect(text(config!.settings.get('task_acks_late')?.value)).toBe(true);
    expect(text(config!.settings.get('worker_prefetch_multiplier')?.value)).toBe(4);
    expect(facts.redisPy[0]!.file).toBe('monitor.py');
    expect(facts.redisPy[0]!.masters.map((m) => m.kind)).toEqual(['discover_master', 'master_for']);
  });
});
