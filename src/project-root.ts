import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

const MARKERS = ['.sentinel-lint.yml', '.sentinel-lint.yaml', '.sentinel-lint.json', '.git'];

/**
 * The project root: the nearest folder at or above the first path that holds a sentinel-lint
 * config or `.git`, else the working directory (DESIGN.md "Paths on the command line"), unless
 * the first path lies outside it: then that path's own folder. `cd /tmp && sentinel-lint
 * ~/deploy` must read ~/deploy, not everything under /tmp.
 */
export function findProjectRoot(cwd: string, firstPath: string | undefined): string {
  const start = resolve(cwd, firstPath ?? '.');
  const startFolder = isDirectory(start) ? start : dirname(start);
  for (let folder = startFolder; ; ) {
    if (MARKERS.some((marker) => existsSync(resolve(folder, marker)))) return folder;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const base = resolve(cwd);
  const fromBase = relative(base, startFolder);
  const inside = fromBase === '' || (!fromBase.startsWith('..') && !isAbsolute(fromBase));
  return inside ? base : startFolder;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
