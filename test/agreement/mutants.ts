// Generated inputs for the agreement test: small valid redis.conf / sentinel.conf files, each with one
// or two edits that probe the grammar of RULES.md §1.1–1.5. Deterministic (a seeded PRNG, never
// Math.random) so a disagreement can be reproduced by its name. Nothing here says what the server
// makes of a mutant: the real server is asked every time.

import type { ServerMode } from './server-lines.js';

export interface Mutant {
  name: string;
  mode: ServerMode;
  /**
   * `redis.conf` or `sentinel.conf`, then any sibling files the edit refers to. Texts are byte strings
   * (one char a byte, latin1), so a BOM or a non-UTF-8 comment is exactly the bytes written.
   */
  files: Map<string, string>;
  file: string;
  /** The lines the edits added (synthetic values, never real secrets), for failure messages. */
  edit: string;
}

/** mulberry32: a tiny seeded PRNG, enough to place edits reproducibly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE_REDIS = [
  'port 6379',
  'bind 127.0.0.1 -::1',
  'protected-mode yes',
  'daemonize no',
  'save 3600 1 300 100',
  'appendonly no',
  'maxmemory 100mb',
  'maxmemory-policy noeviction',
  'requirepass "s3cret-pass"',
  'masterauth s3cret-pass',
  'replica-read-only yes',
  'databases 16',
];

const BASE_SENTINEL = [
  'port 26379',
  'sentinel monitor mymaster 10.0.0.5 6379 2',
  'sentinel down-after-milliseconds mymaster 5000',
  'sentinel failover-timeout mymaster 60000',
  'sentinel parallel-syncs mymaster 1',
  'sentinel auth-pass mymaster s3cret-pass',
];

/** The UTF-8 bytes of a text, as a byte string. */
const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

const RUNID = '0123456789abcdef0123456789abcdef01234567';
const SIBLINGS: Record<string, string> = {
  'present.conf': '# included by redis.conf\nmaxmemory-policy allkeys-lru\n',
  'broken.conf': '# included by redis.conf\nmaxmemory 1tb\n',
  'users.acl': 'user default on nopass ~* &* +@all\nuser alice on >alice-pass ~* +@read\n',
};

/** An edit: lines to insert (each at its own PRNG-chosen place, or at the start or end), or a rewrite. */
interface Edit {
  category: string;
  lines?: string[];
  at?: 'start' | 'end';
  transform?: (lines: string[]) => string;
  siblings?: string[];
}

const line = (category: string, ...lines: string[]): Edit => ({ category, lines });
const at = (where: 'start' | 'end', category: string, ...lines: string[]): Edit => ({ category, lines, at: where });
const whole = (category: string, transform: (lines: string[]) => string): Edit => ({ category, transform });
const withSiblings = (edit: Edit, ...siblings: string[]): Edit => ({ ...edit, siblings });

const REDIS_EDITS: Edit[] = [
  // quoting and escapes (sds.c sdssplitargs)
  ...[
    'requirepass "a b"',
    String.raw`requirepass 'it\'s'`,
    'requirepass "abc"def',
    'requirepass "abc',
    "requirepass 'abc",
    String.raw`requirepass "\x41\x42c"`,
    String.raw`requirepass "a\"b"`,
    String.raw`requirepass "bad\xZZ"`,
    String.raw`requirepass 'a\nb'`,
    String.raw`requirepass "tab\there"`,
    'masterauth ab"c d"',
    'requirepass a"b',
    "requirepass ''",
    'requirepass ""',
    'requirepass "a b" "c"',
    'requirepass "#not-a-comment"',
    'notify-keyspace-events "Ex"',
    'proc-title-template "{title} {listen-addr} {server-mode}"',
    'proc-title-template "{title} {bogus}"',
    'maxmemory-policy "allkeys-lru"',
    '"port" 6379',
    `requirepass ${'x'.repeat(1500)}`,
  ].map((l) => line('quoting', l)),
  // memory units (util.c memtoull)
  ...[
    'maxmemory 1tb',
    'maxmemory 1.5gb',
    'maxmemory gb',
    'maxmemory 512 mb',
    'maxmemory 1k',
    'maxmemory 100MB',
    'maxmemory 1GB',
    'maxmemory -1',
    'maxmemory 0',
    'maxmemory 2g',
    'maxmemory 64kb',
    'maxmemory "100mb"',
    'maxmemory 10%',
    'maxmemory 0x10',
    'maxmemory 1e6',
    'maxmemory 18446744073709551616',
    'client-query-buffer-limit 1gb',
    'proto-max-bulk-len 512mb',
    'maxmemory-clients 10%',
    'maxmemory-clients 10x%',
    'repl-backlog-size 1m',
  ].map((l) => line('memory', l)),
  // argument counts
  ...[
    'port 6379 6380',
    'port',
    'maxmemory',
    'appendonly yes no',
    'daemonize',
    `bind ${Array.from({ length: 17 }, (_, i) => `127.0.0.${i + 1}`).join(' ')}`,
    'client-output-buffer-limit normal 0 0 0',
    'client-output-buffer-limit normal 0 0',
    'client-output-buffer-limit pubsub 32mb 8mb 60 normal 0 0 0',
    'oom-score-adj-values 0 200 800',
    'oom-score-adj-values 0 200',
    'latency-tracking-info-percentiles 50 99 99.9',
    'latency-tracking-info-percentiles 50 abc',
    'shutdown-on-sigterm nosave now',
    'shutdown-on-sigterm bogus',
  ].map((l) => line('argument-count', l)),
  // booleans (yesnotoi: strcasecmp)
  ...['appendonly YES', 'appendonly Yes', 'appendonly true', 'appendonly 1', 'appendonly on', 'appendonly "no"', 'protected-mode true', 'daemonize yes', 'activerehashing maybe'].map(
    (l) => line('bool', l),
  ),
  // enums
  ...[
    'maxmemory-policy NoEviction',
    'maxmemory-policy no-eviction',
    'maxmemory-policy volatile-lfu',
    'maxmemory-policy lru',
    'maxmemory-policy noeviction#x',
    'appendfsync always',
    'appendfsync EVERYSEC',
    'appendfsync sometimes',
    'loglevel verbose',
    'loglevel warning',
    'loglevel trace',
    'supervised bogus',
    'repl-diskless-load swapdb',
    'repl-diskless-load bogus',
    'sanitize-dump-payload clients',
    'enable-debug-command local',
    'propagation-error-behavior ignore',
  ].map((l) => line('enum', l)),
  // ranges and integers
  ...[
    'port 70000',
    'port 65535',
    'port 0',
    'port -1',
    'port abc',
    'port 6379x',
    'databases 0',
    'databases 1',
    'databases 2147483647',
    'databases 2147483648',
    'tcp-backlog -1',
    'hz 0',
    'hz 501',
    'timeout -1',
    'maxclients 0',
    'replica-priority 0',
    'replica-priority -1',
    'io-threads 0',
    'io-threads 129',
    'min-replicas-to-write -1',
    'repl-timeout 0',
    'active-defrag-cycle-max 101',
    'unixsocketperm 700',
    'unixsocketperm 999',
  ].map((l) => line('range', l)),
  // inline comments (there are none: `#` after a value is a value)
  ...['maxmemory 100mb # limit', 'port 6379 # default', 'save 900 1 # hourly', 'bind 127.0.0.1 # local only', 'appendonly yes #aof', 'requirepass pw # pw'].map((l) =>
    line('inline-comment', l),
  ),
  // whole-file layout: BOM, CRLF, tabs, indented comments, encodings
  whole('bom', (ls) => `\xEF\xBB\xBF${ls.join('\n')}\n`),
  whole('crlf', (ls) => `${ls.join('\r\n')}\r\n`),
  whole('bom-crlf', (ls) => `\xEF\xBB\xBF${ls.join('\r\n')}\r\n`),
  whole('tabs', (ls) => `${ls.map((l) => `\t${l}`).join('\n')}\n`),
  whole('tabs', (ls) => `${ls.map((l) => l.replace(' ', '\t\t')).join('\n')}\n`),
  whole('indented-comment', (ls) => `   # indented comment\n\t# tab comment\n${ls.join('\n')}\n  \n`),
  whole('no-final-newline', (ls) => ls.join('\n')),
  whole('trailing-space', (ls) => `${ls.map((l) => `${l}   `).join('\n')}\n`),
  whole('utf8-comment', (ls) => `${utf8('# 配置文件')}\n${ls.join('\n')}\n`),
  whole('latin1-comment', (ls) => `# caf\xE9\n${ls.join('\n')}\n`),
  line('whitespace', 'maxmemory\v100mb'),
  line('whitespace', '#port 6380'),
  // save
  ...['save ""', 'save 900 1', 'save 900 1 300 10', 'save 0 1', 'save 900', 'save 900 -1', 'save -1 1', 'save "900 1"', "save ''", 'save 3600 1 300 100 60 10000', 'save abc 1', 'save 900 1x'].map(
    (l) => line('save', l),
  ),
  line('save', 'save ""', 'save 900 1'),
  // bind
  ...[
    'bind 127.0.0.1',
    'bind 0.0.0.0',
    'bind * -::*',
    'bind 10.0.0.5',
    'bind -10.0.0.5 127.0.0.1',
    'bind ""',
    'bind localhost',
    'bind',
    'bind "127.0.0.1 -::1"',
  ].map((l) => line('bind', l)),
  // replicaof
  ...[
    'replicaof 10.0.0.9 6379',
    'replicaof redis-master 6379',
    'replicaof no one',
    'replicaof 10.0.0.9',
    'replicaof 10.0.0.9 70000',
    'replicaof 10.0.0.9 6379x',
    'replicaof 10.0.0.9 -1',
    'replicaof 10.0.0.9 6379 x',
    'slaveof 10.0.0.9 6379',
    'REPLICAOF 10.0.0.9 6379',
    'replicaof "10.0.0.9" "6379"',
  ].map((l) => line('replicaof', l)),
  line('replicaof', 'cluster-enabled yes', 'replicaof 10.0.0.9 6379'),
  line('replicaof', 'cluster-enabled yes'),
  // include (relative paths resolve against the file's folder, where the server is started)
  line('include', 'include missing.conf'),
  line('include', 'include ./missing.conf'),
  line('include', 'include sub/missing.conf'),
  line('include', 'include ""'),
  line('include', 'include'),
  line('include', 'include present.conf broken.conf'),
  line('include', 'include *.nomatch.conf'),
  withSiblings(line('include', 'include present.conf'), 'present.conf'),
  withSiblings(line('include', 'include broken.conf'), 'broken.conf'),
  line('include', 'include /nonexistent-agreement-test/abs.conf'),
  // rename-command
  ...[
    'rename-command CONFIG ""',
    'rename-command FLUSHALL ""',
    'rename-command CONFIG cfg-x',
    'rename-command NOPE x',
    'rename-command GET SET',
    'rename-command CONFIG',
    'rename-command config b c',
    "rename-command flushdb ''",
  ].map((l) => line('rename-command', l)),
  line('rename-command', 'rename-command CONFIG a', 'rename-command CONFIG b'),
  // user lines and ACL rules
  ...[
    'user default off',
    'user alice on >alice-pass ~* &* +@all',
    'user bob on +@al',
    'user bob on >bob-pass +get +set ~cache:*',
    'user default on nopass ~* &* +@all',
    'user replicator on >repl-pass +psync +replconf +ping',
    'user carol on nocommands',
    'user eve on #abc',
    'user',
    'user frank',
    'user frank on resetpass',
    'user gina on >gina-pass sanitize-payload',
    'user hank on %R~foo',
    'user ivan on (~x +get)',
    'user kate on invalidflag',
    'user dave on >dave-pass -@all +@read +config|get',
    'user zoe on +config|bogus',
  ].map((l) => line('user', l)),
  line('user', 'user bob on', 'user bob off'),
  withSiblings(at('end', 'aclfile', 'aclfile users.acl'), 'users.acl'),
  withSiblings(line('aclfile', 'aclfile users.acl', 'user bob on'), 'users.acl'),
  line('aclfile', 'aclfile /etc/redis/users.acl'),
  // TLS
  line('tls', 'tls-port 6380'),
  line('tls', 'tls-port 0'),
  line('tls', 'tls-replication yes'),
  line('tls', 'tls-cert-file /etc/certs/redis.crt', 'tls-key-file /etc/certs/redis.key'),
  line('tls', 'tls-port 6380', 'tls-cert-file /etc/certs/redis.crt', 'tls-key-file /etc/certs/redis.key'),
  line('tls', 'tls-port 6380', 'tls-cert-file /etc/certs/redis.crt', 'tls-key-file /etc/certs/redis.key', 'tls-ca-cert-file /etc/certs/ca.crt'),
  line('tls', 'tls-auth-clients optional'),
  line('tls', 'tls-auth-clients maybe'),
  line('tls', 'tls-protocols "TLSv1.2 TLSv1.3"'),
  // directives of other versions, modes and spellings
  ...[
    'sentinel deny-scripts-reconfig yes',
    'foobar 1',
    'list-max-ziplist-entries 512',
    'lua-replicate-commands yes',
    'slave-read-only yes',
    'slave-priority 10',
    'MAXMEMORY 100mb',
    'vm-enabled no',
    'maxheap 1gb',
    'locale-collate ""',
    'dbfilename /tmp/dump.rdb',
    'appendfilename "appendonly.aof"',
    'logfile /var/log/redis/redis-server.log',
    'dir ./',
    'dir /nonexistent-agreement-test',
    'search.timeout 1',
  ].map((l) => line('directive', l)),
];

const SENTINEL_EDITS: Edit[] = [
  // monitor: argument count, quorum, port (atoi), names
  ...[
    'sentinel monitor mymaster 10.0.0.5 6379',
    'sentinel monitor other 10.0.0.6 6379 2 extra',
    'sentinel monitor other 10.0.0.6 6379 0',
    'sentinel monitor other 10.0.0.6 6379 -1',
    'sentinel monitor other 10.0.0.6 6379 2abc',
    'sentinel monitor other 10.0.0.6 6379 abc',
    'sentinel monitor other 10.0.0.6 6379 5',
    'sentinel monitor other 10.0.0.6 70000 2',
    'sentinel monitor other 10.0.0.6 65535 2',
    'sentinel monitor other 10.0.0.6 0 2',
    'sentinel monitor other 10.0.0.6 abc 2',
    'sentinel monitor other 10.0.0.6 6379x 2',
    'sentinel monitor other 10.0.0.6 -1 2',
    'sentinel monitor mymaster 10.0.0.7 6379 2',
    'sentinel monitor other 10.0.0.6 6379 2',
    'SENTINEL MONITOR other 10.0.0.6 6379 2',
  ].map((l) => line('monitor', l)),
  // sub-directives that name a master
  ...[
    'sentinel down-after-milliseconds other 5000',
    'sentinel auth-pass other pw',
    'sentinel config-epoch other 1',
    'sentinel leader-epoch other 3',
    'sentinel known-replica other 10.0.0.8 6379',
    'sentinel down-after-milliseconds mymaster 0',
    'sentinel down-after-milliseconds mymaster -5',
    'sentinel down-after-milliseconds mymaster abc',
    'sentinel down-after-milliseconds mymaster 5000x',
    'sentinel down-after-milliseconds mymaster 5000 # 5s',
    'Sentinel Down-After-Milliseconds mymaster 1000',
    'sentinel failover-timeout mymaster 0',
    'sentinel failover-timeout mymaster -5',
    'sentinel parallel-syncs mymaster 0',
    'sentinel parallel-syncs mymaster abc',
    'sentinel master-reboot-down-after-period mymaster -1',
    'sentinel master-reboot-down-after-period mymaster 1000',
    'sentinel auth-pass mymaster',
    'sentinel auth-user mymaster admin',
    'sentinel config-epoch mymaster 3',
    'sentinel leader-epoch mymaster 3',
  ].map((l) => line('master-option', l)),
  // hostnames and resolve-hostnames
  ...['sentinel resolve-hostnames true', 'sentinel resolve-hostnames YES', 'sentinel resolve-hostnames maybe', 'sentinel announce-hostnames yes', 'sentinel announce-hostnames true'].map((l) =>
    line('hostnames', l),
  ),
  line('hostnames', 'sentinel monitor other redis-master 6379 2'),
  line('hostnames', 'sentinel monitor other localhost 6379 2'),
  at('start', 'hostnames', 'sentinel resolve-hostnames yes', 'sentinel monitor other redis-master 6379 2'),
  at('end', 'hostnames', 'sentinel monitor other redis-master 6379 2', 'sentinel resolve-hostnames yes'),
  at('end', 'hostnames', 'sentinel monitor other localhost 6379 2', 'sentinel resolve-hostnames yes'),
  at('end', 'hostnames', 'SENTINEL resolve-hostnames no', 'sentinel monitor other redis-master 6379 2', 'sentinel resolve-hostnames yes'),
  at('end', 'hostnames', 'sentinel resolve-hostnames yes', 'sentinel monitor other redis-master 6379 2', 'sentinel resolve-hostnames no'),
  // identity, known peers, epochs
  ...[
    `sentinel myid ${RUNID}`,
    `sentinel myid ${RUNID.slice(1)}`,
    `sentinel myid ${RUNID}0`,
    `sentinel myid ${'z'.repeat(40)}`,
    'sentinel known-replica mymaster 10.0.0.8 6379',
    'sentinel known-slave mymaster 10.0.0.8 6379',
    'sentinel known-replica mymaster 10.0.0.8',
    'sentinel known-replica mymaster 10.0.0.8 70000',
    'sentinel known-replica mymaster redis-replica 6379',
    `sentinel known-sentinel mymaster 10.0.0.9 26379 ${RUNID}`,
    'sentinel known-sentinel mymaster 10.0.0.9 26379',
    `sentinel known-sentinel other 10.0.0.9 26379 ${RUNID}`,
    'sentinel current-epoch 5',
    'sentinel current-epoch abc',
  ].map((l) => line('identity', l)),
  line('identity', 'sentinel known-replica mymaster 10.0.0.8 6379', 'sentinel known-replica mymaster 10.0.0.8 6379'),
  at('start', 'identity', '# Generated by CONFIG REWRITE', `sentinel myid ${RUNID}`, 'sentinel deny-scripts-reconfig yes', 'sentinel current-epoch 0'),
  // scripts and their reconfiguration
  ...['sentinel deny-scripts-reconfig yes', 'sentinel deny-scripts-reconfig no', 'sentinel deny-scripts-reconfig true'].map((l) => line('scripts', l)),
  line('scripts', 'sentinel notification-script mymaster /nonexistent-agreement-test/notify.sh'),
  line('scripts', 'sentinel client-reconfig-script mymaster /nonexistent-agreement-test/reconfig.sh'),
  // rename-command and Sentinel's own auth
  line('rename-command', 'sentinel rename-command mymaster CONFIG GUESSME'),
  line('rename-command', 'sentinel rename-command mymaster CONFIG A', 'sentinel rename-command mymaster CONFIG B'),
  line('rename-command', 'sentinel rename-command mymaster CONFIG'),
  ...['sentinel sentinel-user admin', 'sentinel sentinel-pass pw', 'sentinel announce-ip 10.0.0.9', 'sentinel announce-port abc', 'sentinel', 'sentinel foo bar'].map((l) =>
    line('sentinel-other', l),
  ),
  // generic directives inside sentinel.conf
  ...[
    'appendonly yes',
    'maxmemory 1tb',
    'requirepass pw',
    'user default on nopass ~* &* +@all',
    'protected-mode no',
    'latency-tracking-info-percentiles 50 99 99.9',
    'port 70000',
    'bind 127.0.0.1 # x',
    'dir /nonexistent-agreement-test',
  ].map((l) => line('generic', l)),
  // layout
  whole('no-monitor', (ls) => `${ls.filter((l) => !/ monitor /.test(l) && !/mymaster/.test(l)).join('\n')}\n`),
  whole('no-monitor', (ls) => `${ls.filter((l) => !/ monitor /.test(l)).join('\n')}\n`),
  whole('bom', (ls) => `\xEF\xBB\xBF${ls.join('\n')}\n`),
  whole('crlf', (ls) => `${ls.join('\r\n')}\r\n`),
  whole('tabs', (ls) => `${ls.map((l) => `\t${l.replace(/ /g, '\t')}`).join('\n')}\n`),
  whole('indented-comment', (ls) => `  # sentinel\n${ls.join('\n')}\n\t# end\n`),
];

function apply(edits: Edit[], base: string[], random: () => number): string {
  let lines = [...base];
  for (const edit of edits) {
    if (edit.transform) return edit.transform(lines);
    const added = edit.lines ?? [];
    if (edit.at === 'start') lines = [...added, ...lines];
    else if (edit.at === 'end') lines = [...lines, ...added];
    else {
      // The lines of one edit stay together and in order (some depend on each other).
      const place = Math.floor(random() * (lines.length + 1));
      lines.splice(place, 0, ...added);
    }
  }
  return `${lines.join('\n')}\n`;
}

const PAIRS_PER_MODE = 45;

/** Every single edit once, then pairs of random edits (two problems: which one stops the server?). */
export function generateMutants(seed = 20240701): Mutant[] {
  const random = prng(seed);
  const mutants: Mutant[] = [];
  for (const [mode, base, edits] of [
    ['redis-server', BASE_REDIS, REDIS_EDITS],
    ['redis-sentinel', BASE_SENTINEL, SENTINEL_EDITS],
  ] as const) {
    const prefix = mode === 'redis-server' ? 'redis' : 'sentinel';
    const file = mode === 'redis-server' ? 'redis.conf' : 'sentinel.conf';
    const lineEdits = edits.filter((e) => !e.transform);
    const plans: Edit[][] = [
      ...edits.map((e) => [e]),
      ...Array.from({ length: PAIRS_PER_MODE }, () => [lineEdits[Math.floor(random() * lineEdits.length)]!, lineEdits[Math.floor(random() * lineEdits.length)]!]),
    ];
    plans.forEach((plan, i) => {
      const files = new Map([[file, apply(plan, base, random)]]);
      for (const sibling of plan.flatMap((e) => e.siblings ?? [])) files.set(sibling, SIBLINGS[sibling]!);
      const what = plan.map((e) => e.category).join('+');
      const edit = plan.map((e) => (e.lines ? e.lines.map((l) => JSON.stringify(l)).join(' + ') : `(${e.category})`)).join(' + ');
      mutants.push({ name: `${prefix}-${String(i + 1).padStart(3, '0')}-${what}`, mode, files, file, edit });
    });
  }
  return mutants;
}

