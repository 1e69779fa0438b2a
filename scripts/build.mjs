#!/usr/bin/env node
// Bundles the CLI into dist/: one ESM entry plus lazily loaded chunks, with every runtime
// dependency inside, so `npx sentinel-lint` and pre-commit start without resolving packages.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);' },
  define: { __SENTINEL_LINT_VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  minify: false,
  logLevel: 'warning',
});
