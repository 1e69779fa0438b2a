import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The hook as users get it: pre-commit installs it from a commit of this tree (npm install + npm pack
// + npm install -g, as for any `language: node` hook) and runs it from a git commit on the staged files.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

if (!available && process.env.CI === 'true') {
  it('has pre-commit on PATH in CI', () => {
    expect.fail('pre-commit is not on PATH: .ci/run installs it with apt-get (Debian package pre-commit)');
  });
}
if (!available && process.env.CI !== 'true') {
  it.skip('the pre-commit hook: skipped because pre-commit is not on PATH (apt-get install pre-commit)', () => {});
}

const password = 'hook-test-' + 'p'.repeat(8);
const otherPassword = 'hook-test-' + 'q'.repeat(8);
let work: string;
let repo: string;
let env: NodeJS.ProcessEnv;

describe.skipIf(!available)('the pre-commit hook, installed by pre-commit from a commit of this tree', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sentinel-lint-precommit-'));
    writeFileSync(join(work, 'gitconfig'), '');
    env = { ...process.env, NO_COLOR: '1' };
    // Run from inside a git hook, these would point every git call below at the outer repository.
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_PREFIX']) delete env[name];
    Object.assign(env, {
      // Neither the user's git config nor their pre-commit cache is read or written.
      GIT_CONFIG_GLOBAL: join(work, 'gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
      NPM_CONFIG_PREFER_OFFLINE: 'true',
      NPM_CONFIG_AUDIT: 'false',
      NPM_CONFIG_FUND: 'false',
      NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    });
    const hookRepo = join(work, 'hook-repo');
    const rev = commitWorkingTree(hookRepo);

    repo = join(work, 'repo');
    mkdirSync(repo);
    run('git', ['init', '-q'], repo);
    writeFileSync(
      join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: sentinel-lint\n        language_version: system\n`,
    );
    expect(run('pre-commit', ['install'], repo).code).toBe(0);
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs from the commit: npm install of the hook repository needs no build step', () => {
    const install = run('pre-commit', ['install-hooks'], repo, 150_000);
    expect(install.code, install.out).toBe(0);
  }, 160_000);

  it('refuses a commit whose Sentinel monitors a host name without resolve-hostnames, naming the rule', () => {
    healthy();
    sentinel(26380, password, 'localhost');
    const commit = gitCommit('deploy');
    expect(commit.code, commit.out).not.toBe(0);
    expect(commit.out).toContain('sentinel-hostname-without-resolve');
    expect(commit.out).toContain('sentinel-26380.conf');
    expect(commit.out).not.toContain(password);
  });

  it('accepts the commit once the file is fixed', () => {
    sentinel(26380, password);
    const commit = gitCommit('deploy');
    expect(commit.code, commit.out).toBe(0);
    expect(commit.out).toMatch(/sentinel-lint\.+Passed/);
  });

  it('does not judge one changed sentinel.conf alone: the other two are read from disk', () => {
    appendFileSync(join(repo, 'sentinel-26380.conf'), '# reviewed\n');
    const commit = gitCommit('comment');
    expect(commit.code, commit.out).toBe(0);
    // The hook ran on that one file (a skipped hook would also pass).
    expect(commit.out).toMatch(/sentinel-lint\.+Passed/);
  });

  it("reports an auth-pass that no longer matches the unchanged data nodes' requirepass", () => {
    sentinel(26380, otherPassword);
    const commit = gitCommit('rotate one sentinel');
    expect(commit.code, commit.out).not.toBe(0);
    expect(commit.out).toContain('sentinel-auth-pass-mismatch');
    expect(commit.out).not.toContain(otherPassword);
    sentinel(26380, password);
  });

  it('counts the unchanged Sentinels when one quorum changes', () => {
    sentinel(26380, password, '127.0.0.1', 4);
    const commit = gitCommit('quorum');
    expect(commit.code, commit.out).not.toBe(0);
    expect(commit.out).toContain('quorum-exceeds-sentinels');
    sentinel(26380, password);
    expect(gitCommit('quorum back').code).toBe(0);
  });

  it('is skipped when no configuration file is staged', () => {
    writeFileSync(join(repo, 'README.md'), '# deploy\n');
    const commit = gitCommit('docs');
    expect(commit.code, commit.out).toBe(0);
    expect(commit.out).toMatch(/sentinel-lint\.+\(no files to check\)Skipped/);
  });

  it("reports the unchanged Sentinels' auth-pass when only the data nodes' requirepass changes", () => {
    for (const [port, replicaof] of [[6379], [6380, 'replicaof 127.0.0.1 6379'], [6381, 'replicaof 127.0.0.1 6379']] as const) {
      data(port, replicaof, otherPassword);
    }
    const commit = gitCommit('rotate the data nodes only');
    expect(commit.code, commit.out).not.toBe(0);
    expect(commit.out).toContain('sentinel-auth-pass-mismatch');
    expect(commit.out).toContain('sentinel-26379.conf');
    expect(commit.out).not.toContain(otherPassword);
    // The refused commit changed nothing: put the files back as HEAD has them.
    healthy();
    git(['add', '-A'], repo);
  });
});

function run(command: string, args: string[], cwd: string, timeout = 60_000) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout });
  return { code: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function git(args: string[], cwd: string) {
  const result = run('git', ['-c', 'user.name=sentinel-lint test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], cwd);
  expect(result.code, result.out).toBe(0);
  return result.out.trim();
}

/** Stages everything and commits in the user's repository: the installed git hook runs pre-commit. */
function gitCommit(message: string) {
  git(['add', '-A'], repo);
  return run('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false', 'commit', '-qm', message], repo, 120_000);
}

/**
 * Clones this repository's HEAD and lays the working tree over it (tracked and untracked files,
 * deletions too), builds dist/ from those sources and commits: pre-commit installs from a commit.
 */
function commitWorkingTree(dest: string): string {
  git(['clone', '-q', ROOT, dest], work);
  const list = (flag: string) => git(['ls-files', '-z', flag, '--exclude-standard'], ROOT).split('\0').filter(Boolean);
  for (const file of list('--deleted')) rmSync(join(dest, file), { force: true });
  for (const file of [...list('--cached'), ...list('--others')]) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dest, file));
  }
  const build = spawnSync(process.execPath, ['scripts/build.mjs', join(dest, 'dist')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  git(['add', '-A'], dest);
  git(['commit', '-q', '--allow-empty', '-m', 'the working tree, for the pre-commit test'], dest);
  return git(['rev-parse', 'HEAD'], dest);
}

/** Three data nodes and three Sentinels on 127.0.0.1, all agreeing: no error. */
function healthy() {
  data(6379);
  data(6380, 'replicaof 127.0.0.1 6379');
  data(6381, 'replicaof 127.0.0.1 6379');
  for (const port of [26379, 26380, 26381]) sentinel(port, password);
}

function data(port: number, replicaof?: string, requirepass = password) {
  const lines = [`port ${port}`, 'bind 127.0.0.1', 'protected-mode yes', `requirepass ${requirepass}`, `masterauth ${requirepass}`];
  if (replicaof) lines.push(replicaof);
  lines.push('maxmemory 256mb', 'maxmemory-policy noeviction', 'appendonly yes');
  writeFileSync(join(repo, `redis-${port}.conf`), lines.join('\n') + '\n');
}

function sentinel(port: number, authPass: string, host = '127.0.0.1', quorum = 2) {
  const lines = [
    `port ${port}`,
    'bind 127.0.0.1',
    `sentinel monitor mymaster ${host} 6379 ${quorum}`,
    `sentinel auth-pass mymaster ${authPass}`,
    'sentinel down-after-milliseconds mymaster 5000',
    'sentinel failover-timeout mymaster 60000',
  ];
  writeFileSync(join(repo, `sentinel-${port}.conf`), lines.join('\n') + '\n');
}
