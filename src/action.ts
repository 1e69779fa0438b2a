// The GitHub Action (action.yml's runs.main, bundled to dist/action.js): inputs → lint() →
// annotations, job summary, SARIF file, outputs, and the step's result.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import * as core from '@actions/core';
import { planAnnotations, printAnnotations } from './action/annotations.js';
import { changedFiles, touchesChanged } from './action/changed.js';
import { mermaidDiagram } from './action/diagram.js';
import { readInputs, InputError } from './action/inputs.js';
import { rebase } from './action/rebase.js';
import { countLevels, summaryMarkdown } from './action/summary.js';
import { exitCodeFor } from './cli/exit-code.js';
import { loadConfig } from './config/load.js';
import { lint, type LintOutcome } from './lint.js';
import { formatResult, isFormatName, redactMessage } from './report/index.js';
import { redact } from './report/redact.js';
import { rules } from '../rules/index.js';

async function main(): Promise<void> {
  const inputs = readInputs();
  const missing = inputs.paths.filter((p) => !existsSync(`${inputs.workingDirectory}${sep}${p}`));
  if (missing.length) throw new InputError(`no such file or folder in ${inputs.workingDirectory}: ${missing.join(', ')}`);
  const config = await loadConfig({ cwd: inputs.workingDirectory, configPath: inputs.config, knownRuleIds: rules.map((r) => r.id) });
  const outcome = await lint({ cwd: inputs.workingDirectory, paths: inputs.paths, config });
  // Before anything is printed: the runner then masks these values in every later log line.
  maskSecrets(outcome);

  const notes: string[] = [];
  let findings = outcome.findings;
  // In a pull request the changed lines order the annotations; with only-changed they also filter.
  const diff = changedFiles(inputs.workspace);
  if (inputs.onlyChanged) {
    if (diff.files) {
      const changedFiles = diff.files;
      findings = findings.filter((f) => touchesChanged(f, changedFiles, inputs.prefix));
      notes.push(`only-changed: ${outcome.findings.length - findings.length} of ${outcome.findings.length} findings are in files not changed against ${diff.base} and are not reported.`);
    } else {
      // Never a false green: without the base, every finding is reported.
      notes.push(`only-changed: ${diff.why}, so every finding is reported.`);
    }
  }
  // Never a false green: a file that could not be read was not checked, wherever it is.
  const unread = [...new Set(outcome.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.at.file))];
  if (unread.length) {
    notes.push(`${unread.length} file${unread.length === 1 ? '' : 's'} could not be read, so what ${unread.length === 1 ? 'it configures' : 'they configure'} was not checked: ${unread.slice(0, 5).join(', ')}${unread.length > 5 ? ', …' : ''}.`);
  }
  const diagram = mermaidDiagram(outcome.deployment, findings);
  const result = rebase({ ...outcome, findings }, inputs.prefix);
  const safe = redact(result);
  const shown = { ...safe, findings: [...safe.findings].sort((a, b) => (a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column)) };

  const sarifRoot = inputs.prefix === '' && relative(inputs.workspace, inputs.workingDirectory) !== '' ? inputs.workingDirectory : inputs.workspace;
  mkdirSync(dirname(inputs.sarifFile), { recursive: true });
  writeFileSync(inputs.sarifFile, await formatResult(result, 'sarif', { color: false, cwd: sarifRoot }));
  const sarifShown = relative(inputs.workspace, inputs.sarifFile).split(sep).join('/');

  if (inputs.annotations) printAnnotations(planAnnotations(shown.findings, diff.files, diff.files ? diff.lines : undefined), sarifShown);
  for (const crash of outcome.crashes) {
    core.warning(`internal error in ${crash.where}: ${redactMessage(outcome, firstLine(crash.error))} (please report it)`);
  }
  if (inputs.summary) {
    const format = 'markdown';
    const report = isFormatName(format) ? await formatResult(result, format, { color: false, cwd: sarifRoot }) : undefined;
    const parts = { findings: shown.findings, fileCount: outcome.fileCount, notes, diagram, sarifFile: sarifShown };
    await core.summary.addRaw(summaryMarkdown(report === undefined ? parts : { ...parts, report })).write();
  } else {
    for (const note of notes) core.info(note);
  }

  const counts = countLevels(findings);
  const exitCode = outcome.crashes.length ? 1 : exitCodeFor(findings, inputs.failOn, inputs.maxWarnings);
  core.setOutput('error-count', counts.error);
  core.setOutput('warning-count', counts.warning);
  core.setOutput('note-count', counts.note);
  core.setOutput('sarif-file', inputs.sarifFile);
  core.setOutput('exit-code', exitCode);
  core.info(`sentinel-lint: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes; SARIF written to ${sarifShown}`);
  if (outcome.crashes.length) core.setFailed('sentinel-lint hit an internal error (see the warnings above); please report it');
  else if (exitCode !== 0) core.setFailed(failure(counts, inputs.failOn, inputs.maxWarnings));
}

/** Every secret the lint read, in the forms it can take in a log line (as read and URL-encoded). */
function maskSecrets(outcome: LintOutcome): void {
  for (const secret of outcome.secrets) {
    const value = secret.revealForRedaction();
    for (const form of new Set([value, encodeURIComponent(value)])) {
      // The runner masks line by line: a multi-line value is masked a line at a time.
      for (const line of form.split(/\r?\n/)) if (line.trim() !== '') core.setSecret(line);
    }
  }
}

function failure(counts: ReturnType<typeof countLevels>, failOn: string, maxWarnings: number | undefined): string {
  const found = `${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes`;
  if (failOn !== 'none' && (counts.error || (failOn !== 'error' && counts.warning) || (failOn === 'note' && counts.note))) {
    return `sentinel-lint: ${found} (fail-on: ${failOn})`;
  }
  return `sentinel-lint: ${counts.warning} warnings, more than max-warnings ${maxWarnings}`;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? '';
}

main().catch((error: unknown) => {
  const err = error as Error;
  // A configuration or input problem is the user's to fix: its message, without a stack.
  if (err?.name === 'ConfigError' || err instanceof InputError) core.setFailed(`sentinel-lint: ${err.message}`);
  else core.setFailed(`sentinel-lint: internal error: ${firstLine(error)}`);
});
