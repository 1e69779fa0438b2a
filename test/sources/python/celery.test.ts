import { readFileSync } from 'node:fs';
import { LineIndex } from '../../../src/model/span.js';
import { describe, expect, it } from 'vitest';
import { knownText } from '../../../src/sources/python/py-text.js';
import { parsePython } from '../../../src/sources/python/parse-python.js';
import { at, facts, str } from './helpers.js';

const keys = (f: ReturnType<typeof facts>) => f.celerySettings.map((s) => [s.app, s.key, s.via]);

describe('parsePython: Celery', () => {
  it('finds Celery(...) under any name, with its broker, backend and include', () => {
    const f = facts("import celery\nfrom celery import Celery as C\nworker = celery.Celery('proj', broker='redis://r:6379/0', backend='redis://r/1', include=['proj.tasks'])\nother = C('x')\n");
    expect(f.celeryApps.map((a) => [a.boundTo, a.callee, knownText(a.main)])).toEqual([['worker', 'celery.Celery', 'proj'], ['other', 'C', 'x']]);
    const broker = f.celeryApps[0]!.kwargs.find((k) => k.name === 'broker')!;
    expect(broker.nameSpan).toEqual(at(3, 32, 3, 38));
    expect(str(broker.value).span).toEqual(at(3, 39, 3, 57));
    expect(f.celeryApps[0]!.kwargs.map((k) => k.name)).toEqual(['broker', 'backend', 'include']);
  });

  it('reads conf.update(k=v), conf.update({...}), conf.k = v and conf["k"] = v, tied to the app', () => {
    const text =
      "from celery import Celery\napp = Celery('p')\napp.conf.update(task_acks_late=True, worker_prefetch_multiplier=1)\n" +
      "app.conf.update({'broker_url': 'redis://a'}, **EXTRA)\napp.conf.visibility_timeout = 7200\napp.conf['result_backend'] = 'redis://b'\n";
    const f = facts(text);
    expect(keys(f)).toEqual([
      ['app', 'task_acks_late', 'conf.update'],
      ['app', 'worker_prefetch_multiplier', 'conf.update'],
      ['app', 'broker_url', 'conf.update'],
      ['app', 'visibility_timeout', 'conf attribute'],
      ['app', 'result_backend', 'conf item'],
    ]);
    expect(f.celerySettings.every((s) => s.appRef === f.celeryApps[0])).toBe(true);
    expect(f.celerySettings[1]!.keySpan).toEqual(at(3, 38, 3, 64));
    expect(f.celerySettings[1]!.span).toEqual(at(3, 38, 3, 66));
    expect(f.celerySettings[3]!.keySpan).toEqual(at(5, 10, 5, 28));
    expect(f.celerySettings[4]!.keySpan).toEqual(at(6, 10, 6, 26));
    expect(f.opaqueConfUpdates).toMatchObject([{ app: 'app', source: { kind: 'unknown', why: 'EXTRA is not assigned in this file' } }]);
  });

  it('records config_from_object with its module and namespace', () => {
    const f = facts("import os\nfrom celery import Celery\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\napp = Celery('proj')\napp.config_from_object('django.conf:settings', namespace='CELERY')\napp.config_from_object(Config)\n");
    expect(f.configFromObject).toHaveLength(2);
    expect(knownText(f.configFromObject[0]!.object)).toBe('django.conf:settings');
    expect(knownText(f.configFromObject[0]!.namespace)).toBe('CELERY');
    expect(f.configFromObject[0]!.appRef).toBe(f.celeryApps[0]);
    expect(f.configFromObject[1]).toMatchObject({ objectName: 'Config', app: 'app' });
  });

  it('reads a Django settings module with the CELERY_ namespace', () => {
    const f = facts(
      "import os\nREDIS_PASSWORD = os.environ.get('REDIS_PASSWORD', 'devpass')\nCELERY_BROKER_URL = f'sentinel://:{REDIS_PASSWORD}@s1:26379;sentinel://:{REDIS_PASSWORD}@s2:26379'\n" +
        "CELERY_BROKER_TRANSPORT_OPTIONS = {\n    'master_name': 'mymaster',\n    'sentinel_kwargs': {'password': os.environ.get('SENTINEL_PASSWORD')},\n    'visibility_timeout': 3600 * 2,\n}\nCELERY_TASK_ACKS_LATE = True\n",
    );
    expect(f.assignments.map((a) => a.name)).toEqual(['REDIS_PASSWORD', 'CELERY_BROKER_URL', 'CELERY_BROKER_TRANSPORT_OPTIONS', 'CELERY_TASK_ACKS_LATE']);
    const url = str(f.assignments[1]!.value);
    expect(url.text.text).toBe('sentinel://:devpass@s1:26379;sentinel://:devpass@s2:26379');
    expect(url.env.map((e) => e.env.name)).toEqual(['REDIS_PASSWORD', 'REDIS_PASSWORD']);
    const options = f.assignments[2]!.value;
    expect(options).toMatchObject({ kind: 'dict', entries: [{}, { value: { kind: 'dict', entries: [{ value: { kind: 'env', name: 'SENTINEL_PASSWORD' } }] } }, { value: { kind: 'number', value: 7200 } }] });
    // The password's default is one secret, found by name and again through both URLs.
    expect(f.secrets).toHaveLength(1);
    expect(f.secrets[0]!.span).toEqual(at(2, 52, 2, 59)); // devpass, without its quotes
  });

  it('reads a celeryconfig.py module and a class used as config', () => {
    const f = facts("broker_url = 'redis://localhost:6379/0'\nresult_backend = broker_url\nbroker_transport_options = {'visibility_timeout': 43200}\nclass Config:\n    task_acks_late = True\n    broker_url = 'redis://x'\n");
    expect(str(f.assignments[1]!.value).text.text).toBe('redis://localhost:6379/0');
    expect(f.assignments.map((a) => a.name)).toEqual(['broker_url', 'result_backend', 'broker_transport_options']);
    expect(f.classes).toMatchObject([{ name: 'Config', assignments: [{ name: 'task_acks_late' }, { name: 'broker_url' }] }]);
  });

  it('reads a Flask factory: Celery inside a function, app.config is unknown', () => {
    const f = facts(
      "from celery import Celery\n\ndef make_celery(app):\n    celery = Celery(app.import_name, broker=app.config['CELERY_BROKER_URL'])\n    celery.conf.update(app.config)\n    celery.conf.broker_transport_options = {'master_name': 'mymaster'}\n    return celery\n",
    );
    expect(f.celeryApps).toHaveLength(1);
    expect(f.celeryApps[0]!.boundTo).toBe('celery');
    expect(f.celeryApps[0]!.kwargs[0]!.value).toMatchObject({ kind: 'unknown', why: "app.config['CELERY_BROKER_URL'] is read at run time" });
    expect(f.opaqueConfUpdates).toMatchObject([{ app: 'celery', source: { kind: 'unknown' } }]);
    expect(f.celerySettings).toMatchObject([{ app: 'celery', key: 'broker_transport_options', conditional: true }]);
    expect(f.celerySettings[0]!.appRef).toBe(f.celeryApps[0]);
    expect(f.assignments).toEqual([]);
  });

  it("reads the seed's celery_sentinel.py", () => {
    const path = 'fixtures/seed-example/celery_sentinel.py';
    const text = readFileSync(path, 'utf8');
    const { facts: f, problems } = parsePython({ path, text, index: new LineIndex(path, text) });
    expect(problems).toEqual([]);
    const broker = str(f.celeryApps[0]!.kwargs.find((k) => k.name === 'broker')!.value);
    expect(broker.text.text).toBe('sentinel://localhost:26379;localhost:26380;localhost:26381/0');
    // The second host's 'l' comes from the getenv default of SENTINEL_HOSTS.
    const l = broker.text.text.indexOf(';') + 1;
    const defaultLine = text.split('\n').findIndex((line) => line.startsWith('SENTINEL_HOSTS =')) + 1;
    expect(new LineIndex(path, text).span(broker.text.from[l]!, broker.text.to[l]!)).toMatchObject({ line: defaultLine, column: 69 });
    expect(keys(f).map((k) => k[1])).toEqual([
      'broker_transport_options', 'result_backend_transport_options', 'task_serializer', 'accept_content', 'result_serializer',
      'result_expires', 'task_acks_late', 'task_reject_on_worker_lost', 'worker_prefetch_multiplier', 'worker_max_tasks_per_child',
    ]);
    expect(f.redisCalls).toEqual([]);
  });
});
