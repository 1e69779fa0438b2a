import { existsSync, writeFileSync } from 'node:fs';
import { HELP, parseCli, UsageError, type CliOptions } from './cli/args.js';
import { exitCodeFor } from './cli/exit-code.js';
import { TOOL } from './tool.js';

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
  const result = await lint({ cwd, paths: options.paths, config });
  const findings = options.quiet ? result.findings.filter((f) => f.level === 'error') : result.findings;

  const { formatResult, redactMessage } = await import('./report/index.js');
  const color = options.outputFile ? false : colorWanted(options.color);
  const report = await formatResult({ ...result, findings }, options.format, { color, cwd });
  if (options.outputFile) writeFileSync(options.outputFile, report);
  else write(report);

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
  return process.stdout.isTTY === true;
}

function oneLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}

function write(text: string): void {
  process.stdout.write(text);
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
