import { posix } from 'node:path';
import { holeIn, MappedTextBuilder, sourceRange, type MappedText } from './mapped-text.js';
import { baseName, programOf, SHELLS, unwrap } from './programs.js';
import { expandWord, type ShellValue } from './sh-expand.js';
import { lexScript, type ShWord } from './sh-lexer.js';
import { parseScript, type AndOr, type Command, type List, type Redirection } from './sh-parse.js';
import type { Word } from './shell-words.js';

/** What a file holds when a program starts, as far as the script shows. */
export type FileSnapshot =
  | { kind: 'written'; content: MappedText }
  /** The file at `from` (from the image or a mount; itself when the script only appended) plus lines. */
  | { kind: 'copied'; from: string; appended: MappedText }
  /** The script did not touch it: it comes from the image or a mount. */
  | { kind: 'untouched' }
  | { kind: 'unknown'; why: string };

/** A Redis or Valkey program the script starts. */
export interface Started {
  /** The program's word: redis-server…, or `docker-entrypoint.sh` when that adds the server itself. */
  program: Word;
  args: Word[];
  /** False when it starts only on some paths (inside `if`, a loop, after `||`). */
  certain: boolean;
  /** The file named by its first argument, when that is not an option. */
  file?: { path: string; snapshot: FileSnapshot };
}

export interface ScriptRun {
  started: Started[];
  /** Things the script does that hide what runs: a script it calls, a syntax error. */
  opaque: string[];
}

type FileState = FileSnapshot | { kind: 'removed' };

interface Shell {
  script: MappedText;
  vars: Map<string, ShellValue>;
  exported: Set<string>;
  files: Map<string, FileState>;
  cwd: string | undefined;
  run: ScriptRun;
  /** A write to a path that is not known: any file read later may be it. */
  unknownWrite?: string;
  depth: number;
}

/** Nesting of `sh -c` inside scripts beyond this is not followed. */
const MAX_DEPTH = 6;

/** Commands that read but never write the files they name. */
const READ_ONLY = new Set([
  'cat', 'echo', 'printf', 'ls', 'test', '[', 'grep', 'head', 'tail', 'stat', 'getent', 'ping', 'nc', 'sleep', 'mkdir',
  'chmod', 'chown', 'id', 'whoami', 'hostname', 'date', 'true', 'false', ':', 'redis-cli', 'valkey-cli', 'wait', 'trap',
  'ulimit', 'umask', 'set', 'shift', 'break', 'continue', 'return', 'exit', 'export', 'readonly', 'local', 'cd', 'until',
  'which', 'command', 'type', 'awk', 'wc', 'sort', 'uniq', 'cut', 'tr', 'basename', 'dirname', 'touch', 'nslookup', 'dig',
]);

/**
 * Follows a `sh -c` script the way the shell would run it, to learn which Redis programs it
 * starts and what their config files hold by then: `echo`/`printf`/here-documents written with
 * `>` and `>>`, `cp`/`mv`/`cat` copies, nested `sh -c`. What it cannot follow it says so for
 * (`sed -i` on the file, a script it does not read, a loop that writes the file) and leaves
 * unknown; it never guesses.
 */
export function runScript(script: MappedText, environment: ReadonlyMap<string, string>, cwd: string | undefined): ScriptRun {
  const vars = new Map<string, ShellValue>();
  for (const [name, value] of environment) vars.set(name, { known: true, text: value });
  const shell: Shell = { script, vars, exported: new Set(environment.keys()), files: new Map(), cwd, run: { started: [], opaque: [] }, depth: 0 };
  interpret(shell, script, true);
  return shell.run;
}

/** Runs a script text in the shell; false when it ended the shell (`exec`, `exit`). */
function interpret(shell: Shell, script: MappedText, certain: boolean): boolean {
  const lexed = lexScript(script);
  if (!lexed.ok) {
    shell.run.opaque.push(`the shell cannot read the script: ${lexed.why}`);
    return false;
  }
  const parsed = parseScript(lexed.tokens);
  if (!parsed.ok) {
    shell.run.opaque.push(`the shell cannot read the script: ${parsed.why}`);
    return false;
  }
  const saved = shell.script;
  shell.script = script;
  const going = runList(shell, parsed.list, certain);
  shell.script = saved;
  return going;
}

function runList(shell: Shell, list: List, certain: boolean): boolean {
  for (const andOr of list) if (!runAndOr(shell, andOr, certain)) return false;
  return true;
}

function runAndOr(shell: Shell, andOr: AndOr, certain: boolean): boolean {
  for (const { op, pipeline } of andOr.pipelines) {
    // `a || b`: b runs only when a fails; `a && b` is taken to succeed, as scripts are written to.
    const sure = certain && op !== '||';
    const going = runPipeline(shell, pipeline.commands, sure, andOr.background);
    if (!going && sure && !andOr.background) return false;
  }
  return true;
}

function runPipeline(shell: Shell, commands: Command[], certain: boolean, background: boolean): boolean {
  let input: Output | undefined;
  let going = true;
  commands.forEach((command, k) => {
    const last = k === commands.length - 1;
    const result = runCommand(shell, command, certain, input, !last);
    input = result.output;
    if (last && !result.going && !background && commands.length === 1) going = false;
  });
  return going;
}

/** What a command prints, when it can be known; `copyOf` when it prints a file's content. */
type Output = { known: true; text: MappedText } | { known: false; why: string; copyOf?: string };

interface Ran {
  going: boolean;
  output?: Output;
}

function runCommand(shell: Shell, command: Command, certain: boolean, stdin: Output | undefined, piped: boolean): Ran {
  if (command.kind === 'compound') {
    for (const body of command.bodies) runList(shell, body, false);
    for (const redirection of command.redirections) write(shell, redirection, { known: false, why: `written by a "${command.keyword}" block` }, false);
    return { going: true };
  }
  const expand = (word: ShWord) => expandWord(shell.script, word, (name) => lookup(shell, name));
  for (const { name, value } of command.assignments) {
    const fields = expand(value);
    const text = fields.map((f) => f.text).join(' ');
    const hole = fields.map((f) => holeIn(f)).find(Boolean);
    // Assignments inside conditionals or loops may or may not have happened.
    shell.vars.set(name, hole ? { known: false, why: hole.why } : certain ? { known: true, text } : { known: false, why: `$${name} is set inside a conditional or loop` });
  }
  const fields = command.words.flatMap((w) => expand(w).map((value) => ({ value, word: w })));
  const argv: Word[] = fields.map(({ value, word }) => ({ value, raw: sourceRange(shell.script, word.start, word.end) }));
  const names = argv.map((w) => w.value.text);
  const heredoc = command.redirections.find((r) => r.heredoc);
  if (heredoc?.heredoc) stdin = heredocText(shell, heredoc.heredoc.body);
  const input = command.redirections.find((r) => r.op === '<' && (r.fd === undefined || r.fd === 0));
  if (input?.target) {
    const [path, ...more] = expandWord(shell.script, input.target, (n) => lookup(shell, n));
    stdin = path && more.length === 0 && !holeIn(path) ? { known: false, why: `a copy of ${path.text}`, copyOf: path.text } : { known: false, why: 'input from a file known only when the script runs' };
  }

  const skip = unwrap(names);
  const ended = names[0] === 'exec' && names.length > 1;
  const name = names[skip];
  const args = argv.slice(skip + 1);
  let output: Output | undefined;
  let going = !ended;

  if (name === undefined) {
    // Only assignments or redirections (`> file` truncates it).
  } else if (holeIn(argv[skip]!.value)) {
    shell.run.opaque.push(`it runs a command whose name is known only when the script runs`);
  } else if (programOf(name) || name === 'docker-entrypoint.sh') {
    start(shell, argv.slice(skip), certain && !piped);
  } else if (SHELLS.has(baseName(name))) {
    going = runShell(shell, name, args, stdin, certain) && going;
  } else if (name === 'echo') {
    output = echo(args);
  } else if (name === 'printf') {
    output = printf(args);
  } else if (name === 'cat' || name === 'tee') {
    output = catOrTee(shell, name, args, stdin, certain);
  } else if (name === 'cp' || name === 'mv') {
    copy(shell, name, args, certain);
  } else if (name === 'rm') {
    for (const path of operands(args)) setFile(shell, path, { kind: 'removed' }, certain);
  } else if (name === 'export' || name === 'readonly' || name === 'local') {
    for (const arg of args) {
      const [, key, value] = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(arg.value.text) ?? [];
      if (!key) continue;
      shell.exported.add(key);
      if (value !== undefined) shell.vars.set(key, holeIn(arg.value) || !certain ? { known: false, why: `$${key} is set only when the script runs` } : { known: true, text: value });
    }
  } else if (name === 'cd') {
    const target = args[0];
    shell.cwd = target && !holeIn(target.value) ? resolvePath(shell, target.value.text) : undefined;
  } else if (name === 'exit') {
    going = !certain;
  } else if (name === '.' || name === 'source' || name.endsWith('.sh')) {
    shell.run.opaque.push(`it runs ${name === '.' || name === 'source' ? (args[0]?.value.text ?? 'a script') : name}, which sentinel-lint does not read`);
  } else if (!READ_ONLY.has(name)) {
    // A command that may change the files it names (sed -i, envsubst, install, ln, …).
    for (const arg of args) {
      const text = arg.value.text;
      if (!holeIn(arg.value) && (text.startsWith('/') || text.startsWith('./'))) {
        setFile(shell, text, { kind: 'unknown', why: `"${name}" changes it before the server starts` }, true);
      }
    }
    output = { known: false, why: `written by "${name}"` };
  }
  for (const redirection of command.redirections) {
    if (redirection.heredoc) continue;
    write(shell, redirection, output ?? { known: false, why: `written by "${name ?? 'a redirection'}"` }, certain);
  }
  return { going, output: piped ? output : undefined };
}

function lookup(shell: Shell, name: string): ShellValue | undefined {
  return shell.vars.get(name);
}

/** A Redis program starts: record it with the state of its config file at this moment. */
function start(shell: Shell, argv: Word[], certain: boolean): void {
  // `docker-entrypoint.sh redis-server x.conf` runs redis-server; with options or a `.conf` first it adds it.
  const viaEntrypoint = baseName(argv[0]!.value.text) === 'docker-entrypoint.sh';
  const named = viaEntrypoint && argv[1] && programOf(argv[1].value.text);
  const program = named ? argv[1]! : argv[0]!;
  const args = named ? argv.slice(2) : argv.slice(1);
  const started: Started = { program, args, certain };
  const confArg = args[0];
  if (confArg && !confArg.value.text.startsWith('-')) started.file = { path: confArg.value.text, snapshot: snapshot(shell, confArg) };
  shell.run.started.push(started);
}

function snapshot(shell: Shell, arg: Word): FileSnapshot {
  const hole = holeIn(arg.value);
  if (hole) return { kind: 'unknown', why: hole.why };
  const path = resolvePath(shell, arg.value.text);
  const state = path === undefined ? undefined : shell.files.get(path);
  if (state?.kind === 'removed') return { kind: 'unknown', why: 'the script deletes it before the server starts' };
  if (state) return state;
  if (shell.unknownWrite) return { kind: 'unknown', why: shell.unknownWrite };
  if (shell.run.opaque.length > 0) return { kind: 'unknown', why: `the script changes things sentinel-lint cannot see: ${shell.run.opaque[0]}` };
  return { kind: 'untouched' };
}

/** `sh -c 'script'`, `bash -s <<EOF`, `sh script.sh`. */
function runShell(shell: Shell, name: string, args: Word[], stdin: Output | undefined, certain: boolean): boolean {
  let i = 0;
  let command: Word | undefined;
  let fromStdin = false;
  for (; i < args.length; i++) {
    const text = args[i]!.value.text;
    if (text === '--') {
      i++;
      break;
    }
    if (!text.startsWith('-') && !text.startsWith('+')) break;
    if (/^-[a-z]*c/.test(text)) command = args[++i] ?? command;
    if (/^-[a-z]*s/.test(text)) fromStdin = true;
    if (command) break;
  }
  if (!command && !fromStdin && i < args.length) {
    shell.run.opaque.push(`it runs ${args[i]!.value.text} with ${baseName(name)}, which sentinel-lint does not read`);
    return true;
  }
  const script = command?.value ?? (stdin?.known ? stdin.text : undefined);
  if (!script) {
    if (stdin && !stdin.known) shell.run.opaque.push(`${baseName(name)} reads a script that is known only when it runs`);
    return true;
  }
  if (shell.depth >= MAX_DEPTH) {
    shell.run.opaque.push('shells nested too deeply to follow');
    return true;
  }
  // The child sees exported variables only; its files are the same files.
  const child: Shell = {
    ...shell,
    vars: new Map([...shell.vars].filter(([key]) => shell.exported.has(key))),
    exported: new Set(shell.exported),
    depth: shell.depth + 1,
  };
  interpret(child, script, certain);
  shell.unknownWrite ??= child.unknownWrite;
  return true;
}

/** echo's arguments joined by spaces, with a line feed unless `-n`. */
function echo(args: Word[]): Output {
  let i = 0;
  let newline = true;
  for (; i < args.length && /^-[neE]+$/.test(args[i]!.value.text); i++) {
    if (args[i]!.value.text.includes('e')) return { known: false, why: 'echo -e prints differently in dash and bash' };
    if (args[i]!.value.text.includes('n')) newline = false;
  }
  const words = args.slice(i);
  // dash's echo (Debian images' /bin/sh) turns `\n` into a line feed, busybox's and bash's do not.
  if (words.some((w) => w.value.text.includes('\\'))) return { known: false, why: 'echo prints backslashes differently in dash and bash' };
  const anchor = words.length > 0 ? words[0]!.raw : ([0, 0] as [number, number]);
  const out = new MappedTextBuilder(anchor);
  words.forEach((w, k) => {
    if (k > 0) out.pushSynthetic(' ', w.raw[0]);
    out.append(w.value);
  });
  if (newline) out.pushSynthetic('\n', words.length > 0 ? words[words.length - 1]!.raw[1] : anchor[1]);
  return { known: true, text: out.build() };
}

const PRINTF_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" };

/** printf with `%s`, `%d`, `%%` and the common escapes; the format is reused while arguments remain. */
function printf(args: Word[]): Output {
  const [format, ...rest] = args;
  if (!format) return { known: false, why: 'printf has no format' };
  const out = new MappedTextBuilder(format.raw);
  let next = 0;
  do {
    const f = format.value;
    for (let i = 0; i < f.text.length; i++) {
      const c = f.text[i]!;
      if (c === '\\') {
        const escaped = PRINTF_ESCAPES[f.text[i + 1] ?? ''];
        if (escaped === undefined) return { known: false, why: 'printf uses an escape sentinel-lint does not follow' };
        out.push(escaped, f.from[i]!, f.to[i + 1]!);
        i++;
      } else if (c === '%') {
        const directive = f.text[i + 1];
        if (directive === '%') out.push('%', f.from[i]!, f.to[i + 1]!);
        else if (directive === 's' || directive === 'd') {
          const arg = rest[next++];
          if (arg) out.append(arg.value);
        } else return { known: false, why: 'printf uses a format sentinel-lint does not follow' };
        i++;
      } else {
        out.append(f, i, i + 1);
      }
    }
  } while (next > 0 && next < rest.length);
  return { known: true, text: out.build() };
}

function catOrTee(shell: Shell, name: string, args: Word[], stdin: Output | undefined, certain: boolean): Output | undefined {
  const files = operands(args);
  if (name === 'tee') {
    const append = args.some((a) => /^-[a-z]*a/.test(a.value.text));
    for (const path of files) writePath(shell, path, stdin ?? { known: false, why: 'tee reads what is known only when it runs' }, append, certain);
    return stdin;
  }
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) return stdin;
  if (files.length === 1) {
    const path = files[0]!;
    const state = shell.files.get(resolvePath(shell, path) ?? path);
    if (state?.kind === 'written') return { known: true, text: state.content };
    return { known: false, why: `a copy of ${path}`, copyOf: path };
  }
  return { known: false, why: 'cat joins several files' };
}

/** `cp [-opts] SRC DST`, `mv SRC DST`: DST now holds what SRC holds. */
function copy(shell: Shell, name: string, args: Word[], certain: boolean): void {
  const paths = operands(args);
  if (paths.length !== 2) {
    for (const path of paths) setFile(shell, path, { kind: 'unknown', why: `"${name}" changes it` }, certain);
    return;
  }
  const [from, to] = paths as [string, string];
  const source = resolvePath(shell, from);
  let target = to.endsWith('/') ? posix.join(to, baseName(from)) : to;
  target = resolvePath(shell, target) ?? target;
  const state = source ? shell.files.get(source) : undefined;
  const copied: FileState = state ?? { kind: 'copied', from: source ?? from, appended: emptyText() };
  setFile(shell, target, copied, certain);
  if (name === 'mv' && source) setFile(shell, source, { kind: 'removed' }, certain);
}

/** Arguments that are not options, as known paths (unknown ones are left out). */
function operands(args: Word[]): string[] {
  return args.filter((a) => !a.value.text.startsWith('-') || a.value.text === '-').filter((a) => !holeIn(a.value)).map((a) => a.value.text);
}

function write(shell: Shell, redirection: Redirection, output: Output, certain: boolean): void {
  const { op, fd } = redirection;
  if (fd !== undefined && fd !== 1) return;
  if (!['>', '>>', '>|', '&>', '&>>'].includes(op)) return;
  const target = redirection.target ? expandWord(shell.script, redirection.target, (n) => lookup(shell, n)) : [];
  const path = target.length === 1 && !holeIn(target[0]!) ? target[0]!.text : undefined;
  if (path === undefined) {
    shell.unknownWrite ??= 'the script writes a file whose name is known only when it runs';
    return;
  }
  writePath(shell, path, output, op.endsWith('>>'), certain);
}

function writePath(shell: Shell, path: string, output: Output, append: boolean, certain: boolean): void {
  if (path.startsWith('/dev/')) return;
  const resolved = resolvePath(shell, path) ?? path;
  if (!output.known) {
    const { copyOf } = output;
    const state: FileState = copyOf && !append ? { kind: 'copied', from: resolvePath(shell, copyOf) ?? copyOf, appended: emptyText() } : { kind: 'unknown', why: output.why };
    setFile(shell, resolved, state, certain);
    return;
  }
  if (!append) {
    setFile(shell, resolved, { kind: 'written', content: output.text }, certain);
    return;
  }
  const before = shell.files.get(resolved);
  const joined = (base: MappedText) => new MappedTextBuilder(base.anchor).append(base).append(output.text).build();
  const after: FileState =
    before === undefined ? { kind: 'copied', from: resolved, appended: output.text }
    : before.kind === 'written' ? { kind: 'written', content: joined(before.content) }
    : before.kind === 'copied' ? { kind: 'copied', from: before.from, appended: joined(before.appended) }
    : before.kind === 'removed' ? { kind: 'written', content: output.text }
    : before;
  setFile(shell, resolved, after, certain);
}

function setFile(shell: Shell, path: string, state: FileState, certain: boolean): void {
  const resolved = resolvePath(shell, path) ?? path;
  shell.files.set(resolved, certain ? state : { kind: 'unknown', why: 'written inside a conditional or loop' });
}

/** An absolute path, or undefined when it is relative and the working directory is not known. */
function resolvePath(shell: Shell, path: string): string | undefined {
  if (path.startsWith('/')) return posix.normalize(path);
  return shell.cwd ? posix.join(shell.cwd, path) : undefined;
}

function heredocText(shell: Shell, body: ShWord): Output {
  const fields = expandWord(shell.script, { ...body, parts: body.parts.map((p) => ({ ...p, quoted: true })) }, (n) => lookup(shell, n));
  const text = fields[0] ?? emptyText();
  return { known: true, text };
}

function emptyText(): MappedText {
  return new MappedTextBuilder([0, 0]).build();
}
