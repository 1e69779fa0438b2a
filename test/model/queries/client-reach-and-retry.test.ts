import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { runsOnDockerHost } from '../../../src/model/queries/host-side-client.js';
import { celeryPublishWindow, redisPyWindow } from '../../../src/model/queries/retry-window.js';
import { askedMasters, sentinelClients } from '../../../src/model/queries/sentinel-clients.js';

const config = { rules: new Map(), ignores: [], files: [], settings: { product: 'redis' as const } };

async function deploymentOf(fixture: string) {
  const dir = resolve('fixtures/rules', fixture);
  return (await lint({ cwd: dir, root: dir, only: ['parse-error'], config })).deployment;
}

describe('runsOnDockerHost', () => {
  it('holds for a module next to a compose file whose services all run Redis images and mount only conf folders', async () => {
    const deployment = await deploymentOf('announced-address-unreachable/bad-host-client-container-master');
    const [client] = sentinelClients(deployment);
    expect(client!.modules).toEqual(['tasks.py', 'celeryconfig.py']);
    expect(runsOnDockerHost(deployment.compose[0]!, client!.modules)).toBe(true);
  });

  it('does not hold when a service may be built from the repository', async () => {
    const deployment = await deploymentOf('announced-address-unreachable/good-client-in-network');
    expect(runsOnDockerHost(deployment.compose[0]!, ['celeryconfig.py'])).toBe(false);
  });
});

describe('sentinelClients dials and TLS', () => {
  it('keeps where each Sentinel address is written and that it is reached through a published port', async () => {
    const deployment = await deploymentOf('announced-address-unreachable/bad-announce-hostnames-redis-py');
    const [client] = sentinelClients(deployment);
    expect(client!.dials.map((d) => [d.at.line, d.reach.kind, d.reach.kind === 'node' ? d.reach.via : undefined])).toEqual([
      [6, 'node', 'published'],
      [7, 'node', 'published'],
      [8, 'node', 'published'],
    ]);
  });

  it('reads broker_use_ssl and redis-py ssl= as TLS to the master', async () => {
    const plain = sentinelClients(await deploymentOf('tls-replication-missing/bad-celery-broker-without-ssl'));
    const tls = sentinelClients(await deploymentOf('tls-replication-missing/good-celery-broker-use-ssl'));
    const redisPy = sentinelClients(await deploymentOf('tls-replication-missing/bad-redis-py-without-ssl'));
    expect(plain.map((c) => c.masterTls.kind)).toEqual(['plain']);
    expect(tls.map((c) => c.masterTls.kind)).toEqual(['tls']);
    expect(redisPy.map((c) => c.masterTls.kind)).toEqual(['plain']);
  });

  it('yields each request with the masters it can be handed', async () => {
    const deployment = await deploymentOf('master-password-missing/bad-url-without-password');
    const asked = [...askedMasters(deployment)];
    expect(asked.length).toBeGreaterThan(0);
    for (const { request, masters } of asked) {
      expect(request.name.known).toBe(true);
      expect(masters.length).toBeGreaterThan(0);
    }
  });
});

describe('retry windows', () => {
  it('bounds a redis-py master_for without retries: two connects, each asking every Sentinel (twice) first', async () => {
    const deployment = await deploymentOf('client-timeout-shorter-than-failover/bad-redis-py-100ms');
    const client = deployment.clients.redisPy[0]!;
    // discovery 3 × 2 × (0.1 + 2 × 0.1) = 1.8; connecting 1.8 + 0.1 + 4 × 0.1 = 2.3; attempt 2 × 2.3 + 2 × 0.1
    expect(redisPyWindow(client, client.masters[0]!)?.seconds).toBeCloseTo(4.8);
  });

  it('is unknown when redis-py is given its own retry', async () => {
    const deployment = await deploymentOf('client-timeout-shorter-than-failover/good-redis-py-retries');
    const client = deployment.clients.redisPy[0]!;
    expect(redisPyWindow(client, client.masters[0]!)).toBeUndefined();
  });

  it('adds kombu reconnects and the default publish retry sleeps (0, 0.2, 0.4 s) for Celery', async () => {
    const off = await deploymentOf('client-timeout-shorter-than-failover/bad-celery-publish-without-retry');
    const on = await deploymentOf('client-timeout-shorter-than-failover/good-celery-default-publish-retry');
    const one = 2 * (3 * 2 * (0.5 + 1) + 0.5 + 2) + 1; // 24 s per attempt with socket_timeout 0.5
    expect(celeryPublishWindow(off.clients.celery[0]!, 3)?.seconds).toBeCloseTo(one);
    // 4 publishes, then reconnects with 3, 2 and 1 retries left (4, 3, 2 attempts; sleeps 0.6, 0.2, 0)
    expect(celeryPublishWindow(on.clients.celery[0]!, 3)?.seconds).toBeCloseTo(4 * one + 4 * one + 0.6 + 3 * one + 0.2 + 2 * one);
  });
});
