import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import type { Deployment } from '../../../src/model/deployment.js';
import { composeExposureOf, describePublished } from '../../../src/model/queries/compose-exposure.js';
import { listeningOf } from '../../../src/model/queries/listen-addresses.js';
import { predatesProtectedMode, protectedModeOf } from '../../../src/model/queries/protected-mode.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The deployment of one compose file whose single service is given as YAML lines. */
async function deploymentOf(service: string): Promise<Deployment> {
  const dir = mkdtempSync(join(tmpdir(), 'compose-exposure-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'docker-compose.yml'), `services:\n  cache:\n${service.replace(/^/gm, '    ')}\n`);
  return (await lint({ cwd: dir, root: dir })).deployment;
}

async function exposureOf(service: string) {
  const node = (await deploymentOf(service)).servers[0]!;
  const exposure = composeExposureOf(node, listeningOf(node)!);
  return exposure.kind === 'published' ? `published: ${describePublished(exposure)}` : exposure.kind;
}

describe('composeExposureOf', () => {
  it.each([
    ['image: redis:7.0\nports: ["6379:6379"]', 'published: host port 6379 on every host address'],
    ['image: redis:7.0\nports: ["6379"]', 'published: a host port Docker picks on every host address'],
    ['image: redis:7.0\nports: ["7000-7002:6379"]', 'published: a host port in 7000-7002 on every host address'],
    ['image: redis:7.0\ncommand: redis-server --port 6380\nports: ["7000-7002:6379-6381"]', 'published: host port 7001 on every host address'],
    ['image: redis:7.0\nports: ["10.0.0.4:16379:6379"]', 'published: host port 16379 on host address 10.0.0.4'],
    ['image: redis:7.0\nports: ["127.0.0.1:6379:6379", "[::1]:6379:6379"]', 'not-published'],
    ['image: redis:7.0\nports: ["6379:6379/udp"]', 'not-published'],
    ['image: redis:7.0\nports: ["6380:6380"]', 'not-published'],
    ['image: redis:7.0\ncommand: redis-server --bind 127.0.0.1\nports: ["6379:6379"]', 'not-published'],
    ['image: redis:7.0\ncommand: "redis-server --bind ::"\nports: ["6379:6379"]', 'unknown'],
    ['image: redis:7.0\nports: ["${PORT:?}:6379"]', 'unknown'],
    ['image: redis:7.0\nnetwork_mode: host', 'host-network'],
    ['image: redis:7.0\nnetwork_mode: host\ncommand: redis-server --bind 127.0.0.1', 'not-published'],
    ['image: redis:7.0\nnetwork_mode: none\nports: ["6379:6379"]', 'not-published'],
    ['image: redis:7.0\nnetwork_mode: "service:vpn"', 'unknown'],
  ])('%s → %s', async (service, expected) => {
    expect(await exposureOf(service)).toBe(expected);
  });
});

describe('protectedModeOf a compose node', () => {
  const modeOf = async (service: string) => {
    const mode = protectedModeOf((await deploymentOf(service)).servers[0]!);
    return `${String(mode.on)}${mode.image ? ' (image)' : ''}${mode.directive ? ' (line)' : ''}`;
  };
  it.each([
    ['image: redis:7.0', 'false (image)'],
    ['image: valkey/valkey:8.0\ncommand: valkey-server', 'false (image)'],
    ['image: docker.io/library/redis:7.2-alpine', 'false (image)'],
    ['image: redis:7.0\ncommand: redis-server --protected-mode yes', 'true (line)'],
    ['image: redis:7.0\ncommand: redis-server --protected-mode "$PM"', 'undefined (line)'],
    ['image: redis:7.0\ncommand: redis-server --$OPT yes', 'undefined'],
    ['image: example.org/team/redis-build:7\ncommand: redis-server', 'undefined'],
  ])('%s → %s', async (service, expected) => {
    expect(await modeOf(service)).toBe(expected);
  });
});

describe('predatesProtectedMode', () => {
  const imageOf = async (image: string) => (await deploymentOf(`image: ${image}`)).compose[0]!.services[0]!.facts.image!;
  it.each([
    ['redis:2.8.19', true],
    ['redis:3.0', true],
    ['redis:2', true],
    ['redis:3', false],
    ['redis:3.2-alpine', false],
    ['redis:latest', false],
    ['valkey/valkey:7.2', false],
  ])('%s → %s', async (image, expected) => {
    expect(predatesProtectedMode(await imageOf(image))).toBe(expected);
  });
});
