import { posix } from 'node:path';

/** Root-relative, `/`-separated paths of every file in the project that is not ignored. */
export interface RepoFiles extends ReadonlySet<string> {
  /** Ignored paths (.gitignore) may exist where the file is deployed: generated, or kept out of git on purpose. */
  isIgnored?(rootPath: string): boolean;
}

export type IncludeResolution =
  | { kind: 'found'; rootPath: string }
  | { kind: 'missing' }
  | { kind: 'outside-root' }
  | { kind: 'unknown' };

/**
 * Where `include <path>` leads. redis-server resolves a relative path against its working
 * directory, which an earlier `dir` changes (`dir` calls chdir while parsing). For a conf file
 * that nothing else starts, the working directory is taken to be the file's own folder
 * (`redis-server redis.conf`) until a `dir` line changes it; after that, and for absolute paths
 * (which name the deployed machine, not the repository), the file is unknown. Glob patterns that
 * match nothing are ignored by the server, so they are unknown too.
 */
export function resolveInclude(confRootPath: string, path: string, dirChanged: boolean, repoFiles: RepoFiles): IncludeResolution {
  if (path === '') return { kind: 'missing' }; // fopen("") fails wherever the server runs
  if (dirChanged || path.startsWith('/') || /[*?[]/.test(path)) return { kind: 'unknown' };
  const joined = posix.normalize(posix.join(posix.dirname(confRootPath), path));
  if (joined === '..' || joined.startsWith('../')) return { kind: 'outside-root' };
  if (repoFiles.has(joined)) return { kind: 'found', rootPath: joined };
  // A file kept out of git (secrets.conf in .gitignore) is expected where the server runs.
  if (repoFiles.isIgnored?.(joined)) return { kind: 'unknown' };
  // The same relative path elsewhere in the repository means the server may well be started from
  // there (a `bin/` folder beside per-node folders): then the working directory is not known.
  const suffix = '/' + posix.normalize(path);
  for (const file of repoFiles) if (file.endsWith(suffix) || file === posix.normalize(path)) return { kind: 'unknown' };
  return { kind: 'missing' };
}
