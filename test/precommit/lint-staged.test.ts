import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// lint-staged runs a command from the repository root with the staged files as absolute paths;
// a bare `sentinel-lint` in a script gets no file arguments. Both must see the whole topology.
let work: string;
let bundle: string;
let repo: string;
const password = 'staged-test-' + 'p'.repeat(8);
const otherPassword = 'staged-test-' + 'q'.repeat(8);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sentinel-lint-staged-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', join(work, 'dist')], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  bundle = join(work, 'dist', 'cli.js');
  repo = join(work, 'repo');
  // `.git` marks the project root, as in a lint-staged checkout.
  mkdirSync(join(repo, '.git'), { recursive: true });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  related: { file: string }[];
}

function lint(...paths: string[]) {
  const run = spawnSync(process.execPath, [bundle, '--format', 'json', ...paths], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const findings: Finding[] = run.status === 2 ? [] : JSON.parse(run.stdout).findings;
  return { code: run.status, findings, errors: findings.filter((f) => f.ruleId !== 'secret-in-repo'), err: run.stderr };
}

const abs = (file: string) => join(repo, file);

function healthy() {
  for (const [port, replicaof] of [[6379], [6380, 'replicaof 127.0.0.1 6379'], [6381, 'replicaof 127.0.0.1 6379']] as const) {
    const lines = [`port ${port}`, 'bind 127.0.0.1', 'protected-mode yes', `requirepass ${password}`, `masterauth ${password}`];
    if (replicaof) lines.push(replicaof);
    writeFileSync(abs(`redis-${port}.conf`), [...lines, 'maxmemory 256mb', 'maxmemory-policy noeviction', 'appendonly yes', ''].join('\n'));
  }
  for (const port of [26379, 26380, 26381]) sentinel(port, password);
}

function sentinel(port: number, authPass: string) {
  const lines = [`port ${port}`, 'bind 127.0.0.1', 'sentinel monitor mymaster 127.0.0.1 6379 2', `sentinel auth-pass mymaster ${authPass}`];
  writeFileSync(abs(`sentinel-${port}.conf`), [...lines, 'sentinel down-after-milliseconds mymaster 5000', 'sentinel failover-timeout mymaster 60000', ''].join('\n'));
}

describe('lint-staged: absolute paths, or no file arguments', () => {
  it('passes one healthy sentinel.conf given by absolute path: the others are read from disk', () => {
    healthy();
    const run = lint(abs('sentinel-26380.conf'));
    expect(run.code, run.err).toBe(0);
    expect(run.errors).toEqual([]);
  });

  it('reports, relative to the working directory, a cross-file defect in the absolute paths it is given', () => {
    healthy();
    sentinel(26380, otherPassword);
    const run = lint(abs('sentinel-26380.conf'), abs('redis-6379.conf'));
    expect(run.code).toBe(1);
    expect(run.errors).toContainEqual(expect.objectContaining({ ruleId: 'sentinel-auth-pass-mismatch', file: 'sentinel-26380.conf', line: 4 }));
  });

  it('reports only findings that touch the files it is given', () => {
    healthy();
    sentinel(26380, otherPassword);
    const run = lint(abs('sentinel-26381.conf'));
    // sentinel-26380 drifts from the other two: a finding on it that names 26381 touches 26381.
    expect(run.findings.every((f) => f.file === 'sentinel-26381.conf' || f.related.some((r) => r.file === 'sentinel-26381.conf'))).toBe(true);
  });

  it('accepts a staged file it does not read (README.md) and reports nothing for it', () => {
    healthy();
    writeFileSync(abs('README.md'), '# deploy\n');
    const run = lint(abs('README.md'));
    expect(run.code, run.err).toBe(0);
    expect(run.findings).toEqual([]);
  });

  it('lints the whole project when given no file arguments', () => {
    healthy();
    sentinel(26380, otherPassword);
    const run = lint();
    expect(run.code).toBe(1);
    expect(run.errors).toContainEqual(expect.objectContaining({ ruleId: 'sentinel-auth-pass-mismatch', file: 'sentinel-26380.conf' }));
    // Every file is reported on (each holds a literal password), not only the broken one.
    expect(new Set(run.findings.map((f) => f.file)).size).toBe(6);
  });
});
