import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { lint } from '../../src/index.js';
import { formatResult, writeResult } from '../../src/report/index.js';

// Beyond its budget of kept texts (none here), lint() makes code frames from the files read again.
const root = mkdtempSync(join(tmpdir(), 'sentinel-lint-changed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const PASSWORD = 'Zq8vLr2mWx91Tb';

describe('a report made from files read again', () => {
  it('shows code frames of the files as they were linted, with their secrets masked', async () => {
    writeFileSync(join(root, 'redis.conf'), `port 6379\nrequirepass ${PASSWORD}\nmaxmemory 1tb\n`);
    const result = await lint({ cwd: root, root, config: defaultConfig(), textsKept: 0 });
    const out = await formatResult(result, 'stylish', { color: false });
    expect(out).toContain('> 3 | maxmemory 1tb');
    expect(out).toContain('2 | requirepass **************');
    expect(out).not.toContain(PASSWORD);
  });

  it('gives no code frame, and shows no secret, when a file changed after it was linted', async () => {
    writeFileSync(join(root, 'redis.conf'), `port 6379\nrequirepass ${PASSWORD}\nmaxmemory 1tb\n`);
    const result = await lint({ cwd: root, root, config: defaultConfig(), textsKept: 0 });
    // The lines move: old spans would now point into the password.
    writeFileSync(join(root, 'redis.conf'), `# moved\nrequirepass ${PASSWORD}\nport 6379\nmaxmemory 1tb\n`);
    for (const format of ['stylish', 'sarif', 'json'] as const) {
      const out = await formatResult(result, format, { color: false, cwd: root });
      expect(out).not.toContain(PASSWORD);
      expect(out).toContain('conf-parse-error');
    }
    const stylish = await formatResult(result, 'stylish', { color: false });
    expect(stylish).not.toMatch(/\d \| /);
  });

  it('writes the JSON report in parts that join to the report formatResult returns', async () => {
    writeFileSync(join(root, 'redis.conf'), `port 6379\nport 6380\nmaxmemory 1tb\n`);
    const result = await lint({ cwd: root, root, config: defaultConfig(), textsKept: 0 });
    const parts: string[] = [];
    await writeResult(result, 'json', { color: false }, (part) => parts.push(part));
    expect(parts.length).toBeGreaterThan(result.findings.length);
    const whole = await formatResult(result, 'json', { color: false });
    expect(parts.join('')).toBe(whole);
    const report = JSON.parse(whole);
    expect(`${JSON.stringify(report, null, 2)}\n`).toBe(whole);
    const none: string[] = [];
    await writeResult({ ...result, findings: [] }, 'json', { color: false }, (part) => none.push(part));
    expect(none.join('')).toBe(await formatResult({ ...result, findings: [] }, 'json', { color: false }));
  });
});
