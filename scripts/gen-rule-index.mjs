#!/usr/bin/env node
// Writes rules/index.ts: every rule file, imported by name and listed sorted by id. The registry
// is explicit (the bundles have no rules folder to scan at run time); this script only saves
// typing, and test/catalogue.test.ts fails when the committed file is not what it would write.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../rules/', import.meta.url));
const ids = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const camel = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
export const source =
  '// Written by scripts/gen-rule-index.mjs: every rule, sorted by id.\n' +
  ids.map((id) => `import ${camel(id)} from './${id}.js';`).join('\n') +
  '\n\nexport const rules = [\n' +
  ids.map((id) => `  ${camel(id)},`).join('\n') +
  '\n] as const;\n';

if (process.argv.includes('--check')) {
  const current = readFileSync(folder + 'index.ts', 'utf8');
  if (current !== source) {
    console.error('rules/index.ts is stale: run node scripts/gen-rule-index.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(folder + 'index.ts', source);
}
