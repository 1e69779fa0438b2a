#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  MappedTextBuilder,
  slice,
  sourceRange
} from "./chunk-Y4RE6CCV.js";

// src/sources/compose/interpolate.ts
var NAME_START = /[_a-zA-Z]/;
var NAME_CHAR = /[_a-zA-Z0-9]/;
function interpolate(input, env) {
  const out = new MappedTextBuilder(input.anchor);
  const dollars = [];
  const error = substitute(input, 0, input.text.length, env, out, 0, dollars);
  return error ? { text: out.build(), error, dollars } : { text: out.build(), dollars };
}
var MAX_DEPTH = 32;
function substitute(input, start, end, env, out, depth, dollars) {
  const s = input.text;
  let i = start;
  while (i < end) {
    if (s[i] !== "$") {
      out.append(input, i, i + 1);
      i++;
      continue;
    }
    const next = i + 1 < end ? s[i + 1] : void 0;
    if (next === "$") {
      dollars.push({ form: "escape", at: sourceRange(input, i, i + 2) });
      out.push("$", input.from[i], input.to[i + 1], input.holes[i]);
      i += 2;
      continue;
    }
    if (next !== void 0 && NAME_START.test(next)) {
      let j = i + 1;
      while (j < end && NAME_CHAR.test(s[j])) j++;
      dollars.push({ form: "bare", at: sourceRange(input, i, j) });
      emitVariable(input, i, j, s.slice(i + 1, j), env, out);
      i = j;
      continue;
    }
    if (next !== "{") {
      out.append(input, i, i + 1);
      i++;
      continue;
    }
    const braced = matchBraced(s, i, end);
    if (!braced) return { message: "Invalid template", at: sourceRange(input, i, Math.min(end, i + 2)) };
    if (depth > MAX_DEPTH) return { message: "Invalid template: defaults nested too deeply", at: sourceRange(input, i, braced.end) };
    dollars.push({ form: "braced", at: sourceRange(input, i, braced.close + 1) });
    const failure = expandBraced(input, i, braced, env, out, depth, dollars);
    if (failure) return failure;
    i = braced.end;
  }
  return void 0;
}
function matchBraced(s, at, end) {
  let j = at + 2;
  if (j >= end || !NAME_START.test(s[j])) return void 0;
  while (j < end && NAME_CHAR.test(s[j])) j++;
  const name = s.slice(at + 2, j);
  if (j >= end) return void 0;
  if (s[j] === "}") return { name, op: "", operand: j, close: j, end: j + 1 };
  const colon = s[j] === ":" ? 1 : 0;
  const sign = j + colon < end ? s[j + colon] : void 0;
  if (sign !== "-" && sign !== "+" && sign !== "?") return void 0;
  const op = s.slice(j, j + colon + 1);
  let lineEnd = s.indexOf("\n", j);
  if (lineEnd === -1 || lineEnd > end) lineEnd = end;
  const last = s.lastIndexOf("}", lineEnd - 1);
  if (last < j + colon + 1) return void 0;
  const close = firstClosingBrace(s, at, last + 1);
  return { name, op, operand: j + colon + 1, close: close === -1 ? last : close, end: last + 1 };
}
function firstClosingBrace(s, start, end) {
  let open = 0;
  for (let i = start; i < end; i++) {
    if (s[i] === "}") {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === "{") {
      open++;
      i++;
    }
  }
  return -1;
}
function expandBraced(input, at, m, env, out, depth, dollars) {
  const value = env.get(m.name);
  const set = value !== void 0;
  const nonEmpty = set && value !== "";
  const expression = [at, m.close + 1];
  const operand = () => substitute(input, m.operand, m.close, env, out, depth + 1, dollars);
  let failure;
  switch (m.op) {
    case "":
      emitVariable(input, at, m.close + 1, m.name, env, out);
      break;
    case ":-":
    case "-":
      if (m.op === ":-" ? nonEmpty : set) emitValue(input, expression, value, out);
      else failure = operand();
      break;
    case ":+":
    case "+":
      if (m.op === ":+" ? nonEmpty : set) failure = operand();
      else if (set) emitValue(input, expression, value, out);
      else emitHole(input, expression, `${m.name} is not set in .env, so whether \${${m.name}:+\u2026} applies is not known`, out);
      break;
    default:
      if (m.op === ":?" ? nonEmpty : set) emitValue(input, expression, value, out);
      else emitHole(input, expression, `${m.name} is required but not set in .env`, out);
  }
  if (failure) return failure;
  return substitute(input, m.close + 1, m.end, env, out, depth + 1, dollars);
}
function emitVariable(input, start, end, name, env, out) {
  const value = env.get(name);
  if (value !== void 0) emitValue(input, [start, end], value, out);
  else emitHole(input, [start, end], `${name} is not set in .env and has no default`, out);
}
function emitValue(input, [start, end], value, out) {
  const [from, to] = sourceRange(input, start, end);
  for (const char of value) out.push(char, from, to);
}
function emitHole(input, [start, end], why, out) {
  const hole = { why };
  out.append(slice(input, start, end), 0, end - start, hole);
}

export {
  interpolate
};
