import { LineIndex, type Span } from '../../../src/model/span.js';
import type { PythonFacts, PyStr, PyValue } from '../../../src/sources/python/facts.js';
import { parsePython } from '../../../src/sources/python/parse-python.js';

export const FILE = 'app/settings.py';

export function parse(text: string) {
  return parsePython({ path: FILE, text, index: new LineIndex(FILE, text) });
}

export function facts(text: string): PythonFacts {
  return parse(text).facts;
}

/** The last module-level value bound to a name. */
export function valueOf(f: PythonFacts, name: string): PyValue {
  const found = f.assignments.filter((a) => a.name === name).at(-1);
  if (!found) throw new Error(`${name} is not assigned`);
  return found.value;
}

export function str(value: PyValue | undefined): PyStr {
  if (value?.kind !== 'str') throw new Error(`not a string: ${value?.kind}`);
  return value;
}

/** Where character i of a string came from. */
export function charSpan(text: string, value: PyStr, i: number): Span {
  return new LineIndex(FILE, text).span(value.text.from[i]!, value.text.to[i]!);
}

export function holes(value: PyStr): string[] {
  return value.text.holes.flatMap((h, i) => (h && value.text.holes[i - 1] !== h ? [h.why] : []));
}

export const at = (line: number, column: number, endLine: number, endColumn: number): Span => ({ file: FILE, line, column, endLine, endColumn });
