import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isKnownDirectiveName } from '../../src/sources/conf/validate-directive.js';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const run = (textsKept?: number) => discover({ root, cwd: root, ignores: [], isDirective: isKnownDirectiveName, ...(textsKept === undefined ? {} : { textsKept }) });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sl-source-texts-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('SourceTexts: the sources read again on demand', () => {
  it('gives each source the text discovery read, its root path, and nothing for other files', () => {
    write('a/redis.conf', 'port 6379\n');
    write('b/sentinel.conf', 'sentinel monitor m 10.0.0.1 6379 2\n');
    write('notes.txt', 'port 1\n');
    const { texts } = run();
    expect(texts.get('a/redis.conf')).toBe('port 6379\n');
    expect(texts.rootPathOf('b/sentinel.conf')).toBe('b/sentinel.conf');
    expect(texts.get('notes.txt')).toBeUndefined();
    expect(texts.size).toBe(2);
    expect([...texts]).toEqual([
      ['a/redis.conf', 'port 6379\n'],
      ['b/sentinel.conf', 'sentinel monitor m 10.0.0.1 6379 2\n'],
    ]);
    expect([...texts.only(new Set(['b/sentinel.conf'])).keys()]).toEqual(['b/sentinel.conf']);
  });

  it('has no text for a file that changed or vanished since it was read: old spans would not fit it', () => {
    write('a/redis.conf', 'port 6379\n');
    write('b/redis.conf', 'port 6380\n');
    write('c/redis.conf', 'port 6381\n');
    const { texts } = run(0);
    write('a/redis.conf', 'requirepass something-else-entirely\nport 6379\n');
    rmSync(join(root, 'b/redis.conf'));
    // Same size, another content: told apart by its modification time.
    write('c/redis.conf', 'port 6389\n');
    utimesSync(join(root, 'c/redis.conf'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(texts.get('a/redis.conf')).toBeUndefined();
    expect(texts.get('b/redis.conf')).toBeUndefined();
    expect(texts.get('c/redis.conf')).toBeUndefined();
    expect([...texts]).toEqual([]);
  });

  it('keeps texts as read up to its budget, and reads the others again', () => {
    write('a/redis.conf', 'port 6379\n');
    write('b/redis.conf', 'port 6380\n');
    const { texts } = run('port 6379\n'.length);
    write('a/redis.conf', 'port 7000\n');
    write('b/redis.conf', 'port 7001\n');
    utimesSync(join(root, 'b/redis.conf'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    // The kept text is the one the spans were made on, even after the file changed.
    expect(texts.get('a/redis.conf')).toBe('port 6379\n');
    expect(texts.get('b/redis.conf')).toBeUndefined();
  });

  it('lets a caller take sources as they are read: those are counted but not kept', () => {
    write('a/redis.conf', 'port 6379\n');
    write('docker-compose.yml', 'services:\n  redis:\n    image: redis:7.0\n');
    const taken: string[] = [];
    const discovery = discover({
      root, cwd: root, ignores: [], isDirective: isKnownDirectiveName,
      take: (source) => source.kind === 'redis-conf' && taken.push(source.path) > 0,
    });
    expect(taken).toEqual(['a/redis.conf']);
    expect(discovery.sources.map((s) => s.path)).toEqual(['docker-compose.yml']);
    expect(discovery.sourceCount).toBe(2);
    expect(discovery.texts.get('a/redis.conf')).toBe('port 6379\n');
  });
});
