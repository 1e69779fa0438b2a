import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { sourceFile, type SourceFile } from '../../../src/model/source-file.js';
import type { ConfLine } from '../../../src/sources/conf/conf-lines.js';
import { parseConf } from '../../../src/sources/conf/parse-conf.js';
import { parseCompose } from '../../../src/sources/compose/parse-compose.js';
import type { ComposeService } from '../../../src/sources/compose/facts.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

// FileKind has no 'compose' yet: the kind does not matter to parseCompose.
const compose = (text: string, path = 'docker-compose.yml'): SourceFile => sourceFile(path, text, 'compose');
const parse = (text: string, env: Record<string, string> = {}) => parseCompose(compose(text), new Map(Object.entries(env)));
const service = (text: string, name: string, env: Record<string, string> = {}) => parse(text, env).facts.services.find((s) => s.name === name)!;
const tokens = (lines: ConfLine[]) => lines.map((l) => (l.ok ? l.tokens.map((t) => t.value).join(' ') : 'unbalanced'));

const seedPath = 'fixtures/seed-example/docker-compose.sentinel.yml';
const seedText = readFileSync(seedPath, 'utf8');
const seed = parseCompose(sourceFile(seedPath, seedText, 'compose'), new Map());

/** 1-based line and column of the n-th occurrence of `needle` (plus an offset into it). */
function position(text: string, needle: string, occurrence = 1, offset = 0) {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(needle, at + 1);
  at += offset;
  const line = text.slice(0, at).split('\n').length;
  return { line, column: at - text.lastIndexOf('\n', at - 1) };
}

describe('parseCompose on the seed compose file', () => {
  const byName = (name: string) => seed.facts.services.find((s) => s.name === name)!;

  it('reads every service without problems', () => {
    expect(seed.problems).toEqual([]);
    expect(seed.facts.services.map((s) => s.name)).toEqual(['redis-master', 'redis-replica-1', 'redis-replica-2', 'sentinel-1', 'sentinel-2', 'sentinel-3']);
    expect(seed.facts.version?.known && seed.facts.version.value).toBe('3.8');
  });

  it('puts the quorum 2 inside the echoed, folded sh -c script at its own line and column', () => {
    const [sentinel] = byName('sentinel-1').processes;
    expect(sentinel).toMatchObject({ executable: 'redis-sentinel', mode: 'sentinel', startedBy: 'script', certain: true });
    const content = sentinel!.confFile!.content;
    if (content.kind !== 'written') throw new Error(content.kind);
    const monitor = content.lines[0]!;
    if (!monitor.ok) throw new Error('unbalanced');
    const quorum = monitor.tokens[5]!;
    expect(quorum.value).toBe('2');
    const at = position(seedText, "6379 2' > /etc/sentinel.conf", 1, 5);
    expect(quorum.span).toEqual({ file: seedPath, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 });
    expect(at.column).toBe(64); // inside the folded block, past `sh -c "echo 'sentinel monitor mymaster redis-master `
    expect(seedText.slice(quorum.start, quorum.end)).toBe('2');
  });

  it('spans the --requirepass value, and parseConf makes a secret of it', () => {
    const [server] = byName('redis-master').processes;
    const line = server!.flags[0]!;
    if (!line.ok) throw new Error('unbalanced');
    const value = line.tokens[1]!;
    const at = position(seedText, 'your_redis_password_here');
    expect(value.span).toEqual({ file: seedPath, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 24 });
    const conf = parseConf({ ...compose(seedText, seedPath), kind: 'redis-conf' }, { product: 'redis', version: '7.0' }, new Set(), server!.flags);
    expect(conf.problems).toEqual([]);
    expect(conf.facts.secrets.map((s) => [s.span.line, s.span.column, s.isPlaceholder])).toEqual([[at.line, at.column, true]]);
  });

  it('reads the folded multi-line command of a replica, one line per flag', () => {
    const [replica] = byName('redis-replica-1').processes;
    expect(tokens(replica!.flags)).toEqual([
      'replicaof redis-master 6379',
      'masterauth your_redis_password_here',
      'requirepass your_redis_password_here',
      'maxmemory-policy noeviction',
    ]);
    const first = replica!.flags[0]!;
    const { line } = position(seedText, '--replicaof redis-master 6379');
    expect(first.ok && first.tokens.map((t) => [t.span.line, t.span.column])).toEqual([[line, 9], [line, 19], [line, 32]]);
  });

  it('gives parseConf sentinel lines it accepts as a sentinel config, monitors and auth-pass included', () => {
    const content = byName('sentinel-2').processes[0]!.confFile!.content;
    if (content.kind !== 'written') throw new Error(content.kind);
    const conf = parseConf({ ...compose(seedText, seedPath), kind: 'sentinel-conf' }, { product: 'redis', version: '7.0' }, new Set(), content.lines);
    expect(conf.facts.monitors.map((m) => [m.name.text, m.host.text, m.quorum.known && m.quorum.value])).toEqual([['mymaster', 'redis-master', 2]]);
    expect(conf.problems.map((p) => p.rule)).toEqual(['sentinel-hostname-without-resolve']);
    expect(conf.facts.secrets).toHaveLength(1);
  });

  it('reads image, ports, volumes, networks and depends_on', () => {
    const master = byName('redis-master');
    expect(master.image).toMatchObject({ repository: 'redis', tag: '7-alpine', product: 'redis', family: 'official', version: { kind: 'floating', major: 7 } });
    expect(master.ports.map((p) => p.mapping.known && p.mapping.value)).toEqual([{ target: { start: 6379, end: 6379 }, published: { start: 6379, end: 6379 }, protocol: 'tcp' }]);
    expect(master.volumes).toMatchObject([{ type: 'volume', source: { value: 'redis_master_data' }, target: { value: '/data' } }]);
    expect(master.containerName).toMatchObject({ known: true, value: 'redis-master' });
    expect(byName('sentinel-1').dependsOn.map((d) => d.name)).toEqual(['redis-master']);
    expect(seed.facts.networks.map((n) => [n.name, n.driver?.known && n.driver.value])).toEqual([['redis-sentinel', 'bridge']]);
  });

  it('never shows a password in its facts', () => {
    expect(JSON.stringify(seed.facts.services.map(({ processes, ...rest }) => rest))).not.toContain('your_redis_password_here');
  });
});

describe('parseCompose', () => {
  it('reports YAML errors at the parser position without quoting the line', () => {
    const text = 'services:\n  redis:\n    image: "redis\n  other: x\n';
    const { problems, facts } = parse(text);
    expect(problems).toHaveLength(1);
    const [yamlError] = parseDocument(text).errors;
    expect(problems[0]!.at).toMatchObject({ line: yamlError!.linePos![0].line, column: yamlError!.linePos![0].col });
    expect(problems[0]).toMatchObject({ rule: 'parse-error' });
    expect(problems[0]!.message).not.toContain('redis');
    expect(facts.services).toEqual([]);
  });

  it('refuses several documents, a list at the top and a scalar at the top', () => {
    expect(parse('services: {}\n---\nservices: {}\n').problems[0]!.message).toContain('multiple documents');
    expect(parse('- a\n- b\n').problems[0]!.message).toContain('must be a map');
    expect(parse('just text\n').problems[0]!.at.line).toBe(1);
  });

  it('refuses an alias bomb without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const started = Date.now();
    const { problems } = parse(`${levels.join('\n')}\nservices:\n  s:\n    environment: *i\n`);
    expect(problems[0]!.message).toContain('alias bomb');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports 10 000 levels of nesting as a parse-error, not a crash', () => {
    const deep = 'services:\n  s:\n    x: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
    expect(parse(deep).problems[0]!.rule).toBe('parse-error');
  });

  it('refuses a file that is too large to be a compose file', () => {
    const { problems } = parse('x: ' + 'a'.repeat(5 * 1024 * 1024) + '\n');
    expect(problems[0]!.message).toContain('larger than');
  });

  it('resolves anchors, aliases and merge keys, with or without a space before the colon', () => {
    const text = [
      'x-redis: &redis',
      '  image: redis:7.2-alpine',
      '  restart: always',
      'services:',
      '  a:',
      '    <<: *redis',
      '    restart: "no"',
      '  b:',
      '    << : *redis',
      '    command: ["redis-server", "--port", "6380"]',
    ].join('\n');
    const { facts } = parse(text);
    const [a, b] = facts.services as [ComposeService, ComposeService];
    expect(a.image?.version).toEqual({ kind: 'exact', major: 7, minor: 2 });
    expect(a.restart).toMatchObject({ value: 'no' });
    expect(b.restart).toMatchObject({ value: 'always', span: { line: 3 } });
    expect(tokens(b.processes[0]!.flags)).toEqual(['port 6380']);
  });

  it('reads a Compose v1 file, whose services are the top-level keys', () => {
    const { facts } = parse('redis:\n  image: redis\nsentinel:\n  image: redis\n  command: redis-sentinel /s.conf\n');
    expect(facts.v1Layout).toBe(true);
    expect(facts.services.map((s) => s.name)).toEqual(['redis', 'sentinel']);
  });

  it('interpolates from .env and leaves unset variables as templates for parseConf', () => {
    const text = 'services:\n  r:\n    image: redis:${TAG:-7.0}\n    command: redis-server --requirepass ${REDIS_PASSWORD} --port ${PORT}\n';
    const r = service(text, 'r', { PORT: '6380' });
    expect(r.image?.version).toEqual({ kind: 'exact', major: 7, minor: 0 });
    expect(tokens(r.processes[0]!.flags)).toEqual(['requirepass ${REDIS_PASSWORD}', 'port 6380']);
    expect(r.processes[0]!.unknownValues.map((u) => u.why)).toEqual(['REDIS_PASSWORD is not set in .env and has no default']);
    const conf = parseConf({ ...compose(text), kind: 'redis-conf' }, { product: 'redis', version: '7.0' }, new Set(), r.processes[0]!.flags);
    expect(conf.problems).toEqual([]);
  });

  it('leaves a command whose unknown value may add arguments unknown', () => {
    const r = service('services:\n  r:\n    image: redis\n    command: redis-server ${PW:+--requirepass ${PW}}\n', 'r');
    expect(r.processes).toEqual([]);
    expect(r.runsUnknown).toContain('may add or remove arguments');
    expect(tokens(service('services:\n  r:\n    image: redis\n    command: redis-server ${PW:+--requirepass ${PW}}\n', 'r', { PW: 's3cret-pass' }).processes[0]!.flags)).toEqual(['requirepass s3cret-pass']);
  });

  it('knows what official, Bitnami and unknown images run', () => {
    const text = [
      'services:',
      '  plain: { image: "valkey/valkey:8" }',
      '  flags: { image: "redis:7.0", command: ["--appendonly", "yes"] }',
      '  conf: { image: "redis", command: "/usr/local/etc/redis/sentinel.conf --sentinel", working_dir: /conf }',
      '  bitnami: { image: "bitnami/redis-sentinel:7.0" }',
      '  custom: { image: "acme/redis-ha", command: ["--x"] }',
      '  entry: { image: "redis", entrypoint: ["redis-server", "/etc/r.conf"], command: ["--port", "1"] }',
    ].join('\n');
    const { facts } = parse(text);
    const get = (name: string) => facts.services.find((s) => s.name === name)!;
    expect(get('plain').processes[0]).toMatchObject({ executable: 'valkey-server', startedBy: 'image', flags: [] });
    expect(get('plain').image?.version).toEqual({ kind: 'floating', major: 8 });
    expect(tokens(get('flags').processes[0]!.flags)).toEqual(['appendonly yes']);
    expect(get('conf').processes[0]).toMatchObject({ executable: 'redis-server', mode: 'sentinel', confFile: { containerPath: '/usr/local/etc/redis/sentinel.conf', content: { kind: 'mounted' } } });
    // Bitnami's start script builds the Sentinel's config from environment variables (and its defaults).
    expect(get('bitnami').processes[0]).toMatchObject({ mode: 'sentinel', startedBy: 'image' });
    expect(get('bitnami').image).toMatchObject({ product: 'redis', family: 'bitnami', version: { kind: 'exact', major: 7, minor: 0 } });
    expect(get('custom').runsUnknown).toContain("image's entrypoint");
    expect(get('entry').processes[0]).toMatchObject({ startedBy: 'entrypoint', confFile: { path: { value: '/etc/r.conf' } } });
  });

  it('reads a cp of a mounted template, and resolves relative binds to project paths', () => {
    const text = [
      'services:',
      '  s:',
      '    image: redis:7',
      '    command: sh -c "cp /etc/redis/sentinel.conf /data/sentinel.conf && redis-sentinel /data/sentinel.conf"',
      '    volumes:',
      '      - ./conf/sentinel.conf:/etc/redis/sentinel.conf:ro',
      '      - type: bind',
      '        source: ../outside',
      '        target: /x',
      '      - data:/data',
      '      - /anonymous',
    ].join('\n');
    const s = parseCompose(compose(text, 'deploy/docker-compose.yml'), new Map()).facts.services[0]!;
    expect(s.processes[0]!.confFile?.content).toEqual({ kind: 'copied', from: '/etc/redis/sentinel.conf', appended: [] });
    expect(s.volumes.map((v) => [v.type, v.hostPath?.rootPath ?? v.hostPath?.outsideRoot ?? null, v.target.known && v.target.value, v.readOnly])).toEqual([
      ['bind', 'deploy/conf/sentinel.conf', '/etc/redis/sentinel.conf', true],
      ['bind', 'outside', '/x', false],
      ['volume', null, '/data', false],
      ['volume', null, '/anonymous', false],
    ]);
    expect(s.volumes[0]!.target.span).toMatchObject({ line: 6, column: 30 });
  });

  it('reads ports in short and long syntax, ranges, host IPs and protocols', () => {
    const text = 'services:\n  s:\n    ports:\n      - "127.0.0.1:6379:6379"\n      - 26379-26381:26379/udp\n      - "[::1]:1:2"\n      - 6379\n      - target: 26379\n        published: "26380"\n        host_ip: 0.0.0.0\n      - "${P}:6379"\n';
    const ports = service(text, 's').ports.map((p) => (p.mapping.known ? p.mapping.value : p.mapping.why));
    expect(ports).toEqual([
      { hostIp: '127.0.0.1', published: { start: 6379, end: 6379 }, target: { start: 6379, end: 6379 }, protocol: 'tcp' },
      { published: { start: 26379, end: 26381 }, target: { start: 26379, end: 26379 }, protocol: 'udp' },
      { hostIp: '::1', published: { start: 1, end: 1 }, target: { start: 2, end: 2 }, protocol: 'tcp' },
      { target: { start: 6379, end: 6379 }, protocol: 'tcp' },
      { hostIp: '0.0.0.0', published: { start: 26380, end: 26380 }, target: { start: 26379, end: 26379 }, protocol: 'tcp' },
      'P is not set in .env and has no default',
    ]);
  });

  it('keeps secret environment values and healthcheck passwords as secrets', () => {
    const text = [
      'services:',
      '  s:',
      '    environment:',
      '      - REDIS_PASSWORD=hunter2-long',
      '      - PLAIN=1',
      '      - FROM_ENV',
      '    healthcheck:',
      '      test: ["CMD", "redis-cli", "-a", "hunter3-long", "ping"]',
      '  t:',
      '    environment:',
      '      SENTINEL_TOKEN: tok-value',
      '    healthcheck:',
      '      test: redis-cli --pass hunter4-long ping',
    ].join('\n');
    const { facts } = parse(text, { FROM_ENV: 'x' });
    const [s, t] = facts.services as [ComposeService, ComposeService];
    expect(s.environment.map((e) => [e.name, e.value.known && e.value.value, e.secret !== undefined])).toEqual([
      ['REDIS_PASSWORD', '«redacted»', true], ['PLAIN', '1', false], ['FROM_ENV', 'x', false],
    ]);
    expect(s.environment[0]!.secret!.span).toMatchObject({ line: 4, column: 24, endColumn: 36 });
    expect(s.healthcheck?.password?.span).toMatchObject({ line: 8, column: 41, endColumn: 53 });
    expect(t.environment[0]!.secret).toBeDefined();
    expect(t.healthcheck?.test).toMatchObject({ value: 'redis-cli --pass «redacted» ping' });
    const json = JSON.stringify(facts);
    for (const secret of ['hunter2-long', 'hunter3-long', 'hunter4-long', 'tok-value']) expect(json).not.toContain(secret);
  });

  it('reads replicas, network aliases, placement and the top-level resources', () => {
    const text = [
      'services:',
      '  s:',
      '    image: redis',
      '    deploy:',
      '      replicas: 3',
      '      placement:',
      '        constraints: [node.role == manager]',
      '    networks:',
      '      back:',
      '        aliases: [cache, redis-primary]',
      '        ipv4_address: 172.20.0.5',
      '  t:',
      '    image: redis',
      '    scale: ${N:-2}',
      'networks:',
      '  back: { external: true }',
      'configs:',
      '  sentinel_conf:',
      '    file: ./sentinel.conf',
    ].join('\n');
    const { facts } = parse(text);
    const [s, t] = facts.services as [ComposeService, ComposeService];
    expect(s.replicas).toMatchObject({ known: true, value: 3, span: { line: 5, column: 17 } });
    expect(t.replicas).toMatchObject({ known: true, value: 2 });
    expect(s.placementConstraints.map((c) => c.known && c.value)).toEqual(['node.role == manager']);
    expect(s.networks.map((n) => [n.name.known && n.name.value, n.aliases.map((a) => a.known && a.value), n.ipv4Address?.known && n.ipv4Address.value])).toEqual([
      ['back', ['cache', 'redis-primary'], '172.20.0.5'],
    ]);
    expect(facts.networks).toMatchObject([{ name: 'back', external: true }]);
    expect(facts.configs).toMatchObject([{ name: 'sentinel_conf', file: { rootPath: 'sentinel.conf' } }]);
  });

  it('records the part of a string command compose drops, and refuses one it cannot split', () => {
    const s = service('services:\n  s:\n    image: redis\n    command: redis-server --port 1 & redis-sentinel /s.conf\n', 's');
    expect(s.command?.dropped).toMatchObject({ line: 4, column: 36 });
    expect(tokens(s.processes[0]!.flags)).toEqual(['port 1']);
    expect(parse('services:\n  s:\n    command: redis-server "--port 1\n').problems[0]!.message).toContain('invalid command line string');
  });

  it('turns an internal error into a parse-error on the file', () => {
    const broken = { ...compose('services: {}\n'), get text(): string { throw new Error('boom'); } } as SourceFile;
    expect(parseCompose(broken, new Map()).problems[0]!.message).toContain('internal error');
  });

  it('has no internal error on any command, entrypoint or environment', () => {
    const words = fc.constantFrom('redis-server', 'redis-sentinel', 'sh', '-c', '--port', '6379', '--save', '""', "'", '"', '$', '${X}', '${X:-a b}', '$$',
      '&&', '>', '/s.conf', 'echo', 'cat <<EOF', '\nEOF\n', '--sentinel', 'monitor', '\\', '(', ')', '|', ';', ' ');
    const command = fc.array(words, { maxLength: 12 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(command, fc.array(command, { maxLength: 4 }), fc.boolean(), (text, list, asList) => {
        const yaml = stringify({ services: { s: { image: 'redis:7.0', command: asList ? list : text, entrypoint: asList ? undefined : list, environment: { X: text } } } });
        const { problems } = parse(yaml, { X: 'v' });
        expect(problems.filter((p) => p.message.includes('internal error'))).toEqual([]);
      }),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));
});
