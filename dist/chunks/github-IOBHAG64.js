#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-RX47LVO2.js";
import "./chunk-UMXR4ONX.js";

// src/report/github.ts
import { isAbsolute, join } from "node:path";
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function formatGithub(result, options) {
  const base = options.cwd && isAbsolute(options.cwd) ? options.cwd : void 0;
  return result.findings.map((finding) => `${annotation(finding, base)}
`).join("");
}
function annotation(finding, base) {
  const { file, line, column, endLine, endColumn } = finding.at;
  const columns = line === endLine && endColumn >= column;
  const properties = [
    ["file", base ? join(base, file) : file],
    ["line", line],
    ["col", columns ? column : void 0],
    ["endLine", endLine],
    ["endColumn", columns ? endColumn : void 0],
    ["title", finding.ruleId]
  ];
  const props = properties.filter(([, value]) => value !== void 0).map(([key, value]) => `${key}=${escapeProperty(printable(oneLine(String(value))))}`).join(",");
  return `::${COMMAND[finding.level]} ${props}::${escapeData(messageOf(finding))}`;
}
function messageOf(finding) {
  const related = finding.related.map((r) => `${r.at.file}:${r.at.line}:${r.at.column}: ${r.message}`);
  const text = [finding.message, ...related.length > 0 ? ["", "Related:", ...related] : []].join("\n");
  return text.replace(/\r\n?/g, "\n").split("\n").map((line) => printable(line)).join("\n");
}
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
export {
  formatGithub as default,
  escapeData,
  escapeProperty
};
