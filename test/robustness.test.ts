import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { lint } from '../src/index.js';

// Hostile input: every file gets a located finding or none, the run goes on, and no regular
// expression backtracks (a line of 100 000 characters finishes in seconds: the bound is generous
// against hangs on a slow machine; speed itself is measured by the benchmark).
const BOUND_MS = 5_000;
const work = mkdtempSync(join(tmpdir(), 'sentinel-lint-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function lintRepo(name: string, files: Record<string, string | Buffer>) {
  const root = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const started = performance.now();
  const result = await lint({ cwd: root, root, config: defaultConfig() });
  return { result, ms: performance.now() - started };
}

const LONG = 100_000;
const adversarial: Record<string, string> = {
  'a long token': `requirepass ${'a'.repeat(LONG)}\n`,
  'a long unterminated quote': `requirepass "${'\\x4'.repeat(LONG / 4)}\n`,
  'spaces between two words': `port${' '.repeat(LONG)}6379 x\n`,
  'many hashes': `maxmemory 1mb ${'# '.repeat(LONG / 2)}\n`,
  'many placeholders': `port ${'${A'.repeat(LONG / 3)}\n`,
  'many sentinel words': `sentinel monitor m ${'1.'.repeat(LONG / 2)} 6379 2\n`,
  'a long bind list': `bind ${'127.0.0.1 '.repeat(LONG / 10)}\n`,
  'a long save line': `save ${'1 '.repeat(LONG / 2)}\n`,
};

const compose = (service: string) => `services:\n  redis:\n    image: redis:7.2\n${service}`;
/** One file of each other kind, each with one 100 000-character line of a shape that a careless pattern would backtrack on. */
const adversarialFiles: Record<string, [path: string, text: string]> = {
  'a sentinel conf with a long quorum': ['sentinel.conf', `sentinel monitor m 10.0.0.1 6379 ${'9'.repeat(LONG)}\n`],
  'a sentinel conf with a long quoted auth-pass': ['sentinel.conf', `sentinel monitor m h 6379 2\nsentinel auth-pass m "${'\\"'.repeat(LONG / 2)}\n`],
  'a sentinel conf with many master names': ['sentinel.conf', `sentinel down-after-milliseconds ${'m-'.repeat(LONG / 2)} 5\n`],
  'a compose environment value of many placeholders': ['docker-compose.yml', compose(`    environment:\n      REDIS_PASSWORD: "${'${A:-'.repeat(LONG / 5)}"\n`)],
  'a compose sh -c script of quotes and separators': ['docker-compose.yml', compose(`    command: ["sh", "-c", "redis-server ${`'a;\\\\"b' `.repeat(LONG / 10)}"]\n`)],
  'a compose flow sequence of 50 000 items': ['docker-compose.yml', compose(`    ports: [${'1,'.repeat(LONG / 2)}]\n`)],
  'a compose plain scalar of colons': ['docker-compose.yml', compose(`    command: redis-server ${'a: '.repeat(LONG / 3)}\n`)],
  'a compose port string of separators': ['docker-compose.yml', compose(`    ports:\n      - "${'1:'.repeat(LONG / 2)}"\n`)],
  'a python unterminated string': ['celeryconfig.py', `broker_url = "${'\\"'.repeat(LONG / 2)}\n`],
  'a python f-string of braces': ['celeryconfig.py', `from celery import Celery\nbroker_url = f"${'{a}'.repeat(LONG / 3)}"\n`],
  'a python chain of getenv calls': ['celeryconfig.py', `broker_url = ${'os.getenv("A", '.repeat(LONG / 15)}\n`],
  'a python attribute chain': ['celeryconfig.py', `from celery import Celery\napp = Celery()\napp.conf.broker_url = ${'a.'.repeat(LONG / 2)}b\n`],
  'a python line of percent formats': ['celeryconfig.py', `broker_url = "redis://%s:%s/" % ${'(a, '.repeat(LONG / 4)}\n`],
  'a .env value of dollar signs': ['.env', `REDIS_PASSWORD=${'$'.repeat(LONG)}\n`],
  'a .env value of unclosed substitutions': ['.env', `REDIS_PASSWORD=${'${A'.repeat(LONG / 3)}\n`],
  'a .env line of escaped quotes': ['.env', `REDIS_PASSWORD="${'\\"'.repeat(LONG / 2)}\n`],
  'a .env line of exports': ['.env', `${'export '.repeat(LONG / 7)}A=1\n`],
  'a URL of many sentinels': ['.env', `CELERY_BROKER_URL=${'sentinel://:p@h:26379;'.repeat(LONG / 22)}\n`],
  // 7 700 passwords on one line: each is masked before the line is hashed for fingerprints.
  'a URL of many hosts with passwords': ['.env', `CELERY_BROKER_URL=${'redis://:p@h;'.repeat(LONG / 13)}\n`],
  'a URL of percent escapes': ['.env', `CELERY_BROKER_URL=redis://:${'%4'.repeat(LONG / 2)}@h:6379/0\n`],
  'a URL of at signs and colons': ['.env', `CELERY_BROKER_URL=redis://${'@:'.repeat(LONG / 2)}/0\n`],
  'a URL of query options': ['.env', `CELERY_BROKER_URL=redis://h:6379/0?${'a=b&'.repeat(LONG / 4)}\n`],
  'a URL in Python of brackets': ['celeryconfig.py', `broker_url = "redis://[${':'.repeat(LONG)}]:6379/0"\n`],
};

describe('hostile input', () => {
  it.each(Object.entries(adversarial))('lints a conf line of %s in seconds', async (name, line) => {
    const kind = line.startsWith('sentinel') ? 'sentinel.conf' : 'redis.conf';
    const { result, ms } = await lintRepo(name.replace(/\W+/g, '-'), { [kind]: line });
    expect(result.crashes).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it.each(Object.entries(adversarialFiles))('lints %s in seconds', async (name, [path, text]) => {
    const { result, ms } = await lintRepo(name.replace(/\W+/g, '-'), { [path]: text });
    expect(result.fileCount, 'the file is read as its kind').toBe(1);
    expect(result.crashes).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('lints a compose command of 100 000 characters in seconds', async () => {
    const yaml = `services:\n  redis:\n    image: redis:7.2\n    command: redis-server ${'--port 1 '.repeat(LONG / 9)}\n`;
    const { result, ms } = await lintRepo('long-compose', { 'docker-compose.yml': yaml });
    expect(result.crashes).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('reports binary, UTF-16 and oversized files with a location, skips a link loop, and still lints the good one', async () => {
    const root = join(work, 'mixed');
    const { result } = await lintRepo('mixed', {
      'good/redis.conf': 'port 6379\nmaxmemory 1tb\n',
      'binary/redis.conf': Buffer.from([0x70, 0x00, 0xff, 0x01]),
      'utf16/redis.conf': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('port 6379\n', 'utf16le')]),
      'huge/redis.conf': Buffer.alloc(11 * 1024 * 1024, 'port 6379\n'),
      'broken/docker-compose.yml': 'services: [\n',
      // redis-server reads bytes: invalid UTF-8 in a comment changes nothing, the defect below it is still found.
      'latin1/redis.conf': Buffer.concat([Buffer.from('port 6379\n# caf'), Buffer.from([0xe9, 0x28]), Buffer.from('\nmaxmemory 1tb\n')]),
      'utf16-no-bom/redis.conf': Buffer.from('port 6379\n', 'utf16le'),
      'empty/docker-compose.yml': '',
    });
    mkdirSync(join(root, 'folder/redis.conf'), { recursive: true }); // a folder named like a conf file
    symlinkSync(join(root, 'loop.conf'), join(root, 'loop.conf'));
    const after = await lint({ cwd: root, root, config: defaultConfig() });
    for (const r of [result, after]) {
      const byFile = new Map(r.findings.map((f) => [f.at.file, f.ruleId]));
      expect(byFile.get('good/redis.conf')).toBe('conf-parse-error');
      for (const file of ['binary/redis.conf', 'utf16/redis.conf', 'utf16-no-bom/redis.conf', 'huge/redis.conf', 'broken/docker-compose.yml']) {
        expect(byFile.get(file), file).toBe('parse-error');
      }
      expect(r.findings.find((f) => f.at.file === 'latin1/redis.conf')).toMatchObject({ ruleId: 'conf-parse-error', at: { line: 3 } });
      // Nothing to say about an empty compose file or a folder, and nothing located in them.
      expect(r.findings.filter((f) => f.at.file.startsWith('empty/') || f.at.file.startsWith('folder/'))).toEqual([]);
      // A link to itself has no text to point into: it is not read, and no finding claims a place in it.
      expect(r.findings.filter((f) => f.at.file === 'loop.conf')).toEqual([]);
      expect(r.crashes).toEqual([]);
    }
  });
});
