import type { Level } from '../model/facts.js';

/** What a user set for one rule: a level (or off) and, optionally, the rule's options. */
export interface RuleSetting {
  level: Level | 'off';
  options?: unknown;
}

/**
 * `.sentinel-lint.yml` after validation, or the defaults when there is none. This module loads
 * nothing heavy: the CLI imports it on every run, with or without a config file.
 */
export interface ResolvedConfig {
  /** Absolute path of the config file used; absent when there is none. */
  file?: string;
  /** Only the rules the user named; a rule not here runs at its default level. */
  rules: Map<string, RuleSetting>;
  /** Globs, as written; relative to the config file's folder (discovery interprets them). */
  ignores: string[];
  /** Extra globs to lint, as written; relative to the config file's folder. */
  files: string[];
  settings: {
    product: 'redis' | 'valkey';
    /** `major.minor` ("7.0"): a patch level in the file is dropped. Absent: the newest the directive table knows. */
    redisVersion?: string;
  };
}

/** A config file or a `--rule` flag that cannot be used: the CLI prints the message and exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Rules the engine reports itself (a rule file may also register them): always valid in a
 * config, a `--rule` flag or a suppression, whatever list of rule ids the caller passes.
 */
export const ENGINE_RULE_IDS = ['unused-suppression'] as const;

export const LEVELS_OR_OFF = ['error', 'warning', 'note', 'off'] as const;

export function defaultConfig(): ResolvedConfig {
  return { rules: new Map(), ignores: [], files: [], settings: { product: 'redis' } };
}
