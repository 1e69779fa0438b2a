import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run bench -- --quick` as CI runs it: once, to see that every case runs and every record is
// written. Times on a shared machine say nothing, so nothing here looks at one.
const ROWS = [
  ['one-file', 'one compose file'],
  ['one-file-yaml', 'lower bound: `yaml` alone on it'],
  ['dclint', 'same file'],
  ['dclint-yaml', 'upper bound: `yaml` alone on it'],
  ['repo', '200-file monorepo'],
  ['scale', '20 → 200 files'],
  ['rss', '200 files'],
  ['corpus', 'the whole shared corpus'],
] as const;

interface Row {
  id: string;
  case: string;
  measure: string;
  target: { op: string; value: number };
  value: number | null;
  pass: boolean | null;
  bound?: boolean;
  mediansMs: Record<string, number>;
  rssMB?: number;
}

let work: string;
let run: { status: number | null; stdout: string; stderr: string };
let record: { options: object; machine: Record<string, unknown>; commit: { sha: string }; rows: Row[]; ok: boolean };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sentinel-lint-bench-test-'));
  // An earlier record from another machine, for --compare: only ids and values matter to it.
  const earlier = {
    date: '2020-01-01T00:00:00.000Z',
    commit: { sha: '0123456789abcdef' },
    machine: { cpu: 'an older CPU', cores: 64 },
    rows: ROWS.map(([id]) => ({ id, value: id === 'rss' ? 150 : 1.5 })),
  };
  writeFileSync(join(work, 'earlier.json'), JSON.stringify(earlier));
  const bench = spawnSync(
    process.execPath,
    ['scripts/bench.mjs', '--quick', '--json', join(work, 'now.json'), '--compare', join(work, 'earlier.json')],
    { encoding: 'utf8', timeout: 60_000, env: { ...process.env, SENTINEL_LINT_BENCH_CACHE: join(work, 'cache') } },
  );
  run = { status: bench.status, stdout: bench.stdout, stderr: bench.stderr };
  if (bench.status === 0) record = JSON.parse(readFileSync(join(work, 'now.json'), 'utf8'));
}, 70_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run bench -- --quick', () => {
  it('exits 0 whatever the ratios', () => {
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
  });

  it('prints the machine and a table row with a target for every case', () => {
    expect(run.stdout).toMatch(/^machine: .+, \d+ cores, .*Node v\d+.*load average at start [\d. ]+$/m);
    for (const [, label] of ROWS) expect(run.stdout).toMatch(new RegExp(`^\\| ${label} \\|.*\\| [≤≥] [\\d.]+ \\|`, 'm'));
  });

  it('writes the JSON record: options, machine, commit and every row with its medians', () => {
    expect(record.options).toMatchObject({ quick: true, runs: 1, sizes: [20, 200, 200] });
    expect(record.machine).toMatchObject({ cpu: expect.any(String), cores: expect.any(Number), node: process.version });
    expect(record.machine.loadAtStart).toHaveLength(3);
    expect(record.commit.sha).toMatch(/^([0-9a-f]{40}|unknown)$/);
    expect(record.rows.map((r) => r.id)).toEqual(ROWS.map(([id]) => id));
    for (const row of record.rows) {
      expect(row.target.op).toMatch(/^(<=|>=)$/);
      expect(typeof row.target.value).toBe('number');
      if (row.id.startsWith('dclint') && row.value === null) continue; // dclint not installed: not needed in quick mode
      expect(row.value, `${row.case}: ${JSON.stringify(row)}`).toEqual(expect.any(Number));
      expect(Object.values(row.mediansMs).length).toBeGreaterThan(0);
      // A bound is what a program that only parses the file with yaml reaches: shown, never judged.
      if (row.id.endsWith('-yaml')) expect([row.bound, row.pass]).toEqual([true, null]);
      else expect(typeof row.pass).toBe('boolean');
    }
    expect(record.rows.find((r) => r.id === 'rss')?.rssMB).toEqual(expect.any(Number));
  });

  it('compares with an earlier record, row by row, and warns that it came from another machine', () => {
    const section = run.stdout.slice(run.stdout.indexOf('change against'));
    expect(section).toContain('measured on another machine');
    for (const [, label] of ROWS) expect(section).toMatch(new RegExp(`^\\| ${label} \\|`, 'm'));
  });
});
