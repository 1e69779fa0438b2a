// Finds and validates `.sentinel-lint.yml`. Start-up time matters: with no config file, this
// module loads neither zod nor yaml, so both (and ./schema.js, which imports zod) are imported
// lazily, and only once a file has been found.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { ZodIssue } from 'zod';
import { LineIndex } from '../model/span.js';
import { ConfigError, defaultConfig, ENGINE_RULE_IDS, LEVELS_OR_OFF, type ResolvedConfig, type RuleSetting } from './types.js';

export { ConfigError, defaultConfig, type ResolvedConfig, type RuleSetting } from './types.js';

/** In order of preference; two of them in one folder is an error rather than a silent choice. */
export const CONFIG_FILE_NAMES = ['.sentinel-lint.yml', '.sentinel-lint.yaml', '.sentinel-lint.json'] as const;

export interface LoadConfigOptions {
  cwd: string;
  /** `-c <file>`, relative to `cwd`; any name, read as JSON when it ends in `.json`, else as YAML. */
  configPath?: string;
  /** The registered rule ids; the engine's own (`unused-suppression`) are always accepted too. */
  knownRuleIds: readonly string[];
}

/** The config that applies in `cwd`: `-c`, else the nearest config file upward, else the defaults. */
export async function loadConfig({ cwd, configPath, knownRuleIds }: LoadConfigOptions): Promise<ResolvedConfig> {
  const file = configPath === undefined ? findConfigFile(cwd) : resolve(cwd, configPath);
  if (file === undefined) return defaultConfig();
  const shown = displayPath(cwd, file);
  const data = await parseConfigText(readConfigText(file, shown), file, shown);
  return validateConfig(data, file, shown, withEngineRules(knownRuleIds));
}

/** The nearest config file in `from` or a folder above it, up to the filesystem root. */
export function findConfigFile(from: string): string | undefined {
  for (let folder = resolve(from); ; folder = dirname(folder)) {
    const found = CONFIG_FILE_NAMES.map((name) => join(folder, name)).filter(isFile);
    if (found.length > 1) {
      const [first, second] = found.map((path) => displayPath(from, path));
      throw new ConfigError(`${first}: ${second} is also a config file in this folder; keep one`);
    }
    if (found[0] !== undefined) return found[0];
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * Applies `--rule <id>=<level>` flags on top of a config, validated like the file: an unknown id
 * or level is a ConfigError. Options set in the file are kept; only the level changes.
 */
export function applyRuleOverrides(
  config: ResolvedConfig,
  overrides: readonly string[],
  registeredRuleIds: readonly string[],
): ResolvedConfig {
  const knownRuleIds = withEngineRules(registeredRuleIds);
  const rules = new Map(config.rules);
  const problems: string[] = [];
  for (const flag of overrides) {
    const equals = flag.indexOf('=');
    const id = flag.slice(0, equals).trim();
    const level = flag.slice(equals + 1).trim();
    const example = `--rule ${knownRuleIds[0] ?? 'rule-id'}=off`;
    if (equals < 0 || id === '') problems.push(`--rule ${flag}: expected <rule-id>=<level>, e.g. ${example}`);
    else if (!knownRuleIds.includes(id)) problems.push(`--rule ${flag}: ${unknownRule(id, knownRuleIds)}`);
    else if (!isLevelOrOff(level)) problems.push(`--rule ${flag}: expected error, warning, note or off${hint(level, LEVELS_OR_OFF)}`);
    else rules.set(id, { ...rules.get(id), level });
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return { ...config, rules };
}

/** The closest name, for "did you mean": a small edit away, or one that contains the word (`warn`, `version`). */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(lower, name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best !== undefined && best.distance <= Math.max(2, Math.floor(word.length / 4))) return best.name;
  return lower.length >= 3 ? candidates.find((name) => name.toLowerCase().includes(lower)) : undefined;
}

export function unknownRule(id: string, knownRuleIds: readonly string[]): string {
  return `unknown rule${hint(id, knownRuleIds)}`;
}

function hint(word: string, candidates: readonly string[]): string {
  const near = closestName(word, candidates);
  return near === undefined ? '' : ` (did you mean ${near}?)`;
}

function withEngineRules(knownRuleIds: readonly string[]): string[] {
  return [...new Set([...knownRuleIds, ...ENGINE_RULE_IDS])];
}

function isLevelOrOff(value: string): value is RuleSetting['level'] {
  return (LEVELS_OR_OFF as readonly string[]).includes(value);
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Relative to the working directory with `/` separators, as every output prints paths. */
function displayPath(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).join('/') || file;
}

function readConfigText(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : (code ?? 'unreadable');
    throw new ConfigError(`${shown}: cannot read the config file: ${why}`);
  }
}

async function parseConfigText(text: string, file: string, shown: string): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return {}; // an empty file is an empty config
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(body);
    } catch (error) {
      throw new ConfigError(describeJsonError(body, shown, (error as Error).message));
    }
  }
  const { parse, YAMLParseError } = await import('yaml');
  try {
    return parse(body) ?? {}; // all comments: an empty config
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    const where = at ? `${shown}:${at.line}:${at.col}` : shown;
    const what =
      error.code === 'MULTIPLE_DOCS'
        ? 'a config file holds one YAML document, this one has several'
        : error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
    throw new ConfigError(`${where}: not valid YAML: ${what}`);
  }
}

function describeJsonError(text: string, shown: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const what = message.replace(/\s*(in JSON )?at position \d+.*$/s, '');
  if (position?.[1] === undefined) return `${shown}: not valid JSON: ${what}`;
  const { line, column } = new LineIndex(shown, text).position(Number(position[1]));
  return `${shown}:${line}:${column}: not valid JSON: ${what}`;
}

async function validateConfig(data: unknown, file: string, shown: string, knownRuleIds: readonly string[]): Promise<ResolvedConfig> {
  const { configSchema, REDIS_VERSION } = await import('./schema.js');
  const parsed = configSchema.safeParse(data);
  const problems = parsed.success ? [] : parsed.error.issues.flatMap((issue) => describeIssue(issue, data, configSchema));
  const rulesInput = isMapping(data) ? data.rules : undefined;
  if (isMapping(rulesInput)) {
    for (const id of Object.keys(rulesInput)) {
      if (!knownRuleIds.includes(id)) problems.push(`rules.${id}: ${unknownRule(id, knownRuleIds)}`);
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems.map((p) => `${shown}: ${p}`).join('\n'));

  const input = parsed.data;
  const config = defaultConfig();
  config.file = file;
  for (const [id, setting] of Object.entries(input.rules ?? {})) {
    if (typeof setting === 'string') config.rules.set(id, { level: setting });
    else if (setting.length === 2) config.rules.set(id, { level: setting[0], options: setting[1] });
    else config.rules.set(id, { level: setting[0] });
  }
  config.ignores = input.ignores ?? [];
  config.files = input.files ?? [];
  config.settings.product = input.settings?.product ?? 'redis';
  const version = input.settings?.redisVersion;
  if (version !== undefined) {
    const [major, minor] = REDIS_VERSION.exec(version)![0].split('.');
    config.settings.redisVersion = `${Number(major)}.${Number(minor)}`; // the patch level is ignored
  }
  return config;
}

type Schema = typeof import('./schema.js').configSchema;

/** One line per problem: the key path, what was expected, what was found, and a hint. */
function describeIssue(issue: ZodIssue, data: unknown, schema: Schema): string[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(issue.path, schema);
    return issue.keys.map((key) => {
      const what = issue.path.length === 0 ? 'unknown key' : 'unknown setting';
      const near = closestName(key, allowed);
      const expected = near === undefined ? ` (expected one of ${allowed.join(', ')})` : ` (did you mean ${near}?)`;
      return `${formatPath([...issue.path, key])}: ${what}${expected}`;
    });
  }
  const value = valueAt(data, issue.path);
  const path = issue.path.length === 0 ? '' : `${formatPath(issue.path)}: `;
  if (issue.path.join('.') === 'settings.redisVersion' && typeof value === 'number') {
    // YAML reads 7.0 as the number 7 and 7.10 as 7.1: a number cannot say which version is meant.
    return [`${path}write the version in quotes, like redisVersion: "7.0" (YAML reads 7.0 as the number 7)`];
  }
  const near = typeof value === 'string' && issue.path[0] === 'rules' ? hint(value, LEVELS_OR_OFF) : '';
  return [`${path}${issue.message}, got ${describeValue(value)}${near}`];
}

function allowedKeys(path: readonly PropertyKey[], schema: Schema): string[] {
  if (path.length === 0) return Object.keys(schema.shape).filter((key) => key !== '$schema' && key !== 'root');
  return Object.keys(schema.shape.settings.unwrap().shape);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  return String(value);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
