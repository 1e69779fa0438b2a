import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { lint } from '../../src/lint.js';
import { FORMAT_NAMES } from '../../src/report/format-names.js';
import { formatResult } from '../../src/report/index.js';

// The whole pipeline, not a made-up result: one password planted wherever a secret can live,
// with defects on those very lines so that findings and code frames point at them. It must
// appear in no format, with colour on or off, as written or URL-encoded.
const CANARY = 'Qv7/Canary@Pipe9z';
const ENCODED = encodeURIComponent(CANARY);
const work = mkdtempSync(join(tmpdir(), 'sentinel-lint-canary-pipeline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  // A repeated line is a finding on the secret's line (conf-duplicate-directive).
  'redis/redis.conf': `port 6379\nrequirepass ${CANARY}\nrequirepass ${CANARY}\nmasterauth ${CANARY}\nuser alice on >${CANARY} ~* +@all\n`,
  'sentinel/sentinel.conf': `port 26379\nsentinel monitor mymaster 127.0.0.1 6379 2\nsentinel auth-pass mymaster ${CANARY}\nsentinel auth-pass mymaster ${CANARY}\n`,
  'docker-compose.yml': [
    'services:',
    '  cache:',
    '    image: redis:7.0',
    `    command: redis-server --requirepass ${CANARY} --masterauth ${CANARY}`,
    '    ports:',
    '      - "6379:6379"',
    '  sentinel:',
    '    image: redis:7.0',
    `    command: sh -c "echo 'sentinel monitor mymaster cache 6379 1' > /s.conf && echo 'sentinel auth-pass mymaster ${CANARY}' >> /s.conf && redis-sentinel /s.conf"`,
    '  worker:',
    '    build: .',
    '    environment:',
    `      REDIS_PASSWORD: "${CANARY}"`,
    `      CELERY_BROKER_URL: "sentinel://:${ENCODED}@sentinel:26379;sentinel:26379"`,
    '',
  ].join('\n'),
  '.env': `REDIS_PASSWORD=${CANARY}\nCELERY_RESULT_BACKEND=sentinel://:${ENCODED}@sentinel:26379;sentinel://:${ENCODED}@cache:26379\n`,
  'app/celeryconfig.py': [
    'from redis.sentinel import Sentinel',
    '',
    `broker_url = "sentinel://:${ENCODED}@sentinel:26379"`,
    'broker_transport_options = {',
    "    'master_name': 'mymaster',",
    `    'sentinel_kwargs': {'password': '${CANARY}'},`,
    '}',
    `sentinel = Sentinel([('sentinel', 26379)], sentinel_kwargs={'password': '${CANARY}'})`,
    `master = sentinel.master_for('mymaster', password='${CANARY}', socket_timeout=0.1)`,
    '',
  ].join('\n'),
};

describe('a canary password planted everywhere a secret lives, linted for real', () => {
  it('is in no report, while findings point at its lines', async () => {
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(join(work, path, '..'), { recursive: true });
      writeFileSync(join(work, path), text);
    }
    const result = await lint({ cwd: work, root: work, config: defaultConfig() });
    expect(result.crashes).toEqual([]);
    const onSecretLines = result.findings.filter((f) => FILES[f.at.file]?.split('\n')[f.at.line - 1]?.includes(CANARY.slice(0, 8)));
    expect(onSecretLines.length).toBeGreaterThanOrEqual(4);
    for (const format of FORMAT_NAMES) {
      for (const color of [false, true]) {
        const out = await formatResult(result, format, { color, cwd: work });
        expect(out, `${format}${color ? ' in colour' : ''}`).not.toContain(CANARY);
        expect(out, `${format}${color ? ' in colour' : ''}`).not.toContain(ENCODED);
        expect(out.toLowerCase(), format).not.toContain(ENCODED.toLowerCase());
      }
    }
  });
});
