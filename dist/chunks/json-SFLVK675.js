#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import "./chunk-UMXR4ONX.js";

// src/report/json.ts
function formatJson(result, _options) {
  const count = (level) => result.findings.filter((f) => f.level === level).length;
  const report = {
    version: 1,
    tool: { name: result.tool.name, version: result.tool.version },
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      level: f.level,
      message: f.message,
      file: f.at.file,
      line: f.at.line,
      column: f.at.column,
      endLine: f.at.endLine,
      endColumn: f.at.endColumn,
      related: f.related.map((r) => ({ file: r.at.file, line: r.at.line, column: r.at.column, message: r.message })),
      fingerprint: f.fingerprint
    })),
    summary: { errors: count("error"), warnings: count("warning"), notes: count("note"), files: result.fileCount }
  };
  return `${JSON.stringify(report, null, 2)}
`;
}
export {
  formatJson as default
};
