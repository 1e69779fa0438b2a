import type { ParseProblem } from '../../model/facts.js';
import { Secret } from '../../model/secret.js';
import type { Span } from '../../model/span.js';
import { known, type Value } from '../../model/value.js';
import { readCommand, type ReadCommand } from './command.js';
import type { ComposeValues } from './compose-value.js';
import { readEnvironment, type Environment } from './environment.js';
import { fieldLayers, lastField, mergeByKey, type ServiceLayer } from './service-layers.js';
import type { MountTarget } from './bitnami.js';
import type { ComposeService, HealthcheckFact, ImageFact, ResolvedPath, ServiceConfig, ServiceNetwork, VolumeFact } from './facts.js';
import { readImage } from './image.js';
import { holeIn, sourceRange } from './mapped-text.js';
import { readPorts } from './ports.js';
import { readRun, type RunInput } from './run.js';
import { splitComposeWords } from './shell-words.js';
import { readVolumes, resolvePath } from './volumes.js';

/** Why a service's merged settings are not all known (an `extends` that is not read), when they are not. */
export interface ServiceGaps {
  extendsUnknown?: string;
}

/**
 * One service with everything the model links and counts, merged from its layers (what it
 * extends, the base file, the override file) by compose's merge rules: scalars, `command`,
 * `entrypoint` and `healthcheck.test` are replaced; `environment` merges by name, `volumes` and
 * `configs` by target, `networks` by name; `ports`, `expose` and the other lists are appended.
 * Each fact keeps the span of the file that wrote it.
 */
export function readService(layers: readonly ServiceLayer[], name: string, span: Span, problems: ParseProblem[], gaps: ServiceGaps = {}): ComposeService {
  const last = (...path: string[]) => lastField(layers, ...path);
  const all = (...path: string[]) => fieldLayers(layers, ...path);
  const values = layers[layers.length - 1]!.values;
  const imageField = last('image');
  const image = imageField && readImage(imageField.layer.values, imageField.node);
  const commandField = last('command');
  const entrypointField = last('entrypoint');
  const command = commandField && readCommand(commandField.layer.values, commandField.node, problems);
  const entrypoint = entrypointField && readCommand(entrypointField.layer.values, entrypointField.node, problems);
  const environment = mergeEnvironments(all('environment').map((f) => readEnvironment(f.layer.values, f.node)));
  const workingDirField = last('working_dir');
  const workingDir = workingDirField && workingDirField.layer.values.string(workingDirField.node);
  const volumes = mergeByKey(all('volumes').map((f) => readVolumes(f.layer.values, f.node, f.layer.rootPath)), (v) => (v.target.known ? v.target.value.replace(/(.)\/$/, '$1') : undefined));
  const configs = mergeByKey(all('configs').map((f) => readConfigs(f.layer.values, f.node)), configTarget);
  const envFiles = all('env_file').flatMap((f) => readEnvFiles(f.layer.values, f.node, f.layer.rootPath));
  const run = gaps.extendsUnknown ? { processes: [], runsUnknown: gaps.extendsUnknown } : readRun(runInputOf(image, command, entrypoint, environment, workingDir, {
    env: environment.vars, mountTargets: mountTargetsOf(volumes, configs), hasEnvFile: envFiles.length > 0,
  }, values.index));
  const strings = (...path: string[]) => all(...path).flatMap((f) => f.layer.values.strings(f.node));
  const string = (...path: string[]) => {
    const field = last(...path);
    return field && field.layer.values.string(field.node);
  };
  const number = (...path: string[]) => {
    const field = last(...path);
    return field && field.layer.values.number(field.node);
  };
  const healthcheck = last('healthcheck', 'test');
  const extendsField = last('extends');
  const buildField = last('build');
  const service: ComposeService = {
    name,
    span,
    processes: run.processes,
    networks: mergeNetworks(all('networks').map((f) => readNetworks(f.layer.values, f.node))),
    ports: mergeByKey(all('ports').map((f) => readPorts(f.layer.values, f.node)), (p) => (p.mapping.known ? JSON.stringify(p.mapping.value) : undefined)),
    expose: strings('expose'),
    volumes,
    configs,
    placementConstraints: strings('deploy', 'placement', 'constraints'),
    environment: environment.vars,
    envFiles,
    dependsOn: mergeByKey(all('depends_on').map((f) => readDependsOn(f.layer.values, f.node)), (d) => d.name),
    profiles: strings('profiles'),
    // An `extends` that is not read may give the service names and links of its own.
    extraNames: gaps.extendsUnknown !== undefined || ['links', 'external_links', 'extra_hosts'].some((key) => last(key) !== undefined),
  };
  const optional = {
    image,
    command: command?.fact,
    entrypoint: entrypoint?.fact,
    runsUnknown: run.runsUnknown,
    containerName: string('container_name'),
    hostname: string('hostname'),
    networkMode: string('network_mode'),
    replicas: number('deploy', 'replicas') ?? number('scale'),
    restart: string('restart'),
    restartPolicy: string('deploy', 'restart_policy', 'condition'),
    workingDir,
    healthcheck: healthcheck && readHealthcheck(healthcheck.layer.values, healthcheck.node),
    extends: extendsField && readExtends(extendsField.layer.values, extendsField.node, extendsField.layer.rootPath),
    extendsUnknown: gaps.extendsUnknown,
    build: buildField && readBuild(buildField.layer.values, buildField.node, buildField.layer.rootPath),
  };
  // Assigned in place, not through an object per key for Object.assign (run for every service).
  const fields = service as unknown as Record<string, unknown>;
  for (const key in optional) {
    const value = optional[key as keyof typeof optional];
    if (value !== undefined) fields[key] = value;
  }
  return service;
}

/** What decides the service's processes, set field by field rather than spread from an object per optional field. */
function runInputOf(
  image: ImageFact | undefined, command: ReadCommand | undefined, entrypoint: ReadCommand | undefined, environment: Environment,
  workingDir: Value<string> | undefined, bitnami: NonNullable<RunInput['bitnami']>, index: RunInput['index'],
): RunInput {
  const input: RunInput = { environment: environment.known, bitnami, index };
  if (image) input.image = image;
  if (entrypoint) input.entrypoint = entrypoint.words;
  if (command) input.command = command.words;
  if (command?.uncertain || entrypoint?.uncertain) input.uncertain = (command?.uncertain ?? entrypoint?.uncertain)!;
  if (workingDir?.known) input.workingDir = workingDir.value;
  return input;
}

/** `environment:` of several layers: a later file's variable replaces the earlier one of that name. */
function mergeEnvironments(parts: Environment[]): Environment {
  if (parts.length === 1) return parts[0]!;
  const known = new Map<string, string>();
  for (const part of parts) {
    for (const v of part.vars) {
      const value = part.known.get(v.name);
      if (value === undefined) known.delete(v.name);
      else known.set(v.name, value);
    }
  }
  return { vars: mergeByKey(parts.map((p) => p.vars), (v) => v.name), known };
}

/** `networks:` of several layers, by network name: a later file adds aliases and may set the addresses. */
function mergeNetworks(parts: ServiceNetwork[][]): ServiceNetwork[] {
  if (parts.length === 1) return parts[0]!;
  const out: ServiceNetwork[] = [];
  for (const network of parts.flat()) {
    const name = network.name.known ? network.name.value : undefined;
    const same = name === undefined ? undefined : out.find((n) => n.name.known && n.name.value === name);
    if (!same) {
      out.push({ ...network, aliases: [...network.aliases] });
      continue;
    }
    same.aliases.push(...network.aliases);
    if (network.ipv4Address) same.ipv4Address = network.ipv4Address;
    if (network.ipv6Address) same.ipv6Address = network.ipv6Address;
  }
  return out;
}

/** Where a config appears in the container: its `target`, else `/<source>`. */
function configTarget(config: ServiceConfig): string | undefined {
  if (config.target) return config.target.known ? config.target.value : undefined;
  return config.source.known ? `/${config.source.value}` : undefined;
}

/** Where volumes and configs appear in the container; a host path or a config has content of its own, a named volume starts empty. */
function mountTargetsOf(volumes: VolumeFact[], configs: ServiceConfig[]): MountTarget[] {
  const targets: MountTarget[] = volumes.map((v) => ({ ...(v.target.known ? { path: v.target.value } : {}), bind: v.type === 'bind' || v.type === 'other' }));
  for (const config of configs) {
    const path = config.target ? (config.target.known ? config.target.value : undefined) : config.source.known ? `/${config.source.value}` : undefined;
    targets.push({ ...(path !== undefined ? { path } : {}), bind: true });
  }
  return targets;
}

/** `networks:` as a list of names, or a map of name → `aliases`, `ipv4_address`, `ipv6_address`. */
function readNetworks(values: ComposeValues, node: unknown): ServiceNetwork[] {
  const { tree } = values;
  const list = tree.seq(node);
  if (list) return list.map((item) => values.string(item)).filter((v): v is Value<string> => v !== undefined).map((name) => ({ name, aliases: [] }));
  return tree.entries(node).map((entry) => {
    const network: ServiceNetwork = { name: known(entry.key, values.span(entry.keyNode)), aliases: values.strings(tree.get(entry.value, 'aliases')) };
    const ipv4 = values.string(tree.get(entry.value, 'ipv4_address'));
    const ipv6 = values.string(tree.get(entry.value, 'ipv6_address'));
    if (ipv4) network.ipv4Address = ipv4;
    if (ipv6) network.ipv6Address = ipv6;
    return network;
  });
}

/** `configs:` short (`- name`) and long (`- source: name`, `target: /path`) syntax. */
function readConfigs(values: ComposeValues, node: unknown): ServiceConfig[] {
  const { tree } = values;
  return (tree.seq(node) ?? []).flatMap((item) => {
    const span = values.span(item);
    const source = tree.map(item) ? values.string(tree.get(item, 'source')) : values.string(item);
    if (!source) return [];
    const config: ServiceConfig = { source, span };
    const target = tree.map(item) ? values.string(tree.get(item, 'target')) : undefined;
    if (target) config.target = target;
    return [config];
  });
}

/** `env_file:` as a path, a list of paths, or a list of `{ path, required }`. */
function readEnvFiles(values: ComposeValues, node: unknown, composeRootPath: string): ResolvedPath[] {
  const { tree } = values;
  const items = tree.seq(node) ?? (node === undefined || node === null ? [] : [node]);
  return items.flatMap((item) => {
    const path = values.string(tree.map(item) ? tree.get(item, 'path') : item);
    return path ? [resolvePath(path, composeRootPath)] : [];
  });
}

/** `depends_on:` as a list of names or a map of name → condition. */
function readDependsOn(values: ComposeValues, node: unknown): { name: string; span: Span }[] {
  const { tree } = values;
  const list = tree.seq(node);
  if (list) return list.flatMap((item) => {
    const name = values.string(item);
    return name?.known ? [{ name: name.value, span: name.span }] : [];
  });
  return tree.entries(node).map((entry) => ({ name: entry.key, span: values.span(entry.keyNode) }));
}

/**
 * `healthcheck.test` as a string (run by `/bin/sh -c`) or a list (`["CMD", "redis-cli", …]`,
 * `["CMD-SHELL", "…"]`). A redis-cli password (`-a pw`, `--pass pw`) becomes a secret, and the
 * test's text shows it redacted.
 */
function readHealthcheck(values: ComposeValues, node: unknown): HealthcheckFact | undefined {
  const { tree, index } = values;
  if (node === undefined) return undefined;
  const span = values.span(node);
  const items = tree.seq(node);
  const texts = (items ?? [node]).map((item) => values.mapped(item)).filter((m) => m !== undefined);
  if (texts.length === 0) return undefined;
  // A string test, or the shell string of CMD-SHELL, is split into words to find the password.
  const shellForm = !items || texts[0]!.text === 'CMD-SHELL';
  const words = shellForm
    ? texts.slice(items ? 1 : 0).flatMap((t) => {
        const split = splitComposeWords(t);
        return split.ok ? split.words.map((w) => ({ text: w.value, raw: w.raw })) : [];
      })
    : texts.map((t) => ({ text: t, raw: sourceRange(t, 0, t.text.length) }));
  let password: Secret | undefined;
  const shown: string[] = [];
  words.forEach((word, k) => {
    const previous = words[k - 1]?.text.text;
    if ((previous === '-a' || previous === '--pass') && !holeIn(word.text)) {
      password = new Secret(word.text.text, index.span(...word.raw));
      shown.push('«redacted»');
    } else {
      shown.push(word.text.text);
    }
  });
  const hole = words.map((w) => holeIn(w.text)).find(Boolean);
  const test: Value<string> = hole ? { known: false, why: hole.why, span } : known(shown.join(' '), span);
  return { test, span, ...(password ? { password } : {}) };
}

/** `build:` as a context path, or `{ context, … }` (context defaults to the compose file's folder). */
function readBuild(values: ComposeValues, node: unknown, composeRootPath: string): ComposeService['build'] {
  const { tree } = values;
  if (node === undefined) return undefined;
  const span = values.span(node);
  const written = tree.map(node) ? values.string(tree.get(node, 'context')) : values.string(node);
  const context = written ?? known('.', span);
  return { context: resolvePath(context, composeRootPath), span };
}

/** `extends:` as a service name, or `{ service, file }`. */
function readExtends(values: ComposeValues, node: unknown, composeRootPath: string): ComposeService['extends'] {
  const { tree } = values;
  if (node === undefined) return undefined;
  const service = values.string(tree.map(node) ? tree.get(node, 'service') : node);
  if (!service) return undefined;
  const file = tree.map(node) ? values.string(tree.get(node, 'file')) : undefined;
  return { service, ...(file ? { file: resolvePath(file, composeRootPath) } : {}) };
}
