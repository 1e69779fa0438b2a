#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-RX47LVO2.js";
import "./chunk-UMXR4ONX.js";

// src/report/junit.ts
function formatJunit(result, _options) {
  const name = result.tool.name;
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    const list = byFile.get(finding.at.file);
    if (list) list.push(finding);
    else byFile.set(finding.at.file, [finding]);
  }
  const suites = byFile.size > 0 ? [...byFile].flatMap(([file, findings]) => suite(file, findings)) : [
    `  <testsuite name="${attr(name)}" tests="1" failures="0" errors="0" skipped="0">`,
    `    <testcase name="${attr(`no problems in ${result.fileCount} file${result.fileCount === 1 ? "" : "s"}`)}" classname="${attr(name)}"/>`,
    "  </testsuite>"
  ];
  const { failures, skipped } = counts(result.findings);
  const tests = Math.max(1, result.findings.length);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}
function suite(file, findings) {
  const { failures, skipped } = counts(findings);
  return [
    `  <testsuite name="${attr(file)}" tests="${findings.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...findings.flatMap(testcase),
    "  </testsuite>"
  ];
}
function testcase(finding) {
  const { file, line, column } = finding.at;
  const open = `    <testcase name="${attr(`${finding.ruleId} at ${file}:${line}:${column}`)}" classname="${attr(file)}" file="${attr(file)}" line="${line}">`;
  const message = attr(oneLine(finding.message));
  const body = text(details(finding));
  const outcome = finding.level === "note" ? `      <skipped message="${message}">${body}</skipped>` : `      <failure type="${finding.level}" message="${message}">${body}</failure>`;
  return [open, outcome, "    </testcase>"];
}
function details(finding) {
  const { file, line, column } = finding.at;
  return [
    `${finding.level} ${finding.ruleId} at ${file}:${line}:${column}`,
    finding.message,
    ...finding.related.map((r) => `related ${r.at.file}:${r.at.line}:${r.at.column}: ${r.message}`)
  ].join("\n");
}
function counts(findings) {
  const skipped = findings.filter((f) => f.level === "note").length;
  return { failures: findings.length - skipped, skipped };
}
function oneLine(value) {
  return value.replace(/\s*[\r\n]+\s*/g, " ");
}
function text(value) {
  return escapeXml(
    value.replace(/\r\n?/g, "\n").split("\n").map((line) => legal(printable(line))).join("\n")
  );
}
function attr(value) {
  return escapeXml(legal(printable(oneLine(value)))).replace(/"/g, "&quot;");
}
function escapeXml(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function legal(value) {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}
export {
  attr,
  formatJunit as default,
  text
};
