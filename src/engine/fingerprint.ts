// Fingerprints that survive line shifts, for SARIF `partialFingerprints` and baselines: a line
// inserted above a finding must not make it look new. So a fingerprint hashes what the finding
// is about (rule, file, the text of its line(s)), never where it is (no line numbers).
import { pushTo } from '../multimap.js';
import { sha256Hex } from '../sha256.js';
import { compareSpans, type Span } from '../model/span.js';

export interface FingerprintOptions {
  /**
   * Secret spans (and secret line tails) masked before hashing: a weak password must not be
   * recoverable from a published fingerprint by guessing, and rotating it keeps the fingerprint.
   */
  masks?: readonly Span[];
  /** The path that goes into the hash; pass the root-relative path so the cwd does not matter. */
  pathOf?: (file: string) => string;
}

/** One fingerprint per finding, in input order: 32 hex characters of a sha256. */
/** Lines longer than this are hashed before they go into a fingerprint. */
const LONG_LINE = 1000;

export function fingerprintFindings(
  findings: readonly { ruleId: string; finding: { at: Span } }[],
  texts: ReadonlyMap<string, string>,
  { masks = [], pathOf = (file) => file }: FingerprintOptions = {},
): string[] {
  const masksByFile = new Map<string, Span[]>();
  for (const mask of masks) pushTo(masksByFile, mask.file, mask);
  // Findings are visited file by file (see `order`): only the current file's lines are kept, so
  // a large repository's texts are not all split into lines at once.
  let current: { file: string; lines: string[] } | undefined;
  const linesOf = (file: string) => {
    if (current?.file !== file) current = { file, lines: maskedLines(texts.get(file) ?? '', masksByFile.get(file) ?? []) };
    return current.lines;
  };

  // A very long line stands in by its digest, computed once: ten thousand findings on one
  // 100 000-character compose command must not hash it ten thousand times.
  const digests = new Map<string, string>();
  const lineKey = (file: string, number: number, text: string) => {
    const trimmed = text.trim();
    if (trimmed.length <= LONG_LINE) return trimmed;
    const key = `${file}\0${number}`;
    let digest = digests.get(key);
    if (digest === undefined) digests.set(key, (digest = `sha256:${sha256Hex(trimmed)}`));
    return digest;
  };

  // Identical findings on identical lines (two `port 6379` lines) are told apart by their order.
  const order = findings.map((_, i) => i).sort((a, b) => compareSpans(findings[a]!.finding.at, findings[b]!.finding.at));
  const seen = new Map<string, number>();
  const fingerprints: string[] = new Array(findings.length);
  for (const i of order) {
    const { ruleId, finding } = findings[i]!;
    const { file, line, column, endLine, endColumn } = finding.at;
    const fileLines = linesOf(file);
    // An end at column 1 takes nothing of its line.
    const last = endLine > line && endColumn === 1 ? endLine - 1 : Math.max(line, endLine);
    const reported = fileLines.slice(line - 1, last);
    const first = fileLines[line - 1] ?? '';
    // Where on the line, counted from its first non-blank character: stable under re-indentation.
    const offset = column - (first.length - first.trimStart().length);
    const what = JSON.stringify([ruleId, pathOf(file), reported.map((text, k) => lineKey(file, line + k, text)), offset]);
    const occurrence = seen.get(what) ?? 0;
    seen.set(what, occurrence + 1);
    fingerprints[i] = sha256Hex(`${what}\n${occurrence}`).slice(0, 32);
  }
  return fingerprints;
}

/** The file's lines without line breaks, each masked range replaced by one fixed word. */
function maskedLines(text: string, masks: readonly Span[]): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const ranges = new Map<number, [number, number][]>(); // per line, [from, to) in string indices
  for (const mask of masks) {
    for (let line = mask.line; line <= mask.endLine; line++) {
      const length = lines[line - 1]?.length ?? 0;
      const from = line === mask.line ? mask.column - 1 : 0;
      const to = line === mask.endLine ? Math.min(mask.endColumn - 1, length) : length;
      if (to <= from) continue;
      pushTo(ranges, line, [from, to]);
    }
  }
  for (const [line, list] of ranges) {
    // Merged, then replaced right to left, so that overlapping masks (a secret inside a masked
    // line tail) give the same text whatever the secret's length.
    const merged = list.sort((a, b) => a[0] - b[0]).reduce<[number, number][]>((out, [from, to]) => {
      const previous = out[out.length - 1];
      if (previous !== undefined && from <= previous[1]) previous[1] = Math.max(previous[1], to);
      else out.push([from, to]);
      return out;
    }, []);
    // Built in one pass: a line with thousands of secrets (a URL of many hosts) stays linear.
    const text = lines[line - 1]!;
    const parts: string[] = [];
    let kept = 0;
    for (const [from, to] of merged) {
      parts.push(text.slice(kept, from), '«secret»');
      kept = to;
    }
    parts.push(text.slice(kept));
    lines[line - 1] = parts.join('');
  }
  return lines;
}
