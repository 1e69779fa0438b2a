import type { RunningService } from '../../model/clients.js';
import type { LineIndex, Span } from '../../model/span.js';
import type { ComposeFacts, ComposeService, EnvVar, ResolvedPath } from '../compose/facts.js';
import type { EnvFileInput, ServiceEnv } from './env-resolve.js';

export interface ComposeEnvInput {
  facts: ComposeFacts;
  index: LineIndex;
}

/** `build:` as the compose facts may give it (`context` resolved to a root-relative path). */
type WithBuild = { build?: { context?: ResolvedPath; span?: Span } };

/**
 * Which compose services run a Python module: the service whose `build:` context holds the
 * module (the image is built from that folder), or that bind-mounts a repository folder holding
 * it. A service that runs Redis or Sentinel itself is not taken for a Python client.
 */
export class ComposeRunners {
  readonly #services: { service: ComposeService; compose: ComposeEnvInput; folders: { folder: string; via: RunningService['via']; at: Span }[] }[] = [];

  constructor(
    compose: readonly ComposeEnvInput[],
    readonly envFiles: readonly EnvFileInput[],
  ) {
    for (const c of compose) {
      for (const service of c.facts.services) {
        if (service.processes.length > 0) continue;
        const folders: { folder: string; via: RunningService['via']; at: Span }[] = [];
        const build = (service as ComposeService & WithBuild).build;
        if (build?.context?.rootPath !== undefined) folders.push({ folder: build.context.rootPath, via: 'build', at: build.span ?? build.context.text.span });
        for (const volume of service.volumes) {
          if (volume.type === 'bind' && volume.hostPath?.rootPath !== undefined) folders.push({ folder: volume.hostPath.rootPath, via: 'volume', at: volume.span });
        }
        if (folders.length) this.#services.push({ service, compose: c, folders });
      }
    }
  }

  /** The services that run the module at `rootPath`, each with the environment it hands it. */
  running(rootPath: string): ServiceEnv[] {
    const out: ServiceEnv[] = [];
    for (const { service, compose, folders } of this.#services) {
      // A folder holds the files below it; a single-file bind mount holds that file.
      const holder = folders.find((f) => f.folder === '' || rootPath === f.folder || rootPath.startsWith(`${f.folder}/`));
      if (!holder) continue;
      const running: RunningService = { name: service.name, composeFile: compose.facts.file, via: holder.via, at: holder.at };
      const vars = new Map<string, { variable: EnvVar; index: LineIndex }>();
      for (const variable of service.environment) vars.set(variable.name, { variable, index: compose.index });
      const files: EnvFileInput[] = [];
      let unread: string | undefined;
      for (const path of service.envFiles) {
        const found = path.rootPath === undefined ? undefined : this.envFiles.find((f) => f.rootPath === path.rootPath);
        if (found) files.push(found);
        else unread = path.text.known ? path.text.value : 'a file whose name is not known';
      }
      out.push({ service: running, vars, envFiles: files, ...(unread !== undefined ? { unreadEnvFile: unread } : {}) });
    }
    return out;
  }
}
