/**
 * 1-based line and column, exclusive end (SARIF, ESLint); `file` is relative to the working
 * directory with `/` separators. Columns count UTF-16 code units (SARIF `utf16CodeUnits`).
 */
export interface Span {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Maps string offsets of one file to positions. It is the only offset → position code: every
 * span in the project is made here, so no rule or formatter can get a location wrong.
 */
export class LineIndex {
  /** Offsets at which each line starts; lineStarts[0] is 0. */
  readonly lineStarts: number[];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    const last = this.lineStarts[this.lineStarts.length - 1]!;
    // A trailing newline does not start a line of its own.
    return last === this.text.length && this.lineStarts.length > 1 ? this.lineStarts.length - 1 : this.lineStarts.length;
  }

  /** 1-based line and column of an offset (clamped into the text). */
  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - this.lineStarts[low]! + 1 };
  }

  /** The span of [start, end) offsets. An empty range still covers one column. */
  span(start: number, end: number = start): Span {
    const from = this.position(start);
    const to = this.position(Math.max(end, start));
    const endColumn = to.line === from.line && to.column <= from.column ? from.column + 1 : to.column;
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn };
  }

  /** The span of a whole line (1-based), without its line break. */
  lineSpan(line: number): Span {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    let end = this.lineStarts[line] ?? this.text.length;
    if (end > start && this.text[end - 1] === '\n') end--;
    if (end > start && this.text[end - 1] === '\r') end--;
    return this.span(start, end);
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /** The text a span covers, when it lies on one line. */
  textOn(span: Span): string | undefined {
    if (span.line !== span.endLine) return undefined;
    const start = this.lineStart(span.line);
    return this.text.slice(start + span.column - 1, start + span.endColumn - 1);
  }
}

/** A key naming one place (file, start and end): for sets and maps of places. */
export function spanKey(at: Span): string {
  return `${at.file}\0${at.line}\0${at.column}\0${at.endLine}\0${at.endColumn}`;
}

/** A span at the start of a file, for problems that belong to the file as a whole. */
export function fileSpan(file: string): Span {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 2 };
}

export function compareSpans(a: Span, b: Span): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
