import { posix } from 'node:path';
import type { RepoFiles } from '../conf/include-path.js';
import type { ComposeFacts, ComposeService, ServiceConfig, VolumeFact } from './facts.js';

/** A repository file that a service sees at a container path, and how it got there. */
export interface MountedFile {
  /** Root-relative path of the repository file. */
  rootPath: string;
  /** The bind mount or `configs:` entry that brings it in. */
  via: { kind: 'volume'; volume: VolumeFact } | { kind: 'config'; config: ServiceConfig };
  /** Mounted as a single file: `CONFIG REWRITE` cannot rename over it (`Device or resource busy`). */
  singleFile: boolean;
  /** The container cannot write it: a read-only bind mount, or a config (always read-only). */
  readOnly: boolean;
}

export type Mount =
  | { kind: 'repository'; file: MountedFile }
  /** A volume holds the path, but not one from the repository (a named volume, an absolute host path). */
  | { kind: 'volume'; volume: VolumeFact }
  /** Nothing is mounted there: the path is the image's own. */
  | { kind: 'image' }
  | { kind: 'unknown'; why: string };

/**
 * What a service finds at an absolute container path: the deepest mount that covers it wins, as
 * in Docker, and a bind of a repository folder brings in the repository file below it.
 */
export function mountAt(containerPath: string, service: ComposeService, compose: ComposeFacts, repoFiles: RepoFiles): Mount {
  const path = posix.normalize(containerPath);
  let best: { depth: number; mount: Mount } | undefined;
  const consider = (target: string, mount: () => Mount) => {
    const normalized = posix.normalize(target).replace(/\/$/, '') || '/';
    const covers = path === normalized || path.startsWith(normalized === '/' ? '/' : normalized + '/');
    if (covers && (!best || normalized.length > best.depth)) best = { depth: normalized.length, mount: mount() };
  };
  for (const volume of service.volumes) {
    if (!volume.target.known) {
      // A mount whose target is not known may be the one that covers this path.
      return { kind: 'unknown', why: 'a volume of the service has a target that is not known statically' };
    }
    consider(volume.target.value, () => viaVolume(volume, path, repoFiles));
  }
  for (const config of service.configs) {
    if (!config.source.known) continue;
    const target = config.target?.known ? config.target.value : config.target ? undefined : `/${config.source.value}`;
    if (target === undefined) return { kind: 'unknown', why: 'a config of the service has a target that is not known statically' };
    consider(target, () => viaConfig(config, compose, path === posix.normalize(target), repoFiles));
  }
  return best?.mount ?? { kind: 'image' };
}

function viaVolume(volume: VolumeFact, path: string, repoFiles: RepoFiles): Mount {
  if (volume.type !== 'bind') return { kind: 'volume', volume };
  const host = volume.hostPath;
  if (host?.rootPath === undefined) {
    return host?.text.known === false ? { kind: 'unknown', why: 'the host path of its bind mount is not known statically' } : { kind: 'volume', volume };
  }
  const target = posix.normalize((volume.target as { value: string }).value).replace(/\/$/, '');
  const below = path === target ? '' : path.slice(target.length + 1);
  const rootPath = below ? posix.join(host.rootPath, below) : host.rootPath;
  if (!repoFiles.has(rootPath)) return { kind: 'unknown', why: `${rootPath} is not a file of the repository` };
  return { kind: 'repository', file: { rootPath, via: { kind: 'volume', volume }, singleFile: below === '', readOnly: volume.readOnly } };
}

function viaConfig(config: ServiceConfig, compose: ComposeFacts, exact: boolean, repoFiles: RepoFiles): Mount {
  const resource = compose.configs.find((c) => config.source.known && c.name === config.source.value);
  const rootPath = resource?.file?.rootPath;
  if (!exact || !rootPath || !repoFiles.has(rootPath)) return { kind: 'unknown', why: 'the config it mounts is not a repository file' };
  return { kind: 'repository', file: { rootPath, via: { kind: 'config', config }, singleFile: true, readOnly: true } };
}
