import { LineIndex } from './span.js';

/** What a file is to sentinel-lint; decided by discovery, content first and base name second. */
export type FileKind = 'redis-conf' | 'sentinel-conf' | 'compose' | 'python' | 'env';

/** One file of the project as it was read, once: decoded text and its line index. */
export interface SourceFile {
  /** Relative to the working directory, `/`-separated: what every output prints. */
  path: string;
  /** Relative to the project root, `/`-separated: what include paths and scopes resolve against. */
  rootPath: string;
  kind: FileKind;
  text: string;
  index: LineIndex;
}

export function sourceFile(path: string, text: string, kind: FileKind, rootPath: string = path): SourceFile {
  return { path, rootPath, kind, text, index: new LineIndex(path, text) };
}
