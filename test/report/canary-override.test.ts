import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { formatResult } from '../../src/report/index.js';

// A secret on a conf line that does not split (an unbalanced quote), written by the second file of
// a compose project: the line's tail is masked from its own first word, not from an offset in the
// first file's text.
const CANARY = 'Zx9CanaryOverride7q';
const work = mkdtempSync(join(tmpdir(), 'sentinel-lint-canary-override-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a secret on a broken line of an override file', () => {
  it('appears in no report format', async () => {
    writeFileSync(join(work, 'compose.yaml'), 'services:\n  redis:\n    image: redis:7.0\n');
    writeFileSync(
      join(work, 'compose.override.yaml'),
      [
        '# the override sets the command',
        'services:',
        '  redis:',
        `    command: ["sh", "-c", "echo 'requirepass \\"${CANARY} x' > /r.conf && exec redis-server /r.conf"]`,
        '',
      ].join('\n'),
    );
    const result = await lint({ cwd: work, config: { rules: new Map(), ignores: [], files: [], settings: {} } as never });
    expect(result.findings.some((f) => f.ruleId === 'conf-parse-error' && f.at.file === 'compose.override.yaml')).toBe(true);
    for (const format of ['stylish', 'json', 'sarif', 'compact', 'markdown', 'junit', 'github'] as const) {
      const out = await formatResult(result, format, { color: false, cwd: work });
      expect(out, format).not.toContain(CANARY);
    }
  });
});
