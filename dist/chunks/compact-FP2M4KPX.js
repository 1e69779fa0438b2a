#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-RX47LVO2.js";
import "./chunk-UMXR4ONX.js";

// src/report/compact.ts
function formatCompact(result, _options) {
  return result.findings.map(({ at, level, message, ruleId }) => {
    const oneLine = printable(message.replace(/\s*[\r\n]+\s*/g, " "));
    return `${printable(at.file)}:${at.line}:${at.column}: ${level} ${oneLine} [${ruleId}]
`;
  }).join("");
}
export {
  formatCompact as default
};
