import { isAlias, isMap, isScalar, parseDocument, visit } from 'yaml';
import type { Parsed, ParseProblem } from '../../model/facts.js';
import type { SourceFile } from '../../model/source-file.js';
import { fileSpan } from '../../model/span.js';
import { known } from '../../model/value.js';
import { ComposeValues } from './compose-value.js';
import type { ComposeFacts, ConfigResource, NamedResource } from './facts.js';
import { readService } from './service.js';
import { resolvePath } from './volumes.js';
import { expandedSize, MAX_EXPANDED_NODES, YamlTree } from './yaml-tree.js';

/** Larger than any compose file people write; reading more is a denial of service, not a lint. */
export const MAX_COMPOSE_BYTES = 4 * 1024 * 1024;

/** Top-level keys that are not services in a Compose v1 file. */
const V1_NOT_SERVICES = new Set(['version', 'volumes', 'networks', 'configs', 'secrets', 'name', 'include']);

/**
 * A docker-compose file read the way `docker compose` reads it: YAML (one document, a map at
 * the top, anchors, aliases and `<<` merge keys), `${VAR}` interpolation from the project's
 * `.env` (`env`, parsed by the caller), string commands split like compose-go splits them, and
 * what each service's container runs. Never throws: a bug while reading becomes a parse-error on
 * this file only.
 */
export function parseCompose(file: SourceFile, env: ReadonlyMap<string, string>): Parsed<ComposeFacts> {
  const facts: ComposeFacts = { file: file.path, v1Layout: false, services: [], volumes: [], networks: [], configs: [] };
  const problems: ParseProblem[] = [];
  try {
    read(file, env, facts, problems);
    return { facts, problems };
  } catch (error) {
    const empty: ComposeFacts = { file: file.path, v1Layout: false, services: [], volumes: [], networks: [], configs: [] };
    const what = error instanceof RangeError ? 'it nests too deeply' : 'of an internal error';
    return { facts: empty, problems: [{ rule: 'parse-error', at: fileSpan(file.path), message: `sentinel-lint could not read this compose file because ${what}; its services are not checked.` }] };
  }
}

function read(file: SourceFile, env: ReadonlyMap<string, string>, facts: ComposeFacts, problems: ParseProblem[]): void {
  const { index } = file;
  const problem = (at: ParseProblem['at'], message: string) => problems.push({ rule: 'parse-error', at, message });
  if (file.text.length > MAX_COMPOSE_BYTES) {
    problem(fileSpan(file.path), `This compose file is larger than ${MAX_COMPOSE_BYTES / 1024 / 1024} MiB, so it was not read.`);
    return;
  }
  // prettyErrors off: yaml's pretty messages quote the source line, which may hold a password.
  const doc = parseDocument(file.text, { merge: true, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 1)) {
      const [start, end] = error.pos;
      problem(index.span(start, Math.max(start + 1, end)), `docker compose will not start: the YAML is invalid: ${firstSentence(error.message)}.`);
    }
    return;
  }
  const size = expandedSize(doc);
  if (size === undefined || size > MAX_EXPANDED_NODES) {
    const at = firstAlias(doc);
    const span = at ? index.span(at[0], at[1]) : fileSpan(file.path);
    problem(span, size === undefined
      ? 'docker compose will not start: an alias refers to the node that contains it, so it never ends.'
      : `The aliases of this file expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb), so it was not read.`);
    return;
  }
  const tree = new YamlTree(doc, file.text);
  const root = doc.contents;
  if (root === null || root === undefined) return; // an empty file: nothing to run
  if (!isMap(root)) {
    problem(index.span(...tree.range(root)), 'docker compose will not start: the top of a compose file must be a map (services:, volumes:, …).');
    return;
  }
  const values = new ComposeValues(tree, index, env, problems);
  facts.dollars = values.dollars;
  const version = tree.entry(root, 'version');
  if (version) facts.version = values.string(version.value) ?? known('', values.span(version.keyNode));

  const services = tree.entry(root, 'services');
  let serviceEntries = services ? tree.entries(services.value) : [];
  const servicesValue = tree.resolve(services?.value);
  if (services && servicesValue !== undefined && !isMap(servicesValue) && !(isScalar(servicesValue) && servicesValue.value === null)) {
    problem(values.span(services.value), 'docker compose will not start: "services" must be a map of service names to their settings.');
  }
  if (!services) {
    // Compose v1: the services are the top-level keys.
    serviceEntries = tree.entries(root).filter((e) => !V1_NOT_SERVICES.has(e.key) && !e.key.startsWith('x-') && tree.map(e.value));
    facts.v1Layout = serviceEntries.length > 0;
  }
  for (const entry of serviceEntries) {
    facts.services.push(readService(values, entry.key, values.span(entry.keyNode), entry.value, file.rootPath, problems));
  }
  facts.volumes = resources(values, tree.get(root, 'volumes'));
  facts.networks = resources(values, tree.get(root, 'networks'));
  facts.configs = resources(values, tree.get(root, 'configs')).map((resource, k) => {
    const entry = tree.entries(tree.get(root, 'configs'))[k]!;
    const path = values.string(tree.get(entry.value, 'file'));
    const config: ConfigResource = { ...resource };
    if (path) config.file = resolvePath(path, file.rootPath);
    return config;
  });
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

/** yaml's messages go on with a position; the position is in the span already. */
function firstSentence(message: string): string {
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, '').replace(/[.:]\s*$/, '');
}

function firstAlias(doc: ReturnType<typeof parseDocument>): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}
