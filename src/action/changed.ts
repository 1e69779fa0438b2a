import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ReportedFinding } from '../engine/result.js';

export type ChangedFiles = { files: Set<string>; base: string } | { files?: undefined; why: string };

/**
 * The files changed against the pull request's base, workspace-relative. git runs with an argument
 * array, never a shell: the base ref comes from the event, which a fork's author controls.
 */
export function changedFiles(workspace: string, env: NodeJS.ProcessEnv = process.env): ChangedFiles {
  const candidates = baseCandidates(env);
  if (candidates.length === 0) return { why: 'no pull request base was found (GITHUB_BASE_REF and the event payload name none)' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  for (const base of candidates) {
    if (base.startsWith('-')) continue;
    try {
      git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
    } catch {
      continue;
    }
    let names: string;
    try {
      names = git('diff', '--name-only', '-z', `${base}...HEAD`);
    } catch {
      // A shallow clone may lack the merge base: the two-point diff lists more files, never fewer.
      try {
        names = git('diff', '--name-only', '-z', base, 'HEAD');
      } catch {
        continue;
      }
    }
    return { files: new Set(names.split('\0').filter(Boolean)), base };
  }
  return { why: `the pull request base (${candidates.join(', ')}) is not in this checkout; fetch it (actions/checkout with fetch-depth: 0)` };
}

function baseCandidates(env: NodeJS.ProcessEnv): string[] {
  const found: string[] = [];
  try {
    const event = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
    const sha = event?.pull_request?.base?.sha;
    if (typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha)) found.push(sha);
  } catch {
    // An unreadable payload leaves GITHUB_BASE_REF.
  }
  const ref = env.GITHUB_BASE_REF;
  if (ref) found.push(`origin/${ref}`);
  return found;
}

/** Whether a finding's own or a related location is in a changed file. */
export function touchesChanged(finding: ReportedFinding, files: ReadonlySet<string>, prefix: string): boolean {
  return [finding.at, ...finding.related.map((r) => r.at)].some((span) => files.has(prefix + span.file));
}
