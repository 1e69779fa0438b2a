#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  VERSIONS,
  parseConf
} from "./chunk-PTRXKPB4.js";
import "./chunk-J4ITCEJI.js";
import {
  Secret
} from "./chunk-3AAVXLDM.js";
import "./chunk-PX76YZ5M.js";
import "./chunk-PU2KW4TG.js";
import "./chunk-UMXR4ONX.js";

// src/sources/compose/process-conf.ts
function checkProcessConfs(file, facts, fallback, repoFiles) {
  const out = { problems: [], secrets: collectSecrets(facts), secretLineTails: [] };
  for (const service of facts.services) {
    for (const process of service.processes) {
      const lines = wholeConfiguration(process);
      if (!lines) continue;
      const view = { ...file, kind: process.mode === "sentinel" ? "sentinel-conf" : "redis-conf" };
      const parsed = parseConf(view, targetOf(service, process, fallback), repoFiles, lines);
      out.problems.push(...parsed.problems);
      out.secrets.push(...parsed.facts.secrets);
      out.secretLineTails.push(...parsed.facts.secretLineTails);
    }
  }
  return out;
}
function wholeConfiguration(process) {
  if (process.configUnknown || !process.certain) return void 0;
  const file = process.confFile;
  if (!file) return process.mode === "server" && process.flags.length ? process.flags : void 0;
  return file.content.kind === "written" ? [...file.content.lines, ...process.flags] : void 0;
}
function targetOf(service, process, fallback) {
  const image = service.image;
  const product = process.product;
  const version = image?.product === product ? image.version : void 0;
  if (version?.kind === "exact") return { product, version: `${version.major}.${version.minor}` };
  if (version?.kind === "floating" && version.major !== void 0) {
    const line = VERSIONS[product].filter((v) => v.startsWith(`${version.major}.`));
    if (line.length) return { product, version: line[line.length - 1] };
  }
  return product === fallback.product ? fallback : { product, version: VERSIONS[product][VERSIONS[product].length - 1] };
}
function collectSecrets(value, found = [], seen = /* @__PURE__ */ new Set()) {
  if (value instanceof Secret) found.push(value);
  else if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const child of Object.values(value)) collectSecrets(child, found, seen);
  }
  return found;
}
export {
  checkProcessConfs
};
