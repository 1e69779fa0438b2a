#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  MappedTextBuilder
} from "./chunk-Y4RE6CCV.js";

// src/sources/python/py-text.ts
var MAX_STRING = 1e5;
var StrBuilder = class {
  constructor(anchor) {
    this.anchor = anchor;
    this.text = new MappedTextBuilder(anchor);
  }
  anchor;
  text;
  env = [];
  tooLong = false;
  get length() {
    return this.text.length;
  }
  push(char, from, to, hole) {
    if (this.text.length + char.length > MAX_STRING) this.tooLong = true;
    else this.text.push(char, from, to, hole);
  }
  /** The file's own characters [from, to) as a hole: what the code says, not what it is. */
  pushWritten(file, from, to, why) {
    const hole = { why };
    for (let i = from; i < to; i++) this.push(file[i], i, i + 1, hole);
  }
  /** Text that is not in the file as such (`str(5)`, `True`): every character maps to the whole expression. */
  pushSynthetic(text, from, to) {
    this.push(text, from, to);
  }
  appendStr(value) {
    if (this.text.length + value.text.text.length > MAX_STRING) {
      this.tooLong = true;
      return;
    }
    const offset = this.text.length;
    this.text.append(value.text);
    for (const slot of value.env) this.env.push({ start: slot.start + offset, end: slot.end + offset, env: slot.env });
  }
  /** Characters [start, end) of a string value, with the environment slots they overlap. */
  appendSlice(value, start, end) {
    if (this.text.length + end - start > MAX_STRING) {
      this.tooLong = true;
      return;
    }
    const offset = this.text.length - start;
    this.text.append(value.text, start, end);
    for (const slot of value.env) {
      const from = Math.max(slot.start, start);
      const to = Math.min(slot.end, end);
      if (from < to) this.env.push({ start: from + offset, end: to + offset, env: slot.env });
    }
  }
  build(span) {
    if (this.tooLong) return void 0;
    return { kind: "str", text: this.text.build(), env: this.env, span };
  }
};
function pythonNumberText(value, isFloat) {
  if (!Number.isFinite(value)) return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
  if (isFloat && Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`;
  return String(value);
}
function appendAsText(out, value, file, from, to) {
  switch (value.kind) {
    case "str":
      out.appendStr(value);
      return;
    case "number":
      out.pushSynthetic(pythonNumberText(value.value, value.float), from, to);
      return;
    case "bool":
      out.pushSynthetic(value.value ? "True" : "False", from, to);
      return;
    case "none":
      out.pushSynthetic("None", from, to);
      return;
    case "env":
      appendEnv(out, value, file, from, to);
      return;
    case "unknown":
      out.pushWritten(file, from, to, value.why);
      return;
    default:
      out.pushWritten(file, from, to, `a ${value.kind === "call" ? "object" : value.kind} turned into text is not read`);
  }
}
function appendEnv(out, env, file, from, to) {
  const start = out.length;
  if (env.default && env.default.kind !== "none" && env.default.kind !== "env") {
    appendAsText(out, env.default, file, from, to);
  } else if (env.default?.kind === "env") {
    appendEnv(out, env.default, file, from, to);
  } else {
    out.pushWritten(file, from, to, `${env.name} is read from the environment and has no default`);
  }
  out.env.push({ start, end: out.length, env });
}
function knownText(value) {
  if (value?.kind !== "str") return void 0;
  return value.text.holes.some((h) => h !== void 0) ? void 0 : value.text.text;
}

export {
  StrBuilder,
  appendAsText,
  knownText
};
