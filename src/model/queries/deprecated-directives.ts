import type { Target } from '../deployment.js';

/**
 * config.c `deprecated_configs[]` (7.0.15): accepted with one argument and ignored. The two list
 * options were already dead options in 6.0; `lua-replicate-commands` joined them in 7.0 (6.2 still
 * has it as a real config); Valkey keeps 7.0's list.
 */
const LIST_SIZE = 'list-max-listpack-size (list-max-ziplist-size before 7.0) sets the size of list nodes';
const NO_OPS: Readonly<Record<string, { since: string; instead: string }>> = {
  'list-max-ziplist-entries': { since: '0.0', instead: LIST_SIZE },
  'list-max-ziplist-value': { since: '0.0', instead: LIST_SIZE },
  'lua-replicate-commands': { since: '7.0', instead: 'scripts always replicate their effects' },
};

/** What replaces a directive that the target accepts and ignores; undefined for a real directive. */
export function deprecatedNoOp(name: string, target: Target): { instead: string } | undefined {
  const entry = NO_OPS[name];
  if (!entry) return undefined;
  return target.product === 'valkey' || versionAtLeast(target.version, entry.since) ? entry : undefined;
}

function versionAtLeast(version: string, since: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [sinceMajor = 0, sinceMinor = 0] = since.split('.').map(Number);
  return major - sinceMajor > 0 || (major === sinceMajor && minor >= sinceMinor);
}

/** A name that is a no-op in some version: repeating it is not worth a finding of its own. */
export function isDeprecatedName(name: string): boolean {
  return name in NO_OPS;
}
