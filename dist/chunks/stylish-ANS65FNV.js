#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  codeFrame,
  levelColor,
  printable,
  splitLines
} from "./chunk-RX47LVO2.js";
import "./chunk-UMXR4ONX.js";

// src/report/stylish.ts
var MAX_ALIGNED_MESSAGE = 80;
var MAX_RELATED_SHOWN = 10;
function formatStylish(result, options) {
  if (result.findings.length === 0) return "";
  const chalk = options.color ? options.chalk : void 0;
  const out = [""];
  for (const [file, findings] of groupByFile(result.findings)) {
    out.push(chalk ? chalk.underline(printable(file)) : printable(file));
    const text = result.texts.get(file);
    const lines = text === void 0 ? [] : splitLines(text);
    const lineWidth = Math.max(...findings.map((f) => String(f.at.line).length));
    const columnWidth = Math.max(...findings.map((f) => String(f.at.column).length));
    const messageWidth = Math.max(
      0,
      ...findings.map((f) => oneLine(f.message).length).filter((length) => length <= MAX_ALIGNED_MESSAGE)
    );
    findings.forEach((finding, i) => {
      const position = `${String(finding.at.line).padStart(lineWidth)}:${String(finding.at.column).padEnd(columnWidth)}`;
      const level = finding.level.padEnd("warning".length);
      const message = oneLine(finding.message).padEnd(messageWidth);
      out.push(
        chalk ? `  ${chalk.dim(position)}  ${levelColor(finding.level, chalk)(level)}  ${message}  ${chalk.dim(finding.ruleId)}` : `  ${position}  ${level}  ${message}  ${finding.ruleId}`
      );
      const details = [
        ...codeFrame(lines, finding.at, finding.level, chalk),
        ...relatedLines(finding, chalk)
      ];
      out.push(...details.map((line) => `    ${line}`));
      if (details.length > 0 && i < findings.length - 1) out.push("");
    });
    out.push("");
  }
  out.push(summary(result.findings, chalk), "");
  return out.join("\n");
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.at.file);
    if (group) group.push(finding);
    else groups.set(finding.at.file, [finding]);
  }
  return groups;
}
function relatedLines(finding, chalk) {
  const lines = finding.related.slice(0, MAX_RELATED_SHOWN).map(({ at, message }) => {
    const where = `${printable(at.file)}:${at.line}:${at.column}`;
    return `\u21B3 ${chalk ? chalk.dim(where) : where} ${oneLine(message)}`;
  });
  const hidden = finding.related.length - MAX_RELATED_SHOWN;
  if (hidden > 0) lines.push(`\u21B3 \u2026 and ${hidden} more`);
  return lines;
}
function oneLine(message) {
  return printable(message.replace(/\s*[\r\n]+\s*/g, " "));
}
function summary(findings, chalk) {
  const count = (level) => findings.filter((f) => f.level === level).length;
  const [errors, warnings, notes] = [count("error"), count("warning"), count("note")];
  const text = `\u2716 ${plural(findings.length, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notes, "note")})`;
  if (!chalk) return text;
  const worst = errors > 0 ? "error" : warnings > 0 ? "warning" : "note";
  return levelColor(worst, chalk).bold(text);
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
export {
  formatStylish as default
};
