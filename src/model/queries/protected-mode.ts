import type { ImageFact } from '../../sources/compose/facts.js';
import type { ConfDirective } from '../facts.js';
import { isUnknownArg } from './access-unknown.js';
import { isSentinel, type ConfNode } from './conf-node.js';

/** Protected mode as a node's conf (and, in compose, its image) sets it. */
export interface ProtectedMode {
  /** On or off; undefined when it is left to a default that depends on the build, or its value is not known. */
  on: boolean | undefined;
  /** The last `protected-mode` line, when there is one. */
  directive?: ConfDirective;
  /**
   * Set when no line decides and the node runs from an official image, which compiles protected
   * mode off (or, for tags before Redis 3.2, has none: see predatesProtectedMode).
   */
  image?: ImageFact;
}

/**
 * The last `protected-mode` line wins. Without one, Sentinel runs with it off (sentinel.c
 * `initSentinelConfig`), and redis-server with its compiled default: yes (config.c), except in the
 * official `redis` and `valkey/valkey` images, whose Dockerfiles rewrite that default to 0 in
 * config.c before building (docker-library/redis, valkey-io/valkey-container; RULES.md §1.7). From a
 * conf file alone the build is not known, so neither is the default.
 */
export function protectedModeOf(node: ConfNode): ProtectedMode {
  // A line whose value compose fills in at run time is refused by the parser, yet it decides.
  const written = node.directives.findLast((d) => d.name === 'protected-mode');
  if (written && written.args.some((a) => isUnknownArg(node, a))) return { on: undefined, directive: written };
  const directive = node.setting('protected-mode');
  if (directive) {
    const arg = directive.args[0];
    if (!arg || isUnknownArg(node, arg)) return { on: undefined, directive };
    return { on: arg.text.toLowerCase() === 'yes', directive };
  }
  if (isSentinel(node)) return { on: false };
  const image = officialImageOf(node);
  // A `--${NAME} value` line or an include that does not resolve may be the line that sets it.
  const hidden = (node.process?.unknownLines.length ?? 0) > 0 || node.conf.includes.some((i) => !i.resolved);
  return image && !hidden ? { on: false, image } : { on: undefined };
}

/** The official image a compose node runs from, when it does: its redis-server has protected mode compiled off. */
export function officialImageOf(node: ConfNode): ImageFact | undefined {
  const image = node.service?.facts.image;
  return image?.family === 'official' && image.product !== undefined && image.text.known ? image : undefined;
}

/** Redis before 3.2 has no protected mode at all (it came with 3.2): an official image of such a tag is open without a password. */
export function predatesProtectedMode(image: ImageFact): boolean {
  const { version } = image;
  if (image.product !== 'redis' || version.kind === 'unknown' || version.major === undefined) return false;
  if (version.kind === 'floating') return version.major < 3;
  return version.major < 3 || (version.major === 3 && version.minor < 2);
}
