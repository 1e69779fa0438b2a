import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Action as a runner runs it: the bundle alone, `node dist/action.js`, inputs as INPUT_*
// variables, annotations read from stdout, outputs and the summary from files.
let work: string;
let bundle: string;
const password = 'action-test-' + 'q'.repeat(8) + '-pw';
const DEFAULTS = { paths: '.', 'fail-on': 'error', 'sarif-file': 'sentinel-lint.sarif', annotations: 'true', summary: 'true', 'only-changed': 'false', 'working-directory': '.' };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sentinel-lint-action-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', join(work, 'dist')], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  bundle = join(work, 'dist', 'action.js');
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function repo(name: string, files: Record<string, string>): string {
  const ws = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), text);
  }
  git(ws, 'init', '-q', '-b', 'main');
  git(ws, 'add', '-A');
  git(ws, '-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-qm', 'init');
  return ws;
}

/** A repository whose branch `feature` changes one file against `origin/main`. */
function pullRequest(name: string, files: Record<string, string>, changed: string, text: string): string {
  const ws = repo(name, files);
  git(ws, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(ws, 'checkout', '-qb', 'feature');
  writeFileSync(join(ws, changed), text);
  git(ws, '-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-qam', `change ${changed}`);
  return ws;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

const DEFECTIVE = {
  'redis.conf': `port 6379\nrequirepass ${password}\nmaxmemory 1tb\n`,
  'eu,west:1/sentinel.conf': 'port 26379\nsentinel monitor mymaster 127.0.0.1 6379 0\n',
};

function run(ws: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}, node: string = process.execPath) {
  const files = { summary: join(ws, '..', `${ws.split('/').pop()}.summary`), output: join(ws, '..', `${ws.split('/').pop()}.output`) };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const inputEnv = Object.fromEntries(Object.entries({ ...DEFAULTS, ...inputs }).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
  const result = spawnSync(node, [bundle], {
    cwd: ws,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: files.summary, GITHUB_OUTPUT: files.output, ...inputEnv, ...env },
  });
  const outputText = readFileSync(files.output, 'utf8');
  return {
    code: result.status,
    out: result.stdout,
    err: result.stderr,
    summary: readFileSync(files.summary, 'utf8'),
    outputText,
    output: (name: string) => new RegExp(`^${name}<<(.+)\\n([^]*?)\\n\\1$`, 'm').exec(outputText)?.[2] ?? new RegExp(`^${name}=(.*)$`, 'm').exec(outputText)?.[1],
    commands: (level: string) => result.stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`)),
  };
}

function props(command: string): Record<string, string> {
  const m = /^::\w+ ([^:]*)::/.exec(command);
  return Object.fromEntries((m?.[1] ?? '').split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
}

function sarifResults(file: string): { uri: string; line: number }[] {
  const sarif = JSON.parse(readFileSync(file, 'utf8'));
  expect(sarif.version).toBe('2.1.0');
  return sarif.runs[0].results.map((r: any) => ({ uri: r.locations[0].physicalLocation.artifactLocation.uri, line: r.locations[0].physicalLocation.region.startLine }));
}

/** Everything a user or a log can see, without the add-mask commands that hand secrets to the runner. */
function visible(r: ReturnType<typeof run>, ws: string): string {
  const stdout = r.out.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  return [stdout, r.err, r.summary, r.outputText, readFileSync(join(ws, 'sentinel-lint.sarif'), 'utf8')].join('\n');
}

describe('the GitHub Action under a simulated runner', () => {
  it('annotates, summarises, writes SARIF and outputs, and fails on errors, without printing a secret', () => {
    const ws = repo('bad', DEFECTIVE);
    const r = run(ws);
    expect(r.code, r.err).toBe(1);
    const errors = r.commands('error').map(props);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'redis.conf', line: '3' }));
    // `,` and `:` in a file name would end the property: they are escaped.
    expect(errors).toContainEqual(expect.objectContaining({ file: 'eu%2Cwest%3A1/sentinel.conf', line: '2' }));
    expect(r.out.split('\n').filter((l) => l.startsWith('::') && /%(?!25|0D|0A|3A|2C)/i.test(l))).toEqual([]);
    // setSecret comes before any other command.
    expect(r.out.split('\n')[0]).toBe(`::add-mask::${password}`);

    expect(r.summary).toMatch(/^\| --- \| --- \| --- \| --- \|$/m);
    expect(r.summary).toMatch(/`redis\.conf:3(:11)?`/);
    expect(r.summary).toMatch(/^```mermaid\nflowchart LR\n/m);
    expect(r.summary).toMatch(/-\.->.*sentinel-parse-error/);

    expect(Number(r.output('error-count'))).toBeGreaterThanOrEqual(2);
    expect(r.output('exit-code')).toBe('1');
    expect(r.output('sarif-file')).toBe(join(ws, 'sentinel-lint.sarif'));
    expect(sarifResults(join(ws, 'sentinel-lint.sarif'))).toContainEqual({ uri: 'redis.conf', line: 3 });

    expect(visible(r, ws)).not.toContain(password);
  });

  it('exits 0 on a clean workspace with no ::error and error-count 0', () => {
    const ws = repo('clean', { 'redis.conf': `port 6379\nrequirepass ${password}\n` });
    const r = run(ws);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.commands('error')).toEqual([]);
    expect(r.output('error-count')).toBe('0');
    expect(visible(r, ws)).not.toContain(password);
  });

  it('honours fail-on and max-warnings, and fails with a clear message on a bad input or config', () => {
    const ws = repo('failon', DEFECTIVE);
    expect(run(ws, { 'fail-on': 'none' }).code).toBe(0);
    expect(run(ws, { 'fail-on': 'none', 'max-warnings': '0' }).code).toBe(1);
    const bad = run(ws, { 'fail-on': 'sometimes' });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('::error::sentinel-lint: fail-on takes one of error, warning, note, none');
    writeFileSync(join(ws, 'broken.yml'), 'rules: [\n');
    const config = run(ws, { config: 'broken.yml' });
    expect(config.code).toBe(1);
    expect(config.out).toMatch(/^::error::sentinel-lint: .*broken\.yml/m);
    expect(config.out).not.toMatch(/^\s+at /m);
  });

  it('prints at most 10 error annotations, then one notice pointing at the summary and SARIF', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `maxmemory ${i + 1}tb`).join('\n');
    const ws = repo('many', { 'redis.conf': `port 6379\n${lines}\n` });
    const r = run(ws);
    expect(r.commands('error').filter((l) => l.includes('file='))).toHaveLength(10);
    expect(r.commands('error').filter((l) => l.includes('file=')).map(props).map((p) => Number(p.line))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(r.commands('notice').join('\n')).toMatch(/2 more findings .*SARIF file sentinel-lint.sarif/);
    expect(sarifResults(join(ws, 'sentinel-lint.sarif')).length).toBeGreaterThanOrEqual(12);
  });

  it('reports paths from the workspace when working-directory is a subfolder', () => {
    const ws = repo('sub', { 'deploy/redis.conf': 'port 6379\nmaxmemory 1tb\n' });
    const r = run(ws, { 'working-directory': 'deploy' });
    expect(r.commands('error').map(props)).toContainEqual(expect.objectContaining({ file: 'deploy/redis.conf', line: '2' }));
    expect(r.output('sarif-file')).toBe(join(ws, 'deploy', 'sentinel-lint.sarif'));
    expect(sarifResults(join(ws, 'deploy', 'sentinel-lint.sarif'))).toContainEqual({ uri: 'deploy/redis.conf', line: 2 });
  });

  it('only-changed reports only findings in files changed against the base, and everything when the base is missing', () => {
    const ws = pullRequest('pr', { 'a/redis.conf': 'port 6379\nmaxmemory 1tb\n', 'b/redis.conf': 'port 6380\n' }, 'b/redis.conf', 'port 6380\nmaxmemory 2tb\n');

    const pr = run(ws, { 'only-changed': 'true' }, { GITHUB_BASE_REF: 'main' });
    expect(pr.commands('error').map(props).map((p) => p.file)).toEqual(['b/redis.conf', undefined]);
    expect(pr.output('error-count')).toBe('1');
    expect(pr.summary).toContain('not changed against origin/main');

    const noBase = run(ws, { 'only-changed': 'true' }, { GITHUB_BASE_REF: 'no-such-branch' });
    expect(noBase.commands('error').map(props).map((p) => p.file)).toEqual(['a/redis.conf', 'b/redis.conf', undefined]);
    expect(noBase.summary).toMatch(/only-changed: the pull request base \(origin\/no-such-branch\) is not in this checkout.*every finding is reported/);
  });

  it('says in the summary which files could not be read, even when only-changed leaves them out', () => {
    const ws = pullRequest('unread', { 'a/redis.conf': 'port 6379\n', 'b/docker-compose.yml': 'services: [\n' }, 'a/redis.conf', 'port 6380\n');
    const r = run(ws, { 'only-changed': 'true' }, { GITHUB_BASE_REF: 'main' });
    expect(r.summary).toContain('1 file could not be read');
    expect(r.summary).toContain('b/docker-compose.yml');
  });

  it('runs the same under Node 24', (context) => {
    const node24 = spawnSync('npx', ['-y', 'node@24', '-p', 'process.version.startsWith("v24.") ? process.execPath : ""'], { encoding: 'utf8', timeout: 120_000 });
    const path = node24.stdout?.trim();
    if (node24.status !== 0 || !path) {
      console.warn('skipped: npx -y node@24 is not available here');
      context.skip();
      return;
    }
    const ws = repo('bad24', DEFECTIVE);
    const r = run(ws, {}, {}, path);
    expect(r.code, r.err).toBe(1);
    expect(r.commands('error').map(props)).toContainEqual(expect.objectContaining({ file: 'redis.conf', line: '3' }));
    expect(sarifResults(join(ws, 'sentinel-lint.sarif'))).toContainEqual({ uri: 'redis.conf', line: 3 });
    expect(r.err).not.toMatch(/^\s+at /m);
  }, 150_000);
});
