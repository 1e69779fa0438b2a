import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { lint } from '../../src/index.js';
import { formatResult } from '../../src/report/index.js';

// Microsoft's SARIF Multitool with GitHub's ingestion rules: what code scanning accepts.
// .ci/run installs it into .ci/tools (not a devDependency: pre-commit would install it for users).
const MULTITOOL = resolve(process.env.SARIF_MULTITOOL ?? '.ci/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const BATCH = 80;
const work = mkdtempSync(join(tmpdir(), 'sentinel-lint-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!existsSync(MULTITOOL) && process.env.CI !== 'true')('SARIF of every fixture', () => {
  it('passes the SARIF Multitool (rule kinds Gh;Sarif) with zero errors', async () => {
    const dirs = [...fg.sync('fixtures/rules/*/*', { onlyDirectories: true }), ...fg.sync('fixtures/*', { onlyDirectories: true }).filter((d) => d !== 'fixtures/rules')];
    const files: string[] = [];
    for (const [i, dir] of dirs.sort().entries()) {
      const cwd = resolve(dir);
      const result = await lint({ cwd, root: cwd, config: defaultConfig() });
      if (result.findings.length === 0) continue;
      const file = join(work, `${i}.sarif`);
      writeFileSync(file, await formatResult(result, 'sarif', { color: false, cwd }));
      files.push(file);
    }
    expect(files.length).toBeGreaterThan(100);
    // In batches: one Multitool run over hundreds of files outlasts any sane timeout on a busy machine.
    const errors: (string | undefined)[] = [];
    for (let start = 0; start < files.length; start += BATCH) {
      const out = join(work, `validation-${start}.sarif`);
      const run = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '-o', out, ...files.slice(start, start + BATCH)], { encoding: 'utf8', timeout: 240_000 });
      expect(existsSync(out), run.stdout + run.stderr).toBe(true);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const results = report.runs.flatMap((r: { results?: { level?: string; message?: { text?: string } }[] }) => r.results ?? []);
      errors.push(...results.filter((r: { level?: string }) => r.level === 'error').map((e: { message?: { text?: string } }) => e.message?.text));
    }
    expect(errors).toEqual([]);
  }, 900_000);
});
