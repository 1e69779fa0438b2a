import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openOutput, writeOut } from '../../src/cli/output.js';

const work = mkdtempSync(join(tmpdir(), 'sentinel-lint-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function written(text: string): string {
  const file = join(work, `out-${Math.random().toString(36).slice(2)}`);
  const fd = openSync(file, 'w');
  try {
    writeOut(text, fd);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file, 'utf8');
}

describe('writeOut', () => {
  it('writes a report of several megabytes whole, in order', () => {
    const text = Array.from({ length: 90_000 }, (_, i) => `finding ${i} at redis.conf:${i}\n`).join('');
    expect(text.length).toBeGreaterThan(2 << 20);
    expect(written(text)).toBe(text);
  });

  it('never splits a character made of two UTF-16 units across its slices', () => {
    // The emoji straddles the first 1 MiB slice boundary: split, it would come out as two U+FFFD.
    const text = `${'a'.repeat((1 << 20) - 1)}😀${'b'.repeat(10)}`;
    expect(written(text)).toBe(text);
  });
});

describe('openOutput', () => {
  it('writes a file from many parts, in order, and only what was written', () => {
    const file = join(work, 'parts.json');
    const parts = Array.from({ length: 50_000 }, (_, i) => `{"n": ${i}, "at": "redis.conf:${i}"},\n`);
    const output = openOutput(file);
    for (const part of parts) output.write(part);
    output.close();
    expect(readFileSync(file, 'utf8')).toBe(parts.join(''));
  });

  it('keeps characters beyond Latin-1 whole, in parts that fill its buffer unevenly and in parts larger than it', () => {
    const file = join(work, 'unicode.json');
    const parts = [
      ...Array.from({ length: 40_000 }, (_, i) => `{"n": ${i}, "message": "quorum 2 → 3 — 😀 naïve"},\n`),
      '→'.repeat(600_000), // larger than the buffer once encoded: written through writeOut's slices
      'tail ✓\n',
    ];
    const output = openOutput(file);
    for (const part of parts) output.write(part);
    output.close();
    expect(readFileSync(file, 'utf8')).toBe(parts.join(''));
  });

  it('truncates a file that was there before', () => {
    const file = join(work, 'again.txt');
    const first = openOutput(file);
    first.write('a much longer report than the next one\n');
    first.close();
    const second = openOutput(file);
    second.write('short\n');
    second.close();
    expect(readFileSync(file, 'utf8')).toBe('short\n');
  });
});
