#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  VERSIONS,
  parseConf
} from "./chunk-AUZ6XARE.js";
import "./chunk-J4ITCEJI.js";
import {
  Secret
} from "./chunk-QVKAJNKG.js";
import "./chunk-PX76YZ5M.js";
import "./chunk-PU2KW4TG.js";
import "./chunk-EMZFNUDT.js";
import "./chunk-UMXR4ONX.js";

// src/sources/compose/mounts.ts
import { posix } from "node:path";
function mountAt(containerPath, service, compose, repoFiles) {
  const path = posix.normalize(containerPath);
  let best;
  const consider = (target, mount) => {
    const normalized = posix.normalize(target).replace(/\/$/, "") || "/";
    const covers = path === normalized || path.startsWith(normalized === "/" ? "/" : normalized + "/");
    if (covers && (!best || normalized.length > best.depth)) best = { depth: normalized.length, mount: mount() };
  };
  for (const volume of service.volumes) {
    if (!volume.target.known) {
      return { kind: "unknown", why: "a volume of the service has a target that is not known statically" };
    }
    consider(volume.target.value, () => viaVolume(volume, path, repoFiles));
  }
  for (const config of service.configs) {
    if (!config.source.known) continue;
    const target = config.target?.known ? config.target.value : config.target ? void 0 : `/${config.source.value}`;
    if (target === void 0) return { kind: "unknown", why: "a config of the service has a target that is not known statically" };
    consider(target, () => viaConfig(config, compose, path === posix.normalize(target), repoFiles));
  }
  return best?.mount ?? { kind: "image" };
}
function viaVolume(volume, path, repoFiles) {
  if (volume.type !== "bind") return { kind: "volume", volume };
  const host = volume.hostPath;
  if (host?.rootPath === void 0) {
    return host?.text.known === false ? { kind: "unknown", why: "the host path of its bind mount is not known statically" } : { kind: "volume", volume };
  }
  const target = posix.normalize(volume.target.value).replace(/\/$/, "");
  const below = path === target ? "" : path.slice(target.length + 1);
  const rootPath = below ? posix.join(host.rootPath, below) : host.rootPath;
  if (!repoFiles.has(rootPath)) return { kind: "unknown", why: `${rootPath} is not a file of the repository` };
  return { kind: "repository", file: { rootPath, via: { kind: "volume", volume }, singleFile: below === "", readOnly: volume.readOnly } };
}
function viaConfig(config, compose, exact, repoFiles) {
  const resource = compose.configs.find((c) => config.source.known && c.name === config.source.value);
  const rootPath = resource?.file?.rootPath;
  if (!exact || !rootPath || !repoFiles.has(rootPath)) return { kind: "unknown", why: "the config it mounts is not a repository file" };
  return { kind: "repository", file: { rootPath, via: { kind: "config", config }, singleFile: true, readOnly: true } };
}

// src/sources/compose/process-conf.ts
function checkProcessConfs(file, facts, fallback, repoFiles) {
  const out = { problems: [], secrets: collectSecrets(facts), secretLineTails: [], processes: [] };
  for (const service of facts.services) {
    for (const process of service.processes) {
      const target = targetOf(service, process, fallback);
      const view = { ...file, kind: process.mode === "sentinel" ? "sentinel-conf" : "redis-conf" };
      const whole = wholeConfiguration(process);
      const source = whole ? void 0 : configurationSource(process, service, facts, repoFiles);
      const lines = whole ?? source?.lines;
      const parsed = lines?.length ? parseConf(view, target, repoFiles, lines) : void 0;
      if (whole) out.problems.push(...parsed.problems);
      if (parsed) {
        out.secrets.push(...parsed.facts.secrets);
        out.secretLineTails.push(...parsed.facts.secretLineTails);
      }
      const unknown = whole ? void 0 : source?.unknown ?? process.configUnknown ?? (!process.certain ? "the script starts it only on some paths" : void 0);
      out.processes.push({ service, process, target, lines: parsed?.facts, mounted: source?.mounted, unknown });
    }
  }
  return out;
}
function configurationSource(process, service, compose, repoFiles) {
  const file = process.confFile;
  if (process.configUnknown || !process.certain) return { lines: process.flags };
  if (!file) return { lines: process.flags, unknown: process.mode === "sentinel" ? "redis-sentinel is started without a config file" : void 0 };
  const content = file.content;
  const containerPath = content.kind === "copied" ? content.from : file.containerPath;
  if (content.kind === "unknown") return { lines: process.flags, unknown: content.why };
  if (!containerPath) return { lines: process.flags, unknown: "the path of its config file is not known statically" };
  const mount = mountAt(containerPath, service, compose, repoFiles);
  const lines = content.kind === "copied" ? [...content.appended, ...process.flags] : process.flags;
  if (mount.kind === "repository") return { lines, mounted: mount.file };
  const why = mount.kind === "unknown" ? mount.why : mount.kind === "volume" ? `its config file ${containerPath} lives in a volume, not in the repository` : `its config file ${containerPath} comes from the image, not from the repository`;
  return { lines, unknown: why };
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
