#!/usr/bin/env node
// Rewrites the rule table of README.md (between its rules:start and rules:end markers) from the
// rules' own docs, so the README cannot drift from `--list-rules`. `--check` fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadRules } from './load-rules.mjs';

const rules = await loadRules();
const escape = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = [
  '| rule | level | category | what it finds |',
  '|---|---|---|---|',
  ...rules.map((r) => `| \`${r.id}\` | ${r.level} | ${r.category} | ${escape(r.docs.summary)} |`),
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
if (readme.indexOf(start) === -1 || readme.indexOf(end) === -1) throw new Error('README.md lacks the rules markers');
const next = `${before}\n${table}\n${after}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md rule table is stale: run npm run docs');
    process.exit(1);
  }
} else {
  writeFileSync('README.md', next);
}
