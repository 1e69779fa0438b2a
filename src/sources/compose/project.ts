import { posix } from 'node:path';
import type { Parsed, ParseProblem } from '../../model/facts.js';
import { sourceFileAs, type SourceFile } from '../../model/source-file.js';
import { fileSpan, type LineIndex } from '../../model/span.js';
import { openComposeDocument, parseComposeYaml, type ComposeDocument, type ComposeYaml } from './compose-document.js';
import type { ComposeValues } from './compose-value.js';
import type { ComposeFacts, ComposeService, ConfigResource, NamedResource } from './facts.js';
import { ProjectIndex } from './project-index.js';
import { readService } from './service.js';
import type { ServiceLayer } from './service-layers.js';
import { resolvePath } from './volumes.js';

/** compose-go's `DefaultFileNames` and `DefaultOverrideFileNames`, in the order it tries them. */
const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

/** Deeper `extends` or `include` chains than this are loops, not projects. */
const MAX_DEPTH = 16;

export interface ProjectContext {
  /** The compose files sentinel-lint read, by root-relative path (what `include` and `extends.file` may name). */
  files: ReadonlyMap<string, SourceFile>;
  /**
   * The variables compose interpolates a project folder's files with: its `.env`, or the
   * `env_file`s an `include` names (root-relative paths).
   */
  envOf(folder: string, envFiles?: readonly string[]): ReadonlyMap<string, string>;
}

/** A compose project: the file `docker compose` is pointed at, with the files it merges in. */
export interface LoadedProject {
  /** The project's main file (what scopes and messages name). */
  main: SourceFile;
  /** Every file the project reads, main first; offsets of `index` run through them in this order. */
  files: SourceFile[];
  /** One offset space for all the files (the main file's own index when it is alone). */
  index: LineIndex;
  parsed: Parsed<ComposeFacts>;
}

/**
 * The compose files of a repository as `docker compose` runs them: in a folder, the first of
 * `compose.yaml`, `compose.yml`, `docker-compose.yml`, `docker-compose.yaml` merged with the first
 * override file beside it (`compose.override.yml`, …); every other compose file is a project of
 * its own (it takes `-f`), except the files another project `include`s, which join that project.
 */
export function loadComposeProjects(sources: readonly SourceFile[], ctx: ProjectContext): LoadedProject[] {
  // Parsed YAML is cached only while a project still to be built reads the file: planning every
  // project first kept all the yaml Documents alive at once (2 000 on the 10 000-file repository)
  // and promoted them to the old generation, for projects that nearly always read one file.
  const yaml = new Map<SourceFile, ComposeYaml>();
  const yamlOf = (file: SourceFile) => {
    let parsed = yaml.get(file);
    if (!parsed) yaml.set(file, (parsed = parseComposeYaml(file)));
    return parsed;
  };
  const overrideOf = defaultOverrides(sources);
  const overrides = new Set(overrideOf.values());
  const plans = sources.filter((s) => !overrides.has(s)).map((main) => {
    const head = [main, ...(overrideOf.has(main) ? [overrideOf.get(main)!] : [])];
    try {
      // A head that cannot name another file reads only itself: it is parsed when its project is built, not kept from planning.
      if (!head.some(mayNameOtherFiles)) return { main, head, files: [...head], included: new Set<SourceFile>() };
      return { main, head, ...planFiles(head, ctx, yamlOf) };
    } catch (error) {
      return { main, head, files: head, included: new Set<SourceFile>(), error };
    }
  });
  // An included file is part of the project that includes it, not a project of its own (unless
  // they include each other). Its includers are indexed: asking every plan was plans² look-ups.
  const includers = new Map<SourceFile, (typeof plans)[number][]>();
  for (const plan of plans) for (const file of plan.included) includers.set(file, [...(includers.get(file) ?? []), plan]);
  const isIncluded = (p: (typeof plans)[number]) => (includers.get(p.main) ?? []).some((q) => q !== p && !p.included.has(q.main));
  const built = plans.filter((p) => !isIncluded(p));
  const readers = new Map<SourceFile, number>();
  for (const plan of built) for (const file of new Set(plan.files)) readers.set(file, (readers.get(file) ?? 0) + 1);
  const release = () => {
    for (const file of yaml.keys()) if (!readers.get(file)) yaml.delete(file);
  };
  release();
  return built.map((plan) => {
    try {
      if ('error' in plan) throw plan.error;
      return build(plan.head, plan.files, ctx, yamlOf);
    } catch (error) {
      const what = error instanceof RangeError ? 'it nests too deeply' : 'of an internal error';
      const facts = emptyFacts(plan.main, plan.head);
      const problem: ParseProblem = { rule: 'parse-error', at: fileSpan(plan.main.path), message: `sentinel-lint could not read this compose file because ${what}; its services are not checked.` };
      return { main: plan.main, files: [plan.main], index: plan.main.index, parsed: { facts, problems: [problem] } };
    } finally {
      for (const file of new Set(plan.files)) readers.set(file, readers.get(file)! - 1);
      release();
    }
  });
}

/**
 * Whether a compose file may name another one: through `include:` or `extends: { file: }`, keys
 * that are written as such or spelled with escapes in a double-quoted key (compose does not
 * interpolate keys). A file with none of them reads only itself.
 */
function mayNameOtherFiles(file: SourceFile): boolean {
  return file.text.includes('include') || file.text.includes('extends') || file.text.includes('\\');
}

/** Each folder's default base file and the override compose merges into it. */
function defaultOverrides(sources: readonly SourceFile[]): Map<SourceFile, SourceFile> {
  const byPath = new Map(sources.map((s) => [s.rootPath, s]));
  const out = new Map<SourceFile, SourceFile>();
  for (const folder of new Set(sources.map((s) => posix.dirname(s.rootPath)))) {
    const at = (name: string) => byPath.get(folder === '.' ? name : `${folder}/${name}`);
    const base = BASE_NAMES.map(at).find(Boolean);
    const override = OVERRIDE_NAMES.map(at).find(Boolean);
    if (base && override) out.set(base, override);
  }
  return out;
}

/** The files a project reads besides its head: included files (with theirs) and the files `extends` names. */
function planFiles(head: SourceFile[], ctx: ProjectContext, yamlOf: (f: SourceFile) => ComposeYaml): { files: SourceFile[]; included: Set<SourceFile> } {
  const files = [...head];
  const included = new Set<SourceFile>();
  const visited = new Set<SourceFile>();
  const add = (file: SourceFile, depth: number, asInclude: boolean) => {
    if (asInclude) included.add(file);
    if (visited.has(file) || depth > MAX_DEPTH) return;
    visited.add(file);
    if (!files.includes(file)) files.push(file);
    const doc = openComposeDocument(yamlOf(file), file.index, 0, ctx.envOf(folderOf(file.rootPath)), []);
    if (!doc) return;
    for (const ref of includesOf(doc)) for (const path of ref.paths) {
      const target = path.rootPath === undefined ? undefined : ctx.files.get(path.rootPath);
      if (target) add(target, depth + 1, true);
    }
    for (const entry of doc.services.values()) {
      const target = extendsOf(doc, entry.value)?.file;
      const source = target?.rootPath === undefined ? undefined : ctx.files.get(target.rootPath);
      if (source) add(source, depth + 1, false);
    }
  };
  for (const file of head) add(file, 0, false);
  return { files, included };
}

interface Include {
  paths: ReturnType<typeof resolvePath>[];
  /** Where the included project's relative paths and `.env` are (its first file's folder by default); null when not known. */
  projectDirectory?: string | null;
  envFiles: string[];
  span: ComposeService['span'];
}

/** Top-level `include:`: a path, or `{ path, project_directory, env_file }` with a path or a list of them. */
function includesOf(doc: ComposeDocument): Include[] {
  const { tree, values } = doc;
  const rootPath = doc.file.rootPath;
  return (tree.seq(tree.get(doc.root, 'include')) ?? []).flatMap((item): Include[] => {
    const long = tree.map(item) !== undefined;
    const paths = values.strings(long ? tree.get(item, 'path') : item).map((p) => resolvePath(p, rootPath));
    if (paths.length === 0) return [];
    const directory = long ? values.string(tree.get(item, 'project_directory')) : undefined;
    const envFiles = long ? values.strings(tree.get(item, 'env_file')).map((p) => resolvePath(p, rootPath).rootPath).filter((p): p is string => p !== undefined) : [];
    const include: Include = { paths, envFiles, span: values.span(item) };
    if (directory) include.projectDirectory = (directory.known ? resolvePath(directory, rootPath).rootPath : undefined) ?? null;
    return [include];
  });
}

/** A service's `extends:` (a name, or `{ service, file }`), with its file resolved against this file's folder. */
function extendsOf(doc: ComposeDocument, node: unknown): { service?: string; file?: ReturnType<typeof resolvePath>; span: ComposeService['span'] } | undefined {
  const { tree, values } = doc;
  const value = tree.get(node, 'extends');
  if (value === undefined) return undefined;
  const long = tree.map(value) !== undefined;
  const service = values.string(long ? tree.get(value, 'service') : value);
  const file = long ? values.string(tree.get(value, 'file')) : undefined;
  return {
    ...(service?.known ? { service: service.value } : {}),
    ...(file ? { file: resolvePath(file, doc.file.rootPath) } : {}),
    span: values.span(value),
  };
}

interface Builder {
  ctx: ProjectContext;
  index: LineIndex;
  shiftOf: (file: SourceFile) => number;
  yamlOf: (file: SourceFile) => ComposeYaml;
  problems: ParseProblem[];
  /** Documents opened in this project, by file and folder of variables. */
  docs: Map<string, ComposeDocument | undefined>;
  /** Files whose own problems belong to this project (not those it only reads for `extends`). */
  members: Set<SourceFile>;
  /** Why the project may have more than the files show (an include that is not read). */
  incomplete?: string;
  /** What relative paths of a document resolve against, when not its own folder (an include's `project_directory`). */
  pathBase: Map<ComposeDocument, string>;
}

function build(head: SourceFile[], files: SourceFile[], ctx: ProjectContext, yamlOf: (f: SourceFile) => ComposeYaml): LoadedProject {
  const main = head[0]!;
  const index = files.length === 1 ? main.index : ProjectIndex.of(files);
  const shiftOf = (file: SourceFile) => (index instanceof ProjectIndex ? index.startOf(file) : 0);
  const b: Builder = { ctx, index, shiftOf, yamlOf, problems: [], docs: new Map(), members: new Set(), pathBase: new Map() };
  const facts = emptyFacts(main, head);
  const project = readProject(b, head, folderOf(main.rootPath), undefined, 0);
  facts.services = project.services;
  facts.volumes = project.volumes;
  facts.networks = project.networks;
  facts.configs = project.configs;
  const first = project.docs[0];
  if (first) {
    facts.v1Layout = first.v1Layout;
    if (first.version) facts.version = first.version;
  }
  facts.dollars = project.docs.flatMap((d) => d.values.dollars);
  facts.files = [...b.members].map((f) => f.path);
  if (b.incomplete) facts.incomplete = b.incomplete;
  const fileProblems = [...b.members].flatMap((f) => yamlOf(f).problems);
  return { main, files, index, parsed: { facts, problems: [...fileProblems, ...b.problems] } };
}

interface ProjectPart {
  services: ComposeService[];
  volumes: NamedResource[];
  networks: NamedResource[];
  configs: ConfigResource[];
  docs: ComposeDocument[];
}

/**
 * The services and resources of a list of files merged in order (a base and its overrides, or
 * the paths of one `include`), then what their `include:`s bring in.
 */
function readProject(b: Builder, files: SourceFile[], folder: string, envFiles: readonly string[] | undefined, depth: number, projectDirectory?: string): ProjectPart {
  const env = b.ctx.envOf(folder, envFiles);
  const docs = files.flatMap((file) => {
    b.members.add(file);
    const doc = open(b, file, env, true);
    // A path resolves against the folder of a made-up file in the project directory.
    if (doc && projectDirectory !== undefined) b.pathBase.set(doc, projectDirectory ? `${projectDirectory}/${posix.basename(file.rootPath)}` : posix.basename(file.rootPath));
    return doc ? [doc] : [];
  });
  // Services by name, each with its layers: what it extends, then each file's entry in order.
  const layered = new Map<string, { span: ComposeService['span']; layers: ServiceLayer[]; unknown?: string }>();
  for (const doc of docs) {
    for (const [name, entry] of doc.services) {
      const own = layersOf(b, doc, name, env, depth, new Set());
      const found = layered.get(name);
      if (!found) layered.set(name, { span: doc.values.span(entry.keyNode), layers: own.layers, ...(own.unknown ? { unknown: own.unknown } : {}) });
      else {
        found.layers.push(...own.layers);
        if (own.unknown) found.unknown ??= own.unknown;
      }
    }
  }
  const part: ProjectPart = {
    services: [...layered].map(([name, s]) => readService(s.layers, name, s.span, b.problems, s.unknown ? { extendsUnknown: s.unknown } : {})),
    volumes: mergeResources(docs.map((d) => resources(d.values, d.tree.get(d.root, 'volumes')))),
    networks: mergeResources(docs.map((d) => resources(d.values, d.tree.get(d.root, 'networks')))),
    configs: mergeResources(docs.map((d) => configResources(d, b.pathBase.get(d) ?? d.file.rootPath))),
    docs,
  };
  for (const doc of docs) {
    for (const include of includesOf(doc)) {
      const targets = include.paths.map((p) => (p.rootPath === undefined ? undefined : b.ctx.files.get(p.rootPath)));
      if (targets.some((t) => t === undefined) || include.projectDirectory === null || depth >= MAX_DEPTH) {
        b.incomplete ??= `${doc.file.path} includes a file sentinel-lint did not read`;
        continue;
      }
      const included = targets as SourceFile[];
      const directory = include.projectDirectory ?? folderOf(included[0]!.rootPath);
      const inner = readProject(b, included, directory, include.envFiles.length ? include.envFiles : undefined, depth + 1, include.projectDirectory ?? undefined);
      // compose refuses an include whose services clash with the project's own; the project's are kept.
      const names = new Set(part.services.map((s) => s.name));
      part.services.push(...inner.services.filter((s) => !names.has(s.name)));
      part.volumes = mergeResources([inner.volumes, part.volumes]);
      part.networks = mergeResources([inner.networks, part.networks]);
      part.configs = mergeResources([inner.configs, part.configs]);
      part.docs.push(...inner.docs);
    }
  }
  return part;
}

function open(b: Builder, file: SourceFile, env: ReadonlyMap<string, string>, member: boolean): ComposeDocument | undefined {
  const key = `${file.rootPath}\0${[...env].join('\0')}`;
  if (b.docs.has(key)) return b.docs.get(key);
  // A file read only for what a service extends reports its own problems where it is a project itself.
  const doc = openComposeDocument(b.yamlOf(file), b.index, b.shiftOf(file), env, member ? b.problems : []);
  b.docs.set(key, doc);
  return doc;
}

/**
 * The layers of a service as `extends` builds it (compose-spec "extends"): the service it
 * extends (in this file, or in `file:` resolved against this file's folder), then its own entry.
 * A file that is not read (outside the project, not a compose file sentinel-lint read) leaves
 * the service unknown: never guessed.
 */
function layersOf(b: Builder, doc: ComposeDocument, name: string, env: ReadonlyMap<string, string>, depth: number, seen: Set<string>): { layers: ServiceLayer[]; unknown?: string } {
  const entry = doc.services.get(name)!;
  const own: ServiceLayer = { values: doc.values, node: entry.value, rootPath: b.pathBase.get(doc) ?? doc.file.rootPath };
  const ext = extendsOf(doc, entry.value);
  if (!ext) return { layers: [own] };
  const key = `${doc.file.rootPath}\0${name}`;
  if (!ext.service) return { layers: [own], unknown: 'the service it extends is not known statically' };
  if (seen.has(key) || seen.size > MAX_DEPTH) return { layers: [own], unknown: 'its extends chain loops' };
  let base: ComposeDocument | undefined = doc;
  if (ext.file) {
    const source = ext.file.rootPath === undefined ? undefined : b.ctx.files.get(ext.file.rootPath);
    const shown = ext.file.text.known ? ext.file.text.value : 'a file whose path is not known';
    if (!source) return { layers: [own], unknown: `it extends ${ext.service} from ${shown}, which sentinel-lint did not read` };
    base = open(b, source, env, false);
  }
  if (!base?.services.has(ext.service)) {
    return { layers: [own], unknown: `it extends ${ext.service}, which ${base ? base.file.path : 'that file'} does not define` };
  }
  const inner = layersOf(b, base, ext.service, env, depth + 1, new Set([...seen, key]));
  return { layers: [...inner.layers, own], ...(inner.unknown ? { unknown: inner.unknown } : {}) };
}

function resources(values: ComposeValues, node: unknown): NamedResource[] {
  const { tree } = values;
  return tree.entries(node).map((entry) => {
    const external = values.string(tree.get(entry.value, 'external'));
    const resource: NamedResource = { name: entry.key, span: values.span(entry.keyNode), external: external?.known === true && external.value !== 'false' };
    const driver = values.string(tree.get(entry.value, 'driver'));
    if (driver) resource.driver = driver;
    return resource;
  });
}

/** Top-level `configs:`, each `file:` resolved against the folder of the file that declares it. */
function configResources(doc: ComposeDocument, rootPath: string): ConfigResource[] {
  const { tree, values } = doc;
  const node = tree.get(doc.root, 'configs');
  const entries = tree.entries(node);
  return resources(values, node).map((resource, k) => {
    const path = values.string(tree.get(entries[k]!.value, 'file'));
    const config: ConfigResource = { ...resource };
    if (path) config.file = resolvePath(path, rootPath);
    return config;
  });
}

/** Top-level resources of several files: a later file's definition of a name replaces the earlier one. */
function mergeResources<T extends NamedResource>(lists: T[][]): T[] {
  const out = new Map<string, T>();
  for (const list of lists) for (const r of list) out.set(r.name, r);
  return [...out.values()];
}

function emptyFacts(main: SourceFile, head: readonly SourceFile[]): ComposeFacts {
  return { file: main.path, files: head.map((f) => f.path), v1Layout: false, services: [], volumes: [], networks: [], configs: [] };
}

function folderOf(rootPath: string): string {
  const folder = posix.dirname(rootPath);
  return folder === '.' ? '' : folder;
}

/**
 * The project seen as one source file, for the conf parser that reads the lines its services
 * hold: the main file's path, and the project's offset space (so a line an override file writes
 * keeps its span in that file).
 */
export function projectSource(project: LoadedProject): SourceFile {
  return project.files.length === 1 ? project.main : sourceFileAs(project.main, { text: project.index.text, index: project.index });
}
