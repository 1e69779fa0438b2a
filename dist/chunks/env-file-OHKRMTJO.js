#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import "./chunk-UMXR4ONX.js";

// src/sources/compose/env-file.ts
function readEnvFile(text) {
  const values = /* @__PURE__ */ new Map();
  for (const raw of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(raw);
    if (!match) continue;
    const [, key, rest = ""] = match;
    values.set(key, valueOf(rest));
  }
  return values;
}
function valueOf(rest) {
  if (rest.startsWith("'")) {
    const end = rest.indexOf("'", 1);
    return end === -1 ? rest.slice(1) : rest.slice(1, end);
  }
  if (rest.startsWith('"')) {
    let out = "";
    for (let i = 1; i < rest.length; i++) {
      const c = rest[i];
      if (c === '"') break;
      if (c === "\\" && i + 1 < rest.length) {
        const next = rest[++i];
        out += next === "n" ? "\n" : next === "t" ? "	" : next === "r" ? "\r" : next;
      } else out += c;
    }
    return out;
  }
  const comment = rest.search(/\s#/);
  return (comment === -1 ? rest : rest.slice(0, comment)).trim();
}
export {
  readEnvFile
};
