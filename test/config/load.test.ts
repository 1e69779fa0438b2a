import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRuleOverrides, ConfigError, findConfigFile, loadConfig } from '../../src/config/load.js';

const known = ['quorum-exceeds-sentinels', 'quorum-above-majority', 'conf-duplicate-directive', 'unused-suppression'];
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sentinel-lint-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const load = (cwd = root, configPath?: string) => loadConfig({ cwd, knownRuleIds: known, ...(configPath && { configPath }) });

async function errorOf(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('discovery', () => {
  it('gives the defaults when no config file exists up to the filesystem root', async () => {
    const config = await load();
    expect(config).toEqual({ rules: new Map(), ignores: [], files: [], settings: { product: 'redis' } });
    expect(config.file).toBeUndefined();
  });

  it.each(['.sentinel-lint.yml', '.sentinel-lint.yaml'])('reads %s as YAML', async (name) => {
    const file = write(name, 'rules:\n  quorum-above-majority: error\n');
    const config = await load();
    expect(config.file).toBe(file);
    expect(config.rules.get('quorum-above-majority')).toEqual({ level: 'error' });
  });

  it('reads .sentinel-lint.json as JSON', async () => {
    const file = write('.sentinel-lint.json', '{ "rules": { "quorum-above-majority": "note" } }');
    const config = await load();
    expect(config.file).toBe(file);
    expect(config.rules.get('quorum-above-majority')).toEqual({ level: 'note' });
  });

  it('finds the config file in a folder above the working directory', async () => {
    const file = write('.sentinel-lint.yml', 'ignores: ["vendor/**"]\n');
    mkdirSync(join(root, 'deploy/redis'), { recursive: true });
    const config = await load(join(root, 'deploy/redis'));
    expect(config.file).toBe(file);
    expect(config.ignores).toEqual(['vendor/**']);
  });

  it('takes the nearest config file when several folders above have one', async () => {
    write('.sentinel-lint.yml', 'ignores: ["outer"]\n');
    const inner = write('deploy/.sentinel-lint.yaml', 'ignores: ["inner"]\n');
    mkdirSync(join(root, 'deploy/redis'), { recursive: true });
    expect(findConfigFile(join(root, 'deploy/redis'))).toBe(inner);
    expect((await load(join(root, 'deploy/redis'))).ignores).toEqual(['inner']);
  });

  it('refuses two config files in one folder rather than picking one silently', async () => {
    write('.sentinel-lint.yml', '');
    write('.sentinel-lint.json', '{}');
    const error = await errorOf(load());
    expect(error.message).toBe('.sentinel-lint.yml: .sentinel-lint.json is also a config file in this folder; keep one');
  });

  it('names an upward config file relative to the working directory in its errors', async () => {
    write('.sentinel-lint.yml', 'rulez: {}\n');
    mkdirSync(join(root, 'a/b'), { recursive: true });
    const error = await errorOf(load(join(root, 'a/b')));
    expect(error.message).toBe('../../.sentinel-lint.yml: rulez: unknown key (did you mean rules?)');
  });

  it('uses -c instead of discovery, relative to the working directory, whatever its name', async () => {
    write('.sentinel-lint.yml', 'ignores: ["discovered"]\n');
    const file = write('ci/lint.yaml', 'ignores: ["explicit"]\n');
    const config = await load(root, 'ci/lint.yaml');
    expect(config.file).toBe(file);
    expect(config.ignores).toEqual(['explicit']);
  });

  it('reads a -c file ending in .json as JSON', async () => {
    write('ci/lint.json', '{ "files": ["extra/*.conf"] }');
    expect((await load(root, 'ci/lint.json')).files).toEqual(['extra/*.conf']);
  });

  it('fails when the -c file does not exist', async () => {
    const error = await errorOf(load(root, 'missing.yml'));
    expect(error.message).toBe('missing.yml: cannot read the config file: no such file');
  });

  it('treats an empty or all-comment file as an empty config', async () => {
    const file = write('.sentinel-lint.yml', '# nothing yet\n');
    const config = await load();
    expect(config.file).toBe(file);
    expect(config.rules.size).toBe(0);
    expect(config.settings).toEqual({ product: 'redis' });
  });
});

describe('values', () => {
  it('reads a level, off, [level] and [level, options]', async () => {
    write(
      '.sentinel-lint.yml',
      [
        'rules:',
        '  quorum-exceeds-sentinels: warning',
        '  quorum-above-majority: off',
        '  conf-duplicate-directive: [note]',
        '  unused-suppression: [error, { max: 3 }]',
      ].join('\n'),
    );
    const { rules } = await load();
    expect(Object.fromEntries(rules)).toEqual({
      'quorum-exceeds-sentinels': { level: 'warning' },
      'quorum-above-majority': { level: 'off' },
      'conf-duplicate-directive': { level: 'note' },
      'unused-suppression': { level: 'error', options: { max: 3 } },
    });
  });

  it('reads the product and drops the patch level of redisVersion', async () => {
    write('.sentinel-lint.yml', 'settings:\n  product: valkey\n  redisVersion: "7.2.4"\n');
    expect((await load()).settings).toEqual({ product: 'valkey', redisVersion: '7.2' });
  });

  it('keeps "7.0" as written and defaults the product to redis', async () => {
    write('.sentinel-lint.yml', 'settings:\n  redisVersion: "7.0"\n');
    expect((await load()).settings).toEqual({ product: 'redis', redisVersion: '7.0' });
  });

  it('accepts root and $schema and ignores them', async () => {
    write('.sentinel-lint.json', '{ "$schema": "./node_modules/sentinel-lint/schema/sentinel-lint.schema.json", "root": true }');
    const config = await load();
    expect(config.rules.size).toBe(0);
    expect(config).not.toHaveProperty('root');
  });
});

describe('errors name the file and the key path', () => {
  async function messageFor(yaml: string): Promise<string> {
    write('.sentinel-lint.yml', yaml);
    return (await errorOf(load())).message;
  }

  it('an unknown rule id, with the nearest known id', async () => {
    expect(await messageFor('rules:\n  quorum-exceeds-sentinel: error\n')).toBe(
      '.sentinel-lint.yml: rules.quorum-exceeds-sentinel: unknown rule (did you mean quorum-exceeds-sentinels?)',
    );
  });

  it('an unknown rule id with nothing near it', async () => {
    expect(await messageFor('rules:\n  no-such-thing: error\n')).toBe('.sentinel-lint.yml: rules.no-such-thing: unknown rule');
  });

  it('a level that is not a SARIF level', async () => {
    expect(await messageFor('rules:\n  quorum-above-majority: warn\n')).toBe(
      '.sentinel-lint.yml: rules.quorum-above-majority: expected a level (error, warning, note or off) or [level, options], ' +
        'got "warn" (did you mean warning?)',
    );
  });

  it('a rule entry with more than a level and options', async () => {
    expect(await messageFor('rules:\n  quorum-above-majority: [error, {}, {}]\n')).toMatch(
      /^\.sentinel-lint\.yml: rules\.quorum-above-majority: expected a level .* or \[level, options\], got a list$/,
    );
  });

  it('an unknown top-level key', async () => {
    expect(await messageFor('ignore: ["x"]\n')).toBe('.sentinel-lint.yml: ignore: unknown key (did you mean ignores?)');
    expect(await messageFor('extends: base\n')).toBe(
      '.sentinel-lint.yml: extends: unknown key (expected one of rules, ignores, files, settings)',
    );
  });

  it('an unknown setting', async () => {
    expect(await messageFor('settings:\n  version: "7.0"\n')).toBe(
      '.sentinel-lint.yml: settings.version: unknown setting (did you mean redisVersion?)',
    );
  });

  it('a product that is neither redis nor valkey', async () => {
    expect(await messageFor('settings:\n  product: keydb\n')).toBe(
      '.sentinel-lint.yml: settings.product: expected redis or valkey, got "keydb"',
    );
  });

  it('redisVersion written as a YAML number, with a hint to quote it', async () => {
    expect(await messageFor('settings:\n  redisVersion: 7.0\n')).toBe(
      '.sentinel-lint.yml: settings.redisVersion: write the version in quotes, like redisVersion: "7.0" (YAML reads 7.0 as the number 7)',
    );
  });

  it('redisVersion without a minor version', async () => {
    expect(await messageFor('settings:\n  redisVersion: "7"\n')).toBe(
      '.sentinel-lint.yml: settings.redisVersion: expected a version like "7.0" or "7.2.4", got "7"',
    );
  });

  it('ignores that are not a list, and a glob that is not a string', async () => {
    expect(await messageFor('ignores: vendor/**\n')).toBe('.sentinel-lint.yml: ignores: expected a list of globs, got "vendor/**"');
    expect(await messageFor('files: ["a", 3, ""]\n')).toBe(
      '.sentinel-lint.yml: files[1]: expected a glob, got 3\n' +
        '.sentinel-lint.yml: files[2]: expected a glob, not an empty string, got ""',
    );
  });

  it('a file that is not a mapping', async () => {
    expect(await messageFor('- rules\n')).toBe(
      '.sentinel-lint.yml: expected a mapping with rules, ignores, files and settings, got a list',
    );
  });

  it('every problem at once, one a line', async () => {
    const message = await messageFor('rules:\n  quorum-exceeds-sentinel: error\nsettings:\n  product: keydb\n');
    expect(message.split('\n')).toEqual([
      '.sentinel-lint.yml: settings.product: expected redis or valkey, got "keydb"',
      '.sentinel-lint.yml: rules.quorum-exceeds-sentinel: unknown rule (did you mean quorum-exceeds-sentinels?)',
    ]);
  });

  it('YAML that does not parse, with its line and column', async () => {
    expect(await messageFor('rules:\n  a: 1\n  a: 2\n')).toBe('.sentinel-lint.yml:3:3: not valid YAML: Map keys must be unique');
  });

  it('JSON that does not parse, with its line and column', async () => {
    write('.sentinel-lint.json', '{\n  "rules": {},\n}\n');
    expect((await errorOf(load())).message).toMatch(/^\.sentinel-lint\.json:3:1: not valid JSON: /);
  });
});

describe('--rule overrides', () => {
  const base = async () => {
    write('.sentinel-lint.yml', 'rules:\n  unused-suppression: [warning, { max: 3 }]\n');
    return load();
  };

  it('sets levels, keeps options from the file, and leaves the config it was given alone', async () => {
    const config = await base();
    const overridden = applyRuleOverrides(config, ['unused-suppression=error', 'quorum-above-majority=off'], known);
    expect(overridden.rules.get('unused-suppression')).toEqual({ level: 'error', options: { max: 3 } });
    expect(overridden.rules.get('quorum-above-majority')).toEqual({ level: 'off' });
    expect(config.rules.get('unused-suppression')).toEqual({ level: 'warning', options: { max: 3 } });
    expect(config.rules.has('quorum-above-majority')).toBe(false);
  });

  it('the last flag for a rule wins', async () => {
    const config = applyRuleOverrides(await base(), ['quorum-above-majority=note', 'quorum-above-majority=error'], known);
    expect(config.rules.get('quorum-above-majority')).toEqual({ level: 'error' });
  });

  it('rejects an unknown id, a bad level and a flag without "=", each on its own line', async () => {
    const config = await base();
    expect(() => applyRuleOverrides(config, ['quorum-exceeds-sentinel=off', 'quorum-above-majority=warn', 'quorum-above-majority'], known))
      .toThrow(
        new ConfigError(
          [
            '--rule quorum-exceeds-sentinel=off: unknown rule (did you mean quorum-exceeds-sentinels?)',
            '--rule quorum-above-majority=warn: expected error, warning, note or off (did you mean warning?)',
            '--rule quorum-above-majority: expected <rule-id>=<level>, e.g. --rule quorum-exceeds-sentinels=off',
          ].join('\n'),
        ),
      );
  });
});
