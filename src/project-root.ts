import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const MARKERS = ['.sentinel-lint.yml', '.sentinel-lint.yaml', '.sentinel-lint.json', '.git'];

/**
 * The project root: the nearest folder at or above the first path that holds a sentinel-lint
 * config or `.git`, else the working directory (DESIGN.md "Paths on the command line").
 */
export function findProjectRoot(cwd: string, firstPath: string | undefined): string {
  const start = resolve(cwd, firstPath ?? '.');
  let folder = isDirectory(start) ? start : dirname(start);
  for (;;) {
    if (MARKERS.some((marker) => existsSync(resolve(folder, marker)))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return resolve(cwd);
    folder = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
