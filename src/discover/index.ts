import { isAbsolute, posix, relative, resolve } from 'node:path';
import ignore from 'ignore';
import type { ParseProblem } from '../model/facts.js';
import { sourceFile, type FileKind, type SourceFile } from '../model/source-file.js';
import { fileSpan } from '../model/span.js';
import { readBounded, type ReadOutcome } from '../read-file.js';
import { SourceTexts, TEXTS_KEPT, type ReadFile } from './source-texts.js';
import { classifyConf, hasComposeShape, isCandidate, isComposeName, isEnvName, isPythonName, isYamlName, kindByName, looksLikeClientPython, looksLikeCompose } from './classify.js';
import { toPosix, walk, type WalkedFile } from './walk.js';
import type { RepoFiles } from '../sources/conf/include-path.js';

export interface Discovery {
  /** The files a source claimed, read once. */
  sources: SourceFile[];
  /** Every root-relative path in the project, claimed or not (include targets, mounts). */
  repoFiles: RepoFiles;
  /** Files that were claimed but could not be read, and links that leave the root. */
  problems: ParseProblem[];
  /** The sources' texts, read again on demand: for reports made after the sources are let go. */
  texts: SourceTexts;
  /** How many sources were read: those in `sources` and those `take` took. */
  sourceCount: number;
}

export interface DiscoverOptions {
  root: string;
  cwd: string;
  ignores: readonly string[];
  /** Extra globs (gitignore syntax, root-relative) of files to sniff beyond `*.conf` (`deploy/*.cfg`). */
  files?: readonly string[];
  isDirective: (word: string) => boolean;
  /**
   * Handed each source as soon as it is read, in walk order; a source it takes (returns true for)
   * is not kept in `sources`. lint parses conf files here, so that the largest texts are let go
   * one by one instead of all being held until every file is read.
   */
  take?: (source: SourceFile, repoFiles: RepoFiles) => boolean;
  /** Characters of text kept as read (default TEXTS_KEPT); the other texts are read again when asked for. */
  textsKept?: number;
}

export function discover({ root, cwd, ignores, files = [], isDirective, take, textsKept = TEXTS_KEPT }: DiscoverOptions): Discovery {
  const walked = walk(root, ignores);
  const repoFiles: RepoFiles = Object.assign(new Set(walked.files.map((f) => f.rootPath)), { isIgnored: walked.isIgnored });
  const extra = files.length ? ignore().add([...files]) : undefined;
  const claimed = (rootPath: string, baseName: string) => isCandidate(baseName) || (extra?.ignores(rootPath) ?? false);
  const sources: SourceFile[] = [];
  const readFiles = new Map<string, ReadFile>();
  const keptTexts = new Map<string, string>();
  let keptLength = 0;
  const problems: ParseProblem[] = [];
  const displayPath = displayPathFrom(cwd, root);
  /** YAML files of compose's shape that name no Redis: read only if a compose file names them. */
  const composeLike: { file: WalkedFile; path: string; read: ReadOutcome & { ok: true } }[] = [];

  for (const link of walked.problems) {
    if (link.kind !== 'outside-root' || !claimed(link.rootPath, link.rootPath.split('/').pop()!)) continue;
    problems.push({
      rule: 'path-outside-root', at: fileSpan(displayPath(link.rootPath)),
      message: `Not followed: ${link.why}, and sentinel-lint never reads outside the folder it lints. Findings that depend on this file stay unknown.`,
    });
  }

  for (const file of walked.files) {
    if (!claimed(file.rootPath, file.baseName)) continue;
    const path = displayPath(file.rootPath);
    const read = readBounded(file.absolute);
    if (!read.ok) {
      if (kindByName(file.baseName) || isComposeName(file.baseName) || isEnvName(file.baseName) || isPythonName(file.baseName)) {
        problems.push({ rule: 'parse-error', at: fileSpan(path), message: `This file was not linted: ${read.why}.` });
      }
      continue;
    }
    const kind = kindOf(file.baseName, read.text, isDirective);
    if (!kind) {
      if (read.encoding !== 'utf-16' && isYamlName(file.baseName) && hasComposeShape(read.text)) composeLike.push({ file, path, read });
      continue;
    }
    accept(file, path, read, kind);
  }
  // A compose file that names no Redis is still part of the deployment when a claimed compose
  // file names it: a Redis service that `extends` one of its services takes its ports, volumes
  // and restart policy, and an `include`d file brings networks and neighbours. Named files may
  // name more, so this goes on until nothing more is named.
  for (let scanned = 0; composeLike.length > 0 && scanned < sources.length; ) {
    const named = new Set<string>();
    for (; scanned < sources.length; scanned++) namedYamlFiles(sources[scanned]!, named);
    for (let i = 0; i < composeLike.length; i++) {
      const { file, path, read } = composeLike[i]!;
      if (!named.has(file.rootPath)) continue;
      composeLike.splice(i--, 1);
      accept(file, path, read, 'compose');
    }
  }
  return { sources, repoFiles, problems, texts: new SourceTexts(readFiles, keptTexts), sourceCount: readFiles.size };

  /** A file read and classified: reported when it cannot be linted, else a source. */
  function accept(file: WalkedFile, path: string, read: ReadOutcome & { ok: true }, kind: FileKind): void {
    if (read.encoding === 'utf-16') {
      problems.push({
        rule: 'parse-error', at: fileSpan(path),
        message: kind === 'compose' || kind === 'python' || kind === 'env'
          ? 'This file is UTF-16: save it as UTF-8 to have it checked.'
          : 'This file is UTF-16: redis-server reads bytes and refuses it ("Bad directive or wrong number of arguments" on line 1). Save it as UTF-8.',
      });
      return;
    }
    readFiles.set(path, { absolute: file.absolute, rootPath: file.rootPath, stamp: read.stamp });
    if (keptLength + read.text.length <= textsKept) {
      keptTexts.set(path, read.text);
      keptLength += read.text.length;
    }
    const source = sourceFile(path, read.text, kind, file.rootPath);
    if (!take?.(source, repoFiles)) sources.push(source);
  }
}

/** What a file is: by name where the name decides (compose, .env), by content otherwise. */
function kindOf(baseName: string, text: string, isDirective: (word: string) => boolean): FileKind | undefined {
  if (isComposeName(baseName)) return 'compose';
  if (isEnvName(baseName)) return 'env';
  if (isPythonName(baseName)) return looksLikeClientPython(text) ? 'python' : undefined;
  if (isYamlName(baseName)) return looksLikeCompose(text) ? 'compose' : undefined;
  return classifyConf(baseName, text, isDirective);
}

/**
 * A root-relative path as the output writes it: relative to the working directory. Where the root
 * is the working directory or inside it, that is a prefix (path.relative per file was a tenth of
 * discovery on the 2 000-file repository); elsewhere path.relative decides.
 */
function displayPathFrom(cwd: string, root: string): (rootPath: string) => string {
  const rootFromCwd = toPosix(relative(cwd, root));
  if (rootFromCwd === '') return (rootPath) => rootPath;
  if (rootFromCwd !== '..' && !rootFromCwd.startsWith('../') && !isAbsolute(rootFromCwd)) return (rootPath) => `${rootFromCwd}/${rootPath}`;
  return (rootPath) => toPosix(relative(cwd, resolve(root, rootPath))) || rootPath;
}

/**
 * The root paths of the YAML files a compose file may name in `extends: file:` or `include:`,
 * resolved against its folder: every word ending in .yml or .yaml (a path with a variable in it
 * resolves to nothing, and stays unread).
 */
function namedYamlFiles(source: SourceFile, into: Set<string>): void {
  if (source.kind !== 'compose' || !/\b(extends|include)\b/.test(source.text)) return;
  const folder = posix.dirname(source.rootPath);
  for (const [word] of source.text.matchAll(/[^\s'"#:,[\]{}]+\.ya?ml\b/g)) {
    if (word.startsWith('/')) continue; // outside the repository: never read
    const rootPath = posix.normalize(posix.join(folder, word));
    if (!rootPath.startsWith('../')) into.add(rootPath);
  }
}
