import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { lint, type ReportedFinding } from '../src/index.js';

// The wild corpus: real configuration files from public repositories (shared/corpus).
const shared = resolve(process.env.SENTINEL_LINT_SHARED ?? '../shared');
const corpus = join(shared, 'corpus');
const SUMMARY = 'test/corpus-findings.json';
const KINDS = ['redis-conf', 'sentinel-conf', 'compose', 'env', 'k8s'];
const work = mkdtempSync(join(tmpdir(), 'sentinel-lint-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Findings whose location (primary or related) is not a real place in a real file. */
function misplaced(root: string, findings: readonly ReportedFinding[]): string[] {
  const bad: string[] = [];
  for (const f of findings) {
    for (const at of [f.at, ...f.related.map((r) => r.at)]) {
      const path = join(root, at.file);
      const lines = existsSync(path) ? readFileSync(path, 'latin1').split('\n').length : 0;
      if (at.line < 1 || at.line > lines || at.column < 1 || at.endLine < at.line) bad.push(`${at.file}:${at.line}:${at.column} [${f.ruleId}]`);
    }
  }
  return bad;
}

/** The corpus files put back at their paths, one folder per repository and commit (corpus/README.md). */
function rebuildRepositories(): string[] {
  const rows = readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
  const roots = new Set<string>();
  for (const row of rows) {
    const [kind = '', localName = '', repo = '', path = '', commit = ''] = row.split('\t');
    if (!KINDS.includes(kind) || path.startsWith('/') || path.split('/').includes('..')) continue;
    const root = join(work, `${repo.replace('/', '__')}@${commit.slice(0, 12)}`);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), readFileSync(join(corpus, kind, localName)));
    roots.add(root);
  }
  return [...roots].sort();
}

describe.skipIf(!existsSync(corpus) && process.env.CI !== 'true')('the wild corpus', () => {
  it('lints the corpus folders as they are without a crash, every finding at a real place', async () => {
    const result = await lint({ cwd: corpus, root: corpus, paths: KINDS, config: defaultConfig() });
    expect(result.crashes.map((c) => `${c.where}: ${String(c.error)}`)).toEqual([]);
    expect(result.fileCount).toBeGreaterThanOrEqual(100);
    expect(misplaced(corpus, result.findings)).toEqual([]);
  });

  it('finds what the committed summary says in each repository rebuilt', async () => {
    // Each repository alone, so that files of unrelated projects are never linked to each other.
    const counts: Record<string, number> = {};
    let files = 0;
    for (const root of rebuildRepositories()) {
      const result = await lint({ cwd: root, root, config: defaultConfig() });
      expect(result.crashes.map((c) => `${root}: ${c.where}: ${String(c.error)}`)).toEqual([]);
      expect(misplaced(root, result.findings)).toEqual([]);
      files += result.fileCount;
      for (const f of result.findings) counts[`${f.ruleId} (${f.level})`] = (counts[`${f.ruleId} (${f.level})`] ?? 0) + 1;
    }
    // A change that makes a rule fire much more or less on real files is seen in review.
    // Regenerate on purpose: UPDATE_CORPUS_SUMMARY=1 npx vitest run test/corpus.test.ts
    const summary = { files, findings: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))) };
    if (process.env.UPDATE_CORPUS_SUMMARY) writeFileSync(SUMMARY, JSON.stringify(summary, null, 2) + '\n');
    expect(summary).toEqual(JSON.parse(readFileSync(SUMMARY, 'utf8')));
  });
});
