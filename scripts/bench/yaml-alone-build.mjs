// Bundles the project's `yaml` into one CommonJS module function for yaml-alone.cjs, the way
// scripts/build.mjs bundles it into the CLI: its ESM build (the one the CLI's chunks hold), ASCII,
// whitespace and syntax minified. → the bundle's path.
import { buildSync } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildYamlAlone(root, dir) {
  const out = buildSync({
    stdin: { contents: "module.exports = require('yaml');", resolveDir: root },
    alias: { yaml: join(root, 'node_modules', 'yaml', 'browser', 'index.js') },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    charset: 'ascii',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    write: false,
  });
  const file = join(dir, 'yaml.cjs');
  writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {${out.outputFiles[0].text}\n})`);
  return file;
}
