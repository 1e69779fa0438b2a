#!/usr/bin/env node
// Writes src/report/rule-examples.ts: each rule's example fixtures (docs.example.bad and .good),
// file by file, so that --explain and SARIF help show them from the bundle, where no fixtures
// folder exists. `--check` fails when the committed file is stale (test/catalogue.test.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRules } from './load-rules.mjs';

const OUT = 'src/report/rule-examples.ts';
const MAX_FILE = 2000; // characters: an example is a few lines

function filesOf(folder) {
  const files = [];
  const visit = (dir, prefix) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path, `${prefix}${name}/`);
      else if (name !== 'expect.txt') {
        const bytes = readFileSync(path);
        if (bytes.includes(0) || bytes.length > MAX_FILE) continue; // binary or large: named, not shown
        files.push({ file: `${prefix}${name}`, text: bytes.toString('utf8') });
      }
    }
  };
  visit(folder, '');
  return files;
}

const rules = await loadRules();
const examples = Object.fromEntries(
  rules.map((rule) => [
    rule.id,
    {
      bad: filesOf(`fixtures/rules/${rule.id}/${rule.docs.example.bad}`),
      good: filesOf(`fixtures/rules/${rule.id}/${rule.docs.example.good}`),
    },
  ]),
);
const source =
  '// Written by scripts/gen-rule-examples.mjs from each rule\'s example fixtures: do not edit.\n' +
  "import type { RuleExamples } from './rule-help.js';\n\n" +
  `export const RULE_EXAMPLES: Readonly<Record<string, RuleExamples>> = ${JSON.stringify(examples, null, 2)};\n`;

if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== source) {
    console.error(`${OUT} is stale: run npm run docs`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, source);
}
