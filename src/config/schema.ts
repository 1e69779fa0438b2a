// The one definition of `.sentinel-lint.yml`: load.ts validates with it, and
// scripts/json-schema.mjs turns it into schema/sentinel-lint.schema.json for editors.
// Imported lazily (only when a config file exists): zod costs start-up time.
import * as z from 'zod';
import { LEVELS_OR_OFF } from './types.js';

/** `7.0`, `7.2.4`: the patch level is accepted and ignored (DESIGN.md "Versions"). */
export const REDIS_VERSION = /^\d+\.\d+(\.\d+)?$/;

const level = z.enum(LEVELS_OR_OFF, { error: 'expected error, warning, note or off' }).meta({
  description: 'error, warning or note (SARIF levels), or off.',
});

const ruleSetting = z
  .union([level, z.tuple([level]), z.tuple([level, z.unknown()])], {
    error: 'expected a level (error, warning, note or off) or [level, options]',
  })
  .meta({ description: 'A level, or [level, options] for a rule that takes options.' });

const globs = (description: string) =>
  z.array(z.string({ error: 'expected a glob' }).min(1, 'expected a glob, not an empty string'), {
    error: 'expected a list of globs',
  }).meta({ description });

export const configSchema = z
  .strictObject({
    $schema: z.string({ error: 'expected a URL or path of the JSON schema' }).optional().meta({
      description: 'The JSON schema of this file, for editors; ignored by sentinel-lint.',
    }),
    root: z.boolean({ error: 'expected true or false' }).optional().meta({
      description: 'Accepted for familiarity and ignored: discovery stops at the first config file found.',
    }),
    rules: z.record(z.string(), ruleSetting, { error: 'expected a mapping of rule ids to levels' }).optional().meta({
      description: 'Rule id → level, off, or [level, options]. Rules not named run at their default level.',
    }),
    ignores: globs('Globs of files not to lint, relative to this file, on top of .gitignore.').optional(),
    files: globs('Globs of extra files to lint, relative to this file.').optional(),
    settings: z
      .strictObject(
        {
          product: z.enum(['redis', 'valkey'], { error: 'expected redis or valkey' }).optional().meta({
            description: 'What the servers are when no image tag says. Default: redis.',
          }),
          redisVersion: z
            .string({ error: 'expected a version in quotes, like "7.0"' })
            .regex(REDIS_VERSION, 'expected a version like "7.0" or "7.2.4"')
            .optional()
            .meta({
              description:
                'The version to check against when no image tag says, as a string ("7.0"; a patch level is ignored). ' +
                'Default: the newest release sentinel-lint knows.',
            }),
        },
        { error: 'expected a mapping with product and redisVersion' },
      )
      .optional(),
  }, { error: 'expected a mapping with rules, ignores, files and settings' })
  .meta({ title: 'sentinel-lint configuration', description: '.sentinel-lint.yml, .sentinel-lint.yaml or .sentinel-lint.json' });

export type ConfigInput = z.infer<typeof configSchema>;

/** schema/sentinel-lint.schema.json as the script writes it; a test compares the committed file. */
export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
