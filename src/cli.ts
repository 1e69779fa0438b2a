import { existsSync } from 'node:fs';
import { HELP, parseCli, UsageError, type CliOptions } from './cli/args.js';
import { exitCodeFor } from './cli/exit-code.js';
import { openOutput, stdoutIsTerminal, writeOut } from './cli/output.js';
import { FORMATS_WITH_FINGERPRINTS } from './report/format-names.js';
import { TOOL } from './tool.js';

/**
 * How many files this run linted, once it has: the loader (cli-loader.ts) notes it in the code
 * cache it writes, and a small run lets go of a large run's cache. A cache made by a run over a
 * whole monorepo holds the bytecode of every path that run took, which every later start reads.
 */
export let lintedFiles: number | undefined;

let filesCounted: ((files: number) => void) | undefined;

/** Tells `listener` how many files the run has read, as it reads them (the loader tunes V8 for a long run). */
export function whenFilesCounted(listener: (files: number) => void): void {
  filesCounted = listener;
}

/** argv → options → lint() → report → exit code. The only place that writes to the terminal. */
async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    process.stderr.write(`sentinel-lint: ${(error as Error).message}\nRun sentinel-lint --help for usage.\n`);
    return 2;
  }
  if (options.help) return write(HELP), 0;
  if (options.version) return write(`${TOOL.version}\n`), 0;
  const debug = options.debug;
  try {
    return await run(options);
  } catch (error) {
    if (error instanceof UsageError || (error as Error)?.name === 'ConfigError') {
      process.stderr.write(`sentinel-lint: ${(error as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`sentinel-lint: internal error: ${oneLine(error)}${debug ? '' : ' (run with --debug for the trace)'}\n`);
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

async function run(options: CliOptions): Promise<number> {
  const { rules } = await import('../rules/index.js');
  if (options.listRules || options.explain) {
    const { explainRule, listRules } = await import('./report/index.js');
    if (options.listRules) return write(listRules(rules)), 0;
    const rule = rules.find((r) => r.id === options.explain);
    if (!rule) throw new UsageError(`no rule named "${options.explain}"; --list-rules lists them`);
    return write(await explainRule(rule)), 0;
  }

  const { loadConfig, applyRuleOverrides } = await import('./config/load.js');
  const cwd = process.cwd();
  const knownRuleIds = rules.map((r) => r.id);
  let config = await loadConfig({ cwd, configPath: options.config, knownRuleIds });
  if (options.rules.length) config = applyRuleOverrides(config, options.rules, knownRuleIds);

  const missing = options.paths.filter((p) => !existsSync(p));
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);

  const { lint } = await import('./lint.js');
  // SENTINEL_LINT_TIMING=1 (like ESLint's TIMING): where the time goes, phases and slowest rules, on stderr.
  const timings = process.env.SENTINEL_LINT_TIMING ? new Map<string, number>() : undefined;
  const started = timings ? performance.now() : 0;
  const fingerprints = FORMATS_WITH_FINGERPRINTS.has(options.format);
  // The Deployment is left behind here: the report needs findings and texts only, and the model of
  // a large repository can then be collected while the report is built.
  const { deployment: _model, ...result } = await lint({
    cwd,
    paths: options.paths,
    config,
    fingerprints,
    ...(timings ? { timings } : {}),
    ...(filesCounted ? { onFileRead: filesCounted } : {}),
  });
  lintedFiles = result.fileCount;
  const findings = options.quiet ? result.findings.filter((f) => f.level === 'error') : result.findings;

  const { writeResult, redactMessage } = await import('./report/index.js');
  const color = options.outputFile ? false : colorWanted(options.color);
  // Written as it is formatted: a report of tens of megabytes is never one string in memory.
  const output = openOutput(options.outputFile);
  try {
    await writeResult({ ...result, findings }, options.format, { color, cwd }, (part) => output.write(part));
  } finally {
    output.close();
  }
  if (timings) {
    timings.set('report', performance.now() - started - [...timings.values()].reduce((a, b) => a + b, 0));
    process.stderr.write(timingTable(timings, Number(process.env.SENTINEL_LINT_TIMING) || 15));
  }

  for (const crash of result.crashes) {
    // An exception may quote what it choked on: it is redacted like any report.
    const message = redactMessage(result, oneLine(crash.error));
    process.stderr.write(`sentinel-lint: internal error in ${crash.where}: ${message}${options.debug ? '' : ' (run with --debug for the trace)'}\n`);
    if (options.debug) process.stderr.write(`${redactMessage(result, (crash.error as Error)?.stack ?? String(crash.error))}\n`);
  }
  if (result.crashes.length) return 2;
  return exitCodeFor(findings, options.failOn, options.maxWarnings);
}

/** --color / --no-color win; then NO_COLOR and FORCE_COLOR; then whether stdout is a terminal. */
function colorWanted(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stdoutIsTerminal();
}

/** The phases in their order, then the slowest rules: milliseconds and share of the run. */
function timingTable(timings: Map<string, number>, rows: number): string {
  const total = [...timings.values()].reduce((sum, ms) => sum + ms, 0);
  const phases = [...timings].filter(([name]) => !name.startsWith('rule '));
  const slowestRules = [...timings].filter(([name]) => name.startsWith('rule ')).sort((a, b) => b[1] - a[1]).slice(0, rows);
  const line = ([name, ms]: [string, number]) => `${name.padEnd(42)} ${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %\n`;
  return `\n${phases.map(line).join('')}${slowestRules.map(line).join('')}${'total'.padEnd(42)} ${total.toFixed(1).padStart(9)} ms\n`;
}

function oneLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}

function write(text: string): void {
  writeOut(text);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sentinel-lint: internal error: ${oneLine(error)}\n`);
    process.exitCode = 2;
  },
);
