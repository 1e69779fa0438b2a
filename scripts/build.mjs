#!/usr/bin/env node
// Builds dist/, which is committed: pre-commit and the Action run from git with no build step.
//
//   cli.js        the `sentinel-lint` command: a small loader (src/cli-loader.ts) that runs the
//                 CLI's modules from V8's code cache
//   cli/*.cjs     the CLI split by esbuild into an entry and lazily loaded chunks (sources,
//                 formatters, config), every runtime dependency inside except vendor/; each
//                 file is one function expression, the CommonJS module function the loader runs
//   vendor/*.cjs  zod, the Python parser and chalk, loaded only by runs that need them
//   index.mjs     the library (`import { lint } from 'sentinel-lint'`)
//   action.js     the GitHub Action, self-contained: the runner runs it from the tagged checkout
// dist/package.json marks the .js files as CommonJS.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// An other folder than dist/ may be given: the CLI tests build into a temporary one.
const outdir = process.argv[2] ?? 'dist';

/** Packages that stay out of the CLI's chunks, each in a file of its own under vendor/. */
const VENDORED = {
  zod: 'zod',
  '@lezer/python': 'lezer-python',
  chalk: 'chalk',
};

/** The CommonJS module function each file of cli/ is (src/cli-loader.ts calls it). */
const MODULE_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const MODULE_TAIL = '\n})';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  define: { __SENTINEL_LINT_VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  minify: false,
  logLevel: 'warning',
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(join(outdir, 'cli'), { recursive: true });
writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

// The CLI: split as ES modules (esbuild splits only those), then each file turned into CommonJS,
// whose source V8 can compile from a code cache on Node 20. A dynamic import() becomes a
// require() in a promise, so a chunk is still read only when a run needs it.
const split = await build({
  ...common,
  entryPoints: { main: 'src/cli.ts' },
  outdir: join(outdir, 'cli'),
  splitting: true,
  format: 'esm',
  outExtension: { '.js': '.cjs' },
  chunkNames: '[name]-[hash]',
  charset: 'ascii', // the loader reads it as latin1, without decoding
  // Less to read at every start; names stay, so a stack trace still says where.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [vendored('../vendor/')],
  // yaml's "node" export is CommonJS, whose named exports a split chunk loses behind a dynamic
  // import(); its ESM build (the "default" export) is plain JavaScript that runs on Node.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  write: false,
});
// The caches' names hold a hash of the modules and of the loader that writes and reads them (its
// cache file format included): a cache made for other code, or by another loader, is never read.
const hash = createHash('sha256')
  .update(readFileSync(new URL('../src/cli-loader.ts', import.meta.url)))
  .update(readFileSync(new URL('../src/cli-tiering.ts', import.meta.url)));
for (const file of split.outputFiles) {
  const { code } = await transform(file.text, { format: 'cjs', platform: 'node', target: 'node20', supported: { 'dynamic-import': false }, charset: 'ascii', minifyWhitespace: true, logLevel: 'warning' });
  // Written as the function the loader compiles, so that it compiles the file's text as read: a
  // wrapper added at run time would make V8 copy the whole source once more.
  writeFileSync(file.path, `${MODULE_HEAD}${code}${MODULE_TAIL}`);
  hash.update(basename(file.path)).update(code);
}

for (const [name, file] of Object.entries(VENDORED)) {
  await build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: '.' }, outfile: join(outdir, 'vendor', `${file}.cjs`), format: 'cjs' });
}

await build({
  ...common,
  entryPoints: ['src/cli-loader.ts'],
  outfile: join(outdir, 'cli.js'),
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  // The code cache is kept per build: a cache made for other code must never be used.
  define: { ...common.define, __BUILD_HASH__: JSON.stringify(hash.digest('hex').slice(0, 16)) },
});

await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: join(outdir, 'index.mjs'),
  format: 'esm',
  banner: { js: 'import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);' },
});

// The GitHub Action: one self-contained file, because the runner runs action.yml's runs.main
// straight from the tagged checkout, with no npm install and no vendor folder it would look for.
await build({ ...common, entryPoints: ['src/action.ts'], outfile: join(outdir, 'action.js'), format: 'cjs' });

/** Imports of a vendored package become imports of `<prefix><file>.cjs`. */
function vendored(prefix) {
  return {
    name: 'vendored',
    setup(build) {
      const names = Object.keys(VENDORED).map((n) => n.replace(/[/@]/g, '\\$&'));
      build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: `${prefix}${VENDORED[args.path]}.cjs`, external: true }));
    },
  };
}
