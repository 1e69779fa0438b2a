import type { Level } from '../model/facts.js';
import type { Secret } from '../model/secret.js';
import type { Span } from '../model/span.js';
import type { Rule } from './rule.js';

/** A finding after levels, suppressions and fingerprints: what every formatter receives. */
export interface ReportedFinding {
  ruleId: string;
  level: Level;
  message: string;
  at: Span;
  related: { at: Span; message: string }[];
  /** Stable across line shifts: rule, file, and the text of the reported span (hashed). */
  fingerprint: string;
}

export interface LintResult {
  findings: ReportedFinding[];
  /** How many files were linted. */
  fileCount: number;
  /** The rules that ran, for SARIF's reportingDescriptors and `--list-rules`. */
  rules: readonly Rule<any>[];
  /** Text of every file a finding points at, for code frames: formatters never open files. */
  texts: ReadonlyMap<string, string>;
  /** Every secret read, for redaction: its span is masked in code frames and its value anywhere. */
  secrets: readonly Secret[];
  /**
   * Lines that could not be tokenised but begin with a word that carries a secret
   * (`requirepass "abc`): masked from that word to the end of the line (DESIGN.md "Secrets").
   */
  secretLineTails: readonly Span[];
  tool: { name: string; version: string };
}
