#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  FORMAT_NAMES
} from "./chunk-TINGPY3Y.js";
import {
  REDACTED
} from "./chunk-QVKAJNKG.js";
import {
  LineIndex,
  compareSpans
} from "./chunk-UXHLZWZ5.js";
import "./chunk-EMZFNUDT.js";
import {
  ruleHelpText,
  ruleListText
} from "./chunk-6SI5QAZQ.js";
import "./chunk-UMXR4ONX.js";

// src/report/redact.ts
var MIN_SCRUBBED_LENGTH = 4;
var MASK = "*";
function redact(result) {
  const indexes = /* @__PURE__ */ new Map();
  const indexOf = (file, text) => {
    let index = indexes.get(file);
    if (!index) indexes.set(file, index = new LineIndex(file, text));
    return index;
  };
  const scrub = scrubber(secretForms(result));
  const masksByFile = /* @__PURE__ */ new Map();
  const addMask = (span, toLineEnd) => {
    const masks = masksByFile.get(span.file);
    if (masks) masks.push({ span, toLineEnd });
    else masksByFile.set(span.file, [{ span, toLineEnd }]);
  };
  for (const secret of result.secrets) addMask(secret.span, false);
  for (const tail of result.secretLineTails) addMask(tail, true);
  const texts = /* @__PURE__ */ new Map();
  for (const [file, text] of result.texts) {
    const masks = masksByFile.get(file);
    const masked = masks ? maskSpans(text, indexOf(file, text), masks) : text;
    texts.set(file, scrub(masked, maskOf));
  }
  const scrubMessage = (message) => scrub(message, () => REDACTED);
  return {
    tool: result.tool,
    fileCount: result.fileCount,
    rules: result.rules,
    findings: result.findings.map(
      (f) => ({
        ...f,
        message: scrubMessage(f.message),
        related: f.related.map((r) => ({ at: r.at, message: scrubMessage(r.message) }))
      })
    ),
    texts,
    secrets: [],
    secretLineTails: []
  };
}
function redactMessage(result, message) {
  return scrubber(secretForms(result))(message, () => REDACTED);
}
function secretForms(result) {
  const lineStarts = /* @__PURE__ */ new Map();
  const forms = /* @__PURE__ */ new Set();
  for (const secret of result.secrets) {
    if (secret.isPlaceholder) continue;
    const value = secret.revealForRedaction();
    const candidates = [value, encodeURIComponent(value), decodeOrSelf(value)];
    const { span } = secret;
    const text = result.texts.get(span.file);
    if (text !== void 0 && span.line === span.endLine) {
      let index = lineStarts.get(span.file);
      if (!index) lineStarts.set(span.file, index = new LineIndex(span.file, text));
      const lineStart = index.lineStart(span.line);
      candidates.push(text.slice(lineStart + span.column - 1, lineStart + span.endColumn - 1));
    }
    for (const form of candidates) if (form.length >= MIN_SCRUBBED_LENGTH) forms.add(form);
  }
  return [...forms].sort((x, y) => y.length - x.length);
}
function decodeOrSelf(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function scrubber(forms) {
  if (forms.length === 0) return (text) => text;
  const pattern = new RegExp(forms.map(formPattern).join("|"), "g");
  return (text, replace) => text.replace(pattern, replace);
}
function formPattern(form) {
  return form.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&").replace(/%([0-9A-Fa-f])([0-9A-Fa-f])/g, (_, a, b) => `%${eitherCase(a)}${eitherCase(b)}`);
}
function eitherCase(hexDigit) {
  const lower = hexDigit.toLowerCase();
  const upper = hexDigit.toUpperCase();
  return lower === upper ? hexDigit : `[${lower}${upper}]`;
}
function maskOf(found) {
  return found.replace(/[^\r\n]/g, MASK);
}
function maskSpans(text, index, spans) {
  if (spans.length === 0) return text;
  const ranges = spans.map(({ span, toLineEnd }) => [
    offsetOf(index, span.line, span.column),
    toLineEnd ? lineEndOffset(index, span.endLine) : offsetOf(index, span.endLine, span.endColumn)
  ]).sort((a, b) => a[0] - b[0]);
  let masked = "";
  let done = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, done);
    if (end <= from) continue;
    masked += text.slice(done, from) + maskOf(text.slice(from, end));
    done = end;
  }
  return masked + text.slice(done);
}
function offsetOf(index, line, column) {
  return Math.min(index.lineStart(line) + column - 1, lineEndOffset(index, line));
}
function lineEndOffset(index, line) {
  const next = index.lineStarts[line];
  return next === void 0 ? index.text.length : next - 1;
}

// src/report/index.ts
var FORMATTERS = {
  stylish: () => import("./stylish-ANS65FNV.js"),
  compact: () => import("./compact-FP2M4KPX.js"),
  json: () => import("./json-SFLVK675.js"),
  sarif: () => import("./sarif-2VRPS2ZZ.js"),
  github: () => import("./github-IOBHAG64.js"),
  markdown: () => import("./markdown-IMJRUHSX.js"),
  junit: () => import("./junit-VIR6QGZO.js")
};
var FORMAT_NAMES2 = FORMAT_NAMES;
function isFormatName(name) {
  return Object.hasOwn(FORMATTERS, name);
}
async function formatResult(result, format, options) {
  if (!isFormatName(format)) throw new Error(`Unknown format "${String(format)}". Formats: ${FORMAT_NAMES2.join(", ")}.`);
  const safe = redact(result);
  const ordered = { ...safe, findings: [...safe.findings].sort(reportOrder) };
  const chalk = options.color ? await loadChalk() : void 0;
  const { default: formatter } = await FORMATTERS[format]();
  return formatter(ordered, { ...options, ...chalk && { chalk } });
}
async function explainRule(rule) {
  const { RULE_EXAMPLES } = await import("./rule-examples-3LCJJXD6.js");
  return `${ruleHelpText(rule, RULE_EXAMPLES[rule.id])}
`;
}
function listRules(rules) {
  return ruleListText(rules);
}
function reportOrder(a, b) {
  return compareSpans(a.at, b.at) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.at.endLine - b.at.endLine || a.at.endColumn - b.at.endColumn || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
async function loadChalk() {
  const { Chalk } = await import("./source-BITYCNUF.js");
  return new Chalk({ level: 1 });
}
export {
  FORMAT_NAMES2 as FORMAT_NAMES,
  explainRule,
  formatResult,
  isFormatName,
  listRules,
  redactMessage
};
