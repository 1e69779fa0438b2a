import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { LineIndex } from '../../../src/model/span.js';
import { parseBrokerUrl, type ClientView, type UrlValue } from '../../../src/sources/client/broker-url.js';
import { verbatim } from '../../../src/sources/compose/mapped-text.js';

/**
 * broker-url.ts against the real parsers: Debian 12 `python3-kombu` 5.2.4, `python3-celery` 5.2.6,
 * `python3-redis` 4.3.4 (apt-get install python3-kombu python3-celery python3-redis). Nothing
 * connects: kombu-agreement.py builds Connection / RedisBackend / SentinelBackend objects and
 * reads what they parsed.
 */
const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./kombu-agreement.py', import.meta.url));
const probe = spawnSync(PYTHON, ['-c', 'import kombu, celery, redis'], { encoding: 'utf8' });
const available = probe.status === 0;

const URLS = [
  'sentinel://localhost:26379;localhost:26380;localhost:26381/0', // seed (E37, E39)
  'sentinel://sentinel1:26379;sentinel2:26379;sentinel3:26379/0', // seed .env (E39)
  'sentinel://h1:26379;sentinel://h2:26380/3', // db only on the last (E37)
  'sentinel://:pw@h1:26379/3;sentinel://:pw@h2:26379/3', // E37
  'sentinel://h1:26379;sentinel://h2:26379;', // trailing ; (E39)
  'sentinel://h1:26379;;sentinel://h2:26379',
  'sentinel://h1:26379,sentinel://h2:26379', // comma (E39)
  'sentinel://:pw@h1:26379/1,sentinel://:pw@h2:26379/1',
  'sentinel://h1:26379; sentinel://h2:26379',
  'sentinel://h1:26379;10.0.0.2:26379',
  'sentinel://[::1]:26379;sentinel://[fe80::1%eth0]:26380',
  'sentinel://SentinEL1:26379',
  'sentinel://h1:99999',
  'sentinel://h1:26379/ 1',
  'sentinel://%68ost:26379/%33',
  'sentinel://user:p%40ss%3Aw@h1:26379;sentinel://user:p%40ss%3Aw@h2:26379',
  'sentinel://h1:26379/0?socket_timeout=abc',
  'sentinel://h1',
  'redis://:p%40ss%3Aw@Redis-Master:6380/2',
  'redis://user@h:6379',
  'redis://user:pw@h/0?ssl_cert_reqs=required',
  'rediss://h:6380/0?ssl_cert_reqs=CERT_NONE',
  'rediss://h:6380/0',
  'redis://h/0?foo=bar',
  'redis://h/abc',
  'redis://h:6379/0#frag/1',
  'redis://h:6379//3',
  'redis://h:6379/0?db=5',
  'redis://:pass#word@h:6379/0',
  'redis://:pa/ss@h:6379',
  'redis://h:6379/0;redis://h2:6379/1',
  'redis://',
  'redis://h:6379/0?virtual_host=3',
  'redis://h:6379/0?ssl_cert_reqs=bogus',
];

type PyView = Record<string, unknown>;

function ours(url: string): { kombu: PyView; celery: PyView } {
  const parsed = parseBrokerUrl(verbatim(url, 0), new LineIndex('x', url));
  const v = <T>(value: UrlValue<T> | undefined): T | null | string => (value ? (value.known ? value.value : 'UNKNOWN') : null);
  const password = (view: ClientView) => (view.password?.known ? view.password.secret.revealForRedaction() : null);
  const k = parsed.asKombuSees;
  const configure = (view: ClientView) => view.errors.find((e) => e.when === 'configure');
  let kombu: PyView;
  const kombuError = configure(k);
  if (kombuError) kombu = { error: kombuError.type };
  else {
    const transport = v(k.name) as string;
    kombu = { transport, alt: parsed.chunks.length > 1 ? parsed.chunks.map((c) => url.slice(...c.range)) : [] };
    if (['redis', 'rediss', 'sentinel'].includes(transport)) {
      const connect = k.errors.find((e) => e.when === 'connect');
      kombu.userid = v(k.user);
      kombu.password = password(k);
      kombu.db = connect?.message.startsWith('Database') ? { error: 'ValueError' } : v(k.db);
      const endpoints = k.endpoints.map((e) => [v(e.host), v(e.port)]);
      if (transport === 'sentinel') kombu.sentinels = connect && !connect.message.startsWith('Database') ? { error: connect.type } : endpoints;
      else kombu.server = endpoints[0];
    }
  }
  const c = parsed.asCeleryBackendSees;
  let celery: PyView;
  const scheme = url.split('://')[0]!;
  const celeryError = configure(c);
  if (!['sentinel', 'redis', 'rediss'].includes(scheme)) celery = { backend: null };
  else if (celeryError) celery = { error: celeryError.type };
  else celery = { hosts: c.endpoints.map((e) => [v(e.host), v(e.port)]), db: v(c.db), password: password(c), username: v(c.user) };
  return { kombu, celery };
}

describe.skipIf(!available)('broker-url.ts agrees with the real kombu 5.2 / Celery 5.2 parsers', () => {
  const run = available ? spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(URLS), encoding: 'utf8' }) : undefined;
  const real = run ? (JSON.parse(run.stdout || '[]') as { kombu: PyView; celery: PyView }[]) : [];

  test.each(URLS.map((url, i) => [url, i] as const))('%s', (url, i) => {
    const mine = ours(url);
    const theirs = real[i]!;
    if (theirs.kombu.alt && (theirs.kombu.alt as string[]).length === 0) delete theirs.kombu.alt;
    if (mine.kombu.alt && (mine.kombu.alt as string[]).length === 0) delete mine.kombu.alt;
    // Celery 5.2's SentinelBackend copies only db and password from the first chunk; 5.6 (what
    // broker-url.ts follows, celery@5dc781f) also copies the user name.
    if (url.startsWith('sentinel://') && theirs.celery.username === null) mine.celery.username = null;
    expect(mine.kombu).toEqual(theirs.kombu);
    expect(mine.celery).toEqual(theirs.celery);
  });
});

test.runIf(!available)('kombu agreement skipped: /usr/bin/python3 lacks kombu/celery/redis (apt-get install python3-kombu python3-celery python3-redis)', () => {
  expect(available).toBe(false);
});
