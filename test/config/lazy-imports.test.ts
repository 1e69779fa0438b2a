// Start-up time: with no config file, loading the config must not load zod or yaml.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { applyRuleOverrides, loadConfig } from '../../src/config/load.js';

const loaded = vi.hoisted(() => new Set<string>());
vi.mock('zod', async (importOriginal) => {
  loaded.add('zod');
  return importOriginal();
});
vi.mock('yaml', async (importOriginal) => {
  loaded.add('yaml');
  return importOriginal();
});

const root = mkdtempSync(join(tmpdir(), 'sentinel-lint-lazy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('loads neither zod nor yaml when there is no config file, --rule flags included', async () => {
  const config = await loadConfig({ cwd: root, knownRuleIds: ['quorum-above-majority'] });
  expect(applyRuleOverrides(config, ['quorum-above-majority=off'], ['quorum-above-majority']).rules.size).toBe(1);
  expect([...loaded]).toEqual([]);
});

it('loads both once a YAML config file exists (so the watch above is live)', async () => {
  writeFileSync(join(root, '.sentinel-lint.yml'), 'rules:\n  quorum-above-majority: note\n');
  const config = await loadConfig({ cwd: root, knownRuleIds: ['quorum-above-majority'] });
  expect(config.rules.get('quorum-above-majority')).toEqual({ level: 'note' });
  expect([...loaded].sort()).toEqual(['yaml', 'zod']);
});
