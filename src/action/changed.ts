import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ReportedFinding } from '../engine/result.js';

/** Lines a pull request added or changed, per file: [first, last] ranges, 1-based. */
export type ChangedLines = Map<string, [number, number][]>;

export type ChangedFiles = { files: Set<string>; lines: ChangedLines; base: string } | { files?: undefined; why: string };

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
    // A shallow clone may lack the merge base: the two-point diff lists more, never fewer.
    const diff = (...args: string[]) => {
      try {
        return git('diff', ...args, `${base}...HEAD`);
      } catch {
        return git('diff', ...args, base, 'HEAD');
      }
    };
    let names: string;
    let patch: string;
    try {
      names = diff('--name-only', '-z');
      patch = diff('-U0', '--no-color', '--no-ext-diff');
    } catch {
      continue;
    }
    return { files: new Set(names.split('\0').filter(Boolean)), lines: changedLines(patch), base };
  }
  return { why: `the pull request base (${candidates.join(', ')}) is not in this checkout; fetch it (actions/checkout with fetch-depth: 0)` };
}

/** The added lines of a `git diff -U0`: `+++ b/<path>` then `@@ -a,b +c,d @@` hunks. */
export function changedLines(patch: string): ChangedLines {
  const lines: ChangedLines = new Map();
  let file: string | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('+++ ')) {
      file = line.startsWith('+++ b/') ? line.slice(6) : undefined; // `+++ /dev/null`: a deleted file
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || !file) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    if (count === 0) continue; // only deletions here
    const ranges = lines.get(file) ?? [];
    ranges.push([start, start + count - 1]);
    lines.set(file, ranges);
  }
  return lines;
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
