import fc from 'fast-check';

// Inputs near the grammar of each file kind, so that cases reach past the first refusal: real
// words and values, quotes, escapes and placeholders, mixed with arbitrary characters.

const pick = (...parts: string[]) => fc.constantFrom(...parts);
const join = (items: fc.Arbitrary<string>, maxLength: number, sep: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(items, sep), { maxLength }).map((pairs) => pairs.map(([a, b]) => a + b).join(''));
const noise = fc.string({ maxLength: 6 });

const confWord = fc.oneof(
  { weight: 6, arbitrary: pick(
    'port', 'bind', 'requirepass', 'masterauth', 'masteruser', 'replicaof', 'slaveof', 'maxmemory', 'save', 'appendonly',
    'dir', 'include', 'user', 'rename-command', 'protected-mode', 'tls-port', 'unixsocket', 'client-output-buffer-limit',
    'sentinel', 'monitor', 'auth-pass', 'auth-user', 'down-after-milliseconds', 'quorum', 'announce-ip', 'resolve-hostnames',
    'known-replica', 'sentinel-pass', 'config-epoch', 'mymaster', 'on', 'off', 'yes', 'no', 'allkeys', '~*', '+@all', '>pw',
    '#' + 'a'.repeat(64), 'nopass', 'resetpass', '6379', '26379', '0', '-1', '2', '1gb', '100mb', '10.0.0.1', 'redis', '::1',
    '${REDIS_PASSWORD}', '%PW%', '{{ port }}', '""', "''", '"a b"', "'it\\'s'", '"\\x41\\n"', '"', "'", '\\', '#', '# comment',
  ) },
  { weight: 1, arbitrary: noise },
);
const confLine = join(confWord, 7, pick(' ', ' ', '\t', '  '));

/** A redis.conf or sentinel.conf: lines of directive words, values and noise. */
export const confText = join(confLine, 12, pick('\n', '\n', '\r\n', ''));

const yamlScalar = fc.oneof(
  pick('redis:7.0', 'redis:7.2-alpine', 'bitnami/redis:7.0', 'bitnami/redis-sentinel:7.0', 'valkey/valkey:8', 'python:3.12',
    'redis-server --requirepass pw --port 6380', 'redis-sentinel /etc/sentinel.conf', 'sh -c "redis-server --port $$P"',
    '["redis-server", "--appendonly", "yes"]', '"6379:6379"', '127.0.0.1:26379:26379', './redis.conf:/usr/local/etc/redis/redis.conf',
    'REDIS_PASSWORD=pw', 'redis://:pw@redis:6379/0', 'sentinel://s1:26379;s2:26379', '${PORT:-6379}', '$${X}', '&a', '*a', '<<: *a',
    '|', '>-', "'quoted'", '"dq \\" x"', 'yes', '3', '~', '[]', '{}', '- x'),
  noise,
);
const yamlKey = pick('services', 'redis', 'sentinel', 'worker', 'image', 'command', 'entrypoint', 'environment', 'ports', 'volumes',
  'networks', 'depends_on', 'deploy', 'replicas', 'healthcheck', 'test', 'env_file', 'x-common', 'version', 'configs', 'secrets');
const yamlLine = fc.tuple(pick('', '  ', '    ', '      ', '- ', '  - ', '      - '), yamlKey, pick(': ', ':', ': |\n        ', ' '), yamlScalar)
  .map(([indent, key, colon, value]) => indent + key + colon + value);

/** A compose file: indented keys of the compose schema with images, commands and noise. */
export const composeText = fc.oneof(
  { weight: 4, arbitrary: fc.array(yamlLine, { maxLength: 14 }).map((lines) => `services:\n${lines.join('\n')}\n`) },
  { weight: 1, arbitrary: join(fc.oneof(yamlLine, noise), 8, pick('\n', '\r\n')) },
);

const envWord = fc.oneof(
  pick('REDIS_PASSWORD', 'CELERY_BROKER_URL', 'REDIS_URL', 'PORT', 'export ', '=', '"', "'", '\\', '#', ' ', '$', '${A}', '${A:-b}',
    '$(x)', '`x`', ';', '&', '|', 'redis://:p%40w@h:6379/0', 'sentinel://:pw@s1:26379;sentinel://s2:26379/0', 'rediss://h?ssl_cert_reqs=none'),
  noise,
);

/** A .env file: assignments, quotes, substitutions and noise. */
export const envText = join(join(envWord, 6, pick('')), 8, pick('\n', '\r\n'));

const urlPart = fc.oneof(
  pick('redis://', 'rediss://', 'sentinel://', 'sentinels://', 'redis+socket://', 'unix://', 'amqp://', ':', '@', '/', ';', ',', '?', '#',
    '&', '=', '%', '%40', '%zz', '[::1]', 'h', '26379', '6379', 'user', 'pw', 'master_name=m', 'ssl_cert_reqs=required', 'db=1'),
  noise,
);

/** A broker or result-backend URL of any scheme, with percent escapes, several hosts and noise. */
export const urlText = join(urlPart, 14, pick(''));

const pyPart = fc.oneof(
  pick('broker_url = ', 'result_backend = ', 'app = Celery(', 'broker=', 'backend=', 'app.conf.update(', 'Sentinel(', '[("s1", 26379)]',
    'sentinel_kwargs={"password": "pw"}', '.master_for("m", password="pw")', 'redis.Redis(', 'from_url(', 'os.getenv("X", "d")',
    'os.environ["X"]', 'f"redis://{host}:6379"', "'redis://:pw@h:6379/0'", '"sentinel://s:26379"', ' % ', ' + ', ')', '(', '{', '}',
    '[', ']', ', ', ':', '\n', '\n    ', 'import os\n', 'from celery import Celery\n', 'def f():\n    ', 'class C:\n    ', '"""', '#'),
  noise,
);

/** A Python settings module: Celery and redis-py calls, strings, f-strings and noise. */
export const pythonText = join(pyPart, 24, pick(''));
