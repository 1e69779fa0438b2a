import type { LineIndex, Span } from '../../model/span.js';
import type { Assignment, PyValue, PythonFacts } from '../python/facts.js';
import { moduleCandidates } from './module-path.js';

export interface PythonInput {
  facts: PythonFacts;
  /** Root-relative, `/`-separated. */
  rootPath: string;
  index: LineIndex;
}

/** One name a settings object (module or class) holds. */
export interface ModuleName {
  name: string;
  value: PyValue;
  nameSpan: Span;
  file: string;
  rootPath: string;
  conditional: boolean;
  /** Another line of the object also binds the name conditionally. */
  conditionallyRebound?: boolean;
}

export interface SettingsObject {
  /** What `config_from_object` reads: the file and, for a class, its name. */
  file: string;
  rootPath: string;
  object: string;
  /** Last binding of each name, in the order they are first bound. */
  names: Map<string, ModuleName>;
  /** Why the object may hold more than `names` (star imports not followed). */
  why: string[];
}

const MAX_STAR_DEPTH = 8;

/** The repository's Python modules by root path, and how to find one by its import name. */
export class PythonRepo {
  readonly byRootPath = new Map<string, PythonInput>();
  /** The modules of each file, for look-ups that used to filter every module once per config (quadratic in files). */
  readonly #byFile = new Map<string, PythonInput[]>();
  readonly #order = new Map<PythonInput, number>();

  constructor(readonly modules: readonly PythonInput[]) {
    modules.forEach((m, k) => {
      this.byRootPath.set(m.rootPath, m);
      this.#order.set(m, k);
      const same = this.#byFile.get(m.facts.file);
      if (same) same.push(m);
      else this.#byFile.set(m.facts.file, [m]);
    });
  }

  /** The modules whose file is one of `files`, in the repository's order. */
  modulesIn(files: Iterable<string>): PythonInput[] {
    const found = new Set<PythonInput>();
    for (const file of files) for (const m of this.#byFile.get(file) ?? []) found.add(m);
    return [...found].sort((a, b) => this.#order.get(a)! - this.#order.get(b)!);
  }

  find(module: string, importer: string): PythonInput | undefined {
    for (const candidate of moduleCandidates(module, importer)) {
      const found = this.byRootPath.get(candidate);
      if (found) return found;
    }
    return undefined;
  }

  /** A module's names as `config_from_object` sees them: module-level bindings, `from x import *` followed in place. */
  moduleObject(mod: PythonInput, label: string, seen = new Set<string>()): SettingsObject {
    const object: SettingsObject = { file: mod.facts.file, rootPath: mod.rootPath, object: label, names: new Map(), why: [] };
    const events: { span: Span; assignment?: Assignment; star?: string; conditional?: boolean }[] = [
      ...mod.facts.assignments.map((assignment) => ({ span: assignment.span, assignment })),
      ...mod.facts.imports.filter((i) => i.names.includes('*')).map((i) => ({ span: i.span, star: i.module, conditional: i.conditional })),
    ].sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
    seen.add(mod.rootPath);
    for (const event of events) {
      if (event.assignment) {
        bind(object, moduleName(event.assignment, mod));
        continue;
      }
      const target = this.find(event.star!, mod.rootPath);
      if (!target || seen.has(target.rootPath) || seen.size > MAX_STAR_DEPTH) {
        object.why.push(`\`from ${event.star} import *\` in ${mod.facts.file} is not followed`);
        continue;
      }
      const inner = this.moduleObject(target, label, seen);
      object.why.push(...inner.why);
      for (const name of inner.names.values()) bind(object, { ...name, conditional: name.conditional || !!event.conditional });
    }
    return object;
  }

  /** `class Config:` attributes of a module. */
  classObject(mod: PythonInput, className: string): SettingsObject | undefined {
    const found = mod.facts.classes.filter((c) => c.name === className).at(-1);
    if (!found) return undefined;
    const object: SettingsObject = { file: mod.facts.file, rootPath: mod.rootPath, object: `${mod.rootPath}:${className}`, names: new Map(), why: [] };
    for (const a of found.assignments) bind(object, moduleName(a, mod));
    return object;
  }
}

/** The name an assignment of `mod` binds: one object, not the fields picked into one and spread into another. */
function moduleName(a: Assignment, mod: PythonInput): ModuleName {
  return { name: a.name, value: a.value, nameSpan: a.nameSpan, conditional: a.conditional, file: mod.facts.file, rootPath: mod.rootPath };
}

export function bind(object: SettingsObject, name: ModuleName): void {
  const before = object.names.get(name.name);
  const rebound = !!before && (before.conditional || before.conditionallyRebound);
  object.names.set(name.name, rebound || (before && name.conditional) ? { ...name, conditionallyRebound: true } : name);
}
