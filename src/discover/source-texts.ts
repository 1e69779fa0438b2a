import { readBounded } from '../read-file.js';

/** Characters of text a run keeps as read (about 32 MB): a repository of a few thousand files. */
export const TEXTS_KEPT = 32 * 1024 * 1024;

/** Where a file read by discovery lies, and the stamp (size, mtime, inode) it had when it was read. */
export interface ReadFile {
  absolute: string;
  /** Relative to the project root, `/`-separated (SourceFile.rootPath). */
  rootPath: string;
  stamp: string | undefined;
}

/**
 * The texts of the files discovery read. The first TEXTS_KEPT characters of text are kept as read;
 * the rest are read again when asked for. On 10 000 files the texts are most of the memory, while
 * on a repository of a few thousand files reading every file with findings a second time (the
 * fingerprints need each one) cost more than keeping them. Fingerprints and code frames need the
 * texts of the files with findings only, one file at a time.
 *
 * A file that changed or vanished since it was read has no text here (`get` gives undefined):
 * spans and secret masks were computed on the old text, and on another text they could point at
 * the wrong characters and leave a password visible. Its findings then get no code frame.
 */
export class SourceTexts implements ReadonlyMap<string, string> {
  readonly #files: ReadonlyMap<string, ReadFile>;
  /** Texts kept as they were read, within TEXTS_KEPT characters in all. */
  readonly #kept: ReadonlyMap<string, string>;
  /** The last text read: findings and secrets come file by file, so each file is read once. */
  #last: { path: string; text: string | undefined } | undefined;

  constructor(files: ReadonlyMap<string, ReadFile>, kept: ReadonlyMap<string, string> = new Map()) {
    this.#files = files;
    this.#kept = kept;
  }

  get size(): number {
    return this.#files.size;
  }

  get(path: string): string | undefined {
    const kept = this.#kept.get(path);
    if (kept !== undefined) return kept;
    if (this.#last?.path === path) return this.#last.text;
    const file = this.#files.get(path);
    let text: string | undefined;
    if (file !== undefined) {
      const read = readBounded(file.absolute);
      if (read.ok && read.encoding !== 'utf-16' && read.stamp === file.stamp) text = read.text;
    }
    this.#last = { path, text };
    return text;
  }

  /** The root-relative path of a file read, by its cwd-relative path. */
  rootPathOf(path: string): string | undefined {
    return this.#files.get(path)?.rootPath;
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  /** The same files, limited to the given paths (those a finding points at). */
  only(paths: ReadonlySet<string>): SourceTexts {
    const files = new Map([...this.#files].filter(([path]) => paths.has(path)));
    return new SourceTexts(files, new Map([...this.#kept].filter(([path]) => paths.has(path))));
  }

  *entries(): MapIterator<[string, string]> {
    for (const path of this.#files.keys()) {
      const text = this.get(path);
      if (text !== undefined) yield [path, text];
    }
  }

  *keys(): MapIterator<string> {
    for (const [path] of this.entries()) yield path;
  }

  *values(): MapIterator<string> {
    for (const [, text] of this.entries()) yield text;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (text: string, path: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    for (const [path, text] of this.entries()) callback.call(thisArg, text, path, this);
  }
}
