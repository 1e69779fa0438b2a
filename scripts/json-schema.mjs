// Writes schema/sentinel-lint.schema.json from the zod schema in src/config/schema.ts, the one
// definition of the config file. `--check` writes nothing and fails when the file is stale.
// The TypeScript is bundled in memory by esbuild (zod included) and imported from a data: URL,
// so no build step or temporary file is needed.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}schema/sentinel-lint.schema.json`;

const bundle = await build({
  entryPoints: [`${root}src/config/schema.ts`],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
const { renderJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const schema = renderJsonSchema();

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== schema) {
    console.error('schema/sentinel-lint.schema.json is stale: run node scripts/json-schema.mjs');
    process.exit(1);
  }
} else {
  await mkdir(`${root}schema`, { recursive: true });
  await writeFile(target, schema);
  console.log('wrote schema/sentinel-lint.schema.json');
}
