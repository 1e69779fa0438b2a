import { relative, resolve, sep } from 'node:path';
import { loadConfig } from './config/load.js';
import type { ResolvedConfig } from './config/types.js';
import { discover } from './discover/index.js';
import type { SourceTexts } from './discover/source-texts.js';
import type { RepoFiles } from './sources/conf/include-path.js';
import { finalize, runRules } from './engine/run.js';
import type { LintResult } from './engine/result.js';
import { applyFoundSuppressions, findSuppressions, type FileSuppressions } from './engine/suppressions.js';
import { assemble } from './model/assemble.js';
import type { ComposeInput } from './model/compose-topology.js';
import type { Deployment, Target } from './model/deployment.js';
import type { ClientFacts } from './model/clients.js';
import type { ConfFacts, ParseProblem } from './model/facts.js';
import type { Secret } from './model/secret.js';
import type { SourceFile } from './model/source-file.js';
import { fileSpan, type Span } from './model/span.js';
import { findProjectRoot } from './project-root.js';
import type { EnvFileInput, PythonInput } from './sources/client/client-facts.js';
import { parseConf } from './sources/conf/parse-conf.js';
import { isKnownDirectiveName, newestVersion } from './sources/conf/validate-directive.js';
import { rules } from '../rules/index.js';
import { TOOL } from './tool.js';

export interface LintOptions {
  /** The working directory: paths in the output are relative to it. */
  cwd: string;
  /** Files or folders whose findings are reported; the whole project is still read. Default ["."]. */
  paths?: string[];
  /** An explicit config file (`-c`). */
  configPath?: string;
  /** An already loaded config; wins over configPath. */
  config?: ResolvedConfig;
  /** Overrides of the config's settings (tests, the agreement suite). */
  settings?: { product?: 'redis' | 'valkey'; redisVersion?: string };
  /** Only these rules run (the fixture runner). */
  only?: string[];
  /** Characters of source text kept as read (default TEXTS_KEPT); the rest are read again for the report. */
  textsKept?: number;
  /** The project root; found from the first path when absent. */
  root?: string;
  /** Whether findings get fingerprints (default true); only the JSON and SARIF reports print them. */
  fingerprints?: boolean;
  /** When given, the time of each phase and rule in milliseconds is added to it (`SENTINEL_LINT_TIMING`). */
  timings?: Map<string, number>;
  /** Told the count of sources read so far, after each one (the CLI tunes V8 once a run proves long). */
  onFileRead?: (filesRead: number) => void;
}

export interface LintOutcome extends LintResult {
  /** Rules or parsers that threw: a bug in sentinel-lint, not in the user's files. */
  crashes: { where: string; error: unknown }[];
  /** The assembled model, for views of the topology (the Action's diagram). Holds secrets: never print it whole. */
  deployment: Deployment;
}

export async function lint(options: LintOptions): Promise<LintOutcome> {
  const cwd = resolve(options.cwd);
  const paths = options.paths?.length ? options.paths : ['.'];
  const root = options.root ? resolve(cwd, options.root) : findProjectRoot(cwd, paths[0]);
  const config = options.config ?? (await loadConfig({ cwd, configPath: options.configPath, knownRuleIds: rules.map((r) => r.id) }));
  const target = targetOf(config, options.settings);

  const timings = options.timings;
  // `performance` is touched only when timing: the global loads perf_hooks, which start-up can do without.
  let phaseStart = timings ? performance.now() : 0;
  /** Closes the phase that just ended, when timings are wanted. */
  const phase = (name: string) => {
    if (!timings) return;
    const now = performance.now();
    timings.set(name, (timings.get(name) ?? 0) + now - phaseStart);
    phaseStart = now;
  };

  // Read and parse in a function of its own: when it returns, the sources' texts are let go (the
  // model keeps what it needs), which on a large repository is most of the memory.
  const parsed = await readAndParse({ root, cwd, config, target, textsKept: options.textsKept, onFileRead: options.onFileRead }, phase);
  const { problems, crashes, confs, compose, texts } = parsed;
  phase('secrets as written');
  const deployment = assemble({ confs, compose, problems, fileCount: parsed.fileCount, target, ...(parsed.clients ? { clients: parsed.clients } : {}) });
  phase('assemble');
  const run = runRules(deployment, rules, config, options.only, timings);
  if (timings) phaseStart = performance.now();
  crashes.push(...run.crashes.map((c) => ({ where: `rule ${c.ruleId}`, error: c.error })));
  const { secrets, secretLineTails } = parsed;
  const isGiven = givenPaths(paths, cwd);
  const suppressed = applyFoundSuppressions(run.findings, parsed.suppressions, { knownRuleIds: rules.map((r) => r.id), config, ran: run.ran });
  // The fingerprints read each file with findings again, one at a time (SourceTexts).
  const reported = finalize(suppressed, texts, {
    // Fingerprints hash the reported line: masked secrets keep a weak password from being guessed from one.
    masks: [...secrets.map((s) => s.span), ...secretLineTails],
    // Root-relative, so a fingerprint does not change with the directory the linter runs from.
    pathOf: (path) => texts.rootPathOf(path) ?? path,
    fingerprints: options.fingerprints !== false,
    // A finding is reported when it touches a given path, at either end: changing only the data
    // nodes' password must still report the Sentinels' auth-pass lines that it breaks.
  }).filter((f) => [f.at, ...f.related.map((r) => r.at)].some((at) => isGiven(at.file)));

  phase('suppressions and fingerprints');

  const shown = new Set(reported.flatMap((f) => [f.at.file, ...f.related.map((r) => r.at.file)]));
  return {
    findings: reported,
    fileCount: parsed.fileCount,
    rules,
    texts: texts.only(shown),
    secrets,
    secretLineTails,
    tool: TOOL,
    crashes,
    deployment,
  };
}

/** What reading and parsing every source leaves for the model, the rules and the report. */
interface Parsed {
  fileCount: number;
  problems: ParseProblem[];
  crashes: LintOutcome['crashes'];
  confs: { facts: ConfFacts; rootPath: string }[];
  compose: ComposeInput[];
  clients: ClientFacts | undefined;
  /** Every secret read, each with the text it was written as (for redaction), and the masked line tails. */
  secrets: Secret[];
  secretLineTails: Span[];
  /** The suppression comments of each file that has one, found while its text was here. */
  suppressions: [file: string, found: FileSuppressions][];
  /** The sources' texts, read again on demand. */
  texts: SourceTexts;
}

/** Discovers and parses every source; no text of a source outlives it, except in what the facts keep. */
async function readAndParse(
  { root, cwd, config, target, textsKept, onFileRead }: { root: string; cwd: string; config: ResolvedConfig; target: Target; textsKept: number | undefined; onFileRead: LintOptions['onFileRead'] },
  phase: (name: string) => void,
): Promise<Parsed> {
  const crashes: LintOutcome['crashes'] = [];
  const confs: { facts: ConfFacts; rootPath: string }[] = [];
  const confProblems: ParseProblem[] = [];
  const composeSecrets: Secret[] = [];
  const composeTails: Span[] = [];
  const clientSecrets: Secret[] = [];
  const suppressions: Parsed['suppressions'] = [];
  let filesRead = 0;
  /** Each source as it is read: counted, its suppression comments found, and a conf file parsed there and then. */
  const take = (source: SourceFile, repoFiles: RepoFiles): boolean => {
    onFileRead?.(++filesRead);
    if (source.text.includes('sentinel-lint-')) suppressions.push([source.path, findSuppressions(source.path, source.text)]);
    if (source.kind !== 'redis-conf' && source.kind !== 'sentinel-conf') return false;
    phase('discover');
    try {
      const parsed = parseConf(source, target, repoFiles);
      confs.push({ facts: parsed.facts, rootPath: source.rootPath });
      confProblems.push(...parsed.problems);
      noteWritten(parsed.facts.secrets, source);
    } catch (error) {
      // A parser bug stays inside its file: the other files are still linted.
      crashes.push({ where: source.path, error });
      confProblems.push(internalParseError(source.path));
    }
    phase('parse conf files');
    return true;
  };
  const discovery = discover({ root, cwd, ignores: config.ignores, files: config.files, isDirective: isKnownDirectiveName, take, ...(textsKept === undefined ? {} : { textsKept }) });
  const problems: ParseProblem[] = [...discovery.problems, ...confProblems];
  const compose: ComposeInput[] = [];
  phase('discover');
  // Compose files: their YAML problems, the conf lines their services hand to the servers (checked
  // line by line), and each process with the configuration it reads, for the topology.
  const composeSources = discovery.sources.filter((s) => s.kind === 'compose');
  if (composeSources.length) {
    const [{ loadComposeProjects, projectSource }, { checkProcessConfs }, { composeEnvOf }] = await Promise.all([
      import('./sources/compose/project.js'),
      import('./sources/compose/process-conf.js'),
      import('./sources/compose/project-env.js'),
    ]);
    // A base file and its override are one project; an included file joins the project that includes it.
    const projects = loadComposeProjects(composeSources, { files: new Map(composeSources.map((s) => [s.rootPath, s])), envOf: composeEnvOf(discovery.sources) });
    for (const project of projects) {
      const source = project.main;
      try {
        const parsed = project.parsed;
        const checked = checkProcessConfs(projectSource(project), parsed.facts, target, discovery.repoFiles);
        problems.push(...parsed.problems, ...checked.problems);
        composeSecrets.push(...checked.secrets);
        composeTails.push(...checked.secretLineTails);
        compose.push({ rootPath: source.rootPath, facts: parsed.facts, processes: checked.processes });
      } catch (error) {
        crashes.push({ where: source.path, error });
        problems.push(internalParseError(source.path));
      }
    }
  }

  phase('parse compose files');

  // Python modules that can configure a Redis client, and .env files (read as compose and
  // python-dotenv read them): their syntax problems are reported, their secrets masked, and
  // together with compose `environment:` they make the client view the client rules read.
  /** Reads each client source in its own boundary: its problems reported, its secrets masked. */
  const readClientSources = <F extends { secrets: Secret[] }>(sources: SourceFile[], read: (source: SourceFile) => { facts: F; problems: ParseProblem[] }) => {
    const inputs: { facts: F; rootPath: string; index: SourceFile['index'] }[] = [];
    for (const source of sources) {
      try {
        const parsed = read(source);
        problems.push(...parsed.problems);
        clientSecrets.push(...parsed.facts.secrets);
        inputs.push({ facts: parsed.facts, rootPath: source.rootPath, index: source.index });
      } catch (error) {
        crashes.push({ where: source.path, error });
        problems.push(internalParseError(source.path));
      }
    }
    return inputs;
  };
  const pythonSources = discovery.sources.filter((s) => s.kind === 'python');
  const pythonInputs: PythonInput[] = pythonSources.length
    ? readClientSources(pythonSources, (await import('./sources/python/parse-python.js')).parsePython)
    : [];

  phase('parse python');

  const envSources = discovery.sources.filter((s) => s.kind === 'env');
  const envInputs: EnvFileInput[] = envSources.length ? readClientSources(envSources, (await import('./sources/client/env-file.js')).readEnvFile) : [];
  phase('parse .env files');
  let clients: ClientFacts | undefined;
  if (pythonInputs.length || envInputs.length) {
    const { buildClientFacts } = await import('./sources/client/client-facts.js');
    const composeIndex = new Map(composeSources.map((s) => [s.path, s.index]));
    try {
      clients = buildClientFacts({
        python: pythonInputs,
        envFiles: envInputs,
        compose: compose.flatMap((c) => (composeIndex.has(c.facts.file) ? [{ facts: c.facts, index: composeIndex.get(c.facts.file)!, indexOf: (file: string) => composeIndex.get(file) }] : [])),
      });
    } catch (error) {
      // A bug in the client view must not stop the server-side rules.
      crashes.push({ where: 'client view', error });
    }
  }

  phase('client view');
  const sourceOf = new Map(discovery.sources.map((s) => [s.path, s]));
  for (const secret of [...composeSecrets, ...clientSecrets]) {
    const source = sourceOf.get(secret.span.file);
    if (source) noteWritten([secret], source);
  }
  return {
    fileCount: discovery.sourceCount,
    problems,
    crashes,
    confs,
    compose,
    clients,
    secrets: [...confs.flatMap((c) => c.facts.secrets), ...composeSecrets, ...clientSecrets],
    secretLineTails: [...confs.flatMap((c) => c.facts.secretLineTails), ...composeTails],
    suppressions,
    texts: discovery.texts,
  };
}

/**
 * Notes the text each secret of a source is written as, while the source's text is at hand: the
 * report redacts that form too (quotes, escapes) without the file's text.
 */
function noteWritten(secrets: readonly Secret[], source: SourceFile): void {
  for (const secret of secrets) {
    const written = secret.span.file === source.path ? source.index.textOn(secret.span) : undefined;
    if (written !== undefined) secret.noteWritten(written);
  }
}

/** A parser bug stays inside its file: a finding there, and the other files are still linted. */
function internalParseError(path: string): ParseProblem {
  return { rule: 'parse-error', at: fileSpan(path), message: 'sentinel-lint could not read this file (an internal error; please report it). The other files were linted.' };
}

function targetOf(config: ResolvedConfig, override: LintOptions['settings']): Target {
  const product = override?.product ?? config.settings.product ?? 'redis';
  const version = override?.redisVersion ?? config.settings.redisVersion ?? newestVersion(product);
  return { product, version: version.split('.').slice(0, 2).join('.') };
}

/**
 * Whether a cwd-relative file lies inside one of the given paths (a folder covers its subtree):
 * answered once per file, since a monorepo's findings name each file many times.
 */
function givenPaths(paths: string[], cwd: string): (file: string) => boolean {
  const roots = paths.map((p) => resolve(cwd, p));
  const answers = new Map<string, boolean>();
  return (file) => {
    let answer = answers.get(file);
    if (answer === undefined) {
      const absolute = resolve(cwd, file);
      answer = roots.some((root) => {
        const rel = relative(root, absolute);
        return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
      });
      answers.set(file, answer);
    }
    return answer;
  };
}
