import { isAlias, isMap, isScalar, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import type { ParseProblem } from '../../model/facts.js';
import type { SourceFile } from '../../model/source-file.js';
import { fileSpan, type LineIndex } from '../../model/span.js';
import { known, type Value } from '../../model/value.js';
import { ComposeValues } from './compose-value.js';
import { aliasTargets, expandedSize, MAX_EXPANDED_NODES, NO_ALIASES, YamlTree, type Entry } from './yaml-tree.js';

/** Larger than any compose file people write; reading more is a denial of service, not a lint. */
export const MAX_COMPOSE_BYTES = 4 * 1024 * 1024;

/** Top-level keys that are not services in a Compose v1 file. */
const V1_NOT_SERVICES = new Set(['version', 'volumes', 'networks', 'configs', 'secrets', 'name', 'include']);

/** A compose file's YAML, parsed once whichever projects read it; absent when compose would refuse it. */
export interface ComposeYaml {
  file: SourceFile;
  doc?: Document.Parsed;
  aliases?: ReadonlyMap<Alias, Node>;
  /** What stops compose on this file (invalid YAML, an alias bomb, a top that is not a map). */
  problems: ParseProblem[];
}

/**
 * The YAML of a compose file: one document, a map at the top, anchors, aliases and `<<` merge
 * keys (what compose-go accepts), checked against alias bombs before anything is read.
 */
export function parseComposeYaml(file: SourceFile): ComposeYaml {
  const { index } = file;
  const problems: ParseProblem[] = [];
  const problem = (at: ParseProblem['at'], message: string) => problems.push({ rule: 'parse-error', at, message });
  if (file.text.length > MAX_COMPOSE_BYTES) {
    problem(fileSpan(file.path), `This compose file is larger than ${MAX_COMPOSE_BYTES / 1024 / 1024} MiB, so it was not read.`);
    return { file, problems };
  }
  // prettyErrors off: yaml's pretty messages quote the source line, which may hold a password.
  const doc = withoutStacks(() => parseDocument(file.text, { merge: true, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false }));
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 1)) {
      const [start, end] = error.pos;
      problem(index.span(start, Math.max(start + 1, end)), `docker compose will not start: the YAML is invalid: ${firstSentence(error.message)}.`);
    }
    return { file, problems };
  }
  // Without a `*` there is no alias, and a file this small has fewer nodes than the limit: the two
  // walks of the whole tree below could only confirm it. They took 170 ms in a CPU profile of the
  // 2 000-file repository, a tenth of compose reading beyond yaml's own parse.
  if (!file.text.includes('*') && file.text.length <= MAX_EXPANDED_NODES / 4) return checkedTop(file, doc, NO_ALIASES, problems);
  const aliases = aliasTargets(doc);
  const size = expandedSize(doc, MAX_EXPANDED_NODES, aliases);
  if (size === undefined || size > MAX_EXPANDED_NODES) {
    const at = firstAlias(doc);
    const span = at ? index.span(at[0], at[1]) : fileSpan(file.path);
    problem(span, size === undefined
      ? 'docker compose will not start: an alias refers to the node that contains it, so it never ends.'
      : `The aliases of this file expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb), so it was not read.`);
    return { file, problems };
  }
  return checkedTop(file, doc, aliases, problems);
}

/** A parsed file whose aliases are sound: what compose reads, unless its top is not a map. */
function checkedTop(file: SourceFile, doc: Document.Parsed, aliases: ReadonlyMap<Alias, Node>, problems: ParseProblem[]): ComposeYaml {
  const root = doc.contents;
  if (root === null || root === undefined) return { file, problems }; // an empty file: nothing to run
  if (!isMap(root)) {
    const range = root.range ?? [0, 0];
    problems.push({ rule: 'parse-error', at: file.index.span(range[0], range[1]), message: 'docker compose will not start: the top of a compose file must be a map (services:, volumes:, …).' });
    return { file, problems };
  }
  return { file, doc, aliases, problems };
}

/** A compose file opened for one project: its values interpolated with that project's variables, its offsets in that project's space. */
export interface ComposeDocument {
  file: SourceFile;
  tree: YamlTree;
  values: ComposeValues;
  root: Node;
  /** The services, by name, in the order written. */
  services: Map<string, Entry>;
  v1Layout: boolean;
  version?: Value<string>;
}

/**
 * Opens a parsed compose file for a project: `index` is the project's offset space (the file's
 * own index when the project is this file alone) and `shift` where the file starts in it.
 */
export function openComposeDocument(yaml: ComposeYaml, index: LineIndex, shift: number, env: ReadonlyMap<string, string>, problems: ParseProblem[]): ComposeDocument | undefined {
  const { doc, aliases, file } = yaml;
  if (!doc || !aliases || !isMap(doc.contents)) return undefined;
  const tree = new YamlTree(doc, file.text, aliases, shift);
  const values = new ComposeValues(tree, index, env, problems);
  const root = doc.contents;
  const out: ComposeDocument = { file, tree, values, root, services: new Map(), v1Layout: false };
  const version = tree.entry(root, 'version');
  if (version) out.version = values.string(version.value) ?? known('', values.span(version.keyNode));
  const services = tree.entry(root, 'services');
  let entries = services ? tree.entries(services.value) : [];
  const servicesValue = tree.resolve(services?.value);
  if (services && servicesValue !== undefined && !isMap(servicesValue) && !(isScalar(servicesValue) && servicesValue.value === null)) {
    problems.push({ rule: 'parse-error', at: values.span(services.value), message: 'docker compose will not start: "services" must be a map of service names to their settings.' });
  }
  if (!services) {
    // Compose v1: the services are the top-level keys.
    entries = tree.entries(root).filter((e) => !V1_NOT_SERVICES.has(e.key) && !e.key.startsWith('x-') && tree.map(e.value));
    out.v1Layout = entries.length > 0;
  }
  for (const entry of entries) out.services.set(entry.key, entry);
  return out;
}

/**
 * Runs `parse` without stack traces on the errors it makes: yaml makes one per problem (hundreds
 * in a templated file), only their message and position are read, and capturing their stacks
 * took 80 ms in a CPU profile of the 2 000-file repository.
 */
function withoutStacks<T>(parse: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** yaml's messages go on with a position; the position is in the span already. */
function firstSentence(message: string): string {
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, '').replace(/[.:]\s*$/, '');
}

function firstAlias(doc: Document.Parsed): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}
