#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  interpolate
} from "./chunk-XTTWP3HI.js";
import {
  parseBrokerUrl
} from "./chunk-IKRMJMCP.js";
import {
  Secret
} from "./chunk-QVKAJNKG.js";
import {
  MappedTextBuilder,
  holeIn,
  sourceRange
} from "./chunk-Y4RE6CCV.js";
import "./chunk-EMZFNUDT.js";
import "./chunk-UMXR4ONX.js";

// src/sources/client/env-file.ts
var SECRET_NAME = /PASSWORD|PASS|SECRET|TOKEN/i;
var INLINE_SPACE = /* @__PURE__ */ new Set(["	", "\v", "\f", "\r", " ", "\x85", "\xA0"]);
var NAME_CHAR = /^[\p{L}\p{N}_.\-[\]]$/u;
var SH_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function readEnvFile(file) {
  const { text, index } = file;
  const facts = { file: file.path, entries: [], issues: [], secrets: [] };
  const binary = findBinary(text);
  if (binary !== -1) {
    const problem = {
      rule: "parse-error",
      at: index.span(binary, binary + 1),
      message: "This .env file holds a NUL byte or text that is not UTF-8: it was not read."
    };
    return { facts, problems: [problem] };
  }
  const known = /* @__PURE__ */ new Map();
  const issue = (kind, start, end, composeFails) => facts.issues.push({ kind, range: [start, end], span: index.span(start, end), composeFails });
  const unclosedFrom = { '"': Infinity, "'": Infinity };
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  while (pos < text.length) {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
    if (pos >= text.length) break;
    const lineEnd = endOfLine(text, pos);
    if (text[pos] === "#") {
      pos = lineEnd;
      continue;
    }
    const statement = pos;
    let exported = false;
    const exportMatch = /^export[ \t\n\f\r]+/.exec(text.slice(pos, Math.min(lineEnd, pos + 64)));
    if (exportMatch) {
      exported = true;
      pos += exportMatch[0].length;
    }
    const nameStart = pos;
    let separator;
    let badChar = -1;
    while (pos < lineEnd) {
      const c = text[pos];
      if (c === "=" || c === ":") {
        separator = c;
        break;
      }
      if (!INLINE_SPACE.has(c) && !NAME_CHAR.test(c) && badChar === -1) badChar = pos;
      pos++;
    }
    const rawName = text.slice(nameStart, pos).replace(/[\s\u0085\u00a0]+$/u, "");
    if (badChar !== -1 || !separator) {
      issue(badChar !== -1 ? "bad-name" : "not-an-assignment", statement, trimEnd(text, statement, lineEnd), badChar !== -1 || /\s/.test(rawName));
      pos = lineEnd;
      continue;
    }
    if (/\s/.test(rawName) || rawName === "") {
      issue("bad-name", statement, trimEnd(text, statement, lineEnd), true);
      pos = lineEnd;
      continue;
    }
    pos++;
    while (pos < text.length && INLINE_SPACE.has(text[pos]) && text[pos] !== "\r") pos++;
    const valueStart = pos;
    const quote = text[pos] === '"' || text[pos] === "'" ? text[pos] : void 0;
    const entryBase = { name: rawName, nameRange: [nameStart, nameStart + rawName.length], exported, separator };
    let entry;
    if (quote) {
      const close = pos > unclosedFrom[quote] ? -1 : composeClose(text, pos, quote);
      if (close === -1) {
        unclosedFrom[quote] = Math.min(unclosedFrom[quote], pos);
        issue("unterminated-quote", valueStart, trimEnd(text, valueStart, lineEnd), true);
        pos = lineEnd;
        continue;
      }
      const inner = composeQuoted(text, pos + 1, close, quote);
      let value = inner;
      if (quote === '"') {
        const expanded = interpolate(expandEscapes(inner), known);
        if (expanded.error) issue("invalid-template", ...expanded.error.at, true);
        value = expanded.text;
      }
      entry = makeEntry(file, entryBase, quote === '"' ? "double" : "single", [valueStart, close + 1], value);
      const dotenv = dotenvQuoted(text, pos, quote, known);
      pos = close + 1;
      const rest = endOfLine(text, pos);
      const tail = text.slice(pos, rest);
      if (!/^[^\S\r\n]*(#.*)?\r?$/.test(tail)) {
        issue("text-after-quote", pos, trimEnd(text, pos, rest), false);
        entry.dotenvValue = null;
      } else if (dotenv === null || dotenv.text !== entry.value.text || holeIn(dotenv) !== holeIn(entry.value)) {
        entry.dotenvValue = dotenv;
      }
      pos = rest;
    } else {
      const end = lineEnd;
      const line = text.slice(valueStart, end);
      const commentCut = line.indexOf(" #");
      const composeEnd = valueStart + trimEndLength(commentCut === -1 ? line : line.slice(0, commentCut));
      const written = fileText(text, valueStart, composeEnd);
      const expanded = interpolate(written, known);
      if (expanded.error) issue("invalid-template", ...expanded.error.at, true);
      entry = makeEntry(file, entryBase, "none", [valueStart, composeEnd], expanded.text);
      const dotenvCut = /\s+#/.exec(line.replace(/\r$/, ""));
      const dotenvEnd = valueStart + trimEndLength(dotenvCut ? line.slice(0, dotenvCut.index) : line.replace(/\r$/, ""));
      const dotenv = dotenvInterpolate(fileText(text, valueStart, dotenvEnd), known);
      if (separator === ":") entry.dotenvValue = null;
      else if (dotenv.text !== entry.value.text || holeIn(dotenv) === void 0 !== (holeIn(entry.value) === void 0)) entry.dotenvValue = dotenv;
      pos = end;
    }
    const hazard = shellHazard(text, statement, entry, valueStart);
    if (hazard) entry.shellHazard = { ...hazard, span: index.span(...hazard.range) };
    addSecrets(file, entry, facts.secrets);
    facts.entries.push(entry);
    if (!holeIn(entry.value)) known.set(entry.name, entry.value.text);
    else known.delete(entry.name);
  }
  return { facts, problems: [] };
}
function makeEntry(file, base, quoting, raw, value) {
  return { ...base, nameSpan: file.index.span(...base.nameRange), quoting, raw, rawSpan: file.index.span(...raw), value };
}
function addSecrets(file, entry, secrets) {
  if (SECRET_NAME.test(entry.name) && !holeIn(entry.value)) {
    entry.secret = new Secret(entry.value.text, entry.rawSpan);
    secrets.push(entry.secret);
  }
  if (entry.value.text.includes("://") && entry.value.text.includes("@")) {
    secrets.push(...parseBrokerUrl(entry.value, file.index).secrets);
  }
}
function findBinary(text) {
  const nul = text.indexOf("\0");
  const bad = text.indexOf("\uFFFD");
  if (nul === -1) return bad;
  return bad === -1 ? nul : Math.min(nul, bad);
}
function endOfLine(text, from) {
  const i = text.indexOf("\n", from);
  return i === -1 ? text.length : i;
}
function trimEnd(text, start, end) {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
function trimEndLength(s) {
  let end = s.length;
  while (end > 0 && /[\s\u0085]/.test(s[end - 1])) end--;
  return end;
}
function fileText(text, start, end) {
  const out = new MappedTextBuilder([start, end]);
  for (let i = start; i < end; i++) out.push(text[i], i, i + 1);
  return out.build();
}
function composeClose(text, open, quote) {
  let escaped = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c !== quote) {
      escaped = !escaped && c === "\\";
      continue;
    }
    if (escaped) {
      escaped = false;
      continue;
    }
    return i;
  }
  return -1;
}
function composeQuoted(text, start, end, quote) {
  const out = new MappedTextBuilder([start, end]);
  for (let i = start; i < end; i++) {
    if (text[i] === "\\" && text[i + 1] === quote && i + 1 < end + 1) {
      out.push(quote, i, i + 2);
      i++;
    } else out.push(text[i], i, i + 1);
  }
  return out.build();
}
var GO_ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", '"': '"', "\\": "\\" };
function expandEscapes(input) {
  const out = new MappedTextBuilder(input.anchor);
  const s = input.text;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\\" || i + 1 >= s.length) {
      out.append(input, i, i + 1);
      continue;
    }
    const next = s[i + 1];
    const [from, to] = sourceRange(input, i, i + 2);
    if (next in GO_ESCAPES) {
      out.push(GO_ESCAPES[next], from, to);
      i++;
    } else if (next === "$") {
      out.push("$$", from, to);
      i++;
    } else if (next === "0" && /^[0-7]{3}$/.test(s.slice(i + 2, i + 5))) {
      const code = parseInt(s.slice(i + 2, i + 5), 8);
      if (code <= 255) {
        const [, end] = sourceRange(input, i, i + 5);
        out.push(String.fromCharCode(code), from, end);
        i += 4;
      } else out.append(input, i, i + 1);
    } else out.append(input, i, i + 1);
  }
  return out.build();
}
var DOTENV_DOUBLE = { ...GO_ESCAPES, "'": "'" };
function dotenvQuoted(text, open, quote, known) {
  let close = -1;
  let lastEscaped = -1;
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\" && text[i + 1] === quote) {
      lastEscaped = i + 1;
      i++;
    } else if (text[i] === quote) {
      close = i;
      break;
    }
  }
  if (close === -1) close = lastEscaped;
  if (close === -1) return null;
  const out = new MappedTextBuilder([open + 1, close]);
  const escapes = quote === '"' ? DOTENV_DOUBLE : { "\\": "\\", "'": "'" };
  for (let i = open + 1; i < close; i++) {
    const next = text[i + 1];
    if (text[i] === "\\" && next !== void 0 && i + 1 < close && next in escapes) {
      out.push(escapes[next], i, i + 2);
      i++;
    } else out.push(text[i], i, i + 1);
  }
  return dotenvInterpolate(out.build(), known);
}
function dotenvInterpolate(input, known) {
  const out = new MappedTextBuilder(input.anchor);
  const s = input.text;
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf("${", i);
    if (open === -1) break;
    const close = s.indexOf("}", open + 2);
    if (close === -1) break;
    out.append(input, i, open);
    const body = s.slice(open + 2, close);
    const colon = body.indexOf(":");
    const name = colon === -1 ? body : body.slice(0, colon);
    const hasDefault = colon !== -1 && body[colon + 1] === "-";
    if (colon !== -1 && !hasDefault) {
      out.append(input, open, open + 2);
      i = open + 2;
      continue;
    }
    const value = known.get(name);
    const [from, to] = sourceRange(input, open, close + 1);
    if (value !== void 0 && value !== "") for (const c of value) out.push(c, from, to);
    else if (hasDefault && (value === "" || value === void 0)) {
      if (value === void 0) out.append(input, open, close + 1, { why: `${name} takes its value from the environment python-dotenv runs in` });
      else out.append(input, open + 2 + colon + 2, close);
    } else if (value === void 0) out.append(input, open, close + 1, { why: `${name} takes its value from the environment python-dotenv runs in` });
    i = close + 1;
  }
  out.append(input, i, s.length);
  return out.build();
}
function shellHazard(text, statement, entry, valueStart) {
  if (entry.separator === ":" || !SH_NAME.test(entry.name)) {
    return { kind: "not-an-assignment", range: [statement, entry.nameRange[1] + 1], shellValue: [valueStart, valueStart] };
  }
  let quote;
  for (let i = valueStart; i < text.length; i++) {
    const c = text[i];
    const at = (kind, length = 1) => ({ kind, range: [i, i + length], shellValue: [valueStart, i] });
    if (quote === "'") {
      if (c === "'") quote = void 0;
      continue;
    }
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "`" || c === "$" && text[i + 1] === "(") return at("command-substitution", c === "`" ? 1 : 2);
    if (quote === '"') {
      if (c === '"') quote = void 0;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === "\n" || c === "\r") return void 0;
    if (c === ";" || c === "&" || c === "|") return at("command-separator");
    if (c === "<" || c === ">" || c === "(" || c === ")") return at("redirection");
    if (c === " " || c === "	") {
      let j = i;
      while (j < text.length && (text[j] === " " || text[j] === "	")) j++;
      if (j >= text.length || text[j] === "\n" || text[j] === "\r" || text[j] === "#") return void 0;
      return { kind: "word-split", range: [i, j + 1], shellValue: [valueStart, i] };
    }
  }
  return void 0;
}
export {
  readEnvFile
};
