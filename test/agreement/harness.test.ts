// The agreement harness itself, without servers: the rewrites that keep test servers on this machine,
// the overrides, and the comparison's order of lines. A bug here would make the agreement test prove
// the wrong thing, so its rules are pinned.

import { describe, expect, it } from 'vitest';
import { disagreement, type LinterVerdict } from './compare.js';
import { environmentDependence, keepOnMachine, machineOverrides, templateLanguage, withoutLines } from './environment.js';
import { generateMutants } from './mutants.js';
import type { AgreementInput, ServerVerdict } from './run-server.js';
import { fileLineCount, serverLines, serverPhase } from './server-lines.js';

describe('keepOnMachine', () => {
  it('moves every dialled IPv4 literal to 127.b.c.d and keeps the rest of the file byte for byte', () => {
    const text = 'sentinel monitor m 10.1.2.3 6379 2\r\nsentinel known-sentinel m "192.168.0.9" 26379 abc\nreplicaof 172.17.0.2 6379\nbind 10.1.2.3\n';
    expect(keepOnMachine(text)).toBe(
      'sentinel monitor m 127.1.2.3 6379 2\r\nsentinel known-sentinel m "127.168.0.9" 26379 abc\nreplicaof 127.17.0.2 6379\nbind 10.1.2.3\n',
    );
  });

  it('makes Sentinel host names unresolvable but keeps localhost, data-node names and distinct names distinct', () => {
    const text = 'sentinel monitor a redis-master 6379 2\nsentinel monitor b localhost 6379 2\nsentinel known-replica a redis-2 6379\nreplicaof redis-master 6379\n';
    expect(keepOnMachine(text)).toBe(
      'sentinel monitor a redis-master.invalid 6379 2\nsentinel monitor b localhost 6379 2\nsentinel known-replica a redis-2.invalid 6379\nreplicaof redis-master 6379\n',
    );
  });

  it('leaves lines it cannot tokenise and IPv6 loopback alone', () => {
    const text = 'sentinel monitor m "10.0.0.1 6379 2\nsentinel monitor n ::1 6379 2\n';
    expect(keepOnMachine(text)).toBe(text);
  });
});

describe('machineOverrides', () => {
  const ports = { port: 30001, tlsPort: 30002 };
  const bindOf = (text: string, mode: 'redis-server' | 'redis-sentinel' = 'redis-server') => {
    const args = machineOverrides(text, mode, ports, '/tmp/d');
    const at = args.indexOf('--bind');
    return at === -1 ? undefined : args[at + 1];
  };

  it('binds to loopback unless the last bind line fails by itself', () => {
    expect(bindOf('port 6379\n')).toBe('127.0.0.1');
    expect(bindOf('bind 10.0.0.5 -::1\n')).toBe('127.0.0.1');
    expect(bindOf('bind 127.0.0.1 # local\n')).toBeUndefined();
    expect(bindOf('bind ""\n')).toBeUndefined();
    expect(bindOf('bind\n')).toBeUndefined();
    expect(bindOf('bind 127.0.0.1 # x\nbind 127.0.0.1\n')).toBe('127.0.0.1');
    expect(bindOf('bind redis-1.internal -10.0.0.5\n')).toBe('127.0.0.1');
    expect(bindOf('bind ${BIND_ADDRESS}\n')).toBeUndefined();
  });

  it('keeps data nodes off their master, except in cluster mode where the server refuses replicaof itself', () => {
    expect(machineOverrides('port 1\n', 'redis-server', ports, '/d').join(' ')).toContain('--replicaof no one');
    expect(machineOverrides('cluster-enabled YES\n', 'redis-server', ports, '/d').join(' ')).not.toContain('--replicaof');
    expect(machineOverrides('port 1\n', 'redis-sentinel', ports, '/d').join(' ')).not.toContain('--replicaof');
  });

  it('keeps port 0, with a unix socket here in place of the deployment one', () => {
    const args = (text: string) => machineOverrides(text, 'redis-server', ports, '/d').join(' ');
    expect(args('port 0\n')).toContain('--port 0 ');
    expect(args('port 0\n')).toContain('--unixsocket  ');
    expect(args('port 0\nunixsocket /run/redis.sock\n')).toContain('--unixsocket /d/redis.sock');
    expect(args('port 6379\nunixsocket /run/redis.sock\n')).toContain('--port 30001 ');
    expect(args('port 6379\nunixsocket /run/redis.sock\n')).toContain('--unixsocket  ');
  });

  it('moves an enabled TLS port and leaves tls-port 0 alone', () => {
    expect(machineOverrides('tls-port 6380\n', 'redis-server', ports, '/d')).toContain('--tls-port');
    expect(machineOverrides('tls-port 0\n', 'redis-server', ports, '/d')).not.toContain('--tls-port');
  });
});

describe('templateLanguage', () => {
  it('knows a template by the placeholders on its directive lines, not by its comments', () => {
    expect(templateLanguage('port {{ redis_port }}\n')).toBeDefined();
    expect(templateLanguage('{% if tls %}\ntls-port 6380\n{% endif %}\n')).toBeDefined();
    expect(templateLanguage('port ${PORT}\n')).toBeDefined();
    expect(templateLanguage('port __PORT__\n')).toBeDefined();
    expect(templateLanguage('# see {{ docs }} and ${PORT}\nport 6379\n')).toBeUndefined();
    expect(templateLanguage('proc-title-template "{title} {port}"\n')).toBeUndefined();
  });
});

describe('environmentDependence', () => {
  it('blames a missing dir on the machine, not a dir with the wrong argument count', () => {
    const text = 'port 1\ndir /data\n';
    expect(environmentDependence(text, 'redis.conf', { message: 'No such file or directory', line: 2 })?.lines).toEqual([2]);
    expect(environmentDependence(text, 'redis.conf', { message: 'wrong number of arguments', line: 2 })).toBeUndefined();
  });

  it('compares a missing relative include inside the repository, not an absolute, escaping or dir-moved one', () => {
    const text = 'include a.conf\ninclude /etc/b.conf\ninclude ../../c.conf\ndir sub\ninclude d.conf\ndir /etc/redis\ninclude e.conf\n';
    const missing = (path: string) => ({ message: `Fatal error, can't open config file '${path}': No such file or directory` });
    expect(environmentDependence(text, 'conf/redis.conf', missing('a.conf'))).toBeUndefined();
    expect(environmentDependence(text, 'conf/redis.conf', missing('/etc/b.conf'))?.lines).toEqual([2]);
    expect(environmentDependence(text, 'conf/redis.conf', missing('../../c.conf'))?.lines).toEqual([3]);
    expect(environmentDependence(text, 'conf/redis.conf', missing('d.conf'))).toBeUndefined();
    expect(environmentDependence(text, 'conf/redis.conf', missing('e.conf'))?.lines).toEqual([7]);
  });

  it('comments lines out without moving the others', () => {
    const text = 'a\r\nb\r\nc';
    const out = withoutLines(text, [2]);
    expect(out.split('\n')).toHaveLength(3);
    expect(out.split('\n')[1]).toMatch(/^#.*\r$/);
    expect(fileLineCount(out)).toBe(fileLineCount(text));
  });
});

describe('serverPhase', () => {
  it('orders sentinel lines as sentinel.c queues them: pre-monitor, monitor, the rest', () => {
    const lines = serverLines('port 1\nsentinel auth-pass m x\nsentinel monitor m 1.2.3.4 6379 2\nsentinel myid abc\n');
    expect(lines.map((l) => serverPhase(l, 'redis-sentinel'))).toEqual([0, 3, 2, 1]);
    expect(lines.map((l) => serverPhase(l, 'redis-server'))).toEqual([0, 0, 0, 0]);
  });
});

describe('disagreement', () => {
  const input = (mode: AgreementInput['mode'], text: string): AgreementInput => ({
    id: 'x',
    group: 'mutants',
    mode,
    files: new Map([['x.conf', Buffer.from(text)]]),
    file: 'x.conf',
  });
  const refused = (text: string, lines: number[], more: Partial<ServerVerdict> = {}): Exclude<ServerVerdict, { kind: 'excluded' }> => ({
    kind: 'rejected',
    text,
    excludedLines: [],
    message: 'm',
    lines,
    inInput: true,
    startup: false,
    recognized: true,
    ...(more as object),
  });
  const linter = (...lines: [string, number][]): LinterVerdict => ({
    refusals: lines.map(([file, line]) => ({ file, line, ruleId: 'r', message: 'm' })),
    crashed: [],
  });

  it('compares with the first refusal in the order the server acts on lines', () => {
    const text = 'port 1\nsentinel auth-pass other x\nsentinel monitor m 1.2.3.4 6379 0\n';
    const sentinel = input('redis-sentinel', text);
    expect(disagreement(sentinel, refused(text, [3]), linter(['x.conf', 2], ['x.conf', 3]))).toBeUndefined();
    expect(disagreement(sentinel, refused(text, [3]), linter(['x.conf', 2]))).toMatch(/line 3.*line 2/);
  });

  it('puts start-up checks after every line the server parses', () => {
    const text = 'user bob on +@al\nport 1\nmaxmemory 1tb\n';
    const server = input('redis-server', text);
    // The server stops at line 3 before it loads users: a refusal of line 1 is not earlier.
    expect(disagreement(server, refused(text, [3]), linter(['x.conf', 1], ['x.conf', 3]))).toBeUndefined();
    // The server loaded every line and refused the user at start-up: a refusal of line 3 is wrong.
    expect(disagreement(server, refused(text, [1], { startup: true }), linter(['x.conf', 1], ['x.conf', 3]))).toMatch(/first refusal is line 3/);
  });

  it('needs both verdicts to match, and a refusal in the included file the server names', () => {
    const text = 'include inc.conf\n';
    const server = input('redis-server', text);
    expect(disagreement(server, { kind: 'accepted', text, excludedLines: [] }, linter(['x.conf', 1]))).toMatch(/server starts/);
    expect(disagreement(server, refused(text, [1]), linter())).toMatch(/reports nothing/);
    expect(disagreement(server, refused(text, []), linter(['x.conf', 1]))).toBeUndefined();
    expect(disagreement(server, refused(text, [2], { inInput: false }), linter(['inc.conf', 2]))).toBeUndefined();
    expect(disagreement(server, refused(text, [2], { inInput: false }), linter(['x.conf', 1]))).toMatch(/included file/);
    expect(disagreement(server, { kind: 'accepted', text, excludedLines: [] }, { refusals: [], crashed: ['rule r: boom'] })).toMatch(/crashed/);
  });
});

describe('generateMutants', () => {
  it('is deterministic, large enough, and names each mutant once', () => {
    const first = generateMutants();
    const again = generateMutants();
    expect(first.length).toBeGreaterThanOrEqual(200);
    expect(again.map((m) => [m.name, m.files.get(m.file)])).toEqual(first.map((m) => [m.name, m.files.get(m.file)]));
    expect(new Set(first.map((m) => m.name)).size).toBe(first.length);
  });
});
