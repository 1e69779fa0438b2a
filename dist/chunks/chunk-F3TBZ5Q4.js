#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  LineIndex
} from "./chunk-UXHLZWZ5.js";
import {
  ConfigError,
  ENGINE_RULE_IDS,
  LEVELS_OR_OFF,
  defaultConfig
} from "./chunk-URP7V7BO.js";

// src/config/load.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
var CONFIG_FILE_NAMES = [".sentinel-lint.yml", ".sentinel-lint.yaml", ".sentinel-lint.json"];
async function loadConfig({ cwd, configPath, knownRuleIds }) {
  const file = configPath === void 0 ? findConfigFile(cwd) : resolve(cwd, configPath);
  if (file === void 0) return defaultConfig();
  const shown = displayPath(cwd, file);
  const data = await parseConfigText(readConfigText(file, shown), file, shown);
  return validateConfig(data, file, shown, withEngineRules(knownRuleIds));
}
function findConfigFile(from) {
  for (let folder = resolve(from); ; folder = dirname(folder)) {
    const found = CONFIG_FILE_NAMES.map((name) => join(folder, name)).filter(isFile);
    if (found.length > 1) {
      const [first, second] = found.map((path) => displayPath(from, path));
      throw new ConfigError(`${first}: ${second} is also a config file in this folder; keep one`);
    }
    if (found[0] !== void 0) return found[0];
    if (dirname(folder) === folder) return void 0;
  }
}
function applyRuleOverrides(config, overrides, registeredRuleIds) {
  const knownRuleIds = withEngineRules(registeredRuleIds);
  const rules = new Map(config.rules);
  const problems = [];
  for (const flag of overrides) {
    const equals = flag.indexOf("=");
    const id = flag.slice(0, equals).trim();
    const level = flag.slice(equals + 1).trim();
    const example = `--rule ${knownRuleIds[0] ?? "rule-id"}=off`;
    if (equals < 0 || id === "") problems.push(`--rule ${flag}: expected <rule-id>=<level>, e.g. ${example}`);
    else if (!knownRuleIds.includes(id)) problems.push(`--rule ${flag}: ${unknownRule(id, knownRuleIds)}`);
    else if (!isLevelOrOff(level)) problems.push(`--rule ${flag}: expected error, warning, note or off${hint(level, LEVELS_OR_OFF)}`);
    else rules.set(id, { ...rules.get(id), level });
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return { ...config, rules };
}
function closestName(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  for (const name of candidates) {
    const distance = editDistance(lower, name.toLowerCase());
    if (best === void 0 || distance < best.distance) best = { name, distance };
  }
  if (best !== void 0 && best.distance <= Math.max(2, Math.floor(word.length / 4))) return best.name;
  return lower.length >= 3 ? candidates.find((name) => name.toLowerCase().includes(lower)) : void 0;
}
function unknownRule(id, knownRuleIds) {
  return `unknown rule${hint(id, knownRuleIds)}`;
}
function hint(word, candidates) {
  const near = closestName(word, candidates);
  return near === void 0 ? "" : ` (did you mean ${near}?)`;
}
function withEngineRules(knownRuleIds) {
  return [.../* @__PURE__ */ new Set([...knownRuleIds, ...ENGINE_RULE_IDS])];
}
function isLevelOrOff(value) {
  return LEVELS_OR_OFF.includes(value);
}
function isFile(path) {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
function displayPath(cwd, file) {
  return relative(cwd, file).split(sep).join("/") || file;
}
function readConfigText(file, shown) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : code ?? "unreadable";
    throw new ConfigError(`${shown}: cannot read the config file: ${why}`);
  }
}
async function parseConfigText(text, file, shown) {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return {};
  if (extname(file).toLowerCase() === ".json") {
    try {
      return JSON.parse(body);
    } catch (error) {
      throw new ConfigError(describeJsonError(body, shown, error.message));
    }
  }
  const { parse, YAMLParseError } = await import("./browser-ZRN3PGS2.js");
  try {
    return parse(body) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    const where = at ? `${shown}:${at.line}:${at.col}` : shown;
    const what = error.code === "MULTIPLE_DOCS" ? "a config file holds one YAML document, this one has several" : error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "").trim();
    throw new ConfigError(`${where}: not valid YAML: ${what}`);
  }
}
function describeJsonError(text, shown, message) {
  const position = /at position (\d+)/.exec(message);
  const what = message.replace(/\s*(in JSON )?at position \d+.*$/s, "");
  if (position?.[1] === void 0) return `${shown}: not valid JSON: ${what}`;
  const { line, column } = new LineIndex(shown, text).position(Number(position[1]));
  return `${shown}:${line}:${column}: not valid JSON: ${what}`;
}
async function validateConfig(data, file, shown, knownRuleIds) {
  const { configSchema, REDIS_VERSION } = await import("./schema-ZFN53J2K.js");
  const parsed = configSchema.safeParse(data);
  const problems = parsed.success ? [] : parsed.error.issues.flatMap((issue) => describeIssue(issue, data, configSchema));
  const rulesInput = isMapping(data) ? data.rules : void 0;
  if (isMapping(rulesInput)) {
    for (const id of Object.keys(rulesInput)) {
      if (!knownRuleIds.includes(id)) problems.push(`rules.${id}: ${unknownRule(id, knownRuleIds)}`);
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems.map((p) => `${shown}: ${p}`).join("\n"));
  const input = parsed.data;
  const config = defaultConfig();
  config.file = file;
  for (const [id, setting] of Object.entries(input.rules ?? {})) {
    if (typeof setting === "string") config.rules.set(id, { level: setting });
    else if (setting.length === 2) config.rules.set(id, { level: setting[0], options: setting[1] });
    else config.rules.set(id, { level: setting[0] });
  }
  config.ignores = input.ignores ?? [];
  config.files = input.files ?? [];
  config.settings.product = input.settings?.product ?? "redis";
  const version = input.settings?.redisVersion;
  if (version !== void 0) {
    const [major, minor] = REDIS_VERSION.exec(version)[0].split(".");
    config.settings.redisVersion = `${Number(major)}.${Number(minor)}`;
  }
  return config;
}
function describeIssue(issue, data, schema) {
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeys(issue.path, schema);
    return issue.keys.map((key) => {
      const what = issue.path.length === 0 ? "unknown key" : "unknown setting";
      const near2 = closestName(key, allowed);
      const expected = near2 === void 0 ? ` (expected one of ${allowed.join(", ")})` : ` (did you mean ${near2}?)`;
      return `${formatPath([...issue.path, key])}: ${what}${expected}`;
    });
  }
  const value = valueAt(data, issue.path);
  const path = issue.path.length === 0 ? "" : `${formatPath(issue.path)}: `;
  if (issue.path.join(".") === "settings.redisVersion" && typeof value === "number") {
    return [`${path}write the version in quotes, like redisVersion: "7.0" (YAML reads 7.0 as the number 7)`];
  }
  const near = typeof value === "string" && issue.path[0] === "rules" ? hint(value, LEVELS_OR_OFF) : "";
  return [`${path}${issue.message}, got ${describeValue(value)}${near}`];
}
function allowedKeys(path, schema) {
  if (path.length === 0) return Object.keys(schema.shape).filter((key) => key !== "$schema" && key !== "root");
  return Object.keys(schema.shape.settings.unwrap().shape);
}
function formatPath(path) {
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`).join("");
}
function valueAt(data, path) {
  let value = data;
  for (const key of path) {
    value = value !== null && typeof value === "object" ? value[key] : void 0;
  }
  return value;
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}\u2026` : JSON.stringify(value);
  return String(value);
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

export {
  CONFIG_FILE_NAMES,
  loadConfig,
  findConfigFile,
  applyRuleOverrides,
  closestName,
  unknownRule
};
