// The floor the linter is compared with: one Node process that reads every file under a folder and
// parses every YAML file with line positions, using the project's own `yaml` (BENCH_YAML: its
// resolved path). No linter can do less and still lint the compose files. CommonJS on purpose: the
// acceptance check's floor loads `yaml` with require(), and the two floors should cost the same.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require(process.env.BENCH_YAML);

(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else {
      const text = fs.readFileSync(file, 'utf8');
      if (/\.ya?ml$/.test(entry.name)) YAML.parseAllDocuments(text, { lineCounter: new YAML.LineCounter() });
    }
  }
})(process.argv[2]);
