import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../../src/model/source-file.js';
import { parseCompose } from '../../../src/sources/compose/parse-compose.js';
import { checkProcessConfs } from '../../../src/sources/compose/process-conf.js';

const target = { product: 'redis' as const, version: '7.4' };
const check = (yaml: string) => {
  const file = sourceFile('docker-compose.yml', yaml, 'compose');
  return checkProcessConfs(file, parseCompose(file, new Map()).facts, target, new Set());
};

describe('checkProcessConfs: the conf lines compose services hand to the servers', () => {
  it('refuses a bad flag value at its span inside the YAML, with the image tag as the version', () => {
    const { problems } = check('services:\n  redis:\n    image: redis:7.0\n    command: redis-server --maxmemory 1tb --locale-collate ""\n');
    expect(problems.map((p) => [p.rule, p.at.line, p.at.column])).toEqual([
      ['conf-parse-error', 4, 39],
      ['conf-directive-unsupported', 4, 45], // the name after --
    ]);
  });

  it('keeps flag passwords and secret environment values as secrets for redaction', () => {
    const { secrets } = check(
      'services:\n  redis:\n    image: redis:7.2\n    command: redis-server --requirepass s3cret-flag\n    environment:\n      REDIS_PASSWORD: s3cret-env\n',
    );
    expect(secrets.map((s) => [s.span.line, s.span.column])).toEqual(expect.arrayContaining([[4, 41], [6, 23]]));
  });

  it('keeps the secrets of every service, from the list form of environment and from healthchecks', () => {
    const { secrets } = check(
      'services:\n  a:\n    image: app\n    environment:\n      - API_TOKEN=t0ken\n  b:\n    image: redis:7.2\n' +
        '    healthcheck:\n      test: ["CMD", "redis-cli", "-a", "hc-pass", "ping"]\n',
    );
    expect(secrets.map((s) => [s.span.line, s.span.column])).toEqual([[5, 19], [9, 41]]);
  });

  it('does not judge flags alone when a mounted conf file holds the rest of the configuration', () => {
    const { problems } = check(
      'services:\n  sentinel:\n    image: redis:7.2\n    volumes: ["./sentinel.conf:/etc/sentinel.conf"]\n    command: redis-sentinel /etc/sentinel.conf --sentinel auth-pass mymaster pw\n',
    );
    expect(problems).toEqual([]);
  });
});
