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

/**
 * The same file read as another kind, or with another text and index (a compose project's files as
 * one offset space). Built with sourceFile's shape: objects of one shape keep the hot parsers'
 * optimised code, where a spread copy is a shape of its own that throws it away.
 */
export function sourceFileAs(file: SourceFile, changes: { kind?: FileKind; text?: string; index?: LineIndex }): SourceFile {
  return { path: file.path, rootPath: file.rootPath, kind: changes.kind ?? file.kind, text: changes.text ?? file.text, index: changes.index ?? file.index };
}
