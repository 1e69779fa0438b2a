import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../../src/model/source-file.js';
import type { Span } from '../../../src/model/span.js';
import type { ConfLine } from '../../../src/sources/conf/conf-lines.js';
import { parseConf } from '../../../src/sources/conf/parse-conf.js';
import { parseCompose } from '../../../src/sources/compose/parse-compose.js';

/** Real compose files from public repositories (shared/corpus, beside the repository). */
const CORPUS = [join(process.env.SENTINEL_LINT_SHARED ?? '../shared', 'corpus/compose')].find((dir) => existsSync(dir));

function* spans(value: unknown, seen = new Set<unknown>()): Generator<Span> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const v = value as Record<string, unknown>;
  if (typeof v.line === 'number' && typeof v.column === 'number' && typeof v.endLine === 'number') yield v as unknown as Span;
  for (const child of Object.values(v)) yield* spans(child, seen);
  if (typeof (v as { span?: unknown }).span === 'object') yield* spans((v as { span: unknown }).span, seen);
}

describe.runIf(CORPUS)('parseCompose on the compose corpus', () => {
  const files = CORPUS ? readdirSync(CORPUS).sort() : [];

  it('reads all files without throwing, every span inside its file', () => {
    const count = { files: files.length, services: 0, processes: 0, followed: 0, unknown: 0, parseErrorFiles: 0 };
    const how: Record<string, number> = {};
    const unknownWhy: Record<string, number> = {};
    const confProblems: Record<string, number> = {};
    for (const name of files) {
      const text = readFileSync(join(CORPUS!, name), 'utf8');
      const file = sourceFile(name, text, 'compose');
      const { facts, problems } = parseCompose(file, new Map());
      if (problems.some((p) => p.rule === 'parse-error')) count.parseErrorFiles++;
      for (const span of [...spans(facts), ...problems.map((p) => p.at)]) {
        expect(span.file).toBe(name);
        expect(span.line).toBeGreaterThanOrEqual(1);
        expect(span.column).toBeGreaterThanOrEqual(1);
        expect(span.endLine).toBeLessThanOrEqual(file.index.lineCount + 1);
        expect(span.line <= span.endLine).toBe(true);
      }
      for (const service of facts.services) {
        count.services++;
        if (service.runsUnknown && service.processes.length === 0) {
          count.unknown++;
          const key = service.runsUnknown.replace(/\/\S+|\$\S+|"[^"]*"|[A-Z_]{3,}/g, '…');
          unknownWhy[key] = (unknownWhy[key] ?? 0) + 1;
        }
        for (const process of service.processes) {
          count.processes++;
          const kind = `${process.mode} ${process.startedBy} ${process.confFile ? `file:${process.confFile.content.kind}` : 'flags only'}`;
          how[kind] = (how[kind] ?? 0) + 1;
          if (process.configUnknown) {
            count.unknown++;
            unknownWhy[process.configUnknown] = (unknownWhy[process.configUnknown] ?? 0) + 1;
          } else {
            count.followed++;
          }
          // The lines it made go through parseConf without throwing.
          const content = process.confFile?.content;
          const lines: ConfLine[] = [...(content?.kind === 'written' ? content.lines : content?.kind === 'copied' ? content.appended : []), ...process.flags];
          const conf = parseConf({ ...file, kind: process.mode === 'sentinel' ? 'sentinel-conf' : 'redis-conf' }, { product: process.product, version: '7.0' }, new Set(), lines);
          for (const p of conf.problems) confProblems[p.rule] = (confProblems[p.rule] ?? 0) + 1;
        }
      }
    }
    // Printed, not asserted: how much of the corpus is followed, for the lead to judge.
    console.log('compose corpus coverage', JSON.stringify({ count, how, unknownWhy, confProblems }, null, 1));
    expect(count.files).toBeGreaterThanOrEqual(60);
  });
});
