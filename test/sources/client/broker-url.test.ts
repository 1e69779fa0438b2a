import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LineIndex } from '../../../src/model/span.js';
import { parseBrokerUrl, type UrlValue } from '../../../src/sources/client/broker-url.js';
import { MappedTextBuilder, verbatim } from '../../../src/sources/compose/mapped-text.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

/** A bound against hangs (quadratic scans, runaway backtracking), not a speed target: those live in `npm run bench`. */
const HANG_BOUND_MS = 10_000;

const parse = (url: string, at = 0) => parseBrokerUrl(verbatim(url, at), new LineIndex('x', ' '.repeat(at) + url));
const val = <T>(v: UrlValue<T> | undefined) => (v && v.known ? v.value : v ? 'unknown' : undefined);
const hosts = (eps: { host: UrlValue<string | null>; port: UrlValue<number> }[]) => eps.map((e) => `${val(e.host)}:${val(e.port)}`);

describe('RULES.md §1.8 / E37–E39', () => {
  test('E37/E39 seed URL: kombu asks only the first sentinel; the backend dials 380:6379 and 381:6379', () => {
    const url = 'sentinel://localhost:26379;localhost:26380;localhost:26381/0';
    const r = parse(url, 10);
    expect(r.chunks.map((c) => c.range)).toEqual([[10, 36], [37, 52], [53, 70]]);
    expect(r.chunks.map((c) => val(c.scheme))).toEqual(['sentinel', 'localhost', 'localhost']);
    expect(hosts(r.asKombuSees.endpoints)).toEqual(['localhost:26379']);
    expect(r.asKombuSees.ignoredChunks).toEqual([1, 2]);
    expect(hosts(r.asCeleryBackendSees.endpoints)).toEqual(['localhost:26379', '380:6379', '381:6379']);
    // `380` is the last three characters of `localhost:26380`.
    expect(r.asCeleryBackendSees.endpoints[1]!.host.range).toEqual([49, 52]);
    expect(r.asKombuSees.db).toMatchObject({ known: true, value: 0, defaulted: true });
    const kinds = r.problems.map((p) => [p.kind, p.range]);
    expect(kinds).toEqual([['missing-scheme', [37, 52]], ['missing-scheme', [53, 70]], ['options-not-first', [69, 70]]]);
    expect(r.problems[0]!.detail).toContain('380:6379');
  });

  test('E39 .env URL: sentinel2:26379 becomes 379:6379', () => {
    const r = parse('sentinel://sentinel1:26379;sentinel2:26379;sentinel3:26379/0');
    expect(hosts(r.asCeleryBackendSees.endpoints)).toEqual(['sentinel1:26379', '379:6379', '379:6379']);
    expect(hosts(r.asKombuSees.endpoints)).toEqual(['sentinel1:26379']);
  });

  test('E37: the db comes from the first URL only', () => {
    const r = parse('sentinel://h1:26379;sentinel://h2:26380/3');
    expect(val(r.asKombuSees.db)).toBe(0);
    expect(val(r.asCeleryBackendSees.db)).toBe(0);
    expect(r.problems).toMatchObject([{ kind: 'options-not-first', range: [40, 41] }]);
    const full = parse('sentinel://:pw@h1:26379/3;sentinel://:pw@h2:26379/3');
    expect(val(full.asKombuSees.db)).toBe(3);
    expect(full.asKombuSees.password).toMatchObject({ known: true, range: [12, 14] });
    expect(full.asKombuSees.user).toBeUndefined();
    expect(full.problems).toEqual([]);
    expect(full.secrets).toHaveLength(2);
    expect(String(full.secrets[0])).toBe('«redacted»');
  });

  test('E39: a trailing ; adds localhost:6379 to the backend', () => {
    const r = parse('sentinel://h1:26379;sentinel://h2:26379;');
    expect(hosts(r.asCeleryBackendSees.endpoints)).toEqual(['h1:26379', 'h2:26379', 'localhost:6379']);
    expect(hosts(r.asKombuSees.endpoints)).toEqual(['h1:26379', 'h2:26379']);
    expect(r.problems).toMatchObject([{ kind: 'trailing-separator', range: [40, 40] }]);
  });

  test('E39: a comma separator is a ValueError quoting 26379,sentinel:', () => {
    const r = parse('sentinel://h1:26379,sentinel://h2:26379');
    expect(r.asKombuSees.errors).toEqual([{ type: 'ValueError', message: 'Port could not be cast to integer value as {}', quoted: [14, 29], chunk: 0, when: 'configure' }]);
    expect(r.asCeleryBackendSees.errors[0]!.quoted).toEqual([14, 29]);
    expect(r.problems.map((p) => p.kind)).toEqual(['comma-separator', 'library-error', 'library-error']);
    expect(r.problems[0]!.range).toEqual([19, 20]);
    // Messages never quote the URL (the quoted text may hold a password, E39).
    for (const p of r.problems) expect(p.detail).not.toContain('26379,');
  });

  test('a space after ; loses the host (url_to_parts cuts the original string)', () => {
    const r = parse('sentinel://h1:26379; sentinel://h2:26379');
    expect(hosts(r.asKombuSees.endpoints)).toEqual(['h1:26379', 'null:26379']);
    // …and reads `h2:26379` as the path: a db to the backend, which int() refuses.
    expect(r.problems.map((p) => p.kind)).toEqual(['space-in-url', 'options-not-first', 'library-error']);
    expect(r.asCeleryBackendSees.errors[0]).toMatchObject({ message: 'invalid literal for int() with base 10: {}', quoted: [32, 40] });
  });

  test('passwords are percent-decoded, mapped to their %XX, and secret', () => {
    const r = parse('redis://us%65r:p%40ss@Redis-Master:6380/2');
    expect(val(r.asKombuSees.user)).toBe('user');
    const pw = r.asKombuSees.password!;
    expect(pw.known && pw.secret.sameAs('p@ss')).toBe(true);
    expect(pw.range).toEqual([15, 21]);
    expect(hosts(r.asKombuSees.endpoints)).toEqual(['redis-master:6380']);
    expect(JSON.stringify(r)).not.toContain('p@ss');
  });

  test('rediss without ssl_cert_reqs: kombu falls back to CERT_NONE, Celery refuses', () => {
    const r = parse('rediss://h:6380/0');
    expect(r.asKombuSees.insecureTlsDefault).toBe(true);
    expect(r.asCeleryBackendSees.errors[0]!.message).toMatch(/^A rediss:\/\/ URL must have parameter ssl_cert_reqs/);
    const ok = parse('rediss://h:6380/0?ssl_cert_reqs=required');
    expect(ok.asKombuSees.insecureTlsDefault).toBeUndefined();
    expect(val(ok.asKombuSees.sslCertReqs)).toBe('required');
    expect(ok.asCeleryBackendSees.errors).toEqual([]);
  });

  test('unknown query options: kombu Connection() raises TypeError, Celery passes them on', () => {
    const r = parse('redis://h/0?visibility_timeout=5');
    expect(r.asKombuSees.errors[0]!.message).toBe("Connection._init_params() got an unexpected keyword argument 'visibility_timeout'");
    expect(r.asCeleryBackendSees.errors).toEqual([]);
  });

  test('holes make fields unknown, never guessed', () => {
    const b = new MappedTextBuilder([0, 60]);
    const text = 'sentinel://:${REDIS_PASSWORD}@h1:26379;sentinel://h2:${PORT}';
    const hole = { why: 'REDIS_PASSWORD is not set' };
    for (let i = 0; i < text.length; i++) {
      const inHole = (i >= 12 && i < 29) || i >= 53;
      b.push(text[i]!, i, i + 1, inHole ? hole : undefined);
    }
    const r = parseBrokerUrl(b.build(), new LineIndex('x', text));
    expect(r.assumesHoles).toBe(true);
    expect(r.asKombuSees.password).toEqual({ known: false, why: 'REDIS_PASSWORD is not set', range: [12, 29] });
    expect(r.asKombuSees.endpoints[1]!.port.known).toBe(false);
    expect(r.asKombuSees.errors).toEqual([]);
    expect(r.secrets).toEqual([]);
    const whole = new MappedTextBuilder([0, 14]);
    for (const [i, c] of [...'${CELERY_URL}'].entries()) whole.push(c, i, i + 1, hole);
    const w = parseBrokerUrl(whole.build(), new LineIndex('x', '${CELERY_URL}'));
    expect(w.scheme.known).toBe(false);
    expect(w.asKombuSees.name.known).toBe(false);
    expect(w.asKombuSees.endpoints).toEqual([]);
    expect(w.problems).toEqual([]);
  });
});

describe('robustness', () => {
  test('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'sentinel:/;,@%?#[]&=+ 0123456789abcAB\t\u00e9\uff03') , maxLength: 80 }), (s) => {
        parse(s);
      }),
      { numRuns: fuzzRuns(10_000) },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => void parse(s)), { numRuns: fuzzRuns(10_000) });
  }, fuzzTimeout(60_000));

  test('100 000 characters finish in seconds, not minutes', () => {
    const inputs = [
      'sentinel://h:26379;'.repeat(5300),
      `sentinel://${'%41'.repeat(33000)}`,
      `redis://h/0?${'a=b&'.repeat(25000)}`,
      ';'.repeat(100000),
      `sentinel://${'@:'.repeat(50000)}`,
    ];
    for (const input of inputs) {
      const text = verbatim(input, 0);
      const index = new LineIndex('x', input);
      const start = performance.now();
      parseBrokerUrl(text, index);
      expect(performance.now() - start).toBeLessThan(HANG_BOUND_MS);
    }
  });
});
