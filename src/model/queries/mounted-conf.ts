import type { ConfiguredProcess, Sentinel, Server } from '../deployment.js';
import type { Span } from '../span.js';

type Mounted = NonNullable<ConfiguredProcess['mounted']>;

/** Where the compose file mounts a node's conf file: the `volumes:` or `configs:` entry. */
export function mountSpan(mounted: Mounted): Span {
  return mounted.via.kind === 'volume' ? mounted.via.volume.span : mounted.via.config.span;
}

/**
 * Why CONFIG REWRITE (and Sentinel's config flush) cannot replace a mounted conf file, or
 * undefined when it can. The rewrite writes `<file>.XXXXXX` beside it and renames it over the
 * file (config.c rewriteConfigOverwriteFile): a read-only mount refuses the write, and a rename
 * over a single-file bind mount fails with `Device or resource busy`.
 */
export function rewriteBlockedBy(mounted: Mounted): string | undefined {
  if (mounted.via.kind === 'config') return 'it is mounted with `configs:`, which is read-only';
  if (mounted.readOnly) return 'it is mounted read-only';
  if (mounted.singleFile) return 'it is a single-file bind mount, and renaming over a mount point fails with "Device or resource busy"';
  return undefined;
}

/** The node reads the mounted file itself, not a copy its script makes of it at start. */
export function readsMountedFileItself(node: Server | Sentinel): boolean {
  const file = node.process?.confFile;
  const content = file?.content;
  return content?.kind === 'mounted' || (content?.kind === 'copied' && content.from === file?.containerPath);
}

/**
 * Compose nodes that read one repository conf file that the rewrite can replace, per file:
 * several services, or one service that runs several containers, share whatever is written there.
 */
export function sharedRewritableConfs<T extends Server | Sentinel>(nodes: readonly T[]): Map<string, T[]> {
  const byFile = new Map<string, T[]>();
  for (const node of nodes) {
    const project = node.service?.project;
    if (!project || !node.mounted || rewriteBlockedBy(node.mounted) || !readsMountedFileItself(node)) continue;
    const key = `${project.rootPath}\0${node.mounted.rootPath}`;
    byFile.set(key, [...(byFile.get(key) ?? []), node]);
  }
  for (const [key, sharing] of byFile) if (!runsSeveral(sharing)) byFile.delete(key);
  return byFile;
}

/** Two nodes or more, or one whose service is proven to run more than one container. */
export function runsSeveral(nodes: readonly (Server | Sentinel)[]): boolean {
  if (nodes.length >= 2) return true;
  const instances = nodes[0]?.instances;
  return instances?.known === true && instances.value > 1;
}
