import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';

/** One expected finding: a rule at a line of a file, optionally with a message fragment or a column. */
export interface Expectation {
  file: string;
  line: number;
  ruleId: string;
  column?: number;
  fragment?: string;
}

const MARKER = /^\s*#\s*expect(?:\(\+(\d+)\))?:\s*([a-z0-9-]+)(?:\s+"([^"]*)")?\s*$/;
const COMMENT_OR_BLANK = /^\s*(#.*)?$/;

/**
 * Expectations of a fixture folder (STYLE.md §2.7): `# expect: <rule> ["fragment"]` points at the
 * next line that is neither blank nor a comment, `# expect(+N): <rule>` at the line N below it.
 * What markers cannot say goes in `expect.txt`, one finding a line as `--format compact` prints
 * it (`file:line:col: level message [rule-id]`).
 */
export function readExpectations(dir: string): Expectation[] {
  const expectations: Expectation[] = [];
  const files = fg.sync(['**/*'], { cwd: dir, dot: true, onlyFiles: true, ignore: ['expect.txt'] });
  for (const file of files.sort()) {
    const bytes = readFileSync(join(dir, file));
    if (bytes.includes(0)) continue;
    const lines = bytes.toString('utf8').split('\n');
    lines.forEach((text, index) => {
      const marker = MARKER.exec(text);
      if (!marker) return;
      const [, offset, ruleId, fragment] = marker;
      let line = index + 1 + Number(offset ?? 0);
      if (offset === undefined) {
        let next = index + 1;
        while (next < lines.length && COMMENT_OR_BLANK.test(lines[next]!)) next++;
        line = next + 1;
      }
      expectations.push({ file, line, ruleId: ruleId!, ...(fragment ? { fragment } : {}) });
    });
  }
  const listed = join(dir, 'expect.txt');
  if (existsSync(listed)) {
    for (const entry of readFileSync(listed, 'utf8').split('\n')) {
      const parsed = /^(.+?):(\d+):(\d+): \w+ (.*) \[([a-z0-9-]+)\]$/.exec(entry.trim());
      if (!parsed) continue;
      const [, file, line, column, , ruleId] = parsed;
      expectations.push({ file: file!, line: Number(line), column: Number(column), ruleId: ruleId! });
    }
  }
  return expectations;
}

export interface ActualFinding {
  ruleId: string;
  message: string;
  at: { file: string; line: number; column: number };
}

/** Multisets compared: each expectation consumes one matching finding. */
export function compare(expected: Expectation[], actual: ActualFinding[]): { missing: string[]; unexpected: string[] } {
  const left = [...actual];
  const missing: string[] = [];
  for (const e of expected) {
    const i = left.findIndex(
      (f) =>
        f.ruleId === e.ruleId &&
        f.at.file === e.file &&
        f.at.line === e.line &&
        (e.column === undefined || f.at.column === e.column) &&
        (e.fragment === undefined || f.message.includes(e.fragment)),
    );
    if (i === -1) missing.push(`${e.file}:${e.line}: [${e.ruleId}]${e.fragment ? ` "${e.fragment}"` : ''}`);
    else left.splice(i, 1);
  }
  return { missing, unexpected: left.map((f) => `${f.at.file}:${f.at.line}:${f.at.column}: [${f.ruleId}] ${f.message}`) };
}
