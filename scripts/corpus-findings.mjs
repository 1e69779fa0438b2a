#!/usr/bin/env node
// Prints the findings of the built linter on the shared corpus, each repository rebuilt at its
// paths (as test/corpus.test.ts does), for reviewing rules by hand:
//   node scripts/corpus-findings.mjs [rule-id …] [--level=error]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { lint } from '../dist/index.mjs';

const shared = resolve(process.env.SENTINEL_LINT_SHARED ?? '../shared');
const corpus = join(shared, 'corpus');
const KINDS = ['redis-conf', 'sentinel-conf', 'compose', 'env', 'k8s'];
const args = process.argv.slice(2);
const level = args.find((a) => a.startsWith('--level='))?.slice(8);
const only = new Set(args.filter((a) => !a.startsWith('--')));

const work = mkdtempSync(join(tmpdir(), 'sentinel-lint-corpus-'));
const rows = readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
const roots = new Set();
for (const row of rows) {
  const [kind = '', localName = '', repo = '', path = '', commit = ''] = row.split('\t');
  if (!KINDS.includes(kind) || path.startsWith('/') || path.split('/').includes('..')) continue;
  const root = join(work, `${repo.replace('/', '__')}@${commit.slice(0, 12)}`);
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), readFileSync(join(corpus, kind, localName)));
  roots.add(root);
}
try {
  for (const root of [...roots].sort()) {
    const result = await lint({ cwd: root, root });
    for (const f of result.findings) {
      if ((only.size && !only.has(f.ruleId)) || (level && f.level !== level)) continue;
      console.log(`${root.slice(work.length + 1)}/${f.at.file}:${f.at.line}:${f.at.column} ${f.level} ${f.ruleId}: ${f.message}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
