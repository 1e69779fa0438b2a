// Runs the rules over a Deployment, then turns their findings into what formatters print. The
// order of a lint: runRules → applySuppressions (suppressions.ts) → finalize.
import type { ResolvedConfig } from '../config/types.js';
import type { Deployment } from '../model/deployment.js';
import { compareSpans, spanKey } from '../model/span.js';
import { fingerprintFindings, type FingerprintOptions } from './fingerprint.js';
import type { ReportedFinding } from './result.js';
import type { Finding, Level, Rule } from './rule.js';
import { UNUSED_SUPPRESSION } from './suppressions.js';

/** A rule's finding with its rule id and its level decided. */
export type RawFinding = { ruleId: string; level: Level; finding: Finding };

/** A rule that threw: a bug in sentinel-lint, never a finding (the CLI exits 2 with one line). */
export interface RuleCrash {
  ruleId: string;
  error: unknown;
}

export interface RunResult {
  findings: RawFinding[];
  crashes: RuleCrash[];
  /** The rules that ran to the end, and `unused-suppression` when it is on and selected. */
  ran: ReadonlySet<string>;
}

/**
 * Runs every rule that is not off (and, with `only`, among those ids), each in its own boundary:
 * a rule that throws loses its findings and becomes a crash; the others still run.
 */
export function runRules(
  deployment: Deployment,
  rules: readonly Rule<any>[],
  config: ResolvedConfig,
  only?: readonly string[],
  /** When given, each rule's run time in milliseconds is added to it (`SENTINEL_LINT_TIMING`). */
  timings?: Map<string, number>,
): RunResult {
  const findings: RawFinding[] = [];
  const crashes: RuleCrash[] = [];
  const ran = new Set<string>();
  const selected = (id: string) => (only === undefined || only.includes(id)) && config.rules.get(id)?.level !== 'off';
  for (const rule of rules) {
    if (!selected(rule.id)) continue;
    const setting = config.rules.get(rule.id);
    const started = timings ? performance.now() : 0;
    try {
      const found: RawFinding[] = [];
      // Iterating inside the try: a generator's check throws while it is consumed, not when called.
      for (const finding of rule.check(deployment, setting?.options)) {
        // The user's level for the rule wins, then the finding's own case (RULES.md "error if published").
        const level = (setting?.level as Level | undefined) ?? finding.level ?? rule.level;
        found.push({ ruleId: rule.id, level, finding });
      }
      // One finding once: a line read for several services (one Celery module run by two
      // containers with the same settings) must not be reported twice.
      const seen = new Set<string>();
      for (const f of found) {
        const key = `${spanKey(f.finding.at)}\0${f.finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
      }
      ran.add(rule.id);
    } catch (error) {
      crashes.push({ ruleId: rule.id, error });
    }
    if (timings) timings.set(`rule ${rule.id}`, performance.now() - started);
  }
  if (selected(UNUSED_SUPPRESSION)) ran.add(UNUSED_SUPPRESSION);
  return { findings, crashes, ran };
}

/**
 * What formatters receive: fingerprints added, sorted by file, line, column and rule. Runs after
 * `applySuppressions`, so that fingerprints count only the findings that are reported.
 */
export function finalize(
  findings: readonly RawFinding[],
  texts: ReadonlyMap<string, string>,
  options: FingerprintOptions & { fingerprints?: boolean } = {},
): ReportedFinding[] {
  // Only JSON and SARIF print fingerprints; the console does not need the hashing (nor node:crypto).
  const fingerprints = options.fingerprints === false ? undefined : fingerprintFindings(findings, texts, options);
  return findings
    .map(({ ruleId, level, finding }, i): ReportedFinding => ({
      ruleId,
      level,
      message: finding.message,
      at: finding.at,
      related: (finding.related ?? []).map(({ at, message }) => ({ at, message })),
      fingerprint: fingerprints?.[i] ?? '',
    }))
    .sort(compareReported);
}

function compareReported(a: ReportedFinding, b: ReportedFinding): number {
  return compareSpans(a.at, b.at) || compare(a.ruleId, b.ruleId) || compare(a.message, b.message);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
