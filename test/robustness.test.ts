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

describe('hostile input', () => {
  it.each(Object.entries(adversarial))('lints a conf line of %s in seconds', async (name, line) => {
    const kind = line.startsWith('sentinel') ? 'sentinel.conf' : 'redis.conf';
    const { result, ms } = await lintRepo(name.replace(/\W+/g, '-'), { [kind]: line });
    expect(result.crashes).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('lints a compose command of 100 000 characters in seconds', async () => {
    const yaml = `services:\n  redis:\n    image: redis:7.2\n    command: redis-server ${'--port 1 '.repeat(LONG / 9)}\n`;
    const { result, ms } = await lintRepo('long-compose', { 'docker-compose.yml': yaml });
    expect(result.crashes).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('reports binary, UTF-16, oversized and looping files with a location, and still lints the good one', async () => {
    const root = join(work, 'mixed');
    const { result } = await lintRepo('mixed', {
      'good/redis.conf': 'port 6379\nmaxmemory 1tb\n',
      'binary/redis.conf': Buffer.from([0x70, 0x00, 0xff, 0x01]),
      'utf16/redis.conf': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('port 6379\n', 'utf16le')]),
      'huge/redis.conf': Buffer.alloc(11 * 1024 * 1024, 'port 6379\n'),
      'broken/docker-compose.yml': 'services: [\n',
    });
    symlinkSync(join(root, 'loop.conf'), join(root, 'loop.conf'));
    const after = await lint({ cwd: root, root, config: defaultConfig() });
    for (const r of [result, after]) {
      const byFile = new Map(r.findings.map((f) => [f.at.file, f.ruleId]));
      expect(byFile.get('good/redis.conf')).toBe('conf-parse-error');
      for (const file of ['binary/redis.conf', 'utf16/redis.conf', 'huge/redis.conf', 'broken/docker-compose.yml']) {
        expect(byFile.get(file), file).toBe('parse-error');
      }
      expect(r.crashes).toEqual([]);
    }
  });
});
