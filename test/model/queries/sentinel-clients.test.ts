import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { reachAt } from '../../../src/model/queries/client-targets.js';
import { sentinelClients, type SentinelClient } from '../../../src/model/queries/sentinel-clients.js';

const config = { rules: new Map(), ignores: [], files: [], settings: { product: 'redis' as const } };

async function deploymentOf(fixture: string) {
  const dir = resolve('fixtures/rules', fixture);
  return (await lint({ cwd: dir, root: dir, only: ['parse-error'], config })).deployment;
}

async function clientsOf(fixture: string): Promise<readonly SentinelClient[]> {
  return sentinelClients(await deploymentOf(fixture));
}

const summary = (c: SentinelClient) => ({
  describe: c.describe,
  sentinels: c.sentinels?.map((s) => s.name),
  sentinelPassword: c.sentinelPassword.kind,
  requests: c.requests.map((r) => [r.name.known ? r.name.value : undefined, r.password?.kind]),
});

describe('sentinelClients', () => {
  it('links a Celery broker and backend to the Sentinels each sentinel:// chunk dials, with what goes where', async () => {
    const clients = await clientsOf('sentinel-kwargs-password-without-sentinel-auth/bad-master-password-sent-to-sentinels');
    const sentinels = ['service sentinel-1', 'service sentinel-2', 'service sentinel-3'];
    expect(clients.filter((c) => !c.variant).map(summary)).toEqual([
      { describe: 'the Celery broker (broker in tasks.py)', sentinels, sentinelPassword: 'set', requests: [['mymaster', 'set']] },
      { describe: 'the Celery result backend (backend in tasks.py)', sentinels, sentinelPassword: 'set', requests: [['mymaster', 'set']] },
    ]);
  });

  it('also reads the URL the code builds without the .env, where unset variables stay unknown', async () => {
    // The seed's celery_sentinel.py: no compose service runs it, so the .env may not reach it.
    const clients = await clientsOf('../seed-example');
    const variants = clients.filter((c) => c.variant === 'code-default');
    expect(variants.map((c) => [c.sentinelPassword.kind, c.requests[0]!.password?.kind])).toEqual([
      ['unknown', 'none'],
      ['unknown', 'none'],
    ]);
    expect(variants[0]!.describe).toContain("as the code's defaults build it");
  });

  it('reads no code-default variant for a module a compose service runs: the service hands it its environment', async () => {
    const clients = await clientsOf('sentinel-kwargs-password-without-sentinel-auth/bad-master-password-sent-to-sentinels');
    expect(clients.filter((c) => c.variant === 'code-default')).toEqual([]);
  });

  it('reads the master password from the first chunk only', async () => {
    const [broker] = await clientsOf('master-password-missing/bad-password-on-later-chunk');
    expect(broker!.requests[0]!.password?.kind).toBe('none');
  });

  it('leaves the master password unknown when broker_password or redis_password may give it', async () => {
    const clients = await clientsOf('master-password-missing/good-password-setting');
    expect(clients.map((c) => c.requests[0]!.password?.kind)).toEqual(['unknown', 'unknown']);
  });

  it('knows no client whose broker an env_file outside the repository may replace (CELERY_BROKER_URL)', async () => {
    expect(await clientsOf('sentinel-kwargs-password-without-sentinel-auth/good-password-from-unset-variable')).toEqual([]);
  });

  it('knows no Sentinels when one address is outside the project', async () => {
    const [broker] = await clientsOf('sentinel-kwargs-password-without-sentinel-auth/good-sentinel-outside-project');
    expect(broker!.sentinels).toBeUndefined();
  });

  it('reads redis-py: published ports from the host, sentinel_kwargs, and one request per master_for / discover_master', async () => {
    const clients = await clientsOf('master-password-missing/bad-redis-py-master-for');
    expect(clients.map(summary)).toEqual([
      {
        describe: 'the redis-py Sentinel in monitor.py',
        sentinels: ['service sentinel-1', 'service sentinel-2', 'service sentinel-3'],
        sentinelPassword: 'none',
        requests: [['mymaster', undefined], ['mymaster', 'none']],
      },
    ]);
  });
});

describe('reachAt', () => {
  it('answers a (host, port) pair as clientTargets answers a URL endpoint', async () => {
    const deployment = await deploymentOf('master-password-missing/bad-redis-py-master-for');
    const published = reachAt(deployment, 'localhost', 26380);
    expect(published.kind === 'node' && published.via === 'published' && published.node.name).toBe('service sentinel-2');
    const network = reachAt(deployment, 'sentinel-3', 26379);
    expect(network.kind === 'node' && network.via === 'network' && network.node.name).toBe('service sentinel-3');
    expect(reachAt(deployment, 'sentinel3', 26379).kind).toBe('no-such-host');
    expect(reachAt(deployment, 'sentinel-3', 26380).kind).toBe('no-listener');
  });
});
