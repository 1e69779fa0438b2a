#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/sources/conf/split-args.ts
var isHex = (c) => c !== void 0 && /^[0-9a-fA-F]$/.test(c);
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
var endsToken = (c) => c === void 0 || c === " " || c === "\n" || c === "\r" || c === "	" || c === "\0";
var ESCAPES = { n: "\n", r: "\r", t: "	", b: "\b", a: "\x07" };
function splitArgs(line, base = 0) {
  const nul = line.indexOf("\0");
  const text = nul === -1 ? line : line.slice(0, nul);
  const tokens = [];
  let p = 0;
  for (; ; ) {
    while (p < text.length && isSpace(text[p])) p++;
    if (p >= text.length) return { ok: true, tokens };
    const start = p;
    let value = "";
    let inDouble = false;
    let inSingle = false;
    let quoted = false;
    let quoteAt = -1;
    let done = false;
    while (!done) {
      const c = text[p];
      if (inDouble) {
        if (c === "\\" && text[p + 1] === "x" && isHex(text[p + 2]) && isHex(text[p + 3])) {
          value += String.fromCharCode(parseInt(text.slice(p + 2, p + 4), 16));
          p += 3;
        } else if (c === "\\" && p + 1 < text.length) {
          p++;
          value += ESCAPES[text[p]] ?? text[p];
        } else if (c === '"') {
          if (p + 1 < text.length && !isSpace(text[p + 1])) return { ok: false, at: base + quoteAt };
          done = true;
        } else if (c === void 0) {
          return { ok: false, at: base + quoteAt };
        } else {
          value += c;
        }
      } else if (inSingle) {
        if (c === "\\" && text[p + 1] === "'") {
          p++;
          value += "'";
        } else if (c === "'") {
          if (p + 1 < text.length && !isSpace(text[p + 1])) return { ok: false, at: base + quoteAt };
          done = true;
        } else if (c === void 0) {
          return { ok: false, at: base + quoteAt };
        } else {
          value += c;
        }
      } else if (endsToken(c)) {
        done = true;
      } else if (c === '"') {
        inDouble = quoted = true;
        quoteAt = p;
      } else if (c === "'") {
        inSingle = quoted = true;
        quoteAt = p;
      } else {
        value += c;
      }
      if (p < text.length) p++;
    }
    const end = quoted && (text[p - 1] === '"' || text[p - 1] === "'") ? p : endsToken(text[p - 1]) && p > start ? p - 1 : p;
    tokens.push({ value, start: base + start, end: base + Math.max(end, start + 1), quoted });
  }
}

export {
  splitArgs
};
