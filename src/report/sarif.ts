import { sha256Hex } from '../sha256.js';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult, ReportedFinding } from '../engine/result.js';
import type { Rule } from '../engine/rule.js';
import type { Level } from '../model/facts.js';
import type { Span } from '../model/span.js';
import { splitLines } from './code-frame.js';
import type { FormatterOptions } from './index.js';
import { fullDescription, pascalCase, ruleHelpMarkdown, ruleHelpText, securitySeverity } from './rule-help.js';
import { RULE_EXAMPLES } from './rule-examples.js';

/** The OASIS 2.1.0 schema, as GitHub and the SARIF Multitool's SARIF1011 want it. */
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/sentinel-lint/sentinel-lint';
const SRCROOT = '%SRCROOT%';

// upload-sarif limits (GitHub docs, "SARIF support for code scanning"): larger runs are rejected or cut.
const MAX_RESULTS = 25_000;
/** "Locations per result": the primary location plus these. */
const MAX_RELATED = 999;
const MAX_MESSAGE_LENGTH = 8_000;
/** A longer snippet is left out rather than cut: a snippet must be the region's whole text. */
const MAX_SNIPPET_LENGTH = 1_000;

const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, a reportingDescriptor per rule that ran (with
 * help from its docs and `security-severity` for security rules), results whose locations are
 * relative to `%SRCROOT%`, spans passed through unchanged (both are 1-based with exclusive ends,
 * in UTF-16 code units), and `partialFingerprints` that do not move with the line.
 * `options.cwd`, when absolute, becomes `%SRCROOT%`'s `file://` URI.
 */
export default function formatSarif(result: LintResult, options: FormatterOptions): string {
  const rules = descriptorsFor(result);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const { kept, dropped } = withinResultLimit(result.findings);
  const linesOf = cachedLines(result.texts);
  const results = kept.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId)!,
    level: finding.level,
    message: { text: capped(finding.message) },
    locations: [location(finding.at, snippet(linesOf(finding.at.file), finding.at))],
    ...(finding.related.length > 0 && {
      relatedLocations: finding.related.slice(0, MAX_RELATED).map((related, i) => ({
        id: i + 1,
        ...location(related.at),
        message: { text: capped(related.message) },
      })),
    }),
    // GitHub's key, so alerts are matched by what the finding is about (the engine hashes rule,
    // file and the reported text, masked, with an occurrence count), never by its line number.
    // Our own key: GitHub computes primaryLocationLineHash itself and warns when a tool sets a different one.
    partialFingerprints: { "sentinelLint/v1": finding.fingerprint || fallbackFingerprint(finding) },
  }));
  const run = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    ...(options.cwd && isAbsolute(options.cwd) && { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } } }),
    ...(dropped > 0 && {
      invocations: [
        {
          executionSuccessful: true,
          toolExecutionNotifications: [
            {
              level: 'warning',
              message: {
                text: `${dropped} results were left out: GitHub code scanning accepts at most ${MAX_RESULTS} a run. The most severe were kept.`,
              },
            },
          ],
        },
      ],
    }),
    results,
    columnKind: 'utf16CodeUnits',
  };
  return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

interface Descriptor {
  id: string;
  [key: string]: unknown;
}

/** One descriptor per rule that ran, then one for any rule id a finding names that is not among them. */
function descriptorsFor(result: LintResult): Descriptor[] {
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
      help: { text, markdown: text },
    });
  }
  return descriptors;
}

function descriptor(rule: Rule<any>): Descriptor {
  const severity = securitySeverity(rule);
  // The `security` tag is what makes GitHub show an alert as a security one and read
  // security-severity: a category named "security" alone must not claim it without a severity.
  const tags = [...(rule.category === 'security' && !severity ? [] : [rule.category]), ...(severity ? ['security'] : [])];
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
      ...(severity && { 'security-severity': severity }),
    },
  };
}

function location(span: Span, snippetText?: string) {
  const { file, line, column, endLine, endColumn } = span;
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT },
      region: {
        startLine: line,
        startColumn: column,
        endLine,
        endColumn, // no arithmetic: our spans are SARIF's already
        ...(snippetText !== undefined && { snippet: { text: snippetText } }),
      },
    },
  };
}

/** A `/`-separated path relative to the working directory, as a relative URI reference. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** `file:///home/user/repo/`: %SRCROOT% must be absolute and end with a slash (SARIF1004). */
function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** The redacted text of the span itself, when the file's text is at hand and the span is short. */
function snippet(lines: readonly string[] | undefined, span: Span): string | undefined {
  if (!lines || span.line < 1 || span.endLine > lines.length) return undefined;
  const spanned = lines.slice(span.line - 1, span.endLine);
  const last = spanned.length - 1;
  spanned[last] = spanned[last]!.slice(0, span.endColumn - 1);
  spanned[0] = spanned[0]!.slice(span.column - 1);
  const text = spanned.join('\n');
  return text.length > 0 && text.length <= MAX_SNIPPET_LENGTH ? text : undefined;
}

function cachedLines(texts: ReadonlyMap<string, string>): (file: string) => readonly string[] | undefined {
  const cache = new Map<string, string[]>();
  return (file) => {
    const text = texts.get(file);
    if (text === undefined) return undefined;
    let lines = cache.get(file);
    if (!lines) cache.set(file, (lines = splitLines(text)));
    return lines;
  };
}

/** The most severe findings when there are more than a run may hold, in report order. */
function withinResultLimit(findings: readonly ReportedFinding[]): { kept: readonly ReportedFinding[]; dropped: number } {
  if (findings.length <= MAX_RESULTS) return { kept: findings, dropped: 0 };
  const keep = new Set([...findings].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]).slice(0, MAX_RESULTS));
  return { kept: findings.filter((f) => keep.has(f)), dropped: findings.length - MAX_RESULTS };
}

function capped(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/** Only if the engine gave none: rule, file and message, never the line. */
function fallbackFingerprint(finding: ReportedFinding): string {
  return sha256Hex(`${finding.ruleId}\0${finding.at.file}\0${finding.message}`).slice(0, 16);
}
