// The cases of issue 7, each a group of commands run interleaved, and the rows (ratio, target,
// pass) computed from their medians. The linter is always the committed bundle, run as users run
// it: on one file as a pre-commit hook does (`node dist/cli.js docker-compose.yml`, the console
// report), on repositories as CI does (`node dist/cli.js --format json .` from the folder it lints).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { command, interleave, median } from './run.mjs';
import { buildYamlAlone } from './yaml-alone-build.mjs';

const FLOOR = join(import.meta.dirname, 'floor.cjs');
const YAML_ALONE = join(import.meta.dirname, 'yaml-alone.cjs');

/** The linter's JSON output must count at least 90 % of the files it was given (it really linted them). */
function lintedAtLeast(expected) {
  return (out) => {
    let files;
    try {
      files = JSON.parse(readFileSync(out, 'utf8')).summary?.files;
    } catch {
      return 'stdout is not the JSON report';
    }
    if (!Number.isInteger(files)) return 'the JSON report has no summary.files';
    const floor = Math.ceil(expected * 0.9);
    if (files < floor) return `summary.files is ${files}, want >= ${floor} of ${expected}`;
    return undefined;
  };
}

/** yaml-alone.cjs prints how many documents it parsed: one for a compose file. */
function parsedOneDocument(out) {
  return readFileSync(out, 'utf8').startsWith('1 document(s)') ? undefined : 'it did not parse one YAML document';
}

/** The console report must end with its count of problems (the seed's compose file has some). */
function reportsProblems(out) {
  return /\d+ problems? \(/.test(readFileSync(out, 'utf8')) ? undefined : 'stdout is not the console report of some problems';
}

/**
 * dclint's entry script: the devDependency, or else one installed beside CI's other outside tools
 * (`npm install --prefix .ci/tools dclint@3`), which keeps it out of pre-commit users' installs.
 */
export function dclintEntry(root) {
  for (const modules of [join(root, 'node_modules'), join(root, '.ci', 'tools', 'node_modules')]) {
    const dir = join(modules, 'dclint');
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.dclint;
      if (bin && existsSync(join(dir, bin))) return { path: join(dir, bin), version: pkg.version };
    } catch {
      // not installed here
    }
  }
  return undefined;
}

/**
 * Runs every case. `where`: { root, oneDir, oneFile, small, large, memory, corpus } (folders; small,
 * large and memory also carry their file counts). → the rows, in the order.
 */
export function runCases(where, o, scratch, log) {
  const cli = join(where.root, 'dist', 'cli.js');
  const yaml = createRequire(join(where.root, 'package.json')).resolve('yaml');
  const ours = (name, dir, files, timeoutMs) =>
    command(name, dir, [cli, '--format', 'json', '.'], { check: lintedAtLeast(files), timeoutMs });
  const floor = (name, dir) => command(name, dir, [FLOOR, '.'], { timeoutMs: 120_000 });
  process.env.BENCH_YAML = yaml; // the floor's `yaml`; children inherit it
  // A code cache of the bench's own, written by the one-file case's warm-up (the first run): the
  // state of a pre-commit user, not whatever an earlier run left in the user's cache.
  process.env.SENTINEL_LINT_CACHE_DIR = join(scratch, 'code-cache');
  mkdirSync(process.env.SENTINEL_LINT_CACHE_DIR, { mode: 0o700 });
  const plan = { runs: o.runs, warmups: o.warmups };
  const dclint = dclintEntry(where.root);

  // The one-file case's lower bound: `yaml` alone, from a code cache, parsing the file.
  const yamlAloneDir = join(scratch, 'yaml-alone');
  mkdirSync(yamlAloneDir);
  const yamlBundle = buildYamlAlone(where.root, yamlAloneDir);

  log('one compose file: node -e 0, yaml alone, sentinel-lint' + (dclint ? `, dclint ${dclint.version}` : ''));
  const one = interleave(
    [
      command('node', where.oneDir, ['-e', '0'], { timeoutMs: 30_000 }),
      command('yaml', where.oneDir, [YAML_ALONE, yamlBundle, where.oneFile], { check: parsedOneDocument, timeoutMs: 30_000 }),
      command('ours', where.oneDir, [cli, where.oneFile], { check: reportsProblems, timeoutMs: 30_000 }),
      ...(dclint ? [command('dclint', where.oneDir, [dclint.path, where.oneFile], { timeoutMs: 60_000 })] : []),
    ],
    scratch,
    plan,
  );

  log(`monorepos: floor and sentinel-lint on ${where.large.files} files, sentinel-lint on ${where.small.files}`);
  const repo = interleave(
    [
      floor('floor', where.large.dir),
      ours('ours', where.large.dir, where.large.files, 120_000),
      ours('small', where.small.dir, where.small.files, 120_000),
    ],
    scratch,
    plan,
  );

  // Peak memory barely varies between runs: up to three runs, each measured, no warm-up. When the
  // memory repository is the large one (--quick), its runs above already measured it.
  let memory = { ours: repo.ours };
  if (where.memory.dir !== where.large.dir) {
    log(`memory: sentinel-lint on ${where.memory.files} files`);
    memory = interleave([ours('ours', where.memory.dir, where.memory.files, 300_000)], scratch, {
      runs: Math.min(o.runs, 3),
      warmups: 0,
      rssEveryRun: ['ours'],
    });
  }

  log('shared corpus: floor and sentinel-lint');
  const corpus = interleave(
    [floor('floor', where.corpus), command('ours', where.corpus, [cli, '--format', 'json', '.'], { check: lintedAtLeast(1), timeoutMs: 120_000 })],
    scratch,
    plan,
  );

  const n = (count) => count.toLocaleString('en-US').replace(/,/g, ' ');
  return [
    ratioRow('one-file', 'one compose file', '÷ node -e 0', one, 'ours', 'node', '<=', 1.3),
    boundRow(ratioRow('one-file-yaml', 'lower bound: `yaml` alone on it', '÷ node -e 0', one, 'yaml', 'node', '<=', 1.3)),
    dclint
      ? ratioRow('dclint', 'same file', `dclint ${dclint.version} ÷ ours`, one, 'dclint', 'ours', '>=', 5)
      : skipped('dclint', 'same file', 'dclint 3.x ÷ ours', '>=', 5, 'not installed'),
    boundRow(
      dclint
        ? ratioRow('dclint-yaml', 'upper bound: `yaml` alone on it', `dclint ${dclint.version} ÷ yaml alone`, one, 'dclint', 'yaml', '>=', 5)
        : skipped('dclint-yaml', 'upper bound: `yaml` alone on it', 'dclint 3.x ÷ yaml alone', '>=', 5, 'not installed'),
    ),
    ratioRow('repo', `${n(where.large.files)}-file monorepo`, '÷ floor', repo, 'ours', 'floor', '<=', 2.0),
    ratioRow('scale', `${n(where.small.files)} → ${n(where.large.files)} files`, 'time ratio', repo, 'ours', 'small', '<=',
      Math.round(1.1 * (where.large.files / where.small.files) * 100) / 100),
    rssRow('rss', `${n(where.memory.files)} files`, memory, 200),
    ratioRow('corpus', 'the whole shared corpus', '÷ floor', corpus, 'ours', 'floor', '<=', 2.0),
  ];
}

function ratioRow(id, label, measure, results, top, bottom, op, target) {
  const row = base(id, label, measure, op, target, results, [top, bottom]);
  const broken = [top, bottom].map((k) => results[k].problem && `${k}: ${results[k].problem}`).filter(Boolean);
  const [a, b] = [median(results[top].ms), median(results[bottom].ms)];
  if (broken.length || a === undefined || b === undefined) return { ...row, note: broken.join('; ') || 'no runs' };
  const value = Math.round((a / b) * 100) / 100;
  return { ...row, value, pass: op === '<=' ? value <= target : value >= target };
}

/**
 * A row that bounds the one above it instead of measuring the linter: what a program that only
 * parses the file with `yaml` reaches. It is shown against the same target and never judged.
 */
function boundRow(row) {
  return { ...row, bound: true, pass: null, rssMB: undefined };
}

function rssRow(id, label, results, targetMB) {
  const row = base(id, label, 'peak RSS (MB)', '<=', targetMB, results, ['ours']);
  if (results.ours.problem) return { ...row, note: `ours: ${results.ours.problem}` };
  if (row.rssMB === undefined) return { ...row, note: 'peak RSS not measured' };
  return { ...row, value: row.rssMB, unit: 'MB', pass: row.rssMB <= targetMB };
}

function skipped(id, label, measure, op, target, note) {
  return { id, case: label, measure, target: { op, value: target }, value: null, unit: '×', pass: null, mediansMs: {}, runsMs: {}, rssMB: undefined, note };
}

/** A row before its verdict; medians and runs of the commands it compares (`names`), in ms. */
function base(id, label, measure, op, target, results, names) {
  const entries = names.map((k) => [k, results[k]]);
  const rssKB = results.ours?.rssKB;
  return {
    id,
    case: label,
    measure,
    target: { op, value: target },
    value: null,
    unit: '×',
    pass: false,
    mediansMs: Object.fromEntries(entries.map(([k, r]) => [k, round(median(r.ms))])),
    runsMs: Object.fromEntries(entries.map(([k, r]) => [k, r.ms.map(round)])),
    rssMB: rssKB === undefined ? undefined : Math.round(rssKB / 1024),
    note: undefined,
  };
}

function round(ms) {
  return ms === undefined ? undefined : Math.round(ms * 10) / 10;
}
