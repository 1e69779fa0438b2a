// The `sentinel-lint` command. It runs the CLI's modules (cli/*.cjs) from V8's code cache:
// start-up is most of a pre-commit run, and compiling the CLI was most of start-up. Node 20 has
// no module.enableCompileCache(), so the cache is kept here: the bytecode V8 made for each module
// on an earlier run, in a folder only this user can write, named after this build and checked by
// V8 before use. Without a usable cache a module is simply compiled.
//
// V8 caches every function the writing run compiled, and each later start reads all of it: a
// cache written by a run over a whole repository made every later one-file run about 10 % slower
// (500 more page faults) than one written by a one-file run. So each cache file records how many
// files its writer linted, and a small run that finds a large run's cache lets it go: the next
// run compiles that module again and keeps the bytecode of its own paths. Runs of one size, a
// monorepo's as a small project's, keep the cache their first run wrote.
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { Script } from 'node:vm';
import { tuneForLongRun, untune, withCacheFlags } from './cli-tiering.js';

declare const __BUILD_HASH__: string;

interface Loaded {
  exports: unknown;
  script: Script;
  /** Whether the cache must be (re)written at exit: there was none, or V8 refused it. */
  stale: boolean;
  /** How many files the run that wrote the module's cache linted. */
  writtenBy?: number;
}

/** A run that linted at most this many files is small: a large run's cache is not for it. */
const SMALL_RUN_FILES = 50;
/**
 * Each cache file starts with the count of files its writer linted (32 bits, little-endian), in 8
 * bytes: V8 copies cached data that is not 8-byte aligned before it reads it (a megabyte more to
 * touch at every start).
 */
const HEADER_BYTES = 8;

const folder = join(__dirname, 'cli');
/**
 * Every module of the CLI lies in one folder, so one require serves them all (Node's own modules
 * and ../vendor/), and a module's path is the folder and its name: no path.join per module.
 */
const requireFromFolder = createRequire(join(folder, 'main.cjs'));
const modules = new Map<string, Loaded>();
const cacheFolder = cacheFolderPath();
/** Whether the cache folder is ours and closed to others: looked at once per run. */
let cacheFolderChecked: boolean | undefined;
/**
 * One buffer for every read of the loader, valid until the next read. A fresh buffer per file
 * costs its pages' first touch, and on small virtual machines that was a good part of start-up;
 * V8 copies a module's source into a string and reads its cache only while compiling.
 */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

const main = load('main.cjs') as { whenFilesCounted?: (listener: (files: number) => void) => void };
// Told as the run reads its files: once they are many, V8 is tuned for a long run (cli-tiering.ts).
main.whenFilesCounted?.((files) => {
  if (files > SMALL_RUN_FILES) tuneForLongRun();
});
if (cacheFolder) {
  // After the run, so that the functions it compiled are in the cache too.
  process.once('beforeExit', writeCaches);
}

/** A CommonJS module of the CLI (`chunk-….cjs`), compiled with its cached bytecode when there is one. */
function load(name: string): unknown {
  const done = modules.get(name);
  if (done) return done.exports;
  const file = folder + sep + name;
  // The build wrote each file as its module function, in ASCII: latin1 makes it a one-byte string
  // without decoding, and V8 compiles that string as it is.
  const source = readIntoScratch(file).toString('latin1');
  const cache = cacheFolder ? readCache(cacheFile(name)) : undefined;
  const script = withCacheFlags(() => new Script(source, { filename: file, ...(cache ? { cachedData: cache.subarray(HEADER_BYTES) } : {}) }));
  const module = { exports: {} as unknown };
  const stale = !cache || script.cachedDataRejected === true;
  modules.set(name, { exports: module.exports, script, stale, ...(stale ? {} : { writtenBy: cache.readUInt32LE(0) }) });
  script.runInThisContext()(module.exports, requireHere, module, file, folder);
  modules.get(name)!.exports = module.exports;
  return module.exports;
}

/** The modules' require: another module of the CLI (`./chunk-….cjs`), or what Node resolves. */
function requireHere(specifier: string): unknown {
  return specifier.startsWith('./') && specifier.endsWith('.cjs') && !specifier.includes('/', 2) ? load(specifier.slice(2)) : requireFromFolder(specifier);
}

/** A folder per user, closed to others; none when caching is turned off. */
function cacheFolderPath(): string | undefined {
  if (process.env.SENTINEL_LINT_NO_CACHE) return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  return process.env.SENTINEL_LINT_CACHE_DIR ?? join(temporaryFolder(), `sentinel-lint-cache${uid === undefined ? '' : `-${uid}`}`);
}

/** os.tmpdir() without loading node:os (a module of its own at start-up) where its rule is simple. */
function temporaryFolder(): string {
  if (process.platform === 'win32') return (require('node:os') as typeof import('node:os')).tmpdir();
  const folder = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  return folder.length > 1 && folder.endsWith('/') ? folder.slice(0, -1) : folder;
}

function cacheFile(name: string): string {
  return `${cacheFolder!}${sep}${__BUILD_HASH__}-${process.version}-${process.arch}-${name.slice(0, -'.cjs'.length)}.bin`;
}

/** A module's cache file, its header included; undefined when there is none that could be ours. */
function readCache(file: string): Buffer | undefined {
  try {
    cacheFolderChecked ??= isPrivate(cacheFolder!);
    const cache = cacheFolderChecked ? readIntoScratch(file) : undefined;
    return cache && cache.length > HEADER_BYTES ? cache : undefined;
  } catch {
    return undefined; // no cache yet, or reading is not allowed (Node's permission model)
  }
}

function readIntoScratch(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > scratch.length) scratch = Buffer.allocUnsafeSlow(size);
    let length = 0;
    while (length < size) {
      const read = readSync(fd, scratch, length, size - length, length);
      if (read === 0) break;
      length += read;
    }
    return scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * After a lint (runs that lint nothing, --help or --list-rules, leave the cache alone): writes the
 * caches that were missing or refused, and lets go of a large run's caches that a small run used.
 */
function writeCaches(): void {
  untune();
  const linted = (modules.get('main.cjs')?.exports as { lintedFiles?: number } | undefined)?.lintedFiles;
  if (linted === undefined) return;
  const small = linted <= SMALL_RUN_FILES;
  const tooBroad = (module: Loaded) => small && module.writtenBy !== undefined && module.writtenBy > SMALL_RUN_FILES;
  if (![...modules.values()].some((module) => module.stale || tooBroad(module))) return;
  try {
    mkdirSync(cacheFolder!, { recursive: true, mode: 0o700 });
    if (!isPrivate(cacheFolder!)) return;
    forgetOtherBuilds();
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(Math.min(linted, 0xffffffff), 0);
    for (const [name, module] of modules) {
      const target = cacheFile(name);
      if (tooBroad(module)) {
        rmSync(target, { force: true });
        continue;
      }
      if (!module.stale) continue;
      const partial = `${target}.${process.pid}`;
      writeFileSync(partial, Buffer.concat([header, module.script.createCachedData()]), { mode: 0o600 });
      renameSync(partial, target);
    }
  } catch {
    // A read-only or shared temp folder only costs the next run its head start.
  }
}

/** Caches of other builds, a day after they were written: each build of the CLI has its own. */
function forgetOtherBuilds(): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(cacheFolder!)) {
    if (name.startsWith(`${__BUILD_HASH__}-`)) continue;
    const path = join(cacheFolder!, name);
    if (lstatSync(path).mtimeMs < dayAgo) rmSync(path, { force: true });
  }
}

/** Code read from a folder others can write to would be theirs: it must be ours and closed to others. */
function isPrivate(path: string): boolean {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return false;
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return false;
  return (stat.mode & 0o022) === 0;
}
