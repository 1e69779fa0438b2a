import { posix } from 'node:path';
import type { LineIndex, Span } from '../../model/span.js';
import { known, unknown } from '../../model/value.js';
import { readServerArgs } from './command-line.js';
import { readBitnamiRun, type BitnamiInput } from './bitnami.js';
import { confLinesOf } from './conf-text.js';
import type { ConfFileContent, ConfFileRef, ImageFact, RedisProcess } from './facts.js';
import { fromAt, holeIn, MappedTextBuilder, toAt } from './mapped-text.js';
import { baseName, officialEntrypointPrepends, programOf, SHELLS, unwrap, type Program } from './programs.js';
import { runScript, type FileSnapshot } from './shell-script.js';
import type { Word } from './shell-words.js';

export interface RunInput {
  image?: ImageFact;
  entrypoint?: Word[];
  command?: Word[];
  /** Why compose's split of a string command is not known, when it is not. */
  uncertain?: string;
  /** Known `environment:` values: what a script in the container sees. */
  environment: ReadonlyMap<string, string>;
  workingDir?: string;
  /** What the Bitnami images' start scripts read besides the values: the entries with spans, the mounts, env_file. */
  bitnami?: Omit<BitnamiInput, 'image' | 'values' | 'index'>;
  index: LineIndex;
}

export interface Run {
  processes: RedisProcess[];
  runsUnknown?: string;
}

/**
 * What a service's container runs, as Docker decides it: a compose `entrypoint:` replaces the
 * image's entrypoint and drops its default command; otherwise `command:` replaces the image's
 * default command and goes through the image's entrypoint. The official images' entrypoint puts
 * the server in front of arguments that start with `-` or end in `.conf` and runs the rest as
 * given; Bitnami's runs `command:` as given too (its own start script builds flags from
 * environment variables, which is not followed). Other images are taken to run the command as
 * given, as nearly every entrypoint ends in `exec "$@"`.
 */
export function readRun(input: RunInput): Run {
  const { image, entrypoint, command } = input;
  if (input.uncertain) return unknownRun(input, `${input.uncertain}, and the value may add or remove arguments`);
  const family = image?.family ?? 'other';
  const server = serverOf(image);
  const imageSpan = image?.span;
  if (entrypoint && entrypoint.length > 0) return fromArgv(input, [...entrypoint, ...(command ?? [])], 'entrypoint');
  if (command && command.length > 0) {
    const first = command[0]!.value.text;
    if (family === 'official' && officialEntrypointPrepends(first)) {
      return { processes: [process(input, server, imageSpan ?? spanOf(input, command[0]!), command, 'command', true)] };
    }
    if (first.startsWith('-')) return unknownRun(input, "the image's entrypoint decides what runs with these arguments");
    return fromArgv(input, command, 'command');
  }
  if (family === 'official') return { processes: [process(input, server, imageSpan!, [], 'image', true)] };
  if (family === 'bitnami' && image?.product) {
    const bitnami = input.bitnami && readBitnamiRun({ ...input.bitnami, image, values: input.environment, index: input.index });
    return bitnami ?? { processes: [], runsUnknown: "the Bitnami image builds the server's flags from environment variables at start-up" };
  }
  return image?.product ? { processes: [], runsUnknown: "the image decides what runs: no command or entrypoint says" } : { processes: [] };
}

function unknownRun(input: RunInput, why: string): Run {
  return input.image?.product || mentionsRedis(input) ? { processes: [], runsUnknown: why } : { processes: [] };
}

/** A service that looks like a Redis node though its image is not one sentinel-lint knows. */
function mentionsRedis(input: RunInput): boolean {
  const repository = input.image?.repository ?? '';
  if (/^(redis|valkey)([-_](ha|sentinel|server|replica|master|node))?$/.test(repository.slice(repository.lastIndexOf('/') + 1))) return true;
  return [...(input.entrypoint ?? []), ...(input.command ?? [])].some((w) => /\b(redis|valkey)-(server|sentinel)\b|\.conf\b|^--sentinel\b/.test(w.value.text));
}

/** The server the official image's entrypoint adds: `redis-server` or `valkey-server`. */
function serverOf(image: ImageFact | undefined): Program {
  return programOf(image?.product === 'valkey' ? 'valkey-server' : 'redis-server')!;
}

const spanOf = (input: RunInput, word: Word) => input.index.span(...word.raw);

function fromArgv(input: RunInput, argv: Word[], startedBy: 'command' | 'entrypoint'): Run {
  const names = argv.map((w) => w.value.text);
  const skip = unwrap(names);
  const words = argv.slice(skip);
  const name = words[0]?.value.text;
  if (name === undefined) return { processes: [] };
  if (holeIn(words[0]!.value)) return unknownRun(input, holeIn(words[0]!.value)!.why);
  const program = programOf(name);
  if (program) return { processes: [process(input, program, spanOf(input, words[0]!), words.slice(1), startedBy, true)] };
  if (baseName(name) === 'docker-entrypoint.sh') {
    const rest = words.slice(1);
    const next = rest[0]?.value.text;
    if (next !== undefined && programOf(next)) return fromArgv(input, rest, startedBy);
    if (officialEntrypointPrepends(next)) return { processes: [process(input, serverOf(input.image), spanOf(input, words[0]!), rest, startedBy, true)] };
    return rest.length > 0 ? fromArgv(input, rest, startedBy) : { processes: [] };
  }
  if (SHELLS.has(baseName(name))) return fromScript(input, words);
  return unknownRun(input, `it runs ${name}, which sentinel-lint does not read`);
}

/** `sh -c 'script'`: the programs the script starts, with the files it wrote for them. */
function fromScript(input: RunInput, words: Word[]): Run {
  const shell = new MappedTextBuilder(words[0]!.raw);
  // Run the whole command line through the interpreter: it handles `-c`, `-ec`, `-s` and script files alike.
  words.forEach((w, k) => {
    if (k > 0) shell.pushSynthetic(' ', w.raw[0]);
    quoteInto(shell, w);
  });
  const run = runScript(shell.build(), input.environment, cwdOf(input));
  const processes = run.started.flatMap((started) => {
    const name = started.program.value.text;
    // `docker-entrypoint.sh --port 1` in a script: the entrypoint adds the image's server.
    const program = programOf(name) ?? (officialEntrypointPrepends(started.args[0]?.value.text) ? serverOf(input.image) : undefined);
    if (!program) return [];
    const made = process(input, program, spanOf(input, started.program), started.args, 'script', started.certain, started.file?.snapshot);
    // The script's own directory when it starts the program (its `cd`s followed), not the container's.
    if (started.cwd !== undefined) made.workingDir = started.cwd;
    else delete made.workingDir;
    const ref = made.confFile;
    if (ref?.path.known && !ref.path.value.startsWith('/')) {
      if (started.cwd !== undefined) ref.containerPath = posix.join(started.cwd, ref.path.value);
      else delete ref.containerPath;
    }
    return [made];
  });
  return processes.length > 0 || run.opaque.length === 0 ? { processes } : unknownRun(input, run.opaque[0]!);
}

/**
 * The shell sees each argument as one word; quoting it in single quotes keeps it so, with every
 * character still mapped to the file (a `'` inside becomes `'\''`, mapped to the `'`).
 */
function quoteInto(out: MappedTextBuilder, word: Word): void {
  const { value } = word;
  out.pushSynthetic("'", word.raw[0]);
  // The characters between quotes are appended a run at a time, not one by one.
  let run = 0;
  for (let i = value.text.indexOf("'"); i !== -1; i = value.text.indexOf("'", i + 1)) {
    out.append(value, run, i);
    for (const c of "'\\''") out.push(c, fromAt(value, i), toAt(value, i));
    run = i + 1;
  }
  out.append(value, run);
  out.pushSynthetic("'", word.raw[1]);
}

/** The container's working directory: `working_dir:`, else the official images' WORKDIR /data. */
function cwdOf(input: RunInput): string | undefined {
  return input.workingDir ?? (input.image?.family === 'official' ? '/data' : undefined);
}

function process(
  input: RunInput, program: Program, span: Span, args: Word[], startedBy: RedisProcess['startedBy'], certain: boolean, snapshot?: FileSnapshot,
): RedisProcess {
  const { index } = input;
  const parsed = readServerArgs(args, index);
  const result: RedisProcess = {
    executable: program.executable,
    product: program.product,
    mode: program.sentinelByName || parsed.sentinelFlag ? 'sentinel' : 'server',
    span,
    startedBy,
    certain,
    flags: parsed.lines,
    unknownValues: parsed.unknownValues,
    unknownLines: parsed.unknownLines,
  };
  const cwd = cwdOf(input);
  if (cwd !== undefined) result.workingDir = cwd;
  if (parsed.confFile) result.confFile = confFileRef(input, parsed.confFile, snapshot, result);
  if (parsed.readsStdin) result.configUnknown = 'it reads more configuration from standard input';
  if (parsed.exitsWith) result.configUnknown = `${parsed.exitsWith} makes it print and exit instead of serving`;
  if (!result.configUnknown && result.confFile?.content.kind === 'unknown') result.configUnknown = result.confFile.content.why;
  return result;
}

function confFileRef(input: RunInput, word: Word, snapshot: FileSnapshot | undefined, process: RedisProcess): ConfFileRef {
  const { index } = input;
  const span = index.span(...word.raw);
  const hole = holeIn(word.value);
  if (hole) return { path: unknown(hole.why, span), content: { kind: 'unknown', why: hole.why } };
  const text = word.value.text;
  const cwd = cwdOf(input);
  const ref: ConfFileRef = { path: known(text, span), content: contentOf(snapshot, index, process) };
  const containerPath = text.startsWith('/') ? posix.normalize(text) : cwd ? posix.join(cwd, text) : undefined;
  if (containerPath) ref.containerPath = containerPath;
  return ref;
}

function contentOf(snapshot: FileSnapshot | undefined, index: LineIndex, process: RedisProcess): ConfFileContent {
  if (!snapshot || snapshot.kind === 'untouched') return { kind: 'mounted' };
  if (snapshot.kind === 'unknown') return snapshot;
  if (snapshot.kind === 'written') {
    const made = confLinesOf(snapshot.content, index);
    process.unknownValues.push(...made.unknownValues);
    return { kind: 'written', lines: made.lines };
  }
  const made = confLinesOf(snapshot.appended, index);
  process.unknownValues.push(...made.unknownValues);
  return { kind: 'copied', from: snapshot.from, appended: made.lines };
}
