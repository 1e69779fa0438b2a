// The bench's command line. Plain parsing: no dependency for a script this size.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const USAGE = `Usage: npm run bench -- [options]

  --sizes a,b,c     files in the small, large and memory repositories (default 200,2000,10000)
  --seed n          which synthetic repositories (default 1); same seed, same files
  --runs n          timed runs of each case, after one warm-up (default 5)
  --quick           sizes 20,200,200, one run, no warm-up, exit 0 whatever the ratios (CI)
  --json <file>     write the results (medians, ratios, RSS, machine, commit) to a file
  --compare <file>  print the change against an earlier --json file
  --cache <dir>     where repositories are generated (default $SENTINEL_LINT_BENCH_CACHE
                    or ~/.cache/sentinel-lint-bench)
  -h, --help        print this help

The corpus comes from $SENTINEL_LINT_SHARED/corpus (default ../shared/corpus).`;

export function parseOptions(argv, env = process.env) {
  const o = {
    quick: false,
    seed: 1,
    sizes: undefined,
    runs: undefined,
    json: undefined,
    compare: undefined,
    cache: env.SENTINEL_LINT_BENCH_CACHE || join(homedir(), '.cache', 'sentinel-lint-bench'),
    shared: resolve(env.SENTINEL_LINT_SHARED ?? '../shared'),
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') o.quick = true;
    else if (arg === '-h' || arg === '--help') o.help = true;
    else if (arg === '--seed') o.seed = integer(arg, value(), 0);
    else if (arg === '--runs') o.runs = integer(arg, value(), 1);
    else if (arg === '--sizes') o.sizes = sizes(value());
    else if (arg === '--json') o.json = resolve(value());
    else if (arg === '--compare') o.compare = resolve(value());
    else if (arg === '--cache') o.cache = resolve(value());
    else throw new UsageError(`unknown option ${arg}`);
  }
  o.sizes ??= o.quick ? [20, 200, 200] : [200, 2000, 10000];
  o.runs ??= o.quick ? 1 : 5;
  o.warmups = o.quick ? 0 : 1;
  return o;
}

export class UsageError extends Error {}

function integer(flag, text, min) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} wants an integer >= ${min}, not ${text}`);
  return n;
}

function sizes(text) {
  const list = text.split(',').map((s) => integer('--sizes', s.trim(), 1));
  if (list.length !== 3) throw new UsageError('--sizes wants three numbers: small,large,memory (200,2000,10000)');
  if (list[0] >= list[1]) throw new UsageError('--sizes: the small repository must be smaller than the large one');
  return list;
}
