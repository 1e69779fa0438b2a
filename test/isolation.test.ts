import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The linter never executes repository code and never reaches the network: proved on the bundle
// users run, under Node's permission model, and by the modules a lint loads.
let work: string;
let out: string;
const fixture = resolve('fixtures/seed-example');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sentinel-lint-isolation-'));
  out = join(work, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', out], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  // As in the published package: package.json beside dist/ says the files are ES modules.
  writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('isolation', () => {
  it('lints under the permission model: reads only the repository and the package, no child processes, no workers', () => {
    const allowed = [`${fixture}/*`, `${out}/*`, join(work, 'package.json')].map((path) => `--allow-fs-read=${path}`);
    const args = ['--experimental-permission', ...allowed, join(out, 'cli.js'), '--format', 'json', '.'];
    const confined = spawnSync(process.execPath, args, { cwd: fixture, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    expect(confined.stderr).not.toMatch(/ERR_ACCESS_DENIED|internal error/);
    expect(confined.status).toBe(1);
    const free = spawnSync(process.execPath, [join(out, 'cli.js'), '--format', 'json', '.'], { cwd: fixture, encoding: 'utf8' });
    expect(JSON.parse(confined.stdout).findings).toEqual(JSON.parse(free.stdout).findings);
  });

  it('loads no network or process module during a lint', () => {
    // Written to a file, not stdout: a piped stdout is itself a net.Socket.
    const report = join(work, 'modules.json');
    const script = `
      import { lint } from ${JSON.stringify(join(out, 'index.mjs'))};
      import { writeFileSync } from 'node:fs';
      const result = await lint({ cwd: ${JSON.stringify(fixture)} });
      const loaded = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
      writeFileSync(${JSON.stringify(report)}, JSON.stringify({ findings: result.findings.length, loaded }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { findings, loaded } = JSON.parse(readFileSync(report, 'utf8')) as { findings: number; loaded: string[] };
    expect(findings).toBeGreaterThan(0);
    const forbidden = ['net', 'dns', 'http', 'https', 'http2', 'tls', 'dgram', 'child_process', 'worker_threads', 'vm'];
    expect(loaded.filter((m) => forbidden.includes(m))).toEqual([]);
  });
});
