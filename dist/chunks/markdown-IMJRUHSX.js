#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-RX47LVO2.js";
import "./chunk-UMXR4ONX.js";

// src/report/markdown.ts
var VISIBLE_ROWS = 50;
var MAX_ROWS = 500;
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function formatMarkdown(result, _options) {
  const { findings } = result;
  const heading = `## ${result.tool.name}: ${countsOf(findings)} in ${plural(result.fileCount, "file")}`;
  if (findings.length === 0) return `${heading}
`;
  const documented = new Map(result.rules.map((rule) => [rule.id, rule]));
  const rows = [...findings].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]).map((f) => row(f, documented));
  const open = rows.slice(0, VISIBLE_ROWS);
  const folded = rows.slice(VISIBLE_ROWS, MAX_ROWS);
  const left = rows.length - open.length - folded.length;
  return [
    heading,
    "",
    ...table(open),
    ...folded.length > 0 ? ["", "<details>", `<summary>${plural(folded.length, "more finding")}</summary>`, "", ...table(folded), "", "</details>"] : [],
    ...left > 0 ? ["", `${plural(left, "more finding")} not shown: \`--format json\` or \`--format sarif\` lists them all.`] : [],
    "",
    ...howToFix(findings, documented)
  ].join("\n");
}
function table(rows) {
  return ["| Level | Rule | Location | Message |", "| --- | --- | --- | --- |", ...rows];
}
function row(finding, documented) {
  const rule = documented.has(finding.ruleId) ? `[${code(finding.ruleId)}](#${anchorOf(finding.ruleId)})` : code(finding.ruleId);
  const related = finding.related.map((r) => `\u21B3 ${code(`${r.at.file}:${r.at.line}`)} ${inline(r.message)}`);
  const message = [inline(finding.message), ...related].join("<br>");
  return `| ${finding.level} | ${rule} | ${code(`${finding.at.file}:${finding.at.line}`)} | ${message} |`;
}
function howToFix(findings, documented) {
  const fired = [...new Set(findings.map((f) => f.ruleId))].filter((id) => documented.has(id)).sort();
  if (fired.length === 0) return [];
  const lines = ["### How to fix", ""];
  for (const id of fired) {
    const { docs } = documented.get(id);
    const count = findings.filter((f) => f.ruleId === id).length;
    lines.push(`#### ${id}`, "", `${docs.summary} (${plural(count, "finding")})`, "", `**Fix:** ${docs.fix}`, "");
  }
  return lines;
}
function anchorOf(id) {
  return id.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}
function inline(text) {
  return text.replace(/\r\n?/g, "\n").split("\n").map(
    (line) => printable(line).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&")
  ).join("<br>");
}
function code(text) {
  const oneLine = printable(text.replace(/\s*[\r\n]+\s*/g, " ")).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}
function countsOf(findings) {
  if (findings.length === 0) return "no problems";
  const count = (level) => findings.filter((f) => f.level === level).length;
  return [plural(count("error"), "error"), plural(count("warning"), "warning"), plural(count("note"), "note")].join(", ");
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
export {
  MAX_ROWS,
  VISIBLE_ROWS,
  formatMarkdown as default
};
