import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../../src/sources/python/facts.js';
import { knownText } from '../../../src/sources/python/py-text.js';
import { facts, valueOf } from './helpers.js';

/** A dict as {key: value} with known texts and numbers (the last entry of a key wins, as in Python). */
function plain(value: PyValue): Record<string, unknown> {
  if (value.kind !== 'dict') throw new Error(`not a dict: ${value.kind}`);
  const out: Record<string, unknown> = {};
  for (const e of value.entries) {
    const v = e.value;
    out[knownText(e.key)!] = v.kind === 'dict' ? plain(v) : v.kind === 'number' || v.kind === 'bool' ? v.value : (knownText(v) ?? v.kind);
  }
  return out;
}

describe('in-place dict changes', () => {
  it('applies unconditional module-level item assignments, update() and setdefault() to the dict every name shares', () => {
    const f = facts(`
OPTS = {'master_name': 'a', 'visibility_timeout': 3600}
SAME = OPTS
COPY = dict(OPTS)
OPTS['master_name'] = 'b'
OPTS.update({'socket_timeout': 1}, visibility_timeout=7200)
OPTS.setdefault('master_name', 'ignored')
OPTS.setdefault('retry_on_timeout', True)
NESTED = {'inner': {}}
NESTED['inner']['k'] = 1
`);
    const expected = { master_name: 'b', visibility_timeout: 7200, socket_timeout: 1, retry_on_timeout: true };
    expect(plain(valueOf(f, 'OPTS'))).toEqual(expected);
    expect(plain(valueOf(f, 'SAME'))).toEqual(expected);
    expect(plain(valueOf(f, 'COPY'))).toEqual({ master_name: 'a', visibility_timeout: 3600 });
    expect(plain(valueOf(f, 'NESTED'))).toEqual({ inner: { k: 1 } });
    expect(f.mutations).toEqual([]);
  });

  it('applies app.conf.<setting>[k] = v to the setting set earlier in the file', () => {
    const f = facts(`
from celery import Celery
app = Celery('x')
app.conf.broker_transport_options = {'master_name': 'a'}
app.conf.broker_transport_options['master_name'] = 'b'
app.conf.broker_transport_options.update(visibility_timeout=10)
`);
    expect(f.celerySettings.map((s) => [s.key, plain(s.value)])).toEqual([['broker_transport_options', { master_name: 'b', visibility_timeout: 10 }]]);
    expect(f.mutations).toEqual([]);
  });

  it('keeps conditional changes, changes in functions and changes of unknown values as mutations', () => {
    const f = facts(`
import os
from celery import Celery
app = Celery('x')
OPTS = {'a': 1}
if os.getenv('X'):
    OPTS['a'] = 2
def configure():
    OPTS.update(b=3)
IMPORTED['k'] = 1
app.conf.broker_transport_options['k'] = 1
`);
    expect(plain(valueOf(f, 'OPTS'))).toEqual({ a: 1 });
    expect(f.mutations.map((m) => [m.target, m.span.line])).toEqual([
      ["OPTS['a']", 7],
      ['OPTS', 9],
      ["IMPORTED['k']", 10],
    ]);
    // A setting this file does not set: the model adds the entry to what the config module or the default holds.
    expect(f.confItemChanges.map((c) => [c.app, c.key, c.entries.map((e) => knownText(e.key)), c.span.line, !!c.appRef])).toEqual([['app', 'broker_transport_options', ['k'], 11, true]]);
  });
});

describe('environment the process sets for itself', () => {
  it('records os.environ.setdefault and os.environ[...] = v, still reading setdefault as an environment read', () => {
    const f = facts(`
import os
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')
os.environ['CELERY_BROKER_URL'] = 'redis://r:6379/0'
if True:
    os.environ.setdefault('X', 'y')
`);
    expect(f.envSets.map((e) => [e.name, e.how, knownText(e.value), e.conditional, e.nameSpan.line])).toEqual([
      ['DJANGO_SETTINGS_MODULE', 'setdefault', 'proj.settings', false, 3],
      ['CELERY_BROKER_URL', 'assign', 'redis://r:6379/0', false, 4],
      ['X', 'setdefault', 'y', true, 6],
    ]);
    expect(f.mutations).toEqual([]);
  });
});

describe('task delays', () => {
  it('records countdown, eta (now() + timedelta) and default_retry_delay with their seconds and spans', () => {
    const f = facts(`
from datetime import datetime, timedelta
from django.utils import timezone
from celery import shared_task

@shared_task(bind=True, default_retry_delay=30 * 60, max_retries=5)
def job(self, x):
    raise self.retry(countdown=90)

@app.task(default_retry_delay=300)
def other():
    pass

job.apply_async((1,), countdown=3600)
job.apply_async((1,), eta=timezone.now() + timedelta(days=1, hours=1))
job.apply_async((1,), eta=timedelta(minutes=5) + datetime.now())
job.apply_async((1,), eta=tomorrow())
job.s(1).set(countdown=10).delay()
job.delay(countdown=5)
`);
    expect(f.taskDelays.map((d) => [d.kind, d.via, d.seconds, d.span.line, d.conditional])).toEqual([
      ['default_retry_delay', 'task', 1800, 6, false],
      ['countdown', 'retry', 90, 8, true],
      ['default_retry_delay', 'task', 300, 10, false],
      ['countdown', 'apply_async', 3600, 14, false],
      ['eta', 'apply_async', 90000, 15, false],
      ['eta', 'apply_async', 300, 16, false],
      ['eta', 'apply_async', undefined, 17, false],
      ['countdown', 'set', 10, 18, false],
    ]);
    expect(f.taskDelays[3]!.span).toMatchObject({ line: 14, column: 23, endColumn: 37 });
  });
});

describe('Flask config statements', () => {
  it('records item, update, from_mapping, from_object and the link to Celery; reads app.config[...] as tagged unknowns', () => {
    const f = facts(`
from celery import Celery
from flask import Flask

app = Flask(__name__)
app.config['CELERY_BROKER_URL'] = 'redis://a:6379/0'
app.config.update(CELERY_RESULT_BACKEND='redis://b:6379/0')
app.config.from_mapping({'CELERY': {'broker_url': 'redis://c'}})
app.config.from_object('settings.Prod')
app.config.from_prefixed_env()
celery = Celery(app.import_name, broker=app.config['CELERY_BROKER_URL'])
celery.conf.update(app.config)
celery.config_from_object(app.config['CELERY'], namespace='CELERY')
`);
    expect(f.flask.map((x) => [x.kind, x.span.line, 'app' in x ? x.app : undefined])).toEqual([
      ['item', 6, 'app'],
      ['update', 7, 'app'],
      ['from-mapping', 8, 'app'],
      ['from-object', 9, 'app'],
      ['update', 10, 'app'],
      ['to-celery', 12, 'app'],
      ['to-celery', 13, 'app'],
    ]);
    const links = f.flask.filter((x) => x.kind === 'to-celery');
    expect(links.map((l) => [l.via, l.item, l.celery, !!l.celeryRef])).toEqual([
      ['conf.update', undefined, 'celery', true],
      ['config_from_object', 'CELERY', 'celery', true],
    ]);
    const broker = f.celeryApps[0]!.kwargs.find((k) => k.name === 'broker')!.value;
    expect(broker.kind === 'unknown' && broker.flaskConfig).toEqual({ app: 'app', key: 'CELERY_BROKER_URL' });
    expect(f.mutations).toEqual([]);
    expect(f.opaqueConfUpdates).toEqual([]);
  });
});
