import type { ParseProblem, Parsed } from '../../model/facts.js';
import { fileSpan } from '../../model/span.js';
import type { SourceFile } from '../../model/source-file.js';
import { Evaluator } from './evaluate.js';
import type { PythonFacts } from './facts.js';
import { bracketDepth, firstErrorNode, parsePythonTree } from './py-tree.js';
import { SecretCollector } from './secrets.js';
import { walkModule } from './statements.js';

/** Larger files are not settings modules (generated code, vendored data): they are not read. */
export const MAX_PYTHON_BYTES = 2 * 1024 * 1024;
/** Brackets nested deeper than this are machine-made; lezer would recurse that deep building its tree. */
export const MAX_PYTHON_NESTING = 500;

const SYNTAX_ERROR = 'Python syntax error: this file cannot be fully read; settings after this point may be missed.';

export function emptyPythonFacts(file: string): PythonFacts {
  return {
    file,
    assignments: [],
    classes: [],
    imports: [],
    celeryApps: [],
    celerySettings: [],
    opaqueConfUpdates: [],
    mutations: [],
    envSets: [],
    confItemChanges: [],
    taskDelays: [],
    flask: [],
    configFromObject: [],
    redisCalls: [],
    secrets: [],
  };
}

/**
 * Reads a Python settings module with `@lezer/python`, never running it. A syntax error is one
 * `parse-error` at the first error (lezer recovers, so what it could read is still returned);
 * this function never throws: a bug in it becomes a `parse-error` on this file only.
 */
export function parsePython(file: Pick<SourceFile, 'path' | 'text' | 'index'>): Parsed<PythonFacts> {
  const problems: ParseProblem[] = [];
  if (file.text.length > MAX_PYTHON_BYTES) {
    problems.push({ rule: 'parse-error', at: fileSpan(file.path), message: 'Python file larger than 2 MB: it is not read as a settings module.' });
    return { facts: emptyPythonFacts(file.path), problems };
  }
  if (bracketDepth(file.text) > MAX_PYTHON_NESTING) {
    problems.push({ rule: 'parse-error', at: fileSpan(file.path), message: `Python file with brackets nested more than ${MAX_PYTHON_NESTING} deep: it is not read as a settings module.` });
    return { facts: emptyPythonFacts(file.path), problems };
  }
  const facts = emptyPythonFacts(file.path);
  const secrets = new SecretCollector(file.index);
  try {
    const top = parsePythonTree(file.text);
    const error = firstErrorNode(top);
    if (error) problems.push({ rule: 'parse-error', at: file.index.span(error.from, error.to), message: SYNTAX_ERROR });
    walkModule(new Evaluator(file.text, file.index, facts, secrets), top);
  } catch (error) {
    const message =
      error instanceof RangeError
        ? 'Python file nested too deeply to read: its settings are not checked.'
        : 'This Python file could not be read (an internal error of sentinel-lint); its settings are not checked.';
    problems.push({ rule: 'parse-error', at: fileSpan(file.path), message });
    return { facts: { ...emptyPythonFacts(file.path), secrets: secrets.secrets }, problems };
  }
  facts.secrets = secrets.secrets;
  return { facts, problems };
}
