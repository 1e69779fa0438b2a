import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { configSchema, renderJsonSchema } from '../../src/config/schema.js';

describe('schema/sentinel-lint.schema.json', () => {
  it('is what the zod schema renders (run node scripts/json-schema.mjs after a schema change)', async () => {
    expect(await readFile('schema/sentinel-lint.schema.json', 'utf8')).toBe(renderJsonSchema());
  });

  it('is what scripts/json-schema.mjs would write', async () => {
    await expect(promisify(execFile)(process.execPath, ['scripts/json-schema.mjs', '--check'])).resolves.toBeDefined();
  });

  it('rejects unknown keys for editors too', () => {
    const schema = JSON.parse(renderJsonSchema());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.settings.additionalProperties).toBe(false);
  });
});

describe('configSchema', () => {
  it('accepts every documented form of a rule entry', () => {
    const rules = { a: 'error', b: 'off', c: ['note'], d: ['warning', { max: 1 }] };
    expect(configSchema.safeParse({ rules }).success).toBe(true);
  });
});
