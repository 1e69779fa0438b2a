// Running one command and timing it as a user would feel it: wall time from spawn to exit, output
// to files (as a shell redirect would), optionally its peak RSS. Every measured command is a Node
// script, so the RSS fallback (no /usr/bin/time) can load a probe into it with --import.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TIME = '/usr/bin/time';
const PROBE = pathToFileURL(join(import.meta.dirname, 'rss-probe.mjs')).href;

/** How peak RSS is read on this machine: GNU time's %M, or the probe's process.resourceUsage(). */
export const rssMethod = existsSync(TIME) ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS';

/**
 * A command to measure: `args` are the arguments of `node` (a script and its own arguments);
 * `check(out)` reads a finished run's stdout file and returns a problem sentence, or undefined.
 */
export function command(name, cwd, args, { check, timeoutMs = 120_000 } = {}) {
  return { name, cwd, args, check, timeoutMs };
}

/**
 * Runs it once. → { ms, rssKB?, problem? }. stdout and stderr go to files in `scratch`; stderr is
 * never shown, since a linter's error output may quote configuration (a password included).
 */
export function runOnce(cmd, scratch, { rss = false } = {}) {
  const out = join(scratch, 'stdout');
  const err = join(scratch, 'stderr');
  const rssFile = join(scratch, 'rss');
  rmSync(rssFile, { force: true });
  let argv = [process.execPath, ...cmd.args];
  const env = { ...process.env, NO_COLOR: '1' };
  // Killing GNU time on a timeout would orphan the linter: coreutils' timeout kills it instead (as
  // the acceptance check runs it), and GNU time reports the largest RSS among its descendants.
  if (rss && rssMethod.startsWith(TIME)) argv = [TIME, '-f', '%M', '-o', rssFile, 'timeout', '-s', 'KILL', String(cmd.timeoutMs / 1000), ...argv];
  else if (rss) {
    argv = [process.execPath, '--import', PROBE, ...cmd.args];
    env.BENCH_RSS_FILE = rssFile;
  }
  const fds = [openSync(out, 'w'), openSync(err, 'w')];
  const t0 = process.hrtime.bigint();
  const run = spawnSync(argv[0], argv.slice(1), {
    cwd: cmd.cwd,
    env,
    stdio: ['ignore', fds[0], fds[1]],
    timeout: cmd.timeoutMs + (argv[0] === TIME ? 5_000 : 0), // let coreutils' timeout act first
    killSignal: 'SIGKILL',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  for (const fd of fds) closeSync(fd);
  const result = { ms };
  const code = run.status;
  if (run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGKILL' || code === 137) {
    result.problem = `no answer within ${cmd.timeoutMs / 1000} s`;
  } else if (run.error) {
    result.problem = `could not start (${run.error.code ?? run.error.message})`;
  } else if (code === null || code > 1) {
    const bytes = statSync(err).size;
    result.problem = `exit ${code ?? run.signal} (stderr: ${bytes} bytes, not shown; rerun by hand in ${cmd.cwd})`;
  } else if (/^    at /m.test(readFileSync(err, 'utf8'))) {
    result.problem = `printed a stack trace (exit ${code}; rerun by hand in ${cmd.cwd})`; // as the acceptance check judges it
  } else {
    result.problem = cmd.check?.(out);
  }
  if (rss && !result.problem) result.rssKB = readRss(rssFile); // a killed run's peak means nothing
  return result;
}

function readRss(file) {
  try {
    // GNU time writes "Command exited with non-zero status 1" before %M when the command fails.
    const last = readFileSync(file, 'utf8').trim().split('\n').pop();
    const kb = Number(last);
    return Number.isFinite(kb) && kb > 0 ? kb : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the commands of one case interleaved (a, b, c, a, b, c, …) after `warmups` rounds that are
 * not timed, so that load on a shared machine falls on all of them alike. Peak RSS comes from the
 * warm-up (or, without one, the first round) unless `rssEveryRun` names commands measured each run.
 * A command whose run breaks is dropped from later rounds. → { [name]: { ms: [], rssKB?, problem? } }
 */
export function interleave(cmds, scratch, { runs, warmups, rssEveryRun = [] }) {
  const results = Object.fromEntries(cmds.map((c) => [c.name, { ms: [], rssKB: undefined, problem: undefined }]));
  for (let round = -warmups; round < runs; round++) {
    for (const cmd of cmds) {
      const into = results[cmd.name];
      if (into.problem) continue;
      const rss = rssEveryRun.includes(cmd.name) || round === -warmups;
      const once = runOnce(cmd, scratch, { rss });
      if (once.rssKB !== undefined) into.rssKB = Math.max(into.rssKB ?? 0, once.rssKB);
      if (once.problem) into.problem = once.problem;
      else if (round >= 0) into.ms.push(once.ms);
    }
  }
  return results;
}

export function median(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
