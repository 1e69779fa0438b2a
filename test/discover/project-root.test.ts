import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/project-root.js';

// Temp folders have no .git above them (unless the machine's /tmp is in a repository, which
// these tests would then report as the root, so they look for none).
const work = mkdtempSync(join(tmpdir(), 'sentinel-lint-root-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the project root', () => {
  it('is the nearest folder with .git or a config at or above the first path', () => {
    mkdirSync(join(work, 'repo', '.git'), { recursive: true });
    mkdirSync(join(work, 'repo', 'deploy', 'sentinel'), { recursive: true });
    writeFileSync(join(work, 'repo', 'deploy', 'sentinel', 'sentinel.conf'), 'port 26379\n');
    expect(findProjectRoot(join(work, 'repo', 'deploy'), 'sentinel/sentinel.conf')).toBe(join(work, 'repo'));
  });

  it('is the working directory when nothing marks one and the path lies inside it', () => {
    mkdirSync(join(work, 'plain', 'sub'), { recursive: true });
    expect(findProjectRoot(join(work, 'plain'), 'sub')).toBe(join(work, 'plain'));
    expect(findProjectRoot(join(work, 'plain'), undefined)).toBe(join(work, 'plain'));
  });

  it("is the path's own folder when nothing marks one and the path lies outside the working directory", () => {
    mkdirSync(join(work, 'elsewhere', 'deploy'), { recursive: true });
    mkdirSync(join(work, 'cwd'), { recursive: true });
    writeFileSync(join(work, 'elsewhere', 'deploy', 'redis.conf'), 'port 6379\n');
    expect(findProjectRoot(join(work, 'cwd'), join(work, 'elsewhere', 'deploy'))).toBe(join(work, 'elsewhere', 'deploy'));
    expect(findProjectRoot(join(work, 'cwd'), join(work, 'elsewhere', 'deploy', 'redis.conf'))).toBe(join(work, 'elsewhere', 'deploy'));
  });
});
