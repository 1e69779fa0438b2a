import { oncePer } from '../../once-per.js';
import type { EnvUse, Resolved, RunningService } from '../../model/clients.js';
import type { Secret } from '../../model/secret.js';
import type { LineIndex, Span } from '../../model/span.js';
import type { EnvVar } from '../compose/facts.js';
import { MappedTextBuilder, holeIn, sourceRange, verbatim, type MappedText } from '../compose/mapped-text.js';
import type { PyEnv, PyStr, PyValue } from '../python/facts.js';
import type { EnvEntry, EnvFileFacts } from './env-file.js';
import { parentFolder } from './module-path.js';

export interface EnvFileInput {
  facts: EnvFileFacts;
  /** Root-relative, `/`-separated. */
  rootPath: string;
  index: LineIndex;
}

/** The environment a compose service hands the code it runs (`environment:` beats `env_file:`; a later env_file wins). */
export interface ServiceEnv {
  service: RunningService;
  vars: Map<string, { variable: EnvVar; index: LineIndex }>;
  envFiles: EnvFileInput[];
  /** An `env_file:` that is not in the repository: it may set any variable. */
  unreadEnvFile?: string;
}

/** What answers a variable: its value (undefined: set, but to something not known), where it is written, and the `EnvUse` to record. */
export interface EnvAnswer {
  value?: MappedText;
  why?: string;
  secret?: Secret;
  nameSpan: Span;
  /** The value's span (the `.env` raw value, the compose scalar). */
  valueSpan: Span;
  /** The file that holds it. */
  file: string;
  use: Omit<EnvUse, 'name' | 'readAt'>;
}

/** django-environ `Env.BOOLEAN_TRUE_STRINGS`. */
const ENVIRON_TRUE = new Set(['true', 'on', 'ok', 'y', 'yes', '1']);

/** `.env` files by their folder, worked out once per list: a resolver is made per module and service. */
const dotEnvByFolder = oncePer((envFiles: readonly EnvFileInput[]): ReadonlyMap<string, EnvFileInput> => {
  const byFolder = new Map<string, EnvFileInput>();
  for (const file of envFiles) {
    if (file.rootPath.split('/').pop() === '.env') byFolder.set(parentFolder(file.rootPath), file);
  }
  return byFolder;
});

/**
 * Answers environment variables the way a Python process started from the repository would see
 * them: the `.env` in the module's folder or the nearest one above it, up to the root (what
 * python-dotenv's `load_dotenv()` finds, and what compose `env_file: .env` hands in), else the
 * code's default. Neither: unknown, never guessed.
 */
export class EnvResolver {
  readonly #byFolder: ReadonlyMap<string, EnvFileInput>;

  constructor(
    envFiles: readonly EnvFileInput[],
    /** The compose service that runs the code, when one does: its variables answer first. */
    readonly service?: ServiceEnv,
  ) {
    this.#byFolder = dotEnvByFolder(envFiles);
  }

  /** The `.env` a module at `rootPath` reads. */
  envFileFor(rootPath: string): EnvFileInput | undefined {
    for (let folder = parentFolder(rootPath); ; folder = parentFolder(folder)) {
      const found = this.#byFolder.get(folder);
      if (found) return found;
      if (folder === '') return undefined;
    }
  }

  /**
   * What answers `name` for a module at `rootPath`: the running service's `environment:`, then its
   * `env_file:`s (as compose reads them), then the `.env` python-dotenv finds (the last line it reads,
   * its value as python-dotenv sets it).
   */
  lookup(rootPath: string, name: string): EnvAnswer | undefined {
    const service = this.service;
    if (service) {
      const found = service.vars.get(name);
      if (found) return composeAnswer(found.variable, found.index, service.service);
      for (let f = service.envFiles.length - 1; f >= 0; f--) {
        const file = service.envFiles[f]!;
        const entry = file.facts.entries.findLast((e) => e.name === name);
        if (entry) return entryAnswer(entry, entry.value, file, service.service);
      }
      if (service.unreadEnvFile !== undefined) {
        const at = service.service.at;
        return { why: `service ${service.service.name} reads env_file ${service.unreadEnvFile}, which is not in the repository`, nameSpan: at, valueSpan: at, file: at.file, use: { resolvedFrom: 'unknown', service: service.service.name, composeFile: service.service.composeFile } };
      }
    }
    const file = this.envFileFor(rootPath);
    if (!file) return undefined;
    for (let i = file.facts.entries.length - 1; i >= 0; i--) {
      const entry = file.facts.entries[i]!;
      if (entry.name !== name || entry.dotenvValue === null) continue;
      return entryAnswer(entry, entry.dotenvValue ?? entry.value, file);
    }
    return undefined;
  }

  /** `value` with the environment applied (see `Resolved`). */
  resolve(value: PyValue, rootPath: string): Resolved {
    const env: EnvUse[] = [];
    return { value: this.#resolve(value, rootPath, env, 0), env };
  }

  #resolve(value: PyValue, rootPath: string, uses: EnvUse[], depth: number): PyValue {
    if (depth > 20) return value;
    switch (value.kind) {
      case 'env':
        return this.#resolveEnv(value, rootPath, uses, depth);
      case 'str':
        return value.env.length ? this.#resolveStr(value, rootPath, uses) : value;
      case 'dict':
        return {
          ...value,
          entries: value.entries.map((e) => ({ key: e.key, value: this.#resolve(e.value, rootPath, uses, depth + 1) })),
        };
      case 'list':
        return { ...value, items: value.items.map((item) => this.#resolve(item, rootPath, uses, depth + 1)) };
      default:
        return value;
    }
  }

  #resolveEnv(env: PyEnv, rootPath: string, uses: EnvUse[], depth: number): PyValue {
    const found = this.lookup(rootPath, env.name);
    if (found) {
      uses.push({ name: env.name, readAt: env.nameSpan, ...found.use });
      if (!found.value) return { kind: 'unknown', why: found.why ?? `${env.name} is set to a value not known statically`, span: env.span };
      const str: PyStr = { kind: 'str', text: found.value, env: [], span: found.valueSpan, ...(found.secret ? { secret: found.secret } : {}) };
      return applyCast(env, str);
    }
    if (env.default) {
      uses.push({ name: env.name, readAt: env.nameSpan, resolvedFrom: 'default' });
      return this.#resolve(env.default, rootPath, uses, depth + 1);
    }
    uses.push({ name: env.name, readAt: env.nameSpan, resolvedFrom: 'unknown' });
    return { kind: 'unknown', why: `${env.name} is read from the environment; neither a .env file nor a default gives it`, span: env.span };
  }

  /** Replaces each outermost environment slot whose variable `.env` sets; the new characters map to the slot's characters in the code. */
  #resolveStr(value: PyStr, rootPath: string, uses: EnvUse[]): PyStr {
    const slots = [...value.env]
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((slot, i, all) => !all.slice(0, i).some((o) => o.start <= slot.start && o.end >= slot.end && o !== slot));
    const text = value.text;
    const out = new MappedTextBuilder(text.anchor);
    let at = 0;
    let changed = false;
    for (const slot of slots) {
      const found = this.lookup(rootPath, slot.env.name);
      if (!found) {
        const from = holeIn(text, slot.start, slot.end) ? 'unknown' : 'default';
        uses.push({ name: slot.env.name, readAt: slot.env.nameSpan, resolvedFrom: from });
        continue;
      }
      uses.push({ name: slot.env.name, readAt: slot.env.nameSpan, ...found.use });
      out.append(text, at, slot.start);
      const [from, to] = sourceRange(text, slot.start, slot.end);
      const value = found.value ?? unknownText(found.why ?? `${slot.env.name} is set to a value not known statically`);
      const holes = value.holes;
      for (let i = 0; i < value.text.length; i++) out.push(value.text[i]!, from, to, holes[i]);
      at = slot.end;
      changed = true;
    }
    if (!changed) return value;
    out.append(text, at, text.text.length);
    return { kind: 'str', text: out.build(), env: [], span: value.span, ...(value.secret ? { secret: value.secret } : {}) };
  }
}

function entryAnswer(entry: EnvEntry, value: MappedText, file: EnvFileInput, service?: RunningService): EnvAnswer {
  return {
    value, nameSpan: entry.nameSpan, valueSpan: entry.rawSpan, file: file.facts.file, ...(entry.secret ? { secret: entry.secret } : {}),
    use: { resolvedFrom: 'env-file', entry, envFile: file.facts.file, ...(service ? { service: service.name, composeFile: service.composeFile } : {}) },
  };
}

/**
 * A compose `environment:` entry. A value compose cannot know is unknown; a secret (the name says
 * PASSWORD, TOKEN…) is a `Secret` whose characters are holes: compared, never read as text.
 */
function composeAnswer(variable: EnvVar, index: LineIndex, service: RunningService): EnvAnswer {
  const use = { resolvedFrom: 'compose' as const, service: service.name, composeFile: service.composeFile, variable };
  const base = { nameSpan: variable.nameSpan, valueSpan: variable.value.span, file: index.file, use };
  if (!variable.value.known) return { ...base, why: `${variable.name} of service ${service.name} is not known statically (${variable.value.why})` };
  if (variable.secret) return { ...base, value: unknownText(`${variable.name} of service ${service.name} is a secret`, offsetsOf(variable.value.span, index)), secret: variable.secret };
  return { ...base, value: composeText(variable.value.value, variable.value.span, index) };
}

/** A stand-in for a value that is set but not known: one hole. */
function unknownText(why: string, [start, end]: readonly [number, number] = [0, 0]): MappedText {
  const out = new MappedTextBuilder([start, end]);
  out.push('?', start, end, { why });
  return out.build();
}

function offsetsOf(span: Span, index: LineIndex): [number, number] {
  return [index.lineStart(span.line) + span.column - 1, index.lineStart(span.endLine) + span.endColumn - 1];
}

/** A compose value as mapped text: the file's own characters when they spell it, else every character maps to the value's span. */
export function composeText(value: string, span: Span, index: LineIndex): MappedText {
  // A value merged in from another compose file (an override): its characters cannot be mapped with this index.
  if (span.file !== index.file) return new MappedTextBuilder([0, 0]).push(value, 0, 0).build();
  const [start, end] = offsetsOf(span, index);
  const written = index.text.slice(start, end);
  const at = written.indexOf(value);
  if (at !== -1 && !written.slice(0, at).includes('\n')) return verbatim(value, start + at);
  const out = new MappedTextBuilder([start, end]);
  for (const c of value) out.push(c, start, end);
  return out.build();
}

/** What the read's conversion makes of the `.env` text. */
function applyCast(env: PyEnv, str: PyStr): PyValue {
  const cast = env.cast;
  if (cast === undefined || cast === 'str') return str;
  const text = holeIn(str.text) ? undefined : str.text.text.trim();
  if (text === undefined) return { kind: 'unknown', why: `${env.name} from the .env file is not fully known`, span: str.span };
  if (cast === 'int' && /^[-+]?\d+$/.test(text)) return { kind: 'number', value: parseInt(text, 10), float: false, span: str.span };
  if (cast === 'float' && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { kind: 'number', value: Number(text), float: true, span: str.span };
  if (cast === 'bool') {
    // django-environ `env.bool` compares with its true strings; Python's bool() of a string is its non-emptiness.
    if (/\.bool$/.test(env.via)) return { kind: 'bool', value: ENVIRON_TRUE.has(text.toLowerCase()), span: str.span };
    if (env.via.startsWith('os.')) return { kind: 'bool', value: str.text.text !== '', span: str.span };
  }
  return { kind: 'unknown', why: `${env.name} from the .env file goes through ${cast}(), which is not evaluated`, span: str.span };
}
