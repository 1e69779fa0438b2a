import { posix } from 'node:path';
import type { ComposeService, VolumeFact } from '../../sources/compose/facts.js';

export type Covering =
  /** The deepest `volumes:` entry whose target holds the path (Docker mounts the deepest one there). */
  | { kind: 'volume'; volume: VolumeFact }
  /** No entry holds it: the path is the image's (its own VOLUME, or the container's writable layer). */
  | { kind: 'none' }
  /** An entry's target is not known statically: it may be the one. */
  | { kind: 'unknown' };

/** Which of a service's `volumes:` entries holds an absolute container path. */
export function volumeCovering(service: ComposeService, containerPath: string): Covering {
  const path = posix.normalize(containerPath);
  let best: { depth: number; volume: VolumeFact } | undefined;
  for (const volume of service.volumes) {
    if (!volume.target.known) return { kind: 'unknown' };
    const target = posix.normalize(volume.target.value).replace(/(.)\/$/, '$1');
    const covers = path === target || path.startsWith(target === '/' ? '/' : `${target}/`);
    if (covers && (!best || target.length > best.depth)) best = { depth: target.length, volume };
  }
  return best ? { kind: 'volume', volume: best.volume } : { kind: 'none' };
}

/** A named volume or a bind mount outlives the container; an anonymous volume or a tmpfs does not. */
export function isDurable(volume: VolumeFact): boolean | undefined {
  if (volume.type === 'bind') return true;
  if (volume.type === 'volume') return volume.source !== undefined;
  if (volume.type === 'tmpfs') return false;
  return undefined;
}
