#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/model/span.ts
var LineIndex = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }
  file;
  text;
  /** Offsets at which each line starts; lineStarts[0] is 0. */
  lineStarts;
  get lineCount() {
    const last = this.lineStarts[this.lineStarts.length - 1];
    return last === this.text.length && this.lineStarts.length > 1 ? this.lineStarts.length - 1 : this.lineStarts.length;
  }
  /** 1-based line and column of an offset (clamped into the text). */
  position(offset) {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - this.lineStarts[low] + 1 };
  }
  /** The span of [start, end) offsets. An empty range still covers one column. */
  span(start, end = start) {
    const from = this.position(start);
    const to = this.position(Math.max(end, start));
    const endColumn = to.line === from.line && to.column <= from.column ? from.column + 1 : to.column;
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn };
  }
  /** The span of a whole line (1-based), without its line break. */
  lineSpan(line) {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    let end = this.lineStarts[line] ?? this.text.length;
    if (end > start && this.text[end - 1] === "\n") end--;
    if (end > start && this.text[end - 1] === "\r") end--;
    return this.span(start, end);
  }
  /** Offset where a 1-based line starts. */
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
};
function fileSpan(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 2 };
}
function compareSpans(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

export {
  LineIndex,
  fileSpan,
  compareSpans
};
