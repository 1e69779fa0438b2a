import { parseArgs } from 'node:util';
import { DEFAULT_FORMAT, FORMAT_NAMES, type FormatName } from '../report/format-names.js';

export const FORMATS = FORMAT_NAMES;
export type Format = FormatName;
const LEVELS = ['error', 'warning', 'note', 'none'] as const;
export type FailOn = (typeof LEVELS)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  outputFile?: string;
  config?: string;
  failOn: FailOn;
  maxWarnings?: number;
  quiet: boolean;
  rules: string[];
  explain?: string;
  listRules: boolean;
  color?: boolean;
  debug: boolean;
  version: boolean;
  help: boolean;
}

/** A mistake on the command line: exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: sentinel-lint [options] [path ...]

Lint Redis, Sentinel and client configuration together. Paths are files or folders
(default "."); the whole project is read, findings are reported for the given paths.

Options:
  -f, --format <name>      ${FORMATS.map((name) => (name === DEFAULT_FORMAT ? `${name} (default)` : name)).join(' | ')}
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

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        explain: { type: 'string' },
        'list-rules': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? DEFAULT_FORMAT;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
  }
  const failOn = values['fail-on'] ?? 'error';
  if (!(LEVELS as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on takes one of ${LEVELS.join(', ')}, not "${failOn}"`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number of 0 or more');
  }
  const lastColorFlag = argv.filter((a) => a === '--color' || a === '--no-color').pop();
  return {
    paths: positionals,
    format: format as Format,
    outputFile: values['output-file'],
    config: values.config,
    failOn: failOn as FailOn,
    maxWarnings,
    quiet: values.quiet ?? false,
    rules: values.rule ?? [],
    explain: values.explain,
    listRules: values['list-rules'] ?? false,
    color: lastColorFlag === undefined ? undefined : lastColorFlag === '--color',
    debug: values.debug ?? false,
    version: values.version ?? false,
    help: values.help ?? false,
  };
}
