import { LineIndex, type Span } from '../../model/span.js';
import type { SourceFile } from '../../model/source-file.js';

/**
 * The files of one compose project (a base file, its override, included and extended files) laid
 * end to end in one offset space, so that text read from any of them — a command from the
 * override, an environment entry from the base — keeps offsets that say which file wrote it.
 * Every span it makes points into that file, at that file's own line and column.
 */
export class ProjectIndex extends LineIndex {
  readonly #parts: { start: number; end: number; index: LineIndex }[];

  private constructor(text: string, parts: { start: number; end: number; index: LineIndex }[]) {
    super(parts[0]!.index.file, text);
    this.#parts = parts;
  }

  /** The files in order; `startOf(file)` is where each one's offsets begin. */
  static of(files: readonly SourceFile[]): ProjectIndex {
    const parts: { start: number; end: number; index: LineIndex }[] = [];
    let text = '';
    for (const file of files) {
      // A line break between files: no span ever runs from one file into the next.
      if (text) text += '\n';
      parts.push({ start: text.length, end: text.length + file.text.length, index: file.index });
      text += file.text;
    }
    return new ProjectIndex(text, parts);
  }

  /** Where a file's offsets begin in the project's offset space. */
  startOf(file: SourceFile): number {
    return this.#parts.find((p) => p.index === file.index)?.start ?? 0;
  }

  /** The project offsets a span of one of its files covers (the inverse of span()). */
  rangeOf(span: Span): [number, number] {
    const part = this.#parts.find((p) => p.index.file === span.file) ?? this.#parts[0]!;
    const at = (line: number, column: number) => part.start + (part.index.lineStarts[line - 1] ?? 0) + column - 1;
    return [at(span.line, span.column), at(span.endLine, span.endColumn)];
  }

  #partAt(offset: number) {
    let found = this.#parts[0]!;
    for (const part of this.#parts) if (part.start <= offset) found = part;
    return found;
  }

  override position(offset: number): { line: number; column: number } {
    const part = this.#partAt(offset);
    return part.index.position(offset - part.start);
  }

  override span(start: number, end: number = start): Span {
    const part = this.#partAt(start);
    return part.index.span(start - part.start, Math.min(Math.max(end, start), part.end) - part.start);
  }
}
