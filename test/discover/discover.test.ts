import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isKnownDirectiveName } from '../../src/sources/conf/validate-directive.js';

let root: string;
const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const run = (options: { ignores?: string[]; files?: string[] } = {}) =>
  discover({ root, cwd: root, ignores: options.ignores ?? [], files: options.files, isDirective: isKnownDirectiveName });

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('discover', () => {
  it('claims Redis and Sentinel confs by content, and nothing else', () => {
    root = mkdtempSync(join(tmpdir(), 'sl-discover-'));
    write('a/redis.conf', 'port 6379\n');
    write('b/node.conf', 'sentinel monitor m 10.0.0.1 6379 2\n');
    write('nginx.conf', 'events {}\nhttp { server { listen 80; } }\n');
    write('node_modules/pkg/redis.conf', 'port 1\n');
    expect(run().sources.map((s) => [s.path, s.kind])).toEqual([
      ['a/redis.conf', 'redis-conf'],
      ['b/node.conf', 'sentinel-conf'],
    ]);
  });

  it('reads a compose file that names no Redis only when a compose file names it, and what it names in turn', () => {
    root = mkdtempSync(join(tmpdir(), 'sl-discover-'));
    const shape = (extra = '') => `services:\n  base:\n    image: busybox\n${extra}`;
    write('app/docker-compose.yml', 'services:\n  cache:\n    image: redis:7\n    extends:\n      file: ../shared/common.yml\n      service: base\n');
    write('shared/common.yml', shape('include:\n  - ./more.yaml\n'));
    write('shared/more.yaml', shape());
    write('shared/unnamed.yml', shape()); // compose's shape, named by no one
    write('other/common.yml', shape()); // the same base name in another folder
    expect(run().sources.map((s) => s.path).sort()).toEqual(['app/docker-compose.yml', 'shared/common.yml', 'shared/more.yaml']);
  });

  it('honours .gitignore files, the ignores setting, and extra files globs', () => {
    root = mkdtempSync(join(tmpdir(), 'sl-discover-'));
    write('.gitignore', 'build/\n');
    write('build/redis.conf', 'port 6379\n');
    write('legacy/redis.conf', 'port 6379\n');
    write('deploy/redis.cfg', 'port 6379\n');
    const { sources } = run({ ignores: ['legacy/'], files: ['deploy/*.cfg'] });
    expect(sources.map((s) => s.path)).toEqual(['deploy/redis.cfg']);
  });

  it('reports binary, oversized-by-name and UTF-16 files, and links out of the root, without reading on', () => {
    root = mkdtempSync(join(tmpdir(), 'sl-discover-'));
    write('redis.conf', Buffer.from([0x70, 0x6f, 0x72, 0x74, 0x00, 0x01]));
    write('sentinel.conf', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('port 26379\n', 'utf16le')]));
    symlinkSync('/etc/hostname', join(root, 'outside.conf'));
    symlinkSync(join(root, 'loop.conf'), join(root, 'loop.conf'));
    const { sources, problems } = run();
    expect(sources).toEqual([]);
    expect(problems.map((p) => [p.rule, p.at.file, p.at.line])).toEqual([
      ['path-outside-root', 'outside.conf', 1],
      ['parse-error', 'redis.conf', 1],
      ['parse-error', 'sentinel.conf', 1],
    ]);
  });
});

describe('include targets kept out of git', () => {
  it('knows a gitignored path as ignored, so an include of it is not called missing', () => {
    root = mkdtempSync(join(tmpdir(), 'sl-discover-'));
    write('.gitignore', 'secrets.conf\nprivate/\n');
    write('redis.conf', 'port 6379\ninclude secrets.conf\ninclude private/more.conf\n');
    const { repoFiles } = run();
    expect(repoFiles.isIgnored?.('secrets.conf')).toBe(true);
    expect(repoFiles.isIgnored?.('private/more.conf')).toBe(true);
    expect(repoFiles.isIgnored?.('redis.conf')).toBe(false);
  });
});
