import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as npx and the pre-commit hook get it: the npm tarball of this tree, installed into
// an empty project. A "files" list that forgets something or a dependency only shows there.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let work: string;
let tarball: string;
let project: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sentinel-lint-pack-'));
  env = { ...process.env, NO_COLOR: '1', NPM_CONFIG_AUDIT: 'false', NPM_CONFIG_FUND: 'false', NPM_CONFIG_UPDATE_NOTIFIER: 'false' };
  const pack = run(npm, ['pack', '--pack-destination', work, '--loglevel=error'], ROOT);
  expect(pack.code, pack.out).toBe(0);
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  expect(tgz, pack.out).toBeDefined();
  tarball = join(work, tgz!);
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }));
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout ?? '', out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

describe('the npm package', () => {
  it('is a tarball under 2 MB with the bundle and no test or fixture folders', () => {
    expect(statSync(tarball).size).toBeLessThan(2 * 1024 * 1024);
    const list = run('tar', ['tzf', tarball], work);
    expect(list.code, list.out).toBe(0);
    const files = list.stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/dist/cli.js');
    expect(files.filter((f) => /(^|\/)(test|tests|__tests__|fixtures)\//.test(f))).toEqual([]);
  });

  it('installs offline into an empty project: it has no runtime dependencies', () => {
    // --offline: a dependency that is not bundled would have to come from the registry, and fail here.
    const install = run(npm, ['install', '--offline', '--loglevel=error', tarball], project);
    expect(install.code, install.out).toBe(0);
    const lock = JSON.parse(readFileSync(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: object };
    expect(Object.keys(lock.packages)).toEqual(['node_modules/sentinel-lint']);
  }, 60_000);

  it('prints its version through npx', () => {
    const run_ = run(npx, ['--no', '--', 'sentinel-lint', '--version'], project);
    expect(run_.code, run_.out).toBe(0);
    expect(run_.stdout.trim()).toBe(version);
  });

  it('exits 1 on a defective redis.conf, with conf-parse-error at redis.conf:3 and nothing from node_modules/', () => {
    writeFileSync(join(project, 'redis.conf'), `port 6379\nrequirepass pack-test-${'p'.repeat(8)}\nmaxmemory 1tb\n`);
    const lint = run(npx, ['--no', '--', 'sentinel-lint', '--format', 'json'], project);
    expect(lint.code, lint.out).toBe(1);
    const findings = (JSON.parse(lint.stdout) as { findings: { ruleId: string; file: string; line: number }[] }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'conf-parse-error', file: 'redis.conf', line: 3 }));
    expect(findings.filter((f) => /(^|\/)node_modules\//.test(f.file))).toEqual([]);
  });

  it('passes publint with no errors (warnings are printed)', async () => {
    // publint packs the project with npm itself, so it judges what is published.
    const { messages, pkg } = await publint({ pkgDir: ROOT, pack: 'npm' });
    const text = (type: string) => messages.filter((m) => m.type === type).map((m) => formatMessage(m, pkg, { color: false }) ?? m.code);
    for (const warning of text('warning')) console.warn(`publint warning: ${warning}`);
    expect(text('error')).toEqual([]);
  });
});
