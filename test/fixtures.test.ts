import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { compare, readExpectations } from './fixture-expectations.js';

/** Under fixtures/rules/<id>/ only that rule runs, with these, which prove the fixture itself is valid config. */
const PARSE_RULES = ['parse-error', 'conf-parse-error', 'sentinel-parse-error'];
const CONFIG_NAMES = ['.sentinel-lint.yml', '.sentinel-lint.yaml', '.sentinel-lint.json'];

const dirs = [
  ...fg.sync('fixtures/rules/*/*', { onlyDirectories: true }),
  ...fg.sync('fixtures/*', { onlyDirectories: true }).filter((d) => d !== 'fixtures/rules'),
].sort();

describe.each(dirs)('%s', (dir) => {
  it('reports exactly what its markers expect', async () => {
    const expected = readExpectations(dir);
    const name = dir.split('/').pop()!;
    if (name.startsWith('good-')) expect(expected, 'a good-* fixture expects no finding').toEqual([]);
    if (name.startsWith('bad-')) expect(expected.length, 'a bad-* fixture expects at least one finding').toBeGreaterThan(0);

    const [, kind, id] = dir.split('/');
    const only = kind === 'rules' ? [id!, ...PARSE_RULES] : undefined;
    const cwd = resolve(dir);
    const configPath = CONFIG_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
    const result = await lint({
      cwd,
      root: cwd,
      only,
      ...(configPath ? { configPath } : { config: { rules: new Map(), ignores: [], files: [], settings: { product: 'redis' } } }),
    });
    expect(result.crashes.map((c) => `${c.where}: ${String(c.error)}`)).toEqual([]);
    expect(compare(expected, result.findings)).toEqual({ missing: [], unexpected: [] });
  });
});
