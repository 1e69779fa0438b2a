import type { ParseProblem } from '../../model/facts.js';
import { Secret } from '../../model/secret.js';
import type { Span } from '../../model/span.js';
import { known, type Value } from '../../model/value.js';
import { readCommand } from './command.js';
import type { ComposeValues } from './compose-value.js';
import { readEnvironment } from './environment.js';
import type { MountTarget } from './bitnami.js';
import type { ComposeService, HealthcheckFact, ResolvedPath, ServiceConfig, ServiceNetwork, VolumeFact } from './facts.js';
import { readImage } from './image.js';
import { holeIn, sourceRange } from './mapped-text.js';
import { readPorts } from './ports.js';
import { readRun } from './run.js';
import { splitComposeWords } from './shell-words.js';
import { readVolumes, resolvePath } from './volumes.js';

/** One entry of `services:` with everything the model links and counts. */
export function readService(values: ComposeValues, name: string, span: Span, node: unknown, composeRootPath: string, problems: ParseProblem[]): ComposeService {
  const { tree } = values;
  const field = (key: string) => tree.get(node, key);
  const image = readImage(values, field('image'));
  const command = field('command') === undefined ? undefined : readCommand(values, field('command'), problems);
  const entrypoint = field('entrypoint') === undefined ? undefined : readCommand(values, field('entrypoint'), problems);
  const environment = readEnvironment(values, field('environment'));
  const workingDir = values.string(field('working_dir'));
  const volumes = readVolumes(values, field('volumes'), composeRootPath);
  const configs = readConfigs(values, field('configs'));
  const envFiles = readEnvFiles(values, field('env_file'), composeRootPath);
  const run = readRun({
    ...(image ? { image } : {}),
    ...(entrypoint ? { entrypoint: entrypoint.words } : {}),
    ...(command ? { command: command.words } : {}),
    ...(command?.uncertain || entrypoint?.uncertain ? { uncertain: (command?.uncertain ?? entrypoint?.uncertain)! } : {}),
    environment: environment.known,
    ...(workingDir?.known ? { workingDir: workingDir.value } : {}),
    bitnami: { env: environment.vars, mountTargets: mountTargetsOf(volumes, configs), hasEnvFile: envFiles.length > 0 },
    index: values.index,
  });
  const deploy = field('deploy');
  const service: ComposeService = {
    name,
    span,
    processes: run.processes,
    networks: readNetworks(values, field('networks')),
    ports: readPorts(values, field('ports')),
    expose: values.strings(field('expose')),
    volumes,
    configs,
    placementConstraints: values.strings(tree.get(tree.get(deploy, 'placement'), 'constraints')),
    environment: environment.vars,
    envFiles,
    dependsOn: readDependsOn(values, field('depends_on')),
    profiles: values.strings(field('profiles')),
    extraNames: ['links', 'external_links', 'extra_hosts'].some((key) => field(key) !== undefined),
  };
  const optional = {
    image,
    command: command?.fact,
    entrypoint: entrypoint?.fact,
    runsUnknown: run.runsUnknown,
    containerName: values.string(field('container_name')),
    hostname: values.string(field('hostname')),
    networkMode: values.string(field('network_mode')),
    replicas: values.number(tree.get(deploy, 'replicas')) ?? values.number(field('scale')),
    restart: values.string(field('restart')),
    restartPolicy: values.string(tree.get(tree.get(deploy, 'restart_policy'), 'condition')),
    workingDir,
    healthcheck: readHealthcheck(values, tree.get(field('healthcheck'), 'test')),
    extends: readExtends(values, field('extends'), composeRootPath),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(service, { [key]: value });
  return service;
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

/** `extends:` as a service name, or `{ service, file }`. */
function readExtends(values: ComposeValues, node: unknown, composeRootPath: string): ComposeService['extends'] {
  const { tree } = values;
  if (node === undefined) return undefined;
  const service = values.string(tree.map(node) ? tree.get(node, 'service') : node);
  if (!service) return undefined;
  const file = tree.map(node) ? values.string(tree.get(node, 'file')) : undefined;
  return { service, ...(file ? { file: resolvePath(file, composeRootPath) } : {}) };
}
