// The one-file case's lower bound: a program that does nothing but what any linter of compose files
// built on `yaml` must do, loaded the fastest way Node 20 allows. It compiles `yaml` (bundled into
// one module function by yaml-alone-build.mjs) from a V8 code cache, as dist/cli.js compiles the
// linter, and parses one file with line positions. No rule, no model, no report: the start-up of
// sentinel-lint on one compose file can only be slower than this.
//   node yaml-alone.cjs <bundled yaml.cjs> <compose file>   (the cache is written beside the bundle)
const { readFileSync, writeFileSync } = require('node:fs');
const { Script } = require('node:vm');

const [bundle, file] = process.argv.slice(2);
const cacheFile = `${bundle}.bin`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // the first (warm-up) run writes it
}
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
const loaded = { exports: {} };
script.runInThisContext()(loaded.exports, require, loaded, bundle, __dirname);
const YAML = loaded.exports;

const documents = YAML.parseAllDocuments(readFileSync(file, 'utf8'), { lineCounter: new YAML.LineCounter() });
process.stdout.write(`${documents.length} document(s)\n`);

// Written after the parse, so that it holds the parser's functions as well (as the linter's does).
if (!cachedData || script.cachedDataRejected) writeFileSync(cacheFile, script.createCachedData());
