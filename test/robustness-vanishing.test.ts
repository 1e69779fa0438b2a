import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { lint } from '../src/index.js';

// A file that discovery lists and that is gone, or no longer a file, when it is read: another
// process (a checkout, a build) changed the tree during the run. The change is made at the one
// moment that matters, between the walk and the read, by wrapping the reader; the read itself
// is the real one, on the real file system.
const changeBeforeRead = new Map<string, () => void>();
vi.mock('../src/read-file.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/read-file.js')>();
  return {
    ...real,
    readBounded: (absolutePath: string) => {
      changeBeforeRead.get(absolutePath)?.();
      changeBeforeRead.delete(absolutePath);
      return real.readBounded(absolutePath);
    },
  };
});

const root = mkdtempSync(join(tmpdir(), 'sentinel-lint-vanishing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('a file that changes during the run', () => {
  it('gets a located parse-error when it disappears or becomes a folder, and the other files are still linted', async () => {
    write('good/redis.conf', 'port 6379\nmaxmemory 1tb\n');
    write('gone/redis.conf', 'port 6379\n');
    write('gone/.env', 'REDIS_PASSWORD=x\n');
    write('gone/docker-compose.yml', 'services:\n  redis:\n    image: redis:7.0\n');
    write('folder/sentinel.conf', 'sentinel monitor m 127.0.0.1 6379 2\n');
    for (const path of ['gone/redis.conf', 'gone/.env', 'gone/docker-compose.yml']) {
      changeBeforeRead.set(join(root, path), () => rmSync(join(root, path)));
    }
    changeBeforeRead.set(join(root, 'folder/sentinel.conf'), () => {
      rmSync(join(root, 'folder/sentinel.conf'));
      mkdirSync(join(root, 'folder/sentinel.conf'));
    });

    const result = await lint({ cwd: root, root, config: defaultConfig() });

    expect(changeBeforeRead.size, 'every change was made, so discovery listed every file').toBe(0);
    expect(result.crashes).toEqual([]);
    const found = result.findings.map((f) => [f.at.file, f.at.line, f.at.column, f.ruleId, f.message]);
    expect(found).toEqual([
      ['folder/sentinel.conf', 1, 1, 'parse-error', 'This file was not linted: it is not a regular file.'],
      ['gone/.env', 1, 1, 'parse-error', 'This file was not linted: it could not be read (ENOENT).'],
      ['gone/docker-compose.yml', 1, 1, 'parse-error', 'This file was not linted: it could not be read (ENOENT).'],
      ['gone/redis.conf', 1, 1, 'parse-error', 'This file was not linted: it could not be read (ENOENT).'],
      ['good/redis.conf', 2, 11, 'conf-parse-error', expect.stringContaining('argument must be a memory value')],
    ]);
  });
});
