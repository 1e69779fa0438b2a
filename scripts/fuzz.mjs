#!/usr/bin/env node
// `npm run fuzz`: the property tests (fast-check) with many more cases than CI runs.
//   npm run fuzz                 200 000 cases per property, every property test
//   npm run fuzz -- 50000 conf   50 000 cases, only the test files whose path contains "conf"
// A property test is one that takes its case count from test/property/runs.ts; the count reaches
// it through SENTINEL_LINT_FUZZ_RUNS, which also lifts its timeout. A failure prints the
// counterexample and the seed that replays it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const [first, ...rest] = process.argv.slice(2);
const runs = /^\d+$/.test(first ?? '') ? first : process.env.SENTINEL_LINT_FUZZ_RUNS ?? '200000';
const filters = /^\d+$/.test(first ?? '') ? rest : process.argv.slice(2);

/** Test files under test/ that count their cases with fuzzRuns(). */
function propertyTests(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return propertyTests(path);
    return entry.name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes('fuzzRuns(') ? [relative(root, path)] : [];
  });
}

const files = propertyTests(join(root, 'test')).filter((f) => filters.every((word) => f.includes(word))).sort();
if (!files.length) {
  console.error(`fuzz: no property test matches ${filters.join(' ')}`);
  process.exit(2);
}
console.log(`fuzz: ${runs} cases per property in ${files.length} files:\n  ${files.join('\n  ')}`);
const vitest = spawnSync('npx', ['vitest', 'run', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SENTINEL_LINT_FUZZ_RUNS: runs },
});
process.exit(vitest.status ?? 1);
