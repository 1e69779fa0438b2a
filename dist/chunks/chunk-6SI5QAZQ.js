#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/report/rule-help.ts
var exampleFolder = (rule, name) => `fixtures/rules/${rule.id}/${name}`;
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function securitySeverity(rule) {
  if (!rule.security) return void 0;
  return Math.min(10, Math.max(0, rule.security.severity)).toFixed(1);
}
function facts(rule) {
  const severity = securitySeverity(rule);
  return [
    ["default level", rule.level],
    ["category", rule.category],
    ...severity ? [["security severity", severity]] : [],
    ...rule.refusesStart ? [["start-up", "redis-server or redis-sentinel refuses to start"]] : []
  ];
}
function fullDescription(rule) {
  return `${rule.docs.summary} ${rule.docs.breaks}`;
}
function examplesText(rule, examples) {
  const { docs } = rule;
  if (!examples) {
    return [`  fires on:      ${exampleFolder(rule, docs.example.bad)}`, `  silent on:     ${exampleFolder(rule, docs.example.good)}`];
  }
  const show = (label, folder, files) => files.flatMap(({ file, text }) => [`  ${label} ${folder}/${file}:`, ...text.trimEnd().split("\n").map((line) => `    ${line}`), ""]);
  return [...show("fires on", exampleFolder(rule, docs.example.bad), examples.bad), ...show("silent on", exampleFolder(rule, docs.example.good), examples.good)];
}
function examplesMarkdown(rule, examples) {
  const { docs } = rule;
  if (!examples) return [`- Fires on: \`${exampleFolder(rule, docs.example.bad)}\``, `- Silent on: \`${exampleFolder(rule, docs.example.good)}\``];
  const fence = (text) => "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const show = (label, folder, files) => files.flatMap(({ file, text }) => [`${label} \`${folder}/${file}\`:`, "", fence(text), text.trimEnd(), fence(text), ""]);
  return [...show("Fires on", exampleFolder(rule, docs.example.bad), examples.bad), ...show("Silent on", exampleFolder(rule, docs.example.good), examples.good)];
}
function ruleHelpText(rule, examples) {
  const { docs } = rule;
  return [
    rule.id,
    ...wrap(
      facts(rule).map(([label, value]) => `${label}: ${value}`).join(" \xB7 "),
      ""
    ),
    "",
    ...wrap(docs.summary, ""),
    "",
    "What breaks:",
    ...wrap(docs.breaks, "  "),
    "",
    "How to fix:",
    ...wrap(docs.fix, "  "),
    "",
    "Examples:",
    ...examplesText(rule, examples)
  ].join("\n").trimEnd();
}
function ruleHelpMarkdown(rule, examples) {
  const { docs } = rule;
  return [
    `**${rule.id}**: ${docs.summary}`,
    "",
    "## What breaks",
    "",
    docs.breaks,
    "",
    "## How to fix",
    "",
    docs.fix,
    "",
    "## Examples",
    "",
    ...examplesMarkdown(rule, examples),
    "",
    facts(rule).map(([label, value]) => `${label[0].toUpperCase()}${label.slice(1)}: \`${value}\``).join(" \xB7 ")
  ].join("\n");
}
function ruleListText(rules) {
  const sorted = [...rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const idWidth = Math.max(0, ...sorted.map((r) => r.id.length));
  const categoryWidth = Math.max(0, ...sorted.map((r) => r.category.length));
  return sorted.map((r) => `${r.id.padEnd(idWidth)}  ${r.level.padEnd("warning".length)}  ${r.category.padEnd(categoryWidth)}  ${r.docs.summary}
`).join("");
}
function wrap(text, indent, width = 100) {
  const lines = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (lines.length > 0) lines.push("");
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(indent + line);
  }
  return lines;
}

export {
  pascalCase,
  securitySeverity,
  fullDescription,
  ruleHelpText,
  ruleHelpMarkdown,
  ruleListText
};
