import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memtoull } from '../../../src/sources/conf/memory.js';
import { splitArgs } from '../../../src/sources/conf/split-args.js';
import {
  createLoadContext, createRenameTracker, finishLoad, isKnownDirectiveName, knownDirectives, newestVersion, secretArgIndexes,
  sentinelOptionSince, validateDirective, type Target,
} from '../../../src/sources/conf/validate-directive.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

const redis70: Target = { product: 'redis', version: '7.0' };
const args = (line: string) => {
  const split = splitArgs(line);
  if (!split.ok) throw new Error(`cannot split ${line}`);
  return split.tokens.map((t) => t.value);
};
/** The server's verdict on one line: 'OK' or its message. Messages checked against redis-server 7.0.15. */
const verdict = (line: string, target: Target = redis70, mode: 'server' | 'sentinel' = 'server') => {
  const v = validateDirective(args(line), target, mode);
  return v.ok ? 'OK' : v.message;
};

describe('validateDirective: value types (config.c 7.0.15, checked against redis-server 7.0.15)', () => {
  it.each([
    // bool (yesnotoi)
    ['appendonly YES', 'OK'],
    ['appendonly true', "argument must be 'yes' or 'no'"],
    ['appendonly ""', "argument must be 'yes' or 'no'"],
    ['appendonly "yes\\x00x"', 'OK'],
    // enum
    ['MAXMEMORY-POLICY NoEviction', 'OK'],
    ['maxmemory-policy no-eviction', 'argument(s) must be one of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction'],
    ['appendfsync sometimes', 'argument(s) must be one of the following: everysec, always, no'],
    ['shutdown-on-sigint "save now"', 'OK'],
    ['shutdown-on-sigterm save nosave', "shutdown options SAVE and NOSAVE can't be used simultaneously"],
    ['shutdown-on-sigint ""', 'argument(s) must be one of the following: default, save, nosave, now, force'],
    // numeric, signed and unsigned
    ['port 70000', 'argument must be between 0 and 65535 inclusive'],
    ['port abc', "argument couldn't be parsed into an integer"],
    ['port 06379', "argument couldn't be parsed into an integer"],
    ['port +1', "argument couldn't be parsed into an integer"],
    ['databases 0', 'argument must be between 1 and 2147483647 inclusive'],
    ['maxclients 0', 'argument must be between 1 and 4294967295 inclusive'],
    ['maxclients -1', 'argument must be between 1 and 4294967295 inclusive'],
    ['list-max-listpack-size -2', 'OK'],
    ['slowlog-log-slower-than -2', 'argument must be between -1 and 9223372036854775807 inclusive'],
    // memory (memtoull), memory-or-percent, octal
    ['maxmemory 1tb', 'argument must be a memory value'],
    ['maxmemory 1.5gb', 'argument must be a memory value'],
    ['maxmemory -1', 'argument must be a memory value'],
    ['maxmemory 512MB', 'OK'],
    ['maxmemory gb', 'OK'],
    ['maxmemory ""', 'OK'],
    ['maxmemory 99999999999999999999999', 'OK'],
    ['proto-max-bulk-len 1k', 'argument must be between 1048576 and 9223372036854775807 inclusive'],
    ['repl-backlog-size 9223372036854775808', 'argument must be between 1 and 9223372036854775807 inclusive'],
    ['maxmemory-clients 10%', 'OK'],
    ['maxmemory-clients 101%', 'percentage argument must be less or equal to 100'],
    ['maxmemory-clients -5%', 'argument must be a memory or percent value'],
    ['maxmemory-clients 18446744073709551615', 'OK'],
    ['unixsocketperm 700', 'OK'],
    ['unixsocketperm 1000', 'argument must be between 0 and 777 inclusive'],
    ['unixsocketperm 778', "argument couldn't be parsed as an octal number"],
    ['unixsocketperm ""', 'OK'],
    ['unixsocketperm " 7"', 'OK'],
    // strings with their own checks
    ['dbfilename dump.rdb', 'OK'],
    ['dbfilename /data/dump.rdb', "dbfilename can't be a path, just a filename"],
    ['appendfilename ""', "appendfilename can't be empty"],
    ['appendfilename a/b', "appendfilename can't be a path, just a filename"],
    ['appenddirname ""', "appenddirname can't be empty"],
    ['appenddirname "a\\\\b"', "appenddirname can't be a path, just a dirname"],
    ['cluster-announce-hostname bad_host', 'Hostnames may only contain alphanumeric characters, hyphens or dots'],
    [`cluster-announce-hostname ${'a'.repeat(256)}`, 'Hostnames must be less than 256 characters'],
    ['proc-title-template "{title}"', 'template format is invalid or contains unknown variables'],
    ['proc-title-template "{nope} x"', 'template format is invalid or contains unknown variables'],
    ['proc-title-template "{title} {port}"', 'OK'],
    ['requirepass ""', 'OK'],
    ['dir /nonexistent', 'OK'], // chdir depends on the machine the file is deployed to
  ])('%s → %s', (line, expected) => {
    expect(verdict(line)).toBe(expected);
  });
});

describe('validateDirective: multi-argument configs and their set functions', () => {
  it.each([
    ['save 900 1 300 10', 'OK'],
    ['save "900 1 300 10"', 'OK'],
    ['save ""', 'OK'],
    ['save 900', 'Invalid save parameters'],
    ['save 0 1', 'Invalid save parameters'],
    ['save 900 1 # hourly', 'Invalid save parameters'],
    ['save 1 ""', 'OK'],
    ['bind 127.0.0.1 -::1', 'OK'],
    [`bind ${Array.from({ length: 17 }, (_, i) => `10.0.0.${i}`).join(' ')}`, 'Too many bind addresses specified.'],
    ['bind ""', 'OK'],
    ['replicaof redis-master 6379', 'OK'],
    ['slaveof no one', 'OK'],
    ['replicaof redis-master', 'wrong number of arguments'],
    ['replicaof redis-master 6379x', 'Invalid master port'],
    ['replicaof redis-master 65536', 'Invalid master port'],
    ['replicaof redis-master 4294967296', 'OK'], // strtol's long truncated into the int port: 0
    ['client-output-buffer-limit replica 256mb 64mb 60', 'OK'],
    ['client-output-buffer-limit "normal 0 0 0 pubsub 32mb 8mb 60"', 'OK'],
    ['client-output-buffer-limit normal 1 2', 'Wrong number of arguments in buffer limit configuration.'],
    ['client-output-buffer-limit master 0 0 0', 'Invalid client class specified in buffer limit configuration.'],
    ['client-output-buffer-limit pubsub 1tb 2 3', 'Error in hard, soft or soft_seconds setting in buffer limit configuration.'],
    ['client-output-buffer-limit pubsub 1 2 2147483648', 'Error in hard, soft or soft_seconds setting in buffer limit configuration.'],
    ['oom-score-adj-values 0 200 800', 'OK'],
    ['oom-score-adj-values 0 200', 'wrong number of arguments'],
    ['oom-score-adj-values -2001 0 0', 'Invalid oom-score-adj-values, elements must be between -2000 and 2000.'],
    ['notify-keyspace-events KEA', 'OK'],
    ['notify-keyspace-events Q', "Invalid event class character. Use 'Ag$lshzxeKEtmdn'."],
    ['latency-tracking-info-percentiles 50 99 99.9', 'OK'],
    ['latency-tracking-info-percentiles 101', 'latency-tracking-info-percentiles parameters should sit between [0.0,100.0]'],
    ['latency-tracking-info-percentiles abc', 'Invalid latency-tracking-info-percentiles parameters'],
    ['latency-tracking-info-percentiles nan', 'Invalid latency-tracking-info-percentiles parameters'],
    ['latency-tracking-info-percentiles 1e-400', 'Invalid latency-tracking-info-percentiles parameters'],
  ])('%s → %s', (line, expected) => {
    expect(verdict(line)).toBe(expected);
  });
});

describe('validateDirective: dispatch (RULES.md §1.1 steps 5–7)', () => {
  it.each([
    ['port 17001 17002', 'wrong number of arguments'],
    ['maxmemory 100mb # limit', 'wrong number of arguments'],
    ['maxmemory 512 mb', 'wrong number of arguments'],
    ['foobar 1', 'Bad directive or wrong number of arguments'],
    ['list-max-ziplist-entries 1 2', 'Bad directive or wrong number of arguments'],
    ['include a.conf', 'OK'],
    ['include a.conf b.conf', 'Bad directive or wrong number of arguments'],
    ['rename-command get', 'Bad directive or wrong number of arguments'],
    ['rename-command nosuch x', 'No such command in rename-command'],
    ['rename-command get set', 'Target command name already exists'],
    ['rename-command CONFIG ""', 'OK'],
    ['rename-command config|get x', "=== ASSERTION FAILED === 'retval == DICT_OK' is not true"],
    ['loadmodule /x.so arg', 'OK'],
    ['loadmodule', 'Bad directive or wrong number of arguments'],
    ['search.timeout 500', 'OK'],
    ['search.timeout', 'Module config specified without value'],
    ['sentinel', 'OK'],
    ['sentinel monitor m 10.0.0.1 6379 2', 'sentinel directive while not in sentinel mode'],
    ['user', 'Bad directive or wrong number of arguments'],
  ])('%s → %s', (line, expected) => {
    expect(verdict(line)).toBe(expected);
  });

  it('resolves aliases and case to the canonical name', () => {
    expect(validateDirective(['SLAVEOF', 'no', 'one'], redis70, 'server')).toEqual({ ok: true, canonical: 'replicaof', alias: true });
    expect(validateDirective(['slave-read-only', 'yes'], redis70, 'server')).toEqual({ ok: true, canonical: 'replica-read-only', alias: true });
    expect(validateDirective(['Port', '6379'], redis70, 'server')).toEqual({ ok: true, canonical: 'port' });
  });

  it('accepts the deprecated names silently and says so', () => {
    expect(validateDirective(['list-max-ziplist-entries', '512'], redis70, 'server'))
      .toEqual({ ok: true, canonical: 'list-max-ziplist-entries', deprecated: true });
    expect(validateDirective(['lua-replicate-commands', 'anything'], redis70, 'server'))
      .toEqual({ ok: true, canonical: 'lua-replicate-commands', deprecated: true });
  });

  it('leaves sentinel lines to the sentinel parser in sentinel mode, and validates the rest the same way', () => {
    expect(validateDirective(args('sentinel monitor m 10.0.0.1 6379 2'), redis70, 'sentinel')).toEqual({ ok: true, canonical: 'sentinel' });
    expect(verdict('port 70000', redis70, 'sentinel')).toBe('argument must be between 0 and 65535 inclusive');
    expect(verdict('appendonly yes', redis70, 'sentinel')).toBe('OK');
    // Sentinel registers its own command table (checked against redis-sentinel 7.0.15).
    expect(verdict('rename-command get x', redis70, 'sentinel')).toBe('No such command in rename-command');
    expect(verdict('rename-command sentinel x', redis70, 'sentinel')).toBe('OK');
  });

  it('underlines the offending token', () => {
    const at = (line: string) => { const v = validateDirective(args(line), redis70, 'server'); return v.ok ? 'ok' : v.argIndex; };
    expect(at('foobar 1')).toBe(0);
    expect(at('port 70000')).toBe(1);
    expect(at('port 1 2')).toBeUndefined();
    expect(at('oom-score-adj-values 0 9999 0')).toBe(2);
    expect(at('replicaof host 6379x')).toBe(2);
    expect(at('save "900 x"')).toBe(1);
    expect(at('rename-command get set')).toBe(2);
  });
});

describe('validateDirective: versions', () => {
  const at = (product: 'redis' | 'valkey', version: string) => ({ product, version });
  it.each([
    ['locale-collate ""', at('redis', '7.0'), 'Bad directive or wrong number of arguments (locale-collate was added in Redis 7.2; the target is Redis 7.0)'],
    ['locale-collate ""', at('redis', '7.2'), 'OK'],
    ['primaryauth pw', at('redis', '7.4'), 'Bad directive or wrong number of arguments (primaryauth is a Valkey 8.0 directive; the target is Redis 7.4)'],
    ['primaryauth pw', at('valkey', '8.0'), 'OK'],
    ['primaryuser u', at('valkey', '7.2'), 'Bad directive or wrong number of arguments (primaryuser was added in Valkey 8.0; the target is Valkey 7.2)'],
    ['gopher-enabled no', at('redis', '6.2'), 'OK'],
    ['gopher-enabled no', at('redis', '7.2'), 'Bad directive or wrong number of arguments (gopher-enabled was removed in Redis 7.0; the target is Redis 7.2)'],
    ['loglevel nothing', at('redis', '7.0'), 'argument(s) must be one of the following: debug, verbose, notice, warning (accepted by Redis 7.2 and later; the target is Redis 7.0)'],
    ['loglevel bogus', at('redis', '7.0'), 'argument(s) must be one of the following: debug, verbose, notice, warning'],
    ['user bob (~* +get)', at('redis', '6.2'), "Error in user declaration '(~*': Syntax error (accepted by Redis 7.0 and later; the target is Redis 6.2)"],
    ['loglevel nothing', at('redis', '7.2'), 'OK'],
    ['maxmemory-samples 65', at('redis', '7.2'), 'OK'],
    ['maxmemory-samples 65', at('redis', '7.4'), 'argument must be between 1 and 64 inclusive'],
    ['server-cpulist 0-3', at('redis', '7.2'), 'Bad directive or wrong number of arguments (server-cpulist was added in Redis 7.4; the target is Redis 7.2)'],
    ['server_cpulist 0-3', at('redis', '7.4'), 'OK'],
    ['hide-user-data-from-log yes', at('redis', '8.2'), 'OK'], // 8.2 uses the newest table known (8.0)
    ['set-max-listpack-entries 128', at('redis', '7.2'), 'OK'],
    // 6.2: the if/else chain of loadServerConfigFromString and its own messages
    ['maxmemory-policy nope', at('redis', '6.2'), 'argument must be one of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction'],
    ['notify-keyspace-events n', at('redis', '6.2'), "Invalid event class character. Use 'g$lshzxeA'. (accepted by Redis 7.0 and later; the target is Redis 6.2)"],
    ['notify-keyspace-events Q', at('redis', '6.2'), "Invalid event class character. Use 'g$lshzxeA'."],
    ['save 900', at('redis', '6.2'), 'OK'],
    ['save 0 1', at('redis', '6.2'), 'Invalid save parameters'],
    ['replicaof host', at('redis', '6.2'), 'Bad directive or wrong number of arguments'],
    ['unixsocketperm 1000', at('redis', '6.2'), 'Invalid socket file permissions'],
    ['client-output-buffer-limit master 0 0 0', at('redis', '6.2'), "Unrecognized client limit class: the user specified an invalid one, or 'master' which has no buffer limits."],
    ['search.timeout 5', at('redis', '6.2'), 'Bad directive or wrong number of arguments (accepted by Redis 7.0 and later; the target is Redis 6.2)'],
    // Valkey 8's own words
    ['dir ""', at('valkey', '8.0'), "dir can't be empty"],
    ['dbfilename ""', at('valkey', '8.0'), "dbfilename can't be empty"],
    ['replicaof host x', at('valkey', '8.0'), 'Invalid primary port'],
    ['cluster-announce-client-ipv4 1.2.3', at('valkey', '8.0'), 'Invalid IPv4 address'],
    ['cluster-announce-client-ipv6 ::1', at('valkey', '8.0'), 'OK'],
  ])('%s on %o → %s', (line, target, expected) => {
    expect(verdict(line, target)).toBe(expected);
  });

  it('marks names and values of other versions as unsupported', () => {
    expect(validateDirective(['locale-collate', ''], redis70, 'server')).toMatchObject({ ok: false, rule: 'conf-directive-unsupported', argIndex: 0 });
    expect(validateDirective(['loglevel', 'nothing'], redis70, 'server')).toMatchObject({ ok: false, rule: 'conf-directive-unsupported', argIndex: 1 });
    expect(validateDirective(['foobar', '1'], redis70, 'server')).toMatchObject({ ok: false, rule: 'conf-parse-error', argIndex: 0 });
  });

  it('resolves Valkey 8 aliases to the primary names', () => {
    expect(validateDirective(['masterauth', 'pw'], { product: 'valkey', version: '8.0' }, 'server'))
      .toEqual({ ok: true, canonical: 'primaryauth', alias: true });
  });

  it('has the whole 7.0.15 table: 178 configs, 19 aliases, 3 deprecated names, and the other directives', () => {
    // 178 + 19 + 3 + include, rename-command, user, loadmodule, sentinel
    expect(knownDirectives(redis70)).toHaveLength(178 + 19 + 3 + 5);
  });

  it('knows the directive names of each version', () => {
    expect(knownDirectives(redis70)).toContain('replicaof');
    expect(knownDirectives(redis70)).toContain('slaveof');
    expect(knownDirectives(redis70)).toContain('include');
    expect(knownDirectives(redis70)).not.toContain('locale-collate');
    expect(knownDirectives({ product: 'redis', version: '7.2' })).toContain('locale-collate');
    expect(knownDirectives(redis70)).toHaveLength(new Set(knownDirectives(redis70)).size);
    expect(isKnownDirectiveName('PrimaryAuth')).toBe(true);
    expect(isKnownDirectiveName('foobar')).toBe(false);
    expect(newestVersion('redis')).toBe('8.0');
    expect(newestVersion('valkey')).toBe('8.0');
  });
});

describe('sentinelOptionSince', () => {
  it.each([
    ['resolve-hostnames', 'redis', '6.2'], ['RESOLVE-HOSTNAMES', 'redis', '6.2'], ['master-reboot-down-after-period', 'redis', '7.0'],
    ['auth-user', 'redis', '6.0'], ['monitor', 'redis', undefined], ['primary-reboot-down-after-period', 'valkey', '8.0'],
  ] as const)('%s on %s → %s', (option, product, since) => {
    expect(sentinelOptionSince(option, product)).toBe(since);
  });
});

describe('state across the lines of a file', () => {
  const run = (lines: string[], mode: 'server' | 'sentinel' = 'server') => {
    const context = createLoadContext(redis70, mode);
    return lines.map((line) => { const v = validateDirective(args(line), redis70, mode, context); return v.ok ? 'OK' : v.message; });
  };

  it.each([
    [['rename-command get foo', 'rename-command get bar'], ['OK', 'No such command in rename-command']],
    [['rename-command get foo', 'rename-command set get'], ['OK', 'OK']],
    [['rename-command get foo', 'rename-command set foo'], ['OK', 'Target command name already exists']],
    [['rename-command config cfg', 'rename-command cfg|get x'], ['OK', "=== ASSERTION FAILED === 'retval == DICT_OK' is not true"]],
    [['user bob on', 'user bob off'], ['OK', "Error in user declaration 'bob': Duplicate user found. A user can only be defined once in config files"]],
    [['user bob on', 'user Bob off'], ['OK', 'OK']],
    [['acl-pubsub-default allchannels', 'user bob &x'], ['OK', "Error in user declaration 'user': Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any effect. Try 'resetchannels' to start with an empty list of channels"]],
    [['acl-pubsub-default allchannels', 'user bob resetchannels &x'], ['OK', 'OK']],
  ])('%j → %j (checked against redis-server 7.0.15)', (lines, expected) => {
    expect(run(lines)).toEqual(expected);
  });

  it.each([
    [['bind ""'], [{ message: 'Configured to not listen anywhere, exiting.', line: 0 }]],
    [['port 6379', 'bind'], [{ message: 'Configured to not listen anywhere, exiting.', line: 1 }]],
    [['port 0'], [{ message: 'Configured to not listen anywhere, exiting.', line: 0 }]],
    [['port 0', 'unixsocket /run/redis.sock'], []],
    [['bind ""', 'bind 127.0.0.1'], []],
    [['cluster-enabled yes', 'replicaof 10.0.0.1 6379'], [{ message: 'replicaof directive not allowed in cluster mode', line: 1 }]],
    [['cluster-enabled yes', 'replicaof 10.0.0.1 6379', 'replicaof no one'], []],
    [['search.timeout 1'], [{ message: 'Module Configuration detected without loadmodule directive or no ApplyConfig call: aborting', line: 0 }]],
    [['search.timeout 1', 'loadmodule /opt/redisearch.so'], []],
  ])('finishLoad: %j → %j (checked against redis-server 7.0.15)', (lines, expected) => {
    const context = createLoadContext(redis70, 'server');
    for (const line of lines) validateDirective(args(line), redis70, 'server', context);
    expect(finishLoad(context)).toEqual(expected);
  });

  it('createRenameTracker alone follows renames', () => {
    const tracker = createRenameTracker(redis70, 'server');
    expect(tracker.rename(['rename-command', 'FLUSHALL', ''])).toBeUndefined();
    expect(tracker.rename(['rename-command', 'flushall', 'x'])).toEqual({ message: 'No such command in rename-command', argIndex: 1 });
  });
});

describe('secretArgIndexes', () => {
  it.each([
    [['requirepass', 'pw'], [1]],
    [['MASTERAUTH', 'pw'], [1]],
    [['primaryauth', 'pw'], [1]],
    [['requirepass', 'two', 'words'], [1, 2]],
    [['tls-key-file-pass', 'pw'], [1]],
    [['user', 'bob', 'on', '>pw', '<old', '#' + 'a'.repeat(64), '~*', '+@all'], [3, 4, 5]],
    [['port', '6379'], []],
    [['masteruser', 'bob'], []],
  ])('%j → %j', (line, expected) => {
    expect(secretArgIndexes(line)).toEqual(expected);
  });

  it('never prints a password the server would print', () => {
    // config.c prints argv[j], j counted in the rules: redis-server 7.0.15 prints "Error in user declaration '>s3cret'" here.
    const v = validateDirective(['user', 'bob', '>s3cret', 'on', 'bogus'], redis70, 'server');
    expect(v).toMatchObject({ ok: false, message: "Error in user declaration '«redacted»': Syntax error" });
    expect(JSON.stringify(v)).not.toContain('s3cret');
  });
});

describe('memtoull (util.c, RULES.md E4)', () => {
  it.each([
    ['512MB', 536870912], ['1GB', 1073741824], ['1gb', 1073741824], ['gb', 0], ['1k', 1000], ['1kb', 1024],
    ['1m', 1000000], ['1mb', 1048576], ['1g', 1000000000], ['100', 100], ['100b', 100], ['', 0], ['0', 0],
    ['1tb', undefined], ['1.5gb', undefined], ['-1', undefined], ['512 mb', undefined], ['+1', undefined],
    ['1t', undefined], ['1kib', undefined], [' 1', undefined], ['1 ', undefined], ['12\0junk', 12],
  ])('%j → %s', (text, expected) => {
    expect(memtoull(text)).toBe(expected);
  });
});

describe('validateDirective never throws', () => {
  const word = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('save', 'bind', 'replicaof', 'user', 'rename-command', 'maxmemory', 'port', 'sentinel', 'include',
      'client-output-buffer-limit', 'latency-tracking-info-percentiles', 'shutdown-on-sigint', 'oom-score-adj-values',
      'notify-keyspace-events', 'unixsocketperm', 'maxmemory-clients', 'proc-title-template', 'x.y', '(', ')', '>pw', '%R~', '""'),
  );
  const targets = fc.record({
    product: fc.constantFrom('redis' as const, 'valkey' as const),
    version: fc.oneof(fc.constantFrom('6.0', '6.2', '7.0', '7.2', '7.4', '8.0', '8.2', '9.9'), fc.string({ maxLength: 5 })),
  });
  it('for arbitrary argument vectors, targets and modes', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 8 }), targets, fc.constantFrom('server' as const, 'sentinel' as const), (line, target, mode) => {
      const v = validateDirective(line, target, mode);
      expect(typeof v.ok).toBe('boolean');
      secretArgIndexes(line);
    }), { numRuns: fuzzRuns(10_000) });
  }, fuzzTimeout(60_000));
});
