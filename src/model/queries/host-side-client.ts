import type { ComposeProject } from '../deployment.js';

/**
 * Whether the Python modules that build a client can only run outside the project's containers,
 * on the Docker host: no service bind-mounts a folder (or a config file) that holds one of them,
 * and every service runs a Redis or Valkey image, so none is built from the repository. The
 * compose facts do not record `build:` contexts, so a service of another image (an app, a worker)
 * may be built from the folder that holds the module: not proven, false. A bind mount whose host
 * folder is not known (absolute, interpolated, outside the root) may hold it too: false.
 */
export function runsOnDockerHost(project: ComposeProject, files: readonly string[]): boolean {
  const modules = files.map((f) => rootPathOf(project, f));
  if (modules.length === 0 || modules.some((m) => m === undefined)) return false;
  for (const service of project.services) {
    const image = service.facts.image;
    if (!image?.product || !image.text.known) return false;
    for (const volume of service.facts.volumes) {
      if (volume.type !== 'bind') continue;
      const folder = volume.hostPath?.rootPath;
      if (folder === undefined || modules.some((m) => holds(folder, m!))) return false;
    }
  }
  for (const config of project.facts.configs) {
    const file = config.file?.rootPath;
    if (config.file && (file === undefined || modules.some((m) => holds(file, m!)))) return false;
  }
  return true;
}

/** `''` is the repository root; a folder holds the files below it, a file path only itself. */
const holds = (path: string, module: string) => path === '' || module === path || module.startsWith(`${path}/`);

/** A file's root-relative path: spans name files relative to the working folder, mounts relative to the root. */
function rootPathOf(project: ComposeProject, file: string): string | undefined {
  if (!project.file.endsWith(project.rootPath)) return undefined;
  const prefix = project.file.slice(0, project.file.length - project.rootPath.length);
  return file.startsWith(prefix) ? file.slice(prefix.length) : undefined;
}
