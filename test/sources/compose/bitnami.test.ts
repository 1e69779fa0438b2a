import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../../src/model/source-file.js';
import type { ConfLine } from '../../../src/sources/conf/conf-lines.js';
import { parseCompose } from '../../../src/sources/compose/parse-compose.js';

const service = (yaml: string) => {
  const file = sourceFile('docker-compose.yml', yaml, 'compose');
  return parseCompose(file, new Map()).facts.services[0]!;
};
const texts = (lines: ConfLine[] | undefined) => (lines ?? []).map((l) => (l.ok ? l.tokens.map((t) => t.value).join(' ') : '!'));
const written = (s: ReturnType<typeof service>) => {
  const content = s.processes[0]?.confFile?.content;
  return content?.kind === 'written' ? content.lines : undefined;
};

describe('Bitnami images: the config their start scripts write from environment variables', () => {
  it('writes a master with a password, AOF on by default, bound to all interfaces', () => {
    const s = service('services:\n  redis:\n    image: bitnami/redis:7.2\n    environment:\n      - REDIS_REPLICATION_MODE=master\n      - REDIS_PASSWORD=s3cret-pw\n');
    const p = s.processes[0]!;
    expect([p.executable, p.mode, p.configUnknown, s.runsUnknown]).toEqual(['redis-server', 'server', undefined, undefined]);
    expect(texts(written(s))).toEqual([
      'bind 0.0.0.0 ::', 'protected-mode yes', 'port 6379', 'pidfile /opt/bitnami/redis/tmp/redis.pid', 'logfile ',
      'dir /bitnami/redis/data', 'appendonly yes', 'save ', 'requirepass s3cret-pw', 'replica-announce-ip $(get_machine_ip)',
      'replica-announce-port 6379', 'masteruser default', 'masterauth s3cret-pw',
    ]);
    expect(texts(p.flags)).toEqual(['daemonize no']);
    // The password token sits on the value in the YAML.
    const requirepass = written(s)!.find((l) => l.ok && l.tokens[0].value === 'requirepass');
    expect(requirepass?.ok && [requirepass.tokens[1]!.span.line, requirepass.tokens[1]!.span.column]).toEqual([6, 24]);
    expect(p.unknownValues.map((u) => u.why)).toEqual(["the container's IP address at start-up"]);
  });

  it('makes a replica of REDIS_MASTER_HOST and turns protected mode off with ALLOW_EMPTY_PASSWORD', () => {
    const s = service('services:\n  r:\n    image: bitnami/redis:latest\n    environment:\n      REDIS_REPLICATION_MODE: slave\n      REDIS_MASTER_HOST: redis-master\n      ALLOW_EMPTY_PASSWORD: "yes"\n      REDIS_DISABLE_COMMANDS: FLUSHDB,FLUSHALL\n');
    const lines = texts(written(s));
    expect(lines).toContain('protected-mode no');
    expect(lines).toContain('replicaof redis-master 6379');
    expect(lines).toContain('rename-command FLUSHDB ');
    expect(lines.some((l) => l.startsWith('requirepass') || l.startsWith('masterauth'))).toBe(false);
  });

  it('keeps an unknown password as a password of unknown value', () => {
    const s = service('services:\n  r:\n    image: bitnami/redis:7.4\n    environment:\n      - REDIS_PASSWORD=${PW}\n');
    expect(texts(written(s))).toContain('requirepass ${REDIS_PASSWORD}');
    expect(s.processes[0]!.unknownValues.map((u) => u.at.line)).toEqual([5]);
  });

  it('does not start without a password unless empty ones are allowed', () => {
    const s = service('services:\n  r:\n    image: bitnami/redis:7.4\n');
    expect(s.processes).toEqual([]);
    expect(s.runsUnknown).toContain('refuses to start: REDIS_PASSWORD is empty');
  });

  it('reads REDIS_EXTRA_FLAGS as flags after --daemonize no', () => {
    const s = service('services:\n  r:\n    image: bitnami/redis:7.4\n    environment:\n      - ALLOW_EMPTY_PASSWORD=yes\n      - REDIS_EXTRA_FLAGS=--maxmemory 100mb --min-replicas-to-write 3\n');
    const p = s.processes[0]!;
    expect(texts(p.flags)).toEqual(['daemonize no', 'maxmemory 100mb', 'min-replicas-to-write 3']);
    expect(p.flags[1]!.span).toMatchObject({ line: 6, column: 29 }) // the name after --;
  });

  it('copies a mounted redis.conf and writes nothing else; other mounts over its folders leave it unknown', () => {
    const copied = service('services:\n  r:\n    image: bitnami/redis:7.4\n    environment: [REDIS_PASSWORD=x]\n    volumes: ["./redis.conf:/opt/bitnami/redis/mounted-etc/redis.conf"]\n');
    expect(copied.processes[0]!.confFile?.content).toEqual({ kind: 'copied', from: '/opt/bitnami/redis/mounted-etc/redis.conf', appended: [] });
    const dir = service('services:\n  r:\n    image: bitnami/redis:7.4\n    environment: [REDIS_PASSWORD=x]\n    volumes: ["./conf:/opt/bitnami/redis/mounted-etc"]\n');
    expect(dir.processes[0]!.configUnknown).toContain('/opt/bitnami/redis/mounted-etc');
  });

  it('leaves the configuration unknown for unknown switches, env_file and images before 7', () => {
    expect(service('services:\n  r:\n    image: bitnami/redis:7.4\n    environment: [ALLOW_EMPTY_PASSWORD=yes, REDIS_REPLICATION_MODE]\n').processes[0]!.configUnknown).toBeDefined();
    expect(service('services:\n  r:\n    image: bitnami/redis:7.4\n    env_file: .env.redis\n').processes[0]!.configUnknown).toContain('env_file');
    expect(service('services:\n  r:\n    image: bitnami/redis:6.0\n    environment: [ALLOW_EMPTY_PASSWORD=yes]\n').runsUnknown).toContain('before 7.0');
  });

  it('writes the Sentinel monitor line from the defaults and the variables', () => {
    const s = service('services:\n  s:\n    image: bitnami/redis-sentinel:7.2\n    volumes: ["sentinel-data:/bitnami"]\n    environment:\n      - REDIS_MASTER_HOST=redis-master\n      - REDIS_MASTER_SET=lms\n      - REDIS_MASTER_PASSWORD=secret\n');
    const p = s.processes[0]!;
    expect([p.executable, p.mode, p.configUnknown]).toEqual(['redis-sentinel', 'sentinel', undefined]);
    expect(texts(written(s))).toEqual([
      'port 26379', 'bind 0.0.0.0 ::', 'pidfile /opt/bitnami/redis-sentinel/tmp/redis-sentinel.pid', 'daemonize no', 'logfile ',
      'sentinel monitor lms redis-master 6379 2', 'sentinel down-after-milliseconds lms 60000', 'sentinel failover-timeout lms 180000',
      'sentinel parallel-syncs lms 1', 'sentinel auth-pass lms secret', 'sentinel resolve-hostnames yes', 'sentinel announce-hostnames no',
      'SENTINEL master-reboot-down-after-period lms 0',
    ]);
    expect(s.processes[0]!.confFile?.containerPath).toBe('/opt/bitnami/redis-sentinel/etc/sentinel.conf');
  });

  it('does not guess a Sentinel whose persisted config comes from a host folder, or whose quorum is not a number', () => {
    const bound = service('services:\n  s:\n    image: bitnami/redis-sentinel:7.2\n    volumes: ["./data:/bitnami/redis-sentinel"]\n');
    expect(bound.processes[0]!.configUnknown).toContain('/bitnami/redis-sentinel');
    const bad = service('services:\n  s:\n    image: bitnami/redis-sentinel:7.2\n    environment: [REDIS_SENTINEL_QUORUM=two]\n');
    expect(bad.runsUnknown).toContain('REDIS_SENTINEL_QUORUM is not a positive integer');
  });

  it('keeps a command override as it was: the command runs as given', () => {
    const s = service('services:\n  r:\n    image: bitnami/redis:7.4\n    command: redis-server --port 7000\n');
    expect(texts(s.processes[0]!.flags)).toEqual(['port 7000']);
    expect(s.processes[0]!.confFile).toBeUndefined();
  });
});
