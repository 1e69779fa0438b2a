// The linter's side of the agreement test and the comparison with the server's verdict. The linter
// refuses a file when it reports, at level `error`, a finding of a rule marked `refusesStart`.

import { dirname, join, normalize } from 'node:path/posix';
import { stage, type AgreementInput, type ServerVerdict } from './run-server.js';
import { serverLines, serverPhase, STARTUP_PHASE, type ServerLine } from './server-lines.js';

export type LintFn = (typeof import('../../src/index.js'))['lint'];

// Loaded with a variable specifier, so that while src/ is being written and does not load, the test
// fails with a message that says so instead of failing to collect.
const INDEX: string = '../../src/index.js';

/** The linter's `lint`, or why it cannot be used yet. */
export async function loadLint(): Promise<LintFn | string> {
  try {
    const module = (await import(INDEX)) as { lint?: unknown };
    return typeof module.lint === 'function' ? (module.lint as LintFn) : 'src/index.ts does not export a function `lint` yet';
  } catch (error) {
    return `src/index.ts cannot be loaded yet (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

interface Refusal {
  file: string;
  line: number;
  ruleId: string;
  message: string;
}

export interface LinterVerdict {
  /** Refusing findings in the input and in the files it includes. */
  refusals: Refusal[];
  /** The other findings there, for failure messages only (an error whose rule is not `refusesStart`). */
  others?: (Refusal & { level: string })[];
  /** Crashes of the parser on these files or of rules that refuse start-up: the verdict is unknown. */
  crashed: string[];
}

/** The files an input pulls in with literal (non-glob) relative includes, followed transitively. */
function includedFiles(input: AgreementInput, text: string): Set<string> {
  const found = new Set<string>();
  const pending: [string, string][] = [[input.file, text]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [, content] = next;
    for (const line of serverLines(content)) {
      const target = line.directive === 'include' ? line.args[1] : undefined;
      if (!target || target.startsWith('/') || /[*?[]/.test(target)) continue;
      // The server runs in the input's folder, so every relative include resolves against it.
      const resolved = normalize(join(dirname(input.file), target));
      const bytes = input.files.get(resolved);
      if (bytes && !found.has(resolved) && resolved !== input.file) {
        found.add(resolved);
        pending.push([resolved, bytes.toString('latin1')]);
      }
    }
  }
  return found;
}

/** Lints a copy of the input as the server judged it (same text, same siblings). */
export async function judgeWithLinter(lint: LintFn, input: AgreementInput, text: string, workDir: string): Promise<LinterVerdict> {
  const root = join(workDir, 'lint');
  await stage(input, root, text);
  const result = await lint({ cwd: root, paths: ['.'], settings: { redisVersion: '7.0' } });
  const refuses = new Set(result.rules.filter((r) => r.refusesStart).map((r) => r.id));
  const relevant = new Set([input.file, ...includedFiles(input, text)]);
  const mine = result.findings.filter((f) => relevant.has(f.at.file));
  const refusing = (f: (typeof mine)[number]) => f.level === 'error' && refuses.has(f.ruleId);
  const brief = (f: (typeof mine)[number]) => ({ file: f.at.file, line: f.at.line, ruleId: f.ruleId, message: f.message, level: f.level });
  return {
    refusals: mine.filter(refusing).map(brief),
    others: mine.filter((f) => !refusing(f)).map(brief),
    // A crash in a rule that refuses start-up, or in the parser on one of these files, leaves the
    // linter's verdict unknown.
    crashed: result.crashes
      .filter(({ where }) => relevant.has(where) || refuses.has(where.replace(/^rule /, '')))
      .map(({ where, error }) => `${where}: ${error instanceof Error ? error.message : String(error)}`),
  };
}

// Directives whose problems the server finds only after reading the whole file (listening, TLS,
// modules, ACL users): a finding on one of them does not come before a later FATAL line.
const STARTUP_DIRECTIVES = /^(user|aclfile|bind|loadmodule|tls-.*)$/;

/**
 * Undefined when linter and server agree: both start, or both refuse and the linter's first refusing
 * line (in the order the server acts on lines) is where the server stopped. Otherwise, why not.
 */
export function disagreement(input: AgreementInput, server: Exclude<ServerVerdict, { kind: 'excluded' }>, linter: LinterVerdict): string | undefined {
  if (linter.crashed.length > 0) return `the linter crashed: ${linter.crashed.join('; ')}`;
  if (server.kind === 'accepted') return linter.refusals.length === 0 ? undefined : 'the server starts, the linter refuses the file';
  if (linter.refusals.length === 0) return 'the server refuses the file, the linter reports nothing that refuses start-up';
  const [serverLine] = server.lines;
  if (serverLine === undefined) return undefined; // the server names no line: the verdicts agree
  if (!server.inInput) {
    // The FATAL line is inside an included file.
    const there = linter.refusals.some((r) => r.file !== input.file && r.line === serverLine);
    return there ? undefined : `the server stops at line ${serverLine} of an included file, the linter reports no refusal there`;
  }
  const byNumber = new Map<number, ServerLine>(serverLines(server.text).map((l) => [l.number, l]));
  const order = (line: number) => {
    const parsed = byNumber.get(line);
    const startup = server.startup ? server.lines.includes(line) : STARTUP_DIRECTIVES.test(parsed?.directive ?? '') && line !== serverLine;
    return (startup ? STARTUP_PHASE : serverPhase(parsed, input.mode)) * 1e9 + line;
  };
  const inInput = linter.refusals.filter((r) => r.file === input.file).sort((a, b) => order(a.line) - order(b.line));
  const first = inInput[0];
  if (!first) return `the server stops at line ${serverLine}, the linter refuses only included files`;
  if (server.lines.includes(first.line)) return undefined;
  return `the server stops at line ${server.lines.join(' or ')}, the linter's first refusal is line ${first.line}`;
}

/** One failure paragraph: the server's line and message, then every refusing finding of the linter. */
export function explainDisagreement(input: AgreementInput, server: Exclude<ServerVerdict, { kind: 'excluded' }>, linter: LinterVerdict, why: string): string {
  const out = [`${input.id}${input.note ? ` ${input.note}` : ''} [${input.mode}]: ${why}`];
  if (server.kind === 'accepted') out.push('  server: starts');
  else {
    const where = server.lines.length > 0 ? `line ${server.lines.join(' or ')}${server.inInput ? '' : ' (of an included file)'}` : 'no line named';
    out.push(`  server: refuses at ${where}: ${server.message}${server.recognized ? '' : ' (message not recognised by the harness)'}`);
  }
  if (linter.refusals.length === 0) out.push('  linter: nothing that refuses start-up');
  for (const r of linter.refusals) out.push(`  linter: ${r.file}:${r.line} [${r.ruleId}] ${r.message}`);
  // What the linter says at the server's line without refusing (a rule not marked refusesStart).
  const atServerLine = (r: Refusal) => server.kind === 'rejected' && server.lines.includes(r.line) && (r.file === input.file) === server.inInput;
  for (const r of (linter.others ?? []).filter(atServerLine)) out.push(`  linter, not refusing: ${r.file}:${r.line} [${r.ruleId}, ${r.level}] ${r.message}`);
  for (const e of server.excludedLines) out.push(`  (line ${e.line} left out: ${e.reason})`);
  return out.join('\n');
}
