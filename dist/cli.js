#!/usr/bin/env node
"use strict";

// src/cli-loader.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");
var folder = (0, import_node_path.join)(__dirname, "cli");
var modules = /* @__PURE__ */ new Map();
var cacheFolder = cacheFolderPath();
var cacheFolderChecked;
var scratch = Buffer.allocUnsafeSlow(1 << 20);
load((0, import_node_path.join)(folder, "main.cjs"));
if (cacheFolder) {
  process.once("beforeExit", writeCaches);
}
function load(file) {
  const done = modules.get(file);
  if (done) return done.exports;
  const source = readIntoScratch(file).toString("latin1");
  const cachedData = cacheFolder ? readCache(cacheFile(file)) : void 0;
  const script = new import_node_vm.Script(source, { filename: file, ...cachedData ? { cachedData } : {} });
  const module2 = { exports: {} };
  modules.set(file, { exports: module2.exports, script, stale: !cachedData || script.cachedDataRejected === true });
  const nodeRequire = (0, import_node_module.createRequire)(file);
  const requireHere = (specifier) => specifier.startsWith("./") && specifier.endsWith(".cjs") ? load((0, import_node_path.join)((0, import_node_path.dirname)(file), specifier)) : nodeRequire(specifier);
  script.runInThisContext()(module2.exports, requireHere, module2, file, (0, import_node_path.dirname)(file));
  modules.get(file).exports = module2.exports;
  return module2.exports;
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
function cacheFile(file) {
  return (0, import_node_path.join)(cacheFolder, `${"19b78cc33f0b0d3c"}-${process.version}-${process.arch}-${(0, import_node_path.basename)(file, ".cjs")}.bin`);
}
function readCache(file) {
  try {
    cacheFolderChecked ??= isPrivate(cacheFolder);
    return cacheFolderChecked ? readIntoScratch(file) : void 0;
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
  if (![...modules.values()].some((module2) => module2.stale)) return;
  try {
    (0, import_node_fs.mkdirSync)(cacheFolder, { recursive: true, mode: 448 });
    if (!isPrivate(cacheFolder)) return;
    forgetOtherBuilds();
    for (const [file, { script, stale }] of modules) {
      if (!stale) continue;
      const target = cacheFile(file);
      const partial = `${target}.${process.pid}`;
      (0, import_node_fs.writeFileSync)(partial, script.createCachedData(), { mode: 384 });
      (0, import_node_fs.renameSync)(partial, target);
    }
  } catch {
  }
}
function forgetOtherBuilds() {
  const dayAgo = Date.now() - 24 * 3600 * 1e3;
  for (const name of (0, import_node_fs.readdirSync)(cacheFolder)) {
    if (name.startsWith(`${"19b78cc33f0b0d3c"}-`)) continue;
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
