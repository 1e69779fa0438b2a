import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import type { Span } from '../../../src/model/span.js';
import { backendKind, brokerKind, celeryBool, celeryNumber, closedDict, numberOf, transportOptions, truthy } from '../../../src/model/queries/celery-settings.js';
import { BACKEND_OPTIONS, BROKER_OPTIONS } from '../../../src/model/queries/transport-options.js';
import type { PyDict, PyValue } from '../../../src/sources/python/facts.js';

const span: Span = { file: 'celeryconfig.py', line: 1, column: 1, endLine: 1, endColumn: 2 };
const num = (value: number): PyValue => ({ kind: 'number', value, float: false, span });
const bool = (value: boolean): PyValue => ({ kind: 'bool', value, span });

async function deploymentOf(fixture: string) {
  const dir = resolve('fixtures/rules', fixture);
  const result = await lint({ cwd: dir, root: dir, only: ['parse-error'], config: { rules: new Map(), ignores: [], files: [], settings: { product: 'redis' } } });
  return result.deployment;
}

describe('Python values as Celery reads them', () => {
  it('tests truthiness like Python and refuses to guess a string', () => {
    expect(truthy(bool(true))).toBe(true);
    expect(truthy(num(0))).toBe(false);
    expect(truthy({ kind: 'none', span })).toBe(false);
    expect(truthy({ kind: 'unknown', why: 'a call', span })).toBeUndefined();
    expect(numberOf(num(5))).toBe(5);
    expect(numberOf({ kind: 'none', span })).toBeNull();
    expect(numberOf(bool(true))).toBeUndefined();
  });

  it('lists a dict only when nothing can add keys to it', () => {
    const dict: PyDict = { kind: 'dict', entries: [], opaque: [], span };
    expect(closedDict(dict)).toBe(true);
    expect(closedDict({ ...dict, opaque: [{ kind: 'unknown', why: '**x', span }] })).toBe(false);
  });
});

describe('kombu option names', () => {
  it('knows the Redis, Sentinel, transport and connection-retry options', () => {
    for (const name of ['visibility_timeout', 'master_name', 'sentinel_kwargs', 'polling_interval', 'max_retries', 'global_keyprefix', 'reauth_check_interval']) {
      expect(BROKER_OPTIONS.has(name), name).toBe(true);
    }
    for (const name of ['master', 'password', 'visibility-timeout', 'retry_policy']) expect(BROKER_OPTIONS.has(name), name).toBe(false);
  });

  it("accepts the result backend's own options only in its transport options", () => {
    expect(BACKEND_OPTIONS.has('retry_policy')).toBe(true);
    expect(BACKEND_OPTIONS.has('result_chord_ordered')).toBe(true);
    expect(BACKEND_OPTIONS.has('master')).toBe(false);
  });
});

describe('settings of a real config', () => {
  it('reads the broker and backend kinds from the URLs in effect', async () => {
    const deployment = await deploymentOf('unknown-transport-option/bad-misspelled-options');
    const config = deployment.clients.celery[0]!;
    expect(brokerKind(deployment, config)).toBe('sentinel');
    expect(backendKind(deployment, config)).toBe('sentinel');
    expect(transportOptions(config, 'broker_transport_options')?.dict?.entries.length).toBe(3);
  });

  it('says other for a RabbitMQ broker and for no result backend', async () => {
    const deployment = await deploymentOf('unknown-transport-option/good-amqp-broker');
    const config = deployment.clients.celery[0]!;
    expect(brokerKind(deployment, config)).toBe('other');
    expect(backendKind(deployment, config)).toBe('other');
  });

  it("applies Celery's defaults only to a config read whole", async () => {
    const complete = (await deploymentOf('prefetch-with-acks-late/bad-default-prefetch')).clients.celery[0]!;
    expect(celeryNumber(complete, 'worker_prefetch_multiplier', 4)).toEqual({ value: 4 });
    expect(celeryBool(complete, 'task_acks_late', false)?.value).toBe(true);
    const partial = (await deploymentOf('sentinel-master-name-missing/good-config-not-complete')).clients.celery[0]!;
    expect(celeryNumber(partial, 'worker_prefetch_multiplier', 4)).toBeUndefined();
    expect(transportOptions(partial, 'broker_transport_options')).toBeUndefined();
  });
});
