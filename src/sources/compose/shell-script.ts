import { holeIn, MappedTextBuilder, sourceRange, type MappedText } from './mapped-text.js';
import { baseName, programOf, SHELLS, unwrap } from './programs.js';
import { expandWord, type ShellValue } from './sh-expand.js';
import { lexScript, type ShWord } from './sh-lexer.js';
import { parseScript, type AndOr, type Command, type List, type Redirection } from './sh-parse.js';
import type { Word } from './shell-words.js';
import { ScriptFiles, type FileSnapshot } from './sh-files.js';
import { echo, printf, type Output } from './sh-output.js';

export type { FileSnapshot };

/** A Redis or Valkey program the script starts. */
export interface Started {
  /** The program's word: redis-server…, or `docker-entrypoint.sh` when that adds the server itself. */
  program: Word;
  args: Word[];
  /** False when it starts only on some paths (inside `if`, a loop, after `||`). */
  certain: boolean;
  /** The file named by its first argument, when that is not an option. */
  file?: { path: string; snapshot: FileSnapshot };
  /** The directory it starts in (after the script's `cd`s), when known. */
  cwd?: string;
}

export interface ScriptRun {
  started: Started[];
  /** Things the script does that hide what runs: a script it calls, a syntax error. */
  opaque: string[];
}

interface Shell {
  script: MappedText;
  vars: Map<string, ShellValue>;
  exported: Set<string>;
  files: ScriptFiles;
  run: ScriptRun;
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
  const shell: Shell = { script, vars, exported: new Set(environment.keys()), files: new ScriptFiles(cwd), run: { started: [], opaque: [] }, depth: 0 };
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
    output = { known: true, text: new MappedTextBuilder(sourceRange(shell.script, command.at, command.at)).build() }; // `> file` empties it
  } else if (holeIn(argv[skip]!.value)) {
    shell.run.opaque.push(`it runs a command whose name is known only when the script runs`);
  } else if (programOf(name) || baseName(name) === 'docker-entrypoint.sh') {
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
    const paths = operands(args);
    if (paths.length === 2) shell.files.copy(paths[0]!, paths[1]!, name === 'mv', certain);
    else for (const path of paths) shell.files.spoil(path, `"${name}" changes it`, certain);
  } else if (name === 'rm') {
    for (const path of operands(args)) shell.files.remove(path, certain);
  } else if (name === 'export' || name === 'readonly' || name === 'local') {
    for (const arg of args) {
      const [, key, value] = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(arg.value.text) ?? [];
      if (!key) continue;
      shell.exported.add(key);
      if (value !== undefined) shell.vars.set(key, holeIn(arg.value) || !certain ? { known: false, why: `$${key} is set only when the script runs` } : { known: true, text: value });
    }
  } else if (name === 'cd') {
    const target = args[0];
    shell.files.cwd = target && !holeIn(target.value) ? shell.files.resolve(target.value.text) : undefined;
  } else if (name === 'exit') {
    going = !certain;
  } else if (name === '.' || name === 'source' || name.endsWith('.sh')) {
    shell.run.opaque.push(`it runs ${name === '.' || name === 'source' ? (args[0]?.value.text ?? 'a script') : name}, which sentinel-lint does not read`);
  } else if (!READ_ONLY.has(name)) {
    // A command that may change the files it names (sed -i, envsubst, install, ln, …).
    for (const arg of args) {
      const text = arg.value.text;
      if (!holeIn(arg.value) && (text.startsWith('/') || text.startsWith('./'))) {
        shell.files.spoil(text, `"${name}" changes it before the server starts`, true);
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
  if (shell.files.cwd !== undefined) started.cwd = shell.files.cwd;
  const confArg = args[0];
  if (confArg && !confArg.value.text.startsWith('-')) started.file = { path: confArg.value.text, snapshot: snapshot(shell, confArg) };
  shell.run.started.push(started);
}

function snapshot(shell: Shell, arg: Word): FileSnapshot {
  const hole = holeIn(arg.value);
  return hole ? { kind: 'unknown', why: hole.why } : shell.files.snapshot(arg.value.text, shell.run.opaque[0]);
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
    files: shell.files.child(),
    depth: shell.depth + 1,
  };
  interpret(child, script, certain);
  shell.files.unknownWrite ??= child.files.unknownWrite;
  return true;
}

function catOrTee(shell: Shell, name: string, args: Word[], stdin: Output | undefined, certain: boolean): Output | undefined {
  const files = operands(args);
  if (name === 'tee') {
    const append = args.some((a) => /^-[a-z]*a/.test(a.value.text));
    for (const path of files) shell.files.write(path, stdin ?? { known: false, why: 'tee reads what is known only when it runs' }, append, certain);
    return stdin;
  }
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) return stdin;
  if (files.length === 1) {
    const path = files[0]!;
    const written = shell.files.written(path);
    return written ? { known: true, text: written } : { known: false, why: `a copy of ${path}`, copyOf: path };
  }
  return { known: false, why: 'cat joins several files' };
}

/** Arguments that are not options, as known paths (unknown ones are left out). */
function operands(args: Word[]): string[] {
  return args.filter((a) => !a.value.text.startsWith('-') || a.value.text === '-').filter((a) => !holeIn(a.value)).map((a) => a.value.text);
}

/** A `>` or `>>` redirection of standard output into a file. */
function write(shell: Shell, redirection: Redirection, output: Output, certain: boolean): void {
  const { op, fd } = redirection;
  if ((fd !== undefined && fd !== 1) || !['>', '>>', '>|', '&>', '&>>'].includes(op)) return;
  const target = redirection.target ? expandWord(shell.script, redirection.target, (n) => lookup(shell, n)) : [];
  const path = target.length === 1 && !holeIn(target[0]!) ? target[0]!.text : undefined;
  if (path === undefined) shell.files.unknownWrite ??= 'the script writes a file whose name is known only when it runs';
  else shell.files.write(path, output, op.endsWith('>>'), certain);
}

function heredocText(shell: Shell, body: ShWord): Output {
  const fields = expandWord(shell.script, { ...body, parts: body.parts.map((p) => ({ ...p, quoted: true })) }, (n) => lookup(shell, n));
  return { known: true, text: fields[0] ?? new MappedTextBuilder(body.parts[0]?.kind === 'lit' ? body.parts[0].text.anchor : [0, 0]).build() };
}
