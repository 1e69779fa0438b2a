#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  fullDescription,
  pascalCase,
  ruleHelpMarkdown,
  ruleHelpText,
  securitySeverity
} from "./chunk-6SI5QAZQ.js";
import {
  splitLines
} from "./chunk-RX47LVO2.js";
import {
  RULE_EXAMPLES
} from "./chunk-WGLPGY64.js";
import "./chunk-UMXR4ONX.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://github.com/sentinel-lint/sentinel-lint";
var SRCROOT = "%SRCROOT%";
var MAX_RESULTS = 25e3;
var MAX_RELATED = 999;
var MAX_MESSAGE_LENGTH = 8e3;
var MAX_SNIPPET_LENGTH = 1e3;
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function formatSarif(result, options) {
  const rules = descriptorsFor(result);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const { kept, dropped } = withinResultLimit(result.findings);
  const linesOf = cachedLines(result.texts);
  const results = kept.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: finding.level,
    message: { text: capped(finding.message) },
    locations: [location(finding.at, snippet(linesOf(finding.at.file), finding.at))],
    ...finding.related.length > 0 && {
      relatedLocations: finding.related.slice(0, MAX_RELATED).map((related, i) => ({
        id: i + 1,
        ...location(related.at),
        message: { text: capped(related.message) }
      }))
    },
    // GitHub's key, so alerts are matched by what the finding is about (the engine hashes rule,
    // file and the reported text, masked, with an occurrence count), never by its line number.
    // Our own key: GitHub computes primaryLocationLineHash itself and warns when a tool sets a different one.
    partialFingerprints: { "sentinelLint/v1": finding.fingerprint || fallbackFingerprint(finding) }
  }));
  const run = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: INFORMATION_URI,
        rules
      }
    },
    ...options.cwd && isAbsolute(options.cwd) && { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } } },
    ...dropped > 0 && {
      invocations: [
        {
          executionSuccessful: true,
          toolExecutionNotifications: [
            {
              level: "warning",
              message: {
                text: `${dropped} results were left out: GitHub code scanning accepts at most ${MAX_RESULTS} a run. The most severe were kept.`
              }
            }
          ]
        }
      ]
    },
    results,
    columnKind: "utf16CodeUnits"
  };
  return `${JSON.stringify({ $schema: SCHEMA, version: "2.1.0", runs: [run] }, null, 2)}
`;
}
function descriptorsFor(result) {
  const descriptors = result.rules.map(descriptor);
  const known = new Set(descriptors.map((d) => d.id));
  for (const { ruleId } of result.findings) {
    if (known.has(ruleId)) continue;
    known.add(ruleId);
    const text = `Findings reported under ${ruleId}.`;
    descriptors.push({
      id: ruleId,
      name: pascalCase(ruleId),
      shortDescription: { text },
      fullDescription: { text },
      help: { text, markdown: text }
    });
  }
  return descriptors;
}
function descriptor(rule) {
  const severity = securitySeverity(rule);
  const tags = [...rule.category === "security" && !severity ? [] : [rule.category], ...severity ? ["security"] : []];
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.docs.summary },
    fullDescription: { text: fullDescription(rule) },
    help: { text: ruleHelpText(rule, RULE_EXAMPLES[rule.id]), markdown: ruleHelpMarkdown(rule, RULE_EXAMPLES[rule.id]) },
    defaultConfiguration: { level: rule.level },
    properties: {
      tags: [...new Set(tags)],
      category: rule.category,
      ...severity && { "security-severity": severity }
    }
  };
}
function location(span, snippetText) {
  const { file, line, column, endLine, endColumn } = span;
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT },
      region: {
        startLine: line,
        startColumn: column,
        endLine,
        endColumn,
        // no arithmetic: our spans are SARIF's already
        ...snippetText !== void 0 && { snippet: { text: snippetText } }
      }
    }
  };
}
function relativeUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function directoryUri(cwd) {
  const href = pathToFileURL(cwd).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function snippet(lines, span) {
  if (!lines || span.line < 1 || span.endLine > lines.length) return void 0;
  const spanned = lines.slice(span.line - 1, span.endLine);
  const last = spanned.length - 1;
  spanned[last] = spanned[last].slice(0, span.endColumn - 1);
  spanned[0] = spanned[0].slice(span.column - 1);
  const text = spanned.join("\n");
  return text.length > 0 && text.length <= MAX_SNIPPET_LENGTH ? text : void 0;
}
function cachedLines(texts) {
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    const text = texts.get(file);
    if (text === void 0) return void 0;
    let lines = cache.get(file);
    if (!lines) cache.set(file, lines = splitLines(text));
    return lines;
  };
}
function withinResultLimit(findings) {
  if (findings.length <= MAX_RESULTS) return { kept: findings, dropped: 0 };
  const keep = new Set([...findings].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]).slice(0, MAX_RESULTS));
  return { kept: findings.filter((f) => keep.has(f)), dropped: findings.length - MAX_RESULTS };
}
function capped(message) {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}\u2026`;
}
function fallbackFingerprint(finding) {
  return createHash("sha256").update(`${finding.ruleId}\0${finding.at.file}\0${finding.message}`).digest("hex").slice(0, 16);
}
export {
  formatSarif as default
};
