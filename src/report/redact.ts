import type { LintResult, ReportedFinding } from '../engine/result.js';
import { REDACTED } from '../model/secret.js';
import { LineIndex, type Span } from '../model/span.js';
import { pushTo } from '../multimap.js';

/**
 * Shorter values are not scrubbed out of messages and texts by value: masking every "ab" would
 * shred the report. Their spans are still masked in the texts.
 */
const MIN_SCRUBBED_LENGTH = 4;

/**
 * Same length as what it hides, one UTF-16 unit for one unit, so every span and column of the
 * file still points at the same place in the masked text.
 */
const MASK = '*';

/**
 * A copy of the result that is safe to print in any format (DESIGN.md "Secrets"):
 * - in `texts` (code frames, SARIF snippets) every secret's span, and every `secretLineTails`
 *   span up to the end of its line, is masked with `*`s of the same length;
 * - every secret's value, in the forms it can take in a file (as read, URL-encoded, URL-decoded,
 *   as written at its span), is masked in the texts and replaced by `«redacted»` in every message;
 *   values shorter than 4 characters and documentation placeholders are only masked at their spans;
 * - the Secrets themselves are dropped: nothing downstream needs their values.
 */
export function redact(result: LintResult, { withTexts = true }: { withTexts?: boolean } = {}): LintResult {
  const indexes = new Map<string, LineIndex>();
  const indexOf = (file: string, text: string): LineIndex => {
    let index = indexes.get(file);
    if (!index) indexes.set(file, (index = new LineIndex(file, text)));
    return index;
  };
  const scrub = scrubber(secretForms(result));
  const masksByFile = new Map<string, { span: Span; toLineEnd: boolean }[]>();
  const addMask = (span: Span, toLineEnd: boolean) => pushTo(masksByFile, span.file, { span, toLineEnd });
  for (const secret of result.secrets) addMask(secret.span, false);
  for (const tail of result.secretLineTails) addMask(tail, true);
  const texts = new Map<string, string>();
  // A format that prints no source lines gets none: masking every file's text is most of a large report's work.
  for (const [file, text] of withTexts ? result.texts : []) {
    const masks = masksByFile.get(file);
    const masked = masks ? maskSpans(text, indexOf(file, text), masks) : text;
    texts.set(file, scrub(masked, maskOf));
  }
  const scrubMessage = (message: string) => scrub(message, () => REDACTED);
  // Field by field, not a spread: whatever else a caller hangs on the result stays behind.
  return {
    tool: result.tool,
    fileCount: result.fileCount,
    rules: result.rules,
    findings: result.findings.map(
      (f): ReportedFinding => ({
        ...f,
        message: scrubMessage(f.message),
        related: f.related.map((r) => ({ at: r.at, message: scrubMessage(r.message) })),
      }),
    ),
    texts,
    secrets: [],
    secretLineTails: [],
  };
}

/**
 * A message for the terminal outside any report (an internal error's text, say) with every secret
 * value of the result replaced by `«redacted»`, as `redact` does to findings.
 */
export function redactMessage(result: Pick<LintResult, 'secrets' | 'texts'>, message: string): string {
  return scrubber(secretForms(result))(message, () => REDACTED);
}

/**
 * Every text a secret can show up as. Sources usually hand over the decoded value (`p@ss` from
 * `redis://:p%40ss@host`), but the encoded form sits in the file and may reach a message; the text
 * at the secret's own span covers quoting and escapes we do not know about.
 */
function secretForms(result: Pick<LintResult, 'secrets' | 'texts'>): string[] {
  const indexes = new Map<string, LineIndex>();
  /** The text at a span, from the report's texts: for secrets whose written form was not noted. */
  const writtenInText = (span: Span) => {
    let index = indexes.get(span.file);
    if (!index) {
      const text = result.texts.get(span.file);
      if (text === undefined) return undefined;
      indexes.set(span.file, (index = new LineIndex(span.file, text)));
    }
    return index.textOn(span);
  };
  const forms = new Set<string>();
  for (const secret of result.secrets) {
    // A documentation placeholder (`foobared`, `redis`, `sentinel`) is public knowledge, and
    // scrubbing it everywhere would shred every `redis-server` in the report; its span is still masked.
    if (secret.isPlaceholder) continue;
    const value = secret.revealForRedaction();
    const candidates = [value, encodeURIComponent(value), decodeOrSelf(value)];
    const written = secret.writtenForRedaction() ?? writtenInText(secret.span);
    if (written !== undefined) candidates.push(written);
    for (const form of candidates) if (form.length >= MIN_SCRUBBED_LENGTH) forms.add(form);
  }
  // Longest first, so a value that contains another is replaced whole.
  return [...forms].sort((x, y) => y.length - x.length);
}

function decodeOrSelf(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Replaces every occurrence of every form; `%HH` escapes match in either case. */
function scrubber(forms: string[]): (text: string, replace: (found: string) => string) => string {
  if (forms.length === 0) return (text) => text;
  // Several patterns of bounded size, longest forms first: one pattern of a monorepo's thousands
  // of secrets is too large for V8, and its error message would quote every one of them.
  const patterns: RegExp[] = [];
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    if (batch.length > 0) patterns.push(new RegExp(batch.join('|'), 'g'));
    batch = [];
    size = 0;
  };
  const literals: string[] = [];
  for (const form of forms) {
    // A form longer than a pattern may be (a whole file's line held as one secret) is replaced as written.
    if (form.length > MAX_PATTERN_LENGTH / 4) {
      literals.push(form);
      continue;
    }
    const pattern = formPattern(form);
    if (size + pattern.length > MAX_PATTERN_LENGTH) flush();
    batch.push(pattern);
    size += pattern.length + 1;
  }
  flush();
  return (text, replace) => {
    let out = text;
    for (const literal of literals) if (out.includes(literal)) out = out.split(literal).join(replace(literal));
    return patterns.reduce((scrubbed, pattern) => scrubbed.replace(pattern, replace), out);
  };
}

/** Characters of one scrubbing pattern: far below what V8 accepts, and fast to match. */
const MAX_PATTERN_LENGTH = 20_000;

function formPattern(form: string): string {
  return form
    .replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
    .replace(/%([0-9A-Fa-f])([0-9A-Fa-f])/g, (_, a: string, b: string) => `%${eitherCase(a)}${eitherCase(b)}`);
}

function eitherCase(hexDigit: string): string {
  const lower = hexDigit.toLowerCase();
  const upper = hexDigit.toUpperCase();
  return lower === upper ? hexDigit : `[${lower}${upper}]`;
}

/** A mask as long as `found`, keeping its line breaks so later lines do not move. */
function maskOf(found: string): string {
  return found.replace(/[^\r\n]/g, MASK);
}

/** Masks each span (or from its start to the end of its last line), slicing rather than copying per character. */
function maskSpans(text: string, index: LineIndex, spans: { span: Span; toLineEnd: boolean }[]): string {
  if (spans.length === 0) return text;
  const ranges = spans
    .map(({ span, toLineEnd }): [number, number] => [
      offsetOf(index, span.line, span.column),
      toLineEnd ? lineEndOffset(index, span.endLine) : offsetOf(index, span.endLine, span.endColumn),
    ])
    .sort((a, b) => a[0] - b[0]);
  let masked = '';
  let done = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, done);
    if (end <= from) continue;
    masked += text.slice(done, from) + maskOf(text.slice(from, end));
    done = end;
  }
  return masked + text.slice(done);
}

function offsetOf(index: LineIndex, line: number, column: number): number {
  return Math.min(index.lineStart(line) + column - 1, lineEndOffset(index, line));
}

/** The offset of the line break (or the end of the text) that ends a 1-based line. */
function lineEndOffset(index: LineIndex, line: number): number {
  const next = index.lineStarts[line];
  return next === undefined ? index.text.length : next - 1;
}
