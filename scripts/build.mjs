#!/usr/bin/env node
// Bundles the CLI into dist/: one ESM entry plus lazily loaded chunks, with every runtime
// dependency inside, so `npx sentinel-lint` and pre-commit start without resolving packages.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// An other folder than dist/ may be given: the CLI tests build into a temporary one.
const outdir = process.argv[2] ?? 'dist';

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);' },
  define: { __SENTINEL_LINT_VERSION__: JSON.stringify(version) },
  // yaml's "node" export is CommonJS, whose named exports a split ESM chunk loses behind a
  // dynamic import(); its ESM build (the "default" export) is plain JavaScript that runs on Node.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  legalComments: 'none',
  minify: false,
  logLevel: 'warning',
});

// The GitHub Action: one self-contained file, because the runner runs action.yml's runs.main
// straight from the tagged checkout, with no npm install and no chunks folder it would look for.
await build({
  entryPoints: { action: 'src/action.ts' },
  outdir,
  entryNames: '[name]',
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: 'import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);' },
  define: { __SENTINEL_LINT_VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  minify: false,
  logLevel: 'warning',
});
