import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import type { FailOn } from '../cli/args.js';

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

/** The action's inputs, validated: a bad one fails the step with a message, like a CLI usage error. */
export interface ActionInputs {
  /** Relative to the working directory, one a line. */
  paths: string[];
  config?: string;
  failOn: FailOn;
  maxWarnings?: number;
  /** Absolute. */
  sarifFile: string;
  annotations: boolean;
  summary: boolean;
  onlyChanged: boolean;
  /** Absolute: where lint() runs and `paths`, `config` and `sarif-file` are resolved. */
  workingDirectory: string;
  /** Absolute: the checkout, which annotation and SARIF paths are relative to. */
  workspace: string;
  /**
   * What to put before a working-directory-relative path to make it workspace-relative (`sub/`),
   * or '' when the working directory is the workspace or lies outside it.
   */
  prefix: string;
}

export class InputError extends Error {
  override name = 'InputError';
}

/** Reads the INPUT_* variables through @actions/core: never through a shell. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const workingDirectory = resolve(workspace, core.getInput('working-directory') || '.');
  const failOn = core.getInput('fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new InputError(`fail-on takes one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  const maxWarningsText = core.getInput('max-warnings');
  let maxWarnings: number | undefined;
  if (maxWarningsText !== '') {
    maxWarnings = Number(maxWarningsText);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new InputError('max-warnings takes a whole number of 0 or more');
  }
  // One path a line: a comma or a space may be part of a folder's name.
  const paths = core.getMultilineInput('paths').filter((p) => p !== '');
  const config = core.getInput('config');
  const fromWorkspace = relative(workspace, workingDirectory);
  const outside = fromWorkspace.startsWith('..') || isAbsolute(fromWorkspace);
  return {
    paths: paths.length ? paths : ['.'],
    ...(config !== '' && { config }),
    failOn: failOn as FailOn,
    ...(maxWarnings !== undefined && { maxWarnings }),
    sarifFile: resolve(workingDirectory, core.getInput('sarif-file') || 'sentinel-lint.sarif'),
    annotations: booleanInput('annotations', true),
    summary: booleanInput('summary', true),
    onlyChanged: booleanInput('only-changed', false),
    workingDirectory,
    workspace,
    prefix: outside || fromWorkspace === '' ? '' : `${fromWorkspace.split(sep).join('/')}/`,
  };
}

/** getBooleanInput throws on an empty input; an input the workflow left out takes its default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const text = core.getInput(name);
  if (text === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(text)) return true;
  if (/^(false|no|off|0)$/i.test(text)) return false;
  throw new InputError(`${name} takes true or false, not "${text}"`);
}
