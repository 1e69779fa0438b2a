import type { LintResult, ReportedFinding } from '../engine/result.js';
import { Secret } from '../model/secret.js';
import type { Span } from '../model/span.js';

/**
 * The result with every path made workspace-relative (`prefix` + path): GitHub places annotations
 * and code-scanning alerts by repository path, while lint() reports paths relative to the
 * working directory. Secrets are rebuilt at the moved spans so redaction still finds them.
 */
export function rebase(result: LintResult, prefix: string): LintResult {
  if (prefix === '') return result;
  const move = (span: Span): Span => ({ ...span, file: prefix + span.file });
  return {
    ...result,
    findings: result.findings.map(
      (f): ReportedFinding => ({ ...f, at: move(f.at), related: f.related.map((r) => ({ ...r, at: move(r.at) })) }),
    ),
    texts: new Map([...result.texts].map(([file, text]) => [prefix + file, text])),
    secrets: result.secrets.map((s) => new Secret(s.revealForRedaction(), move(s.span))),
    secretLineTails: result.secretLineTails.map(move),
  };
}
