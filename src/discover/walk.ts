import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Folders that never hold a deployment's own configuration and can be huge. */
const NEVER_ENTER = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface WalkedFile {
  absolute: string;
  /** Root-relative, `/`-separated. */
  rootPath: string;
  baseName: string;
}

export interface WalkProblem {
  rootPath: string;
  kind: 'outside-root' | 'unreadable';
  why: string;
}

export interface WalkResult {
  files: WalkedFile[];
  problems: WalkProblem[];
  /** Whether a root-relative path is ignored (by a .gitignore or the config), or inside an ignored folder. */
  isIgnored(rootPath: string): boolean;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/**
 * Every file under the project root that `.gitignore` files and the config's `ignores` leave in.
 * Links are never followed out of the root (`path-outside-root`); a link to a file inside is read
 * under its own name; links to folders are not entered, so a link loop cannot make the walk spin.
 */
export function walk(root: string, ignores: readonly string[]): WalkResult {
  const realRoot = realpathSync(root);
  const files: WalkedFile[] = [];
  const problems: WalkProblem[] = [];
  const configIgnore = ignore().add([...ignores]);
  // Each .gitignore applies below its own folder, with paths relative to it.
  const gitignores: { folder: string; rules: Ignore }[] = [];

  const ignored = (rootPath: string, isDir: boolean) => {
    const probe = isDir ? `${rootPath}/` : rootPath;
    if (configIgnore.ignores(probe)) return true;
    return gitignores.some(({ folder, rules }) => {
      if (folder !== '' && !rootPath.startsWith(folder + '/')) return false;
      const inner = folder === '' ? probe : probe.slice(folder.length + 1);
      return rules.ignores(inner);
    });
  };

  const visit = (absolute: string, rootPath: string) => {
    let entries;
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      problems.push({ rootPath, kind: 'unreadable', why: (error as NodeJS.ErrnoException).code ?? 'error' });
      return;
    }
    const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gitignore) {
      try {
        gitignores.push({ folder: rootPath, rules: ignore().add(readFileSync(join(absolute, '.gitignore'), 'utf8')) });
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childAbsolute = join(absolute, entry.name);
      const childRoot = rootPath === '' ? entry.name : `${rootPath}/${entry.name}`;
      if (entry.isDirectory()) {
        if (NEVER_ENTER.has(entry.name) || ignored(childRoot, true)) continue;
        visit(childAbsolute, childRoot);
      } else if (entry.isFile()) {
        if (!ignored(childRoot, false)) files.push({ absolute: childAbsolute, rootPath: childRoot, baseName: entry.name });
      } else if (entry.isSymbolicLink()) {
        if (ignored(childRoot, false)) continue;
        followLink(childAbsolute, childRoot, entry.name);
      }
    }
  };

  const followLink = (absolute: string, rootPath: string, baseName: string) => {
    let target: string;
    try {
      target = realpathSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ rootPath, kind: 'unreadable', why: code === 'ELOOP' ? 'it is a symbolic link loop' : `its link target cannot be read (${code})` });
      return;
    }
    const inside = relative(realRoot, target);
    if (inside.startsWith('..') || inside === '' || /^[a-zA-Z]:/.test(inside) || inside.startsWith(sep)) {
      problems.push({ rootPath, kind: 'outside-root', why: `it links to ${inside === '' ? 'the root itself' : 'a path outside the linted folder'}` });
      return;
    }
    try {
      if (statSync(target).isFile()) files.push({ absolute, rootPath, baseName });
    } catch {
      // Gone between the two calls: nothing to read.
    }
  };

  visit(root, '');
  const isIgnored = (rootPath: string) => {
    const parts = rootPath.split('/');
    return parts.some((_, i) => ignored(parts.slice(0, i + 1).join('/'), i < parts.length - 1));
  };
  return { files, problems, isIgnored };
}

export { toPosix };
