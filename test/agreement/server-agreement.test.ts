// The linter refuses exactly the files that the real redis-server / redis-sentinel 7.0 refuse to start
// with, at the line where the server stops. Protocol: RULES.md, "Testing against the real servers".
//
// Inputs: every .conf under fixtures/ (with the files of its fixture folder), every file of the shared
// corpus's redis-conf and sentinel-conf folders (placed back in their repositories), and a generated
// set of mutants (mutants.ts). Each is started in a fresh temporary folder with the machine-dependent
// settings overridden after the file (environment.ts); the server's verdict is read from its output
// (run-server.ts) and compared with `lint` on the same bytes (compare.ts).
//
// Left out of the comparison (environment.ts and inputs.ts give each reason): lines that fail here only
// because a path, module, certificate, script or build feature exists where the file is deployed
// (commented out for both sides, numbering kept); whole files when such a refusal cannot be tied to a
// line of their own; files that are not config files as they stand (the corpus's users.acl files,
// templates in Jinja/Helm/ERB); fixtures with suppression comments (they hide findings on purpose).
//
// The server half also starts faster than RULES.md's ~1.5 s wait where it can: a server counts as
// started once it logged its last start-up step and is still up a moment later (run-server.ts).
//
// Without redis-server the suite is skipped locally and fails in CI (CI=true).

import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disagreement, explainDisagreement, judgeWithLinter, loadLint, type LintFn } from './compare.js';
import { corpusInputs, fixtureInputs, mutantInputs, sharedRoot } from './inputs.js';
import { findOnPath, inPool, judgeWithServer, stopAllServers, type AgreementInput, type ServerVerdict } from './run-server.js';

const serverBinary = findOnPath('redis-server');
const sentinelBinary = findOnPath('redis-sentinel');
const inCI = process.env.CI === 'true';
if (!serverBinary && !inCI) {
  console.warn('agreement: skipped, redis-server is not on PATH (apt-get install redis-server redis-sentinel, 7.0)');
}

/** Two cores: at most four servers at once. */
const CONCURRENCY = 4;
const GROUPS = ['corpus', 'fixtures', 'mutants'] as const;

describe.skipIf(!serverBinary && !inCI)('agreement with redis-server / redis-sentinel 7.0', () => {
  let workDir = '';
  let inputs: AgreementInput[] = [];
  let verdicts: ServerVerdict[] = [];
  let lint: LintFn | string = 'not loaded';
  let corpusError = '';
  const agreed = new Map<string, boolean>();

  beforeAll(async () => {
    if (!serverBinary) return; // the first test says why
    workDir = await mkdtemp(join(tmpdir(), 'sentinel-lint-agreement-'));
    const corpus = await corpusInputs().catch((error: unknown) => {
      corpusError = error instanceof Error ? error.message : String(error);
      return [];
    });
    inputs = [...corpus, ...(await fixtureInputs()), ...mutantInputs()];
    const binaries = { server: serverBinary, sentinel: sentinelBinary ? [sentinelBinary] : [serverBinary, '--sentinel'] };
    verdicts = await inPool(inputs, CONCURRENCY, (input, i) => judgeWithServer(input, join(workDir, String(i)), binaries));
    lint = await loadLint();
  }, 20 * 60_000);

  afterAll(async () => {
    stopAllServers();
    if (workDir) await rm(workDir, { recursive: true, force: true });
    if (inputs.length === 0) return;
    const count = (group: string) => inputs.filter((input, i) => input.group === group && verdicts[i]?.kind !== 'excluded').length;
    const excludedFiles = verdicts.filter((v) => v.kind === 'excluded').length;
    const excludedLines = verdicts.reduce((n, v) => n + (v.kind === 'excluded' ? 0 : v.excludedLines.length), 0);
    const agreeing = [...agreed.values()].filter(Boolean).length;
    const compared = GROUPS.reduce((n, g) => n + count(g), 0);
    console.log(
      `agreement: ${agreeing}/${compared} files agree (corpus ${count('corpus')}, fixtures ${count('fixtures')}, mutants ${count('mutants')}), ` +
        `excluded ${excludedFiles} files and ${excludedLines} lines (environment-dependent or not config files)` +
        (typeof lint === 'string' ? ` — linter not compared: ${lint}` : ''),
    );
  });

  const MISSING = 'redis-server is not on PATH: CI must install redis-server and redis-sentinel 7.0 (.ci/run does)';

  it('runs redis-server 7.0', () => {
    expect(serverBinary, MISSING).toBeDefined();
    const version = execFileSync(serverBinary!, ['--version'], { encoding: 'utf8' });
    expect(version, 'the facts of RULES.md and this test are for redis-server 7.0').toMatch(/ v=7\.0\./);
  });

  it('has the corpus and at least 200 mutants', () => {
    const count = (group: string) => inputs.filter((i) => i.group === group).length;
    expect(count('corpus'), `no corpus files under ${sharedRoot}/corpus (set SENTINEL_LINT_SHARED) ${corpusError}`).toBeGreaterThan(0);
    expect(count('mutants')).toBeGreaterThanOrEqual(200);
  });

  it.each(GROUPS)('%s: the linter refuses exactly what the server refuses, at the same line', async (group) => {
    if (!serverBinary) throw new Error(MISSING);
    const mine = inputs.map((input, i) => ({ input, verdict: verdicts[i]! })).filter(({ input }) => input.group === group);
    if (typeof lint === 'string') {
      const tally = (kind: string) => mine.filter((m) => m.verdict.kind === kind).length;
      throw new Error(
        `${lint}. The server half ran on ${mine.length} ${group} files: ${tally('accepted')} start, ${tally('rejected')} are refused, ` +
          `${tally('excluded')} excluded. Export lint(options) from src/index.ts to compare.`,
      );
    }
    const failures: string[] = [];
    for (const [n, { input, verdict }] of mine.entries()) {
      if (verdict.kind === 'excluded') continue;
      const linter = await judgeWithLinter(lint, input, verdict.text, join(workDir, `${group}-${n}`));
      const why = disagreement(input, verdict, linter);
      agreed.set(input.id, why === undefined);
      if (why) failures.push(explainDisagreement(input, verdict, linter, why));
    }
    if (failures.length > 0) {
      throw new Error(`${failures.length} ${group} file(s) where the linter and the server disagree:\n\n${failures.join('\n\n')}`);
    }
  }, 10 * 60_000);
});
