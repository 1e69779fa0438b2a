import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CeleryConfig } from '../../../src/model/clients.js';
import { known } from '../../../src/model/value.js';
import { LineIndex, type Span } from '../../../src/model/span.js';
import { buildClientFacts } from '../../../src/sources/client/client-facts.js';
import type { ComposeFacts } from '../../../src/sources/compose/facts.js';
import type { PyValue } from '../../../src/sources/python/facts.js';
import { parsePython } from '../../../src/sources/python/parse-python.js';
import { loadProject } from './client-project.js';

const dir = (name: string) => fileURLToPath(new URL(`./projects/${name}`, import.meta.url));
const text = (v: PyValue | undefined): unknown =>
  v?.kind === 'str' ? v.text.text : v?.kind === 'number' || v?.kind === 'bool' ? v.value : v?.kind === 'dict' ? Object.fromEntries(v.entries.map((e) => [text(e.key), text(e.value)])) : v?.kind;
const setting = (config: CeleryConfig | undefined, key: string) => text(config?.settings.get(key)?.resolved.value);

describe('a Celery app run by compose services', () => {
  const facts = loadProject(dir('compose-worker'));
  const byService = (name: string) => facts.celery.find((c) => c.runsIn?.some((r) => r.name === name));

  it('reads each service environment: compose environment: beats env_file:, both beat the .env', () => {
    const worker = byService('worker')!;
    expect(worker.service).toBe('worker');
    expect(worker.runsIn).toMatchObject([{ name: 'worker', composeFile: 'docker-compose.yml', via: 'volume' }]);
    const broker = worker.settings.get('broker_url')!;
    expect([broker.source, broker.writtenAs, broker.file, broker.at.line]).toEqual(['env-override', 'CELERY_BROKER_URL', 'docker-compose.yml', 10]);
    expect(broker.resolved.env).toMatchObject([{ name: 'CELERY_BROKER_URL', resolvedFrom: 'compose', service: 'worker' }]);
    // RESULT_HOST is in deploy/worker.env (the service's env_file) and in .env: the env_file wins.
    expect(setting(worker, 'result_backend')).toBe('redis://redis:6379/2');
    expect(worker.settings.get('result_backend')!.resolved.env).toMatchObject([{ name: 'RESULT_HOST', resolvedFrom: 'env-file', envFile: 'deploy/worker.env', service: 'worker' }]);
    expect(setting(worker, 'broker_transport_options')).toEqual({ visibility_timeout: 7200 });
  });

  it('follows DJANGO_SETTINGS_MODULE from the service environment over the setdefault in celery.py', () => {
    expect(byService('worker')!.configModule?.file).toBe('proj/settings_prod.py');
    expect(setting(byService('worker'), 'task_acks_late')).toBe(true);
    expect(byService('beat')!.configModule?.file).toBe('proj/settings.py');
  });

  it('services whose environment gives the same settings share one config', () => {
    const beat = byService('beat')!;
    expect(beat.runsIn?.map((r) => r.name)).toEqual(['beat', 'scheduler']);
    expect(facts.celery).toHaveLength(3);
    const url = facts.urls.find((u) => u.celery === beat)!;
    expect([url.service, url.runsIn?.map((r) => r.name), url.variant]).toEqual(['beat', ['beat', 'scheduler'], undefined]);
  });

  it('an env_file that is not in the repository leaves every variable unknown and the config incomplete', () => {
    const flower = byService('flower')!;
    expect(flower.complete).toBe(false);
    expect(flower.why[0]).toMatch(/env_file deploy\/missing\.env/);
    expect(flower.settings.get('broker_url')?.value.kind).toBe('unknown');
    expect(facts.urls.some((u) => u.celery === flower)).toBe(false);
  });

  it('a URL from a service environment has no code-default twin: compose hands it to the process', () => {
    const worker = byService('worker')!;
    const urls = facts.urls.filter((u) => u.celery === worker);
    expect(urls.map((u) => [u.role, u.variant, u.service])).toEqual([
      ['broker', undefined, 'worker'],
      ['backend', undefined, 'worker'],
    ]);
    expect(urls[0]!.index.file).toBe('docker-compose.yml');
  });
});

describe('a service built from the repository (build: context)', () => {
  const celeryPy = "import os\nfrom celery import Celery\napp = Celery('proj', broker=os.getenv('BROKER', 'redis://localhost:6379/0'))\n";
  const composeText = 'services:\n  worker:\n    build: .\n    environment:\n      BROKER: redis://redis:6379/0\n      REDIS_PASSWORD: s3cret\n';
  const at = (line: number, column: number, endColumn: number): Span => ({ file: 'docker-compose.yml', line, column, endLine: line, endColumn });
  // The compose source does not give `build:` yet: these are the facts it would give.
  const compose = {
    file: 'docker-compose.yml', v1Layout: false, volumes: [], networks: [], configs: [],
    services: [{
      name: 'worker', span: at(2, 3, 9), processes: [], volumes: [], envFiles: [],
      build: { context: { text: known('.', at(3, 12, 13)), rootPath: '' }, span: at(3, 5, 10) },
      environment: [
        { name: 'BROKER', nameSpan: at(5, 7, 13), value: known('redis://redis:6379/0', at(5, 15, 35)) },
        { name: 'REDIS_PASSWORD', nameSpan: at(6, 7, 21), value: known('«redacted»', at(6, 23, 29)) },
      ],
    }],
  } as unknown as ComposeFacts;
  const index = new LineIndex('proj/celery.py', celeryPy);
  const facts = buildClientFacts({
    python: [{ facts: parsePython({ path: 'proj/celery.py', text: celeryPy, index }).facts, rootPath: 'proj/celery.py', index }],
    envFiles: [],
    compose: [{ facts: compose, index: new LineIndex('docker-compose.yml', composeText) }],
  });

  it('resolves os.getenv from the environment of the service that builds the module', () => {
    const [config] = facts.celery;
    expect(config!.runsIn).toMatchObject([{ name: 'worker', via: 'build' }]);
    expect(setting(config, 'broker_url')).toBe('redis://redis:6379/0');
    expect(config!.settings.get('broker_url')!.resolved.env).toMatchObject([{ name: 'BROKER', resolvedFrom: 'compose', service: 'worker' }]);
    const [url] = facts.urls;
    expect([url!.service, url!.variant, url!.index.file]).toEqual(['worker', undefined, 'docker-compose.yml']);
    expect(url!.parsed.asKombuSees.endpoints.map((e) => e.host.known && e.host.value)).toEqual(['redis']);
  });
});

describe('Django settings named by DJANGO_SETTINGS_MODULE', () => {
  const facts = loadProject(dir('django-setdefault'));
  const [config] = facts.celery;

  it("follows os.environ.setdefault('DJANGO_SETTINGS_MODULE', ...) to config/settings/production.py", () => {
    expect(config!.configModule?.file).toBe('config/settings/production.py');
    expect(setting(config, 'broker_url')).toBe('sentinel://s1:26379;sentinel://s2:26379');
  });

  it('applies the module-level in-place changes of a setting dict; a conditional one makes the config incomplete', () => {
    expect(setting(config, 'broker_transport_options')).toEqual({ visibility_timeout: 7200, master_name: 'mymaster', socket_timeout: 1 });
    expect(config!.complete).toBe(false);
    expect(config!.why).toEqual(["line 11 of config/settings/production.py changes CELERY_TASK_ROUTES['slow.*'] in place, which is not followed"]);
  });
});

describe('Flask: celery_init_app(app) of the Flask docs', () => {
  const facts = loadProject(dir('flask-init-app'));
  const [config] = facts.celery;

  it("reads config_from_object(app.config['CELERY']) from the from_mapping in create_app()", () => {
    expect(config!.complete).toBe(true);
    expect(setting(config, 'broker_url')).toBe('sentinel://s1:26379;sentinel://s2:26379');
    expect(setting(config, 'broker_transport_options')).toEqual({ master_name: 'mymaster' });
    expect(setting(config, 'task_ignore_result')).toBe(true);
    expect(config!.settings.get('broker_url')).toMatchObject({ source: 'config-module', at: { file: 'app/__init__.py', line: 22 } });
    expect(config!.configModule?.object).toBe("app.config['CELERY']");
    expect(config!.flask?.files).toEqual(['app/__init__.py']);
    expect(facts.urls.map((u) => `${u.role} ${u.writtenAs}`)).toEqual(['broker broker_url']);
  });
});

describe('app.conf.<setting>[k] = v on a setting of the config module', () => {
  const [config] = loadProject(dir('conf-item')).celery;

  it('adds the entry to the config module dict, or to the empty default of a *_options setting', () => {
    expect(setting(config, 'broker_transport_options')).toEqual({ visibility_timeout: 3600, master_name: 'mymaster' });
    expect(config!.settings.get('broker_transport_options')!.at).toMatchObject({ file: 'celeryconfig.py', line: 2 });
    expect(setting(config, 'result_backend_transport_options')).toEqual({ retry_policy: { timeout: 5 } });
    expect(config!.settings.get('result_backend_transport_options')!.at).toMatchObject({ file: 'tasks.py', line: 6 });
  });

  it('a setting whose default is not a dict is not guessed', () => {
    expect(config!.complete).toBe(false);
    expect(config!.why).toEqual(['line 7 of tasks.py changes task_routes in place, which is not followed']);
  });
});
