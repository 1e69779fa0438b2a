// The inputs of the agreement test: every .conf under fixtures/, every file of the shared corpus's
// redis-conf and sentinel-conf folders, and the generated mutants. Each comes with the files that sit
// beside it where it lives, so that relative includes resolve as they would there.

import fg from 'fast-glob';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMutants } from './mutants.js';
import type { AgreementInput } from './run-server.js';
import { serverLines, type ServerMode } from './server-lines.js';

export const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const sharedRoot = resolve(projectRoot, process.env.SENTINEL_LINT_SHARED ?? '../shared');

/**
 * Which server reads a fixture, decided like discovery decides (DESIGN.md): a `sentinel monitor` line
 * makes a sentinel config; otherwise `sentinel` lines or an empty file count as Sentinel's only when
 * the base name says so. Corpus files are decided by their folder instead.
 */
export function modeOf(text: string, path: string): ServerMode {
  const lines = serverLines(text);
  if (lines.some((l) => l.directive === 'sentinel' && l.sub === 'monitor')) return 'redis-sentinel';
  const named = /sentinel/i.test(basename(path));
  return named && (lines.length === 0 || lines.some((l) => l.directive === 'sentinel')) ? 'redis-sentinel' : 'redis-server';
}

// A fixture's own settings (rule levels, ignores) would change what the linter reports; the comparison
// is about the defaults.
const LINTER_CONFIG = /^\.sentinel-lint\.(ya?ml|json)$/;

/** `fixtures/rules/<id>/<case>/` or `fixtures/<name>/`: the small repository a fixture file belongs to. */
function fixtureRoot(path: string): { root: string; recursive: boolean } {
  const parts = path.split('/');
  const depth = parts[1] === 'rules' ? 4 : 2;
  // A file above that level has only its own folder's files beside it.
  return parts.length > depth ? { root: parts.slice(0, depth).join('/'), recursive: true } : { root: dirname(path), recursive: false };
}

export async function fixtureInputs(): Promise<AgreementInput[]> {
  const confs = (await fg('fixtures/**/*.conf', { cwd: projectRoot, dot: true })).sort();
  const inputs: AgreementInput[] = [];
  for (const path of confs) {
    const { root, recursive } = fixtureRoot(path);
    const siblings = await fg(recursive ? `${root}/**/*` : `${root}/*`, { cwd: projectRoot, dot: true, onlyFiles: true });
    const files = new Map<string, Buffer>();
    const executables = new Set<string>();
    for (const sibling of siblings.sort()) {
      if (LINTER_CONFIG.test(basename(sibling))) continue;
      files.set(relative(root, sibling), await readFile(join(projectRoot, sibling)));
      if ((await stat(join(projectRoot, sibling))).mode & 0o100) executables.add(relative(root, sibling));
    }
    const text = files.get(relative(root, path))!.toString('latin1');
    inputs.push({
      id: path,
      group: 'fixtures',
      mode: modeOf(text, path),
      files,
      file: relative(root, path),
      executables,
      // A suppression comment hides a finding on purpose; the server has no such comments.
      excluded: /sentinel-lint-disable/.test(text) ? 'suppression comments hide findings on purpose' : undefined,
    });
  }
  return inputs;
}

interface SourceRow {
  kind: string;
  localName: string;
  repo: string;
  path: string;
  commit: string;
}

/**
 * The corpus files, each placed back at its path in its repository (corpus/README.md, SOURCES.tsv)
 * together with the other redis-conf / sentinel-conf files of that repository and commit.
 */
export async function corpusInputs(): Promise<AgreementInput[]> {
  const corpus = join(sharedRoot, 'corpus');
  const rows: SourceRow[] = (await readFile(join(corpus, 'SOURCES.tsv'), 'utf8'))
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [kind = '', localName = '', repo = '', path = '', commit = ''] = l.split('\t');
      return { kind, localName, repo, path, commit };
    });
  const kinds = ['redis-conf', 'sentinel-conf'];
  const onDisk = (await fg(kinds.map((k) => `${k}/*`), { cwd: corpus, dot: true, onlyFiles: true })).sort();
  const byLocal = new Map(rows.filter((r) => kinds.includes(r.kind)).map((r) => [`${r.kind}/${r.localName}`, r]));
  const repository = (row: SourceRow | undefined) => (row ? `${row.repo}@${row.commit}` : undefined);

  const bytes = new Map<string, Buffer>();
  for (const local of onDisk) bytes.set(local, await readFile(join(corpus, local)));

  return onDisk.map((local): AgreementInput => {
    const row = byLocal.get(local);
    const files = new Map<string, Buffer>();
    if (row) {
      for (const other of onDisk) {
        const otherRow = byLocal.get(other);
        if (otherRow && repository(otherRow) === repository(row)) files.set(otherRow.path, bytes.get(other)!);
      }
    } else {
      files.set(basename(local), bytes.get(local)!);
    }
    const [kind] = local.split('/');
    return {
      id: `corpus/${local}`,
      group: 'corpus',
      mode: kind === 'sentinel-conf' ? 'redis-sentinel' : 'redis-server',
      files,
      file: row?.path ?? basename(local),
      // corpus/README.md: the three users.acl files are what `aclfile` reads, not config files.
      excluded: local.endsWith('.acl') ? 'an ACL file that aclfile reads, not a config file' : undefined,
    };
  });
}

export function mutantInputs(): AgreementInput[] {
  return generateMutants().map((m) => ({
    id: `mutants/${m.name}`,
    group: 'mutants',
    mode: m.mode,
    files: new Map([...m.files].map(([path, text]) => [path, Buffer.from(text, 'latin1')])),
    file: m.file,
    note: m.edit,
  }));
}
