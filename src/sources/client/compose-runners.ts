import type { RunningService } from '../../model/clients.js';
import type { LineIndex, Span } from '../../model/span.js';
import type { ComposeFacts, ComposeService, EnvVar, ResolvedPath } from '../compose/facts.js';
import type { EnvFileInput, ServiceEnv } from './env-resolve.js';
import { pushTo } from '../../multimap.js';

export interface ComposeEnvInput {
  facts: ComposeFacts;
  /** The main file's lines. */
  index: LineIndex;
  /** The lines of any file of the project (an override or an included file writes some values). */
  indexOf?: (file: string) => LineIndex | undefined;
}

/** The index of the file a compose value was written in. */
export function composeIndexFor(compose: ComposeEnvInput, file: string): LineIndex {
  return compose.indexOf?.(file) ?? compose.index;
}

/** `build:` as the compose facts may give it (`context` resolved to a root-relative path). */
type WithBuild = { build?: { context?: ResolvedPath; span?: Span } };

/**
 * Which compose services run a Python module: the service whose `build:` context holds the
 * module (the image is built from that folder), or that bind-mounts a repository folder holding
 * it. A service that runs Redis or Sentinel itself is not taken for a Python client.
 */
/** A service holding a folder, with the rank of that folder among the ones the service lists. */
interface Holder {
  service: ComposeService;
  compose: ComposeEnvInput;
  via: RunningService['via'];
  at: Span;
  rank: number;
}

export class ComposeRunners {
  /** The services that hold each folder (or single file), by its root path: a module asks only its own folders. */
  readonly #byFolder = new Map<string, Holder[]>();
  /** Services in compose order, which is the order they answer in. */
  readonly #order = new Map<ComposeService, number>();
  readonly #envFileAt: ReadonlyMap<string, EnvFileInput>;

  constructor(
    compose: readonly ComposeEnvInput[],
    readonly envFiles: readonly EnvFileInput[],
  ) {
    this.#envFileAt = new Map(envFiles.map((f) => [f.rootPath, f]));
    for (const c of compose) {
      for (const service of c.facts.services) {
        if (service.processes.length > 0) continue;
        const folders: { folder: string; via: RunningService['via']; at: Span }[] = [];
        const build = (service as ComposeService & WithBuild).build;
        if (build?.context?.rootPath !== undefined) folders.push({ folder: build.context.rootPath, via: 'build', at: build.span ?? build.context.text.span });
        for (const volume of service.volumes) {
          if (volume.type === 'bind' && volume.hostPath?.rootPath !== undefined) folders.push({ folder: volume.hostPath.rootPath, via: 'volume', at: volume.span });
        }
        if (folders.length) this.#order.set(service, this.#order.size);
        folders.forEach(({ folder, via, at }, rank) => pushTo(this.#byFolder, folder, { service, compose: c, via, at, rank }));
      }
    }
  }

  /** The services that run the module at `rootPath`, each with the environment it hands it. */
  running(rootPath: string): ServiceEnv[] {
    // A folder holds the files below it; a single-file bind mount holds that file.
    const holders = new Map<ComposeService, Holder>();
    const parts = rootPath.split('/');
    const candidates = [''];
    for (let i = 1; i <= parts.length; i++) candidates.push(parts.slice(0, i).join('/'));
    for (const folder of candidates) {
      // A service that holds the module through several folders answers with the first it lists.
      for (const entry of this.#byFolder.get(folder) ?? []) if ((holders.get(entry.service)?.rank ?? Infinity) > entry.rank) holders.set(entry.service, entry);
    }
    const out: ServiceEnv[] = [];
    for (const { service, compose, via, at } of [...holders.values()].sort((a, b) => this.#order.get(a.service)! - this.#order.get(b.service)!)) {
      const running: RunningService = { name: service.name, composeFile: compose.facts.file, via, at };
      const vars = new Map<string, { variable: EnvVar; index: LineIndex }>();
      for (const variable of service.environment) vars.set(variable.name, { variable, index: composeIndexFor(compose, variable.value.span.file) });
      const files: EnvFileInput[] = [];
      let unread: string | undefined;
      for (const path of service.envFiles) {
        const found = path.rootPath === undefined ? undefined : this.#envFileAt.get(path.rootPath);
        if (found) files.push(found);
        else unread = path.text.known ? path.text.value : 'a file whose name is not known';
      }
      out.push({ service: running, vars, envFiles: files, ...(unread !== undefined ? { unreadEnvFile: unread } : {}) });
    }
    return out;
  }
}
