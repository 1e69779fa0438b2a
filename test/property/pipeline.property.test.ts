import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { lint } from '../../src/index.js';
import { composeText, confText, envText, pythonText, urlText } from './arbitraries.js';
import { fuzzRuns, fuzzTimeout } from './runs.js';
import { misplaced } from './spans.js';

// The whole pipeline on arbitrary projects (discovery, every parser, the model, every rule,
// suppressions, fingerprints): no crash, and every finding, primary or related, names a file of
// the project and a 1-based position inside it. A case lints a small project from disk (about
// 10 ms); CI runs PIPELINE_RUNS of them, and SENTINEL_LINT_FUZZ_RUNS raises it.
const PIPELINE_RUNS = 10_000;

// One project folder, rewritten for each case: in memory where the machine has /dev/shm, since
// creating and deleting folders on a disk costs more than the lint itself.
const shm = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
})();
const root = mkdtempSync(join(shm, 'sentinel-lint-pipeline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const PATHS = ['redis.conf', 'sentinel/sentinel.conf', 'docker-compose.yml', '.env', 'app/celeryconfig.py'] as const;
for (const folder of ['sentinel', 'app']) mkdirSync(join(root, folder));

const project = fc.record(
  {
    'redis.conf': confText,
    'sentinel/sentinel.conf': fc.tuple(fc.constantFrom('sentinel monitor mymaster redis 6379 2\n', ''), confText).map(([a, b]) => a + b),
    'docker-compose.yml': composeText,
    '.env': fc.tuple(envText, urlText).map(([env, url]) => `${env}\nCELERY_BROKER_URL=${url}\n`),
    'app/celeryconfig.py': fc.tuple(pythonText, urlText).map(([py, url]) => `from celery import Celery\nbroker_url = ${JSON.stringify(url)}\n${py}\n`),
  },
  { requiredKeys: [] },
);

describe('the whole pipeline on arbitrary projects', () => {
  it('never crashes, and every finding is at a 1-based position inside a file of the project', async () => {
    await fc.assert(
      fc.asyncProperty(project, async (files) => {
        const texts = new Map<string, string>(Object.entries(files));
        for (const path of PATHS) {
          const text = texts.get(path);
          if (text === undefined) rmSync(join(root, path), { force: true });
          else writeFileSync(join(root, path), text);
        }
        const result = await lint({ cwd: root, root, config: defaultConfig() });
        expect(result.crashes.map((c) => `${c.where}: ${String(c.error)}`)).toEqual([]);
        expect(misplaced(result.findings.flatMap((f) => [f.at, ...f.related.map((r) => r.at)]), texts)).toEqual([]);
      }),
      { numRuns: fuzzRuns(PIPELINE_RUNS) },
    );
  }, fuzzTimeout(400_000));
});
