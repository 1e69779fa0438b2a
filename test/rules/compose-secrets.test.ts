import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const run = (dir: string, only: string[]) => {
  const cwd = resolve('fixtures/rules', dir);
  return lint({ cwd, root: cwd, only, config: { rules: new Map(), ignores: [], files: [], settings: { product: 'redis' } } });
};

/** Every password the fixtures write, and the part after a `$` that compose would swallow. */
const VALUES = ['Vd9fKq2mWz7rLp4x', 'Xk9', 'mP2qLw8zR4', 'your_redis_password_here', 'changeme', 's3cr3t-pw', 'r3d1s-pw'];

describe('placeholder-password levels', () => {
  it('is an error where the service publishes the port the password guards, a warning elsewhere', async () => {
    const { findings } = await run('placeholder-password/bad-compose-published', ['placeholder-password']);
    expect(findings.map((f) => [f.at.line, f.level])).toEqual([[5, 'error'], [16, 'warning'], [17, 'warning'], [23, 'warning']]);
    expect(findings[0]!.related).toEqual([expect.objectContaining({ message: 'service redis-master is reachable from outside here', at: expect.objectContaining({ line: 7 }) })]);
  });

  it('is a warning for compose environment passwords', async () => {
    const { findings } = await run('placeholder-password/bad-compose-environment', ['placeholder-password']);
    expect(findings.map((f) => f.level)).toEqual(['warning', 'warning']);
  });
});

describe('compose secret rules print no value', () => {
  it.each([
    ['placeholder-password/bad-compose-published', 'placeholder-password'],
    ['placeholder-password/bad-compose-environment', 'placeholder-password'],
    ['secret-on-command-line/bad-requirepass-flag', 'secret-on-command-line'],
    ['secret-on-command-line/bad-auth-pass-in-script', 'secret-on-command-line'],
    ['secret-on-command-line/bad-variable-from-dotenv', 'secret-on-command-line'],
    ['compose-dollar-in-secret/bad-dollar-in-environment-password', 'compose-dollar-in-secret'],
  ])('%s', async (dir, rule) => {
    const { findings } = await run(dir, [rule]);
    expect(findings.length).toBeGreaterThan(0);
    const text = JSON.stringify(findings.map((f) => [f.message, f.related]));
    for (const value of VALUES) expect(text).not.toContain(value);
  });
});

describe('secret-on-command-line spans', () => {
  it('reports one finding per password at the password itself', async () => {
    const { findings } = await run('secret-on-command-line/bad-requirepass-flag', ['secret-on-command-line']);
    expect(findings.map((f) => [f.at.line, f.at.column, f.at.endColumn])).toEqual([[5, 58, 74], [17, 9, 25], [20, 9, 25]]);
  });
});
