import type { ConfDirective } from '../facts.js';
import { isSentinel, type ConfNode } from './conf-node.js';

/** Protected mode as a node's conf sets it. */
export interface ProtectedMode {
  /** On or off; undefined when a redis-server file leaves it to a default that depends on the build. */
  on: boolean | undefined;
  /** The last `protected-mode` line, when there is one. */
  directive?: ConfDirective;
}

/**
 * The last `protected-mode` line wins. Without one, Sentinel runs with it off (sentinel.c
 * `initSentinelConfig`), while redis-server's compiled default is yes, except in the official
 * Docker image, which compiles it off (RULES.md §1.7): from a conf alone that default is unknown.
 */
export function protectedModeOf(node: ConfNode): ProtectedMode {
  const directive = node.setting('protected-mode');
  if (directive) return { on: directive.args[0]?.text.toLowerCase() === 'yes', directive };
  return { on: isSentinel(node) ? false : undefined };
}
