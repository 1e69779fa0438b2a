#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/report/code-frame.ts
var CONTEXT = 1;
var MAX_SPANNED_LINES = 4;
var MAX_WIDTH = 160;
var LEAD = 40;
function splitLines(text) {
  const lines = text.split("\n").map((line) => line.endsWith("\r") ? line.slice(0, -1) : line);
  if (text.endsWith("\n")) lines.pop();
  return lines;
}
function codeFrame(lines, span, level, chalk) {
  if (span.line < 1 || span.line > lines.length) return [];
  const lastSpanned = Math.min(span.endLine, lines.length);
  const last = lastSpanned - span.line < MAX_SPANNED_LINES ? lastSpanned : span.line;
  const first = Math.max(1, span.line - CONTEXT);
  const end = Math.min(lines.length, last + CONTEXT);
  const shown = lines.slice(first - 1, end);
  const window = windowOf(shown, lines[span.line - 1], span.column - 1);
  const gutterWidth = String(end).length;
  const paint = painter(level, chalk);
  const frame = [];
  shown.forEach((line, i) => {
    const n = first + i;
    const marked = n >= span.line && n <= last;
    const visible = (window.start > 0 ? "\u2026" : "") + printable(line.slice(window.start, window.end)) + (line.length > window.end ? "\u2026" : "");
    const gutter = paint.gutter(`${String(n).padStart(gutterWidth)} |`);
    frame.push(`${marked ? paint.marker(">") : " "} ${gutter}${visible ? ` ${visible}` : ""}`);
    if (!marked) return;
    const [from, to] = underlined(line, n, span, last);
    const visibleFrom = Math.min(Math.max(from, window.start), window.end);
    const visibleTo = Math.min(to, window.end);
    const before = (window.start > 0 ? " " : "") + padding(line.slice(window.start, visibleFrom));
    const carets = "^".repeat(Math.max(1, codePoints(line.slice(visibleFrom, visibleTo))));
    frame.push(`  ${paint.gutter(`${" ".repeat(gutterWidth)} |`)} ${before}${paint.carets(carets)}`);
  });
  return frame;
}
function underlined(line, n, span, last) {
  const from = n === span.line ? Math.min(span.column - 1, line.length) : line.length - line.trimStart().length;
  const to = n === span.endLine && n === last ? Math.min(span.endColumn - 1, line.length) : line.length;
  return [from, Math.max(to, from)];
}
function windowOf(shown, primary, focus) {
  if (shown.every((line) => line.length <= MAX_WIDTH)) return { start: 0, end: Infinity };
  const start = Math.max(0, Math.min(focus - LEAD, primary.length - MAX_WIDTH));
  return { start, end: start + MAX_WIDTH };
}
function padding(before) {
  return Array.from(before, (ch) => ch === "	" ? "	" : " ").join("");
}
function codePoints(text) {
  return Array.from(text).length;
}
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 32) return String.fromCharCode(9216 + code);
    if (code === 127) return "\u2421";
    return "\uFFFD";
  });
}
function painter(level, chalk) {
  if (!chalk) return { gutter: (t) => t, marker: (t) => t, carets: (t) => t };
  const accent = levelColor(level, chalk);
  return { gutter: chalk.dim, marker: accent.bold, carets: accent };
}
function levelColor(level, chalk) {
  return level === "error" ? chalk.red : level === "warning" ? chalk.yellow : chalk.blue;
}

export {
  splitLines,
  codeFrame,
  printable,
  levelColor
};
