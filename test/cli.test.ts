import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/cli/args.js';

// The CLI as users run it: the esbuild bundle, in a folder outside any git repository.
let bundle: string;
let work: string;
const password = 'cli-test-' + 'x'.repeat(8) + '-pw';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sentinel-lint-cli-'));
  const out = join(work, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', out], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  bundle = join(out, 'cli.js');
  repo('clean', `port 6379\nrequirepass ${password}\n`);
  repo('bad', `port 6379\nrequirepass ${password}\nmaxmemory 1tb\n`);
  repo('warn', `port 6379\nrequirepass ${password}\nmaxmemory 100mb\nmaxmemory 200mb\n`);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function repo(name: string, conf: string) {
  mkdirSync(join(work, name), { recursive: true });
  writeFileSync(join(work, name, 'redis.conf'), conf);
}

function cli(name: string, ...args: string[]) {
  return cliWith({}, name, ...args);
}

function cliWith(env: Record<string, string>, name: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [bundle, ...args], { cwd: join(work, name), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the command line', () => {
  it('prints the package version for --version and -v', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(cli('clean', '--version').out.trim()).toBe(version);
    expect(cli('clean', '-v').out.trim()).toBe(version);
  });

  it('exits 0 on a clean repository and 1 on an error, with the finding at its line', () => {
    expect(cli('clean').code).toBe(0);
    const bad = cli('bad', '--format', 'json');
    expect(bad.code).toBe(1);
    const finding = JSON.parse(bad.out).findings.find((f: { ruleId: string }) => f.ruleId === 'conf-parse-error');
    expect(finding).toMatchObject({ file: 'redis.conf', line: 3, column: 11, level: 'error' });
  });

  it('exits 2 on an unknown flag or format, naming the problem', () => {
    const flag = cli('bad', '--no-such-flag');
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('--no-such-flag');
    expect(cli('bad', '--format', 'nope').code).toBe(2);
  });

  it('honours --fail-on, --max-warnings and --quiet', () => {
    expect(cli('warn').code).toBe(0);
    expect(cli('warn', '--fail-on', 'warning').code).toBe(1);
    expect(cli('warn', '--max-warnings', '0').code).toBe(1);
    expect(cli('bad', '--fail-on', 'none').code).toBe(0);
    const quiet = JSON.parse(cli('warn', '--format', 'json', '--quiet').out);
    expect(quiet.findings).toEqual([]);
  });

  it('writes the report to --output-file and not to stdout', () => {
    const file = join(work, 'report.json');
    const run = cli('bad', '--format', 'json', '--output-file', file);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).summary.errors).toBeGreaterThan(0);
  });

  it('turns a rule off with --rule and rejects an unknown rule id with exit 2', () => {
    expect(cli('bad', '--rule', 'conf-parse-error=off').code).toBe(0);
    const unknown = cli('bad', '--rule', 'conf-parse-eror=off');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('conf-parse-error');
  });

  it('reads .sentinel-lint.yml and exits 2 naming a bad key in it', () => {
    repo('configured', 'port 6379\nmaxmemory 1tb\n');
    writeFileSync(join(work, 'configured', '.sentinel-lint.yml'), 'rules:\n  conf-parse-error: off\n');
    expect(cli('configured').code).toBe(0);
    writeFileSync(join(work, 'configured', '.sentinel-lint.yml'), 'rules:\n  conf-parse-eror: off\n');
    const bad = cli('configured');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('conf-parse-eror');
  });

  it('explains a rule and lists them all with their levels', () => {
    const explain = cli('clean', '--explain', 'conf-parse-error');
    expect(explain.code).toBe(0);
    expect(explain.out).toContain('FATAL CONFIG FILE ERROR');
    const list = cli('clean', '--list-rules');
    expect(list.out).toMatch(/^conf-parse-error\s+error\s/m);
  });

  it('never prints the password, in any format', () => {
    for (const format of FORMATS) {
      const run = cli('bad', '--format', format, '--color');
      expect(run.out + run.err).not.toContain(password);
    }
  });

  it('reports only the paths it is given, reading the rest as context', () => {
    mkdirSync(join(work, 'bad', 'empty'), { recursive: true });
    const json = JSON.parse(cli('bad', '--format', 'json', resolve(work, 'bad', 'empty')).out);
    expect(json.findings).toEqual([]);
  });

  it('exits 2 on a path that does not exist, as ESLint does', () => {
    const run = cli('bad', 'no-such-folder');
    expect(run.code).toBe(2);
    expect(run.err).toContain('no-such-folder');
  });

  it('keeps a code cache, and a small run lets go of the one a monorepo run wrote', () => {
    const cache = join(work, 'code-cache');
    mkdirSync(cache, { mode: 0o700 });
    const env = { SENTINEL_LINT_CACHE_DIR: cache };
    const big = join(work, 'monorepo');
    for (let i = 0; i < 60; i++) {
      mkdirSync(join(big, `svc-${i}`), { recursive: true });
      writeFileSync(join(big, `svc-${i}`, 'redis.conf'), `port 6379\nrequirepass ${password}\n`);
    }
    const files = () => readdirSync(cache).filter((name) => name.endsWith('.bin')).sort();
    const writer = (name: string) => readFileSync(join(cache, name)).readUInt32LE(0);
    // A cache file is rewritten by renaming a new one over it: a file that V8 refused changes inode.
    const inodes = () => files().map((name) => `${name} ${statSync(join(cache, name)).ino}`);
    const main = () => files().find((name) => name.endsWith('-main.bin'))!;
    // A run that lints nothing writes nothing.
    expect(cliWith(env, 'clean', '--version').code).toBe(0);
    expect(files()).toEqual([]);
    // The first run writes the cache, noting how many files it linted; runs of its size keep it.
    expect(cliWith(env, 'monorepo').code).toBe(0);
    const written = files();
    expect(written.length).toBeGreaterThan(1);
    expect(writer(main())).toBe(60);
    // A run this long tunes V8 (cli-tiering.ts), yet makes its caches as any run reads them.
    const firstInodes = inodes();
    expect(cliWith(env, 'monorepo').code).toBe(0);
    expect(files()).toEqual(written);
    expect(inodes()).toEqual(firstInodes);
    // A one-file run does not keep the monorepo's cache; the next one writes its own.
    expect(cliWith(env, 'clean').code).toBe(0);
    expect(files()).toEqual([]);
    expect(cliWith(env, 'clean').code).toBe(0);
    expect(writer(main())).toBe(1);
    // Which a monorepo run then uses as it is, the modules it loads once tuned included.
    const small = inodes();
    expect(cliWith(env, 'monorepo').code).toBe(0);
    expect(inodes()).toEqual(small);
    expect(writer(main())).toBe(1);
  });
});
