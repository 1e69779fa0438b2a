import type { ReportedFinding } from '../engine/result.js';
import type { FailOn } from './args.js';

const RANK = { note: 1, warning: 2, error: 3 } as const;
const THRESHOLD: Record<FailOn, number> = { note: 1, warning: 2, error: 3, none: Infinity };

/** ESLint's exit codes: 1 when a finding is at or above --fail-on, or warnings exceed --max-warnings. */
export function exitCodeFor(findings: readonly ReportedFinding[], failOn: FailOn, maxWarnings?: number): 0 | 1 {
  if (findings.some((f) => RANK[f.level] >= THRESHOLD[failOn])) return 1;
  const warnings = findings.filter((f) => f.level === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
