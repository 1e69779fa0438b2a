import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { lint } from '../src/index.js';

// The CLI tunes V8 once a run proves long (src/cli-tiering.ts): lint() tells it as files are read.
const root = mkdtempSync(join(tmpdir(), 'sentinel-lint-progress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('lint({ onFileRead })', () => {
  it('is told the count of sources read after each one, up to the count the result gives', async () => {
    mkdirSync(join(root, 'app'));
    writeFileSync(join(root, 'redis.conf'), 'port 6379\n');
    writeFileSync(join(root, 'sentinel.conf'), 'sentinel monitor mymaster 10.0.0.1 6379 2\n');
    writeFileSync(join(root, 'docker-compose.yml'), 'services:\n  redis:\n    image: redis:7.2\n');
    writeFileSync(join(root, 'app', 'celeryconfig.py'), 'broker_url = "redis://redis:6379/0"\n');
    writeFileSync(join(root, 'README.md'), '# not a source\n');
    const counts: number[] = [];
    const result = await lint({ cwd: root, root, config: defaultConfig(), onFileRead: (read) => counts.push(read) });
    expect(result.fileCount).toBe(4);
    expect(counts).toEqual([1, 2, 3, 4]);
  });
});
