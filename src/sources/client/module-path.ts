/** Root-relative `/`-separated paths of Python modules, as `import a.b` would find them in the repository. */

/** The folder of a root-relative path ('' for the root). */
export function parentFolder(rootPath: string): string {
  const i = rootPath.lastIndexOf('/');
  return i === -1 ? '' : rootPath.slice(0, i);
}

function join(folder: string, rest: string): string {
  return folder === '' ? rest : `${folder}/${rest}`;
}

/**
 * The repository files that may hold `module` imported from `importer`: `a/b.py` or
 * `a/b/__init__.py`, from the root first (the usual working directory) and then from the
 * importer's folder (a script run from its own folder). A relative module (`.base`, `..x`)
 * resolves from the importer's package only.
 */
export function moduleCandidates(module: string, importer: string): string[] {
  const dots = /^\.*/.exec(module)![0].length;
  const dotted = module.slice(dots);
  const tail = dotted === '' ? [] : dotted.split('.');
  const files = (folder: string): string[] => {
    if (tail.length === 0) return [join(folder, '__init__.py')];
    const base = join(folder, tail.join('/'));
    return [`${base}.py`, `${base}/__init__.py`];
  };
  if (dots > 0) {
    let folder = parentFolder(importer);
    for (let i = 1; i < dots; i++) folder = parentFolder(folder);
    return files(folder);
  }
  const here = parentFolder(importer);
  return here === '' ? files('') : [...files(''), ...files(here)];
}
