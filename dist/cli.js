#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  DEFAULT_FORMAT,
  FORMAT_NAMES
} from "./chunks/chunk-TINGPY3Y.js";
import {
  TOOL
} from "./chunks/chunk-6H4PLGHT.js";
import "./chunks/chunk-UMXR4ONX.js";

// src/cli.ts
import { existsSync, writeFileSync } from "node:fs";

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = FORMAT_NAMES;
var LEVELS = ["error", "warning", "note", "none"];
var UsageError = class extends Error {
};
var HELP = `Usage: sentinel-lint [options] [path ...]

Lint Redis, Sentinel and client configuration together. Paths are files or folders
(default "."); the whole project is read, findings are reported for the given paths.

Options:
  -f, --format <name>      ${FORMATS.map((name) => name === DEFAULT_FORMAT ? `${name} (default)` : name).join(" | ")}
  -o, --output-file <file> write the report to a file instead of stdout
  -c, --config <file>      use this config instead of the nearest .sentinel-lint.yml
      --fail-on <level>    error (default) | warning | note | none
      --max-warnings <n>   also fail when there are more than n warnings
      --quiet              report errors only
      --rule <id>=<level>  override one rule: error | warning | note | off (repeatable)
      --explain <id>       print a rule's documentation: what breaks, when, and the fix
      --list-rules         print every rule with its default level and category
      --[no-]color         force colour on or off (NO_COLOR and FORCE_COLOR are honoured)
      --debug              print stack traces of internal errors
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
`;
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "fail-on": { type: "string" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean" },
        rule: { type: "string", multiple: true },
        explain: { type: "string" },
        "list-rules": { type: "boolean" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        debug: { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? DEFAULT_FORMAT;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(", ")}`);
  }
  const failOn = values["fail-on"] ?? "error";
  if (!LEVELS.includes(failOn)) {
    throw new UsageError(`--fail-on takes one of ${LEVELS.join(", ")}, not "${failOn}"`);
  }
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError("--max-warnings takes a whole number of 0 or more");
  }
  const lastColorFlag = argv.filter((a) => a === "--color" || a === "--no-color").pop();
  return {
    paths: positionals,
    format,
    outputFile: values["output-file"],
    config: values.config,
    failOn,
    maxWarnings,
    quiet: values.quiet ?? false,
    rules: values.rule ?? [],
    explain: values.explain,
    listRules: values["list-rules"] ?? false,
    color: lastColorFlag === void 0 ? void 0 : lastColorFlag === "--color",
    debug: values.debug ?? false,
    version: values.version ?? false,
    help: values.help ?? false
  };
}

// src/cli/exit-code.ts
var RANK = { note: 1, warning: 2, error: 3 };
var THRESHOLD = { note: 1, warning: 2, error: 3, none: Infinity };
function exitCodeFor(findings, failOn, maxWarnings) {
  if (findings.some((f) => RANK[f.level] >= THRESHOLD[failOn])) return 1;
  const warnings = findings.filter((f) => f.level === "warning").length;
  return maxWarnings !== void 0 && warnings > maxWarnings ? 1 : 0;
}

// src/cli.ts
async function main(argv) {
  let options;
  try {
    options = parseCli(argv);
  } catch (error) {
    process.stderr.write(`sentinel-lint: ${error.message}
Run sentinel-lint --help for usage.
`);
    return 2;
  }
  if (options.help) return write(HELP), 0;
  if (options.version) return write(`${TOOL.version}
`), 0;
  const debug = options.debug;
  try {
    return await run(options);
  } catch (error) {
    if (error instanceof UsageError || error?.name === "ConfigError") {
      process.stderr.write(`sentinel-lint: ${error.message}
`);
      return 2;
    }
    process.stderr.write(`sentinel-lint: internal error: ${oneLine(error)}${debug ? "" : " (run with --debug for the trace)"}
`);
    if (debug) process.stderr.write(`${error?.stack ?? String(error)}
`);
    return 2;
  }
}
async function run(options) {
  const { rules } = await import("./chunks/rules-4AS7K4YB.js");
  if (options.listRules || options.explain) {
    const { explainRule, listRules } = await import("./chunks/report-Q5CKQ2VP.js");
    if (options.listRules) return write(listRules(rules)), 0;
    const rule = rules.find((r) => r.id === options.explain);
    if (!rule) throw new UsageError(`no rule named "${options.explain}"; --list-rules lists them`);
    return write(await explainRule(rule)), 0;
  }
  const { loadConfig, applyRuleOverrides } = await import("./chunks/load-BZDDV7FH.js");
  const cwd = process.cwd();
  const knownRuleIds = rules.map((r) => r.id);
  let config = await loadConfig({ cwd, configPath: options.config, knownRuleIds });
  if (options.rules.length) config = applyRuleOverrides(config, options.rules, knownRuleIds);
  const missing = options.paths.filter((p) => !existsSync(p));
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(", ")}`);
  const { lint } = await import("./chunks/lint-W5HZMDXW.js");
  const result = await lint({ cwd, paths: options.paths, config });
  const findings = options.quiet ? result.findings.filter((f) => f.level === "error") : result.findings;
  const { formatResult, redactMessage } = await import("./chunks/report-Q5CKQ2VP.js");
  const color = options.outputFile ? false : colorWanted(options.color);
  const report = await formatResult({ ...result, findings }, options.format, { color, cwd });
  if (options.outputFile) writeFileSync(options.outputFile, report);
  else write(report);
  for (const crash of result.crashes) {
    const message = redactMessage(result, oneLine(crash.error));
    process.stderr.write(`sentinel-lint: internal error in ${crash.where}: ${message}${options.debug ? "" : " (run with --debug for the trace)"}
`);
    if (options.debug) process.stderr.write(`${redactMessage(result, crash.error?.stack ?? String(crash.error))}
`);
  }
  if (result.crashes.length) return 2;
  return exitCodeFor(findings, options.failOn, options.maxWarnings);
}
function colorWanted(flag) {
  if (flag !== void 0) return flag;
  if (process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "") return false;
  const force = process.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  return process.stdout.isTTY === true;
}
function oneLine(error) {
  return String(error?.message ?? error).split("\n")[0];
}
function write(text) {
  process.stdout.write(text);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sentinel-lint: internal error: ${oneLine(error)}
`);
    process.exitCode = 2;
  }
);
