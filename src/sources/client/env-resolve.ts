import type { EnvUse, Resolved } from '../../model/clients.js';
import type { LineIndex } from '../../model/span.js';
import { MappedTextBuilder, holeIn, sourceRange, type MappedText } from '../compose/mapped-text.js';
import type { PyEnv, PyStr, PyValue } from '../python/facts.js';
import type { EnvEntry, EnvFileFacts } from './env-file.js';
import { parentFolder } from './module-path.js';

export interface EnvFileInput {
  facts: EnvFileFacts;
  /** Root-relative, `/`-separated. */
  rootPath: string;
  index: LineIndex;
}

/** django-environ `Env.BOOLEAN_TRUE_STRINGS`. */
const ENVIRON_TRUE = new Set(['true', 'on', 'ok', 'y', 'yes', '1']);

/**
 * Answers environment variables the way a Python process started from the repository would see
 * them: the `.env` in the module's folder or the nearest one above it, up to the root (what
 * python-dotenv's `load_dotenv()` finds, and what compose `env_file: .env` hands in), else the
 * code's default. Neither: unknown, never guessed.
 */
export class EnvResolver {
  readonly #byFolder = new Map<string, EnvFileInput>();

  constructor(envFiles: readonly EnvFileInput[]) {
    for (const file of envFiles) {
      if (file.rootPath.split('/').pop() === '.env') this.#byFolder.set(parentFolder(file.rootPath), file);
    }
  }

  /** The `.env` a module at `rootPath` reads. */
  envFileFor(rootPath: string): EnvFileInput | undefined {
    for (let folder = parentFolder(rootPath); ; folder = parentFolder(folder)) {
      const found = this.#byFolder.get(folder);
      if (found) return found;
      if (folder === '') return undefined;
    }
  }

  /** The entry python-dotenv keeps for `name` (the last line it reads), with its value as python-dotenv sets it. */
  lookup(rootPath: string, name: string): { entry: EnvEntry; value: MappedText; file: EnvFileInput } | undefined {
    const file = this.envFileFor(rootPath);
    if (!file) return undefined;
    for (let i = file.facts.entries.length - 1; i >= 0; i--) {
      const entry = file.facts.entries[i]!;
      if (entry.name !== name || entry.dotenvValue === null) continue;
      return { entry, value: entry.dotenvValue ?? entry.value, file };
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
      uses.push({ name: env.name, readAt: env.nameSpan, resolvedFrom: 'env-file', entry: found.entry, envFile: found.file.facts.file });
      const str: PyStr = { kind: 'str', text: found.value, env: [], span: found.entry.rawSpan, ...(found.entry.secret ? { secret: found.entry.secret } : {}) };
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
      uses.push({ name: slot.env.name, readAt: slot.env.nameSpan, resolvedFrom: 'env-file', entry: found.entry, envFile: found.file.facts.file });
      out.append(text, at, slot.start);
      const [from, to] = sourceRange(text, slot.start, slot.end);
      const holes = found.value.holes;
      for (let i = 0; i < found.value.text.length; i++) out.push(found.value.text[i]!, from, to, holes[i]);
      at = slot.end;
      changed = true;
    }
    if (!changed) return value;
    out.append(text, at, text.text.length);
    return { kind: 'str', text: out.build(), env: [], span: value.span, ...(value.secret ? { secret: value.secret } : {}) };
  }
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
