#!/usr/bin/env node
"use strict";

// src/cli-loader.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");

// src/cli-tiering.ts
var BUDGETS = process.versions.v8.startsWith("11.3.") && !/interrupt[-_]budget/.test(`${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS ?? ""}`) ? { usual: "--interrupt-budget=67584", longRun: "--interrupt-budget=400000" } : void 0;
var setFlags;
function tuneForLongRun() {
  if (!BUDGETS || setFlags) return;
  setFlags = require("node:v8").setFlagsFromString;
  setFlags(BUDGETS.longRun);
}
function withCacheFlags(work) {
  if (!setFlags || !BUDGETS) return work();
  setFlags(BUDGETS.usual);
  try {
    return work();
  } finally {
    setFlags(BUDGETS.longRun);
  }
}
function untune() {
  if (setFlags && BUDGETS) setFlags(BUDGETS.usual);
  setFlags = void 0;
}

// src/cli-loader.ts
var SMALL_RUN_FILES = 50;
var HEADER_BYTES = 8;
var folder = (0, import_node_path.join)(__dirname, "cli");
var requireFromFolder = (0, import_node_module.createRequire)((0, import_node_path.join)(folder, "main.cjs"));
var modules = /* @__PURE__ */ new Map();
var cacheFolder = cacheFolderPath();
var cacheFolderChecked;
var scratch = Buffer.allocUnsafeSlow(1 << 20);
var main = load("main.cjs");
main.whenFilesCounted?.((files) => {
  if (files > SMALL_RUN_FILES) tuneForLongRun();
});
if (cacheFolder) {
  process.once("beforeExit", writeCaches);
}
function load(name) {
  const done = modules.get(name);
  if (done) return done.exports;
  const file = folder + import_node_path.sep + name;
  const source = readIntoScratch(file).toString("latin1");
  const cache = cacheFolder ? readCache(cacheFile(name)) : void 0;
  const script = withCacheFlags(() => new import_node_vm.Script(source, { filename: file, ...cache ? { cachedData: cache.subarray(HEADER_BYTES) } : {} }));
  const module2 = { exports: {} };
  const stale = !cache || script.cachedDataRejected === true;
  modules.set(name, { exports: module2.exports, script, stale, ...stale ? {} : { writtenBy: cache.readUInt32LE(0) } });
  script.runInThisContext()(module2.exports, requireHere, module2, file, folder);
  modules.get(name).exports = module2.exports;
  return module2.exports;
}
function requireHere(specifier) {
  return specifier.startsWith("./") && specifier.endsWith(".cjs") && !specifier.includes("/", 2) ? load(specifier.slice(2)) : requireFromFolder(specifier);
}
function cacheFolderPath() {
  if (process.env.SENTINEL_LINT_NO_CACHE) return void 0;
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  return process.env.SENTINEL_LINT_CACHE_DIR ?? (0, import_node_path.join)(temporaryFolder(), `sentinel-lint-cache${uid === void 0 ? "" : `-${uid}`}`);
}
function temporaryFolder() {
  if (process.platform === "win32") return require("node:os").tmpdir();
  const folder2 = process.env.TMPDIR || process.env.TMP || process.env.TEMP || "/tmp";
  return folder2.length > 1 && folder2.endsWith("/") ? folder2.slice(0, -1) : folder2;
}
function cacheFile(name) {
  return `${cacheFolder}${import_node_path.sep}${"ceb43c43557a64cb"}-${process.version}-${process.arch}-${name.slice(0, -".cjs".length)}.bin`;
}
function readCache(file) {
  try {
    cacheFolderChecked ??= isPrivate(cacheFolder);
    const cache = cacheFolderChecked ? readIntoScratch(file) : void 0;
    return cache && cache.length > HEADER_BYTES ? cache : void 0;
  } catch {
    return void 0;
  }
}
function readIntoScratch(file) {
  const fd = (0, import_node_fs.openSync)(file, "r");
  try {
    const size = (0, import_node_fs.fstatSync)(fd).size;
    if (size > scratch.length) scratch = Buffer.allocUnsafeSlow(size);
    let length = 0;
    while (length < size) {
      const read = (0, import_node_fs.readSync)(fd, scratch, length, size - length, length);
      if (read === 0) break;
      length += read;
    }
    return scratch.subarray(0, length);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function writeCaches() {
  untune();
  const linted = modules.get("main.cjs")?.exports?.lintedFiles;
  if (linted === void 0) return;
  const small = linted <= SMALL_RUN_FILES;
  const tooBroad = (module2) => small && module2.writtenBy !== void 0 && module2.writtenBy > SMALL_RUN_FILES;
  if (![...modules.values()].some((module2) => module2.stale || tooBroad(module2))) return;
  try {
    (0, import_node_fs.mkdirSync)(cacheFolder, { recursive: true, mode: 448 });
    if (!isPrivate(cacheFolder)) return;
    forgetOtherBuilds();
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(Math.min(linted, 4294967295), 0);
    for (const [name, module2] of modules) {
      const target = cacheFile(name);
      if (tooBroad(module2)) {
        (0, import_node_fs.rmSync)(target, { force: true });
        continue;
      }
      if (!module2.stale) continue;
      const partial = `${target}.${process.pid}`;
      (0, import_node_fs.writeFileSync)(partial, Buffer.concat([header, module2.script.createCachedData()]), { mode: 384 });
      (0, import_node_fs.renameSync)(partial, target);
    }
  } catch {
  }
}
function forgetOtherBuilds() {
  const dayAgo = Date.now() - 24 * 3600 * 1e3;
  for (const name of (0, import_node_fs.readdirSync)(cacheFolder)) {
    if (name.startsWith(`${"ceb43c43557a64cb"}-`)) continue;
    const path = (0, import_node_path.join)(cacheFolder, name);
    if ((0, import_node_fs.lstatSync)(path).mtimeMs < dayAgo) (0, import_node_fs.rmSync)(path, { force: true });
  }
}
function isPrivate(path) {
  const stat = (0, import_node_fs.lstatSync)(path);
  if (!stat.isDirectory()) return false;
  if (typeof process.getuid === "function" && stat.uid !== process.getuid()) return false;
  return (stat.mode & 18) === 0;
}
