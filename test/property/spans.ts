import type { Span } from '../../src/model/span.js';

/**
 * Spans that are not a real place in their file: a file the run does not know, a line or column
 * below 1 or past the end, or an end before the start. Lines count as LineIndex counts them.
 */
export function misplaced(spans: readonly Span[], texts: ReadonlyMap<string, string>): string[] {
  const bad: string[] = [];
  const linesOf = new Map<string, string[]>();
  for (const at of spans) {
    const text = texts.get(at.file);
    const where = `${at.file}:${at.line}:${at.column}-${at.endLine}:${at.endColumn}`;
    if (text === undefined) {
      bad.push(`${where} (no such file)`);
      continue;
    }
    const lines = linesOf.get(at.file) ?? text.split('\n');
    linesOf.set(at.file, lines);
    const ok =
      Number.isInteger(at.line) && Number.isInteger(at.column) && Number.isInteger(at.endLine) && Number.isInteger(at.endColumn) &&
      at.line >= 1 && at.line <= lines.length && at.column >= 1 && at.column <= lines[at.line - 1]!.length + 1 &&
      at.endLine >= at.line && at.endLine <= lines.length &&
      (at.endLine > at.line ? at.endColumn >= 1 : at.endColumn > at.column) &&
      // An empty range still covers one column, so an end may sit one past the line's end.
      at.endColumn <= lines[at.endLine - 1]!.length + 2;
    if (!ok) bad.push(where);
  }
  return bad;
}
