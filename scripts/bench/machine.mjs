// What the numbers were measured on and at which commit: shared machines are noisy, so a table
// means little without the CPU, its cores and how loaded it was when the bench started.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';

export function machine() {
  return {
    cpu: cpus()[0]?.model?.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryMB: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** The checked-out commit, and whether the measured bundle differs from it (a local build). */
export function commit(root) {
  // GIT_OPTIONAL_LOCKS=0: reading must not refresh the index (others work in this tree).
  const git = (...args) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }).trim();
  try {
    const sha = git('rev-parse', 'HEAD');
    const distChanged = git('diff', '--name-only', 'HEAD', '--', 'dist').length > 0;
    return { sha, distChanged };
  } catch {
    return { sha: 'unknown', distChanged: false };
  }
}
