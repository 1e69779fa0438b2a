// How soon V8 optimises the CLI's functions, for runs over many files. V8 11.3 (Node 20) hands a
// function to TurboFan once 66 KB of its bytecode has run (--interrupt-budget=67584). Linting a
// monorepo, that is early: a parser has then seen a few files' shapes, its optimised code
// deoptimises on the next file's, and the second core spends the run recompiling. Six times the
// budget, set once a run has read more than 50 files, made the 2 000-file bench repository
// 4.16 → 3.64 s, its 200-file one 1.13 → 0.97 s and the shared corpus 1.14 → 0.94 s (interleaved
// medians); three to fifteen times the default gave the same, sixty times was slower again. A
// one-file run is not tuned: it ends before TurboFan matters, and loading node:v8 costs it 120
// page faults. Newer V8s tier differently (this flag is gone there): they keep their defaults.
//
// V8 keeps the flags in the hash that every code cache carries, and a cache made under other
// flags is refused: caches are made and checked under the default budget (compile()).

/**
 * The default budget and the one for long runs, on the V8 whose tiering was measured; none when
 * the user set a budget (NODE_OPTIONS, node's own arguments): theirs stays, and so does the flag
 * hash their caches are made with.
 */
const BUDGETS =
  process.versions.v8.startsWith('11.3.') && !/interrupt[-_]budget/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`)
    ? { usual: '--interrupt-budget=67584', longRun: '--interrupt-budget=400000' }
    : undefined;

let setFlags: ((flags: string) => void) | undefined;

/** From now on, functions are optimised later: the run is long enough for it to pay. */
export function tuneForLongRun(): void {
  if (!BUDGETS || setFlags) return;
  setFlags = (require('node:v8') as typeof import('node:v8')).setFlagsFromString;
  setFlags(BUDGETS.longRun);
}

/** Runs `work` (compiling from a cache, or making one) under V8's default flags. */
export function withCacheFlags<T>(work: () => T): T {
  if (!setFlags || !BUDGETS) return work();
  setFlags(BUDGETS.usual);
  try {
    return work();
  } finally {
    setFlags(BUDGETS.longRun);
  }
}

/** Back to the default budget for good: the caches written at exit must be readable by any run. */
export function untune(): void {
  if (setFlags && BUDGETS) setFlags(BUDGETS.usual);
  setFlags = undefined;
}
