#!/usr/bin/env node
// `npm run bench`: the performance targets of issue 7, measured as ratios in one run on one machine
// (shared machines are noisy; an absolute time means nothing from one day to the next). Generates
// the synthetic monorepos once into a cache, runs each case interleaved with its baseline, prints a
// Markdown table of medians, ratios, targets and peak RSS, and can write or compare a JSON record.
// Full mode exits 1 when a target is missed; --quick (CI) exits 0 whatever the ratios, 1 only when
// the linter itself broke. Measures the committed bundle dist/cli.js: it never builds.
//   npm run bench -- [--quick] [--runs 5] [--seed 1] [--sizes 200,2000,10000] [--json f] [--compare f]
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { runCases } from './bench/cases.mjs';
import { ensureRepo, GENERATOR, readCorpus } from './bench/generate.mjs';
import { commit, machine } from './bench/machine.mjs';
import { parseOptions, USAGE, UsageError } from './bench/options.mjs';
import { compare, header, notes, readRecord, table, writeRecord } from './bench/report.mjs';
import { rssMethod } from './bench/run.mjs';

const root = resolve(import.meta.dirname, '..');
const SEED_COMPOSE = join(root, 'fixtures', 'seed-example', 'docker-compose.sentinel.yml');

let o;
try {
  o = parseOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (o.help) {
  console.log(USAGE);
  process.exit(0);
}
const cli = join(root, 'dist', 'cli.js');
const corpusDir = join(o.shared, 'corpus');
for (const [what, path, hint] of [
  ['the bundle', cli, 'run npm run build'],
  ['the shared corpus', corpusDir, 'set SENTINEL_LINT_SHARED'],
]) {
  if (!existsSync(path)) {
    console.error(`bench: ${what} ${path} does not exist (${hint})`);
    process.exit(2);
  }
}

let earlier;
if (o.compare) {
  try {
    earlier = readRecord(o.compare);
  } catch (error) {
    console.error(`bench: cannot compare with ${o.compare}: ${error.message}`);
    process.exit(2);
  }
}

const m = machine();
const c = commit(root);
console.log(header(o, m, c, rssMethod));

const log = (line) => console.error(`bench: ${line}`);
// The runs' output files and the one-file case live in two temp folders: the compose file is alone.
const scratch = mkdtempSync(join(tmpdir(), 'sentinel-lint-bench-'));
const oneDir = mkdtempSync(join(tmpdir(), 'sentinel-lint-bench-one-'));
let rows;
try {
  const corpus = readCorpus(corpusDir);
  mkdirSync(o.cache, { recursive: true });
  const repo = (size) => {
    const r = ensureRepo({ cacheDir: o.cache, corpus, seed: o.seed, size });
    if (r.generated) log(`generated ${size} files into ${r.dir}`);
    return r;
  };
  const [small, large, memory] = o.sizes.map(repo);
  copyFileSync(SEED_COMPOSE, join(oneDir, basename(SEED_COMPOSE)));
  rows = runCases({ root, oneDir, oneFile: basename(SEED_COMPOSE), small, large, memory, corpus: corpusDir }, o, scratch, log);
} finally {
  for (const dir of [scratch, oneDir]) rmSync(dir, { recursive: true, force: true });
}

console.log('\n' + table(rows));
const problems = notes(rows);
if (problems) console.log('\n' + problems);

const missed = rows.filter((r) => !r.bound && r.pass !== true);
const broken = rows.filter((r) => r.value === null && r.id !== 'dclint' && r.id !== 'dclint-yaml');
const record = {
  bench: 1,
  date: new Date().toISOString(),
  options: { seed: o.seed, sizes: o.sizes, runs: o.runs, warmups: o.warmups, quick: o.quick },
  generator: GENERATOR,
  machine: m,
  commit: c,
  rssMethod,
  rows,
  ok: missed.length === 0,
};
if (o.json) {
  writeRecord(o.json, record);
  log(`wrote ${o.json}`);
}
if (o.compare) console.log('\n' + compare(o.compare, earlier, record));

if (o.quick) {
  console.log(`\nquick mode: ${broken.length ? `${broken.length} case(s) broke` : 'every case ran'}; times are not judged`);
  process.exitCode = broken.length ? 1 : 0;
} else {
  console.log(`\n${missed.length ? `${missed.length} target(s) missed: ${missed.map((r) => r.case).join(', ')}` : 'every target met'}`);
  process.exitCode = missed.length ? 1 : 0;
}
