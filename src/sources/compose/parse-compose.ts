import type { Parsed } from '../../model/facts.js';
import type { SourceFile } from '../../model/source-file.js';
import type { ComposeFacts } from './facts.js';
import { loadComposeProjects } from './project.js';

export { MAX_COMPOSE_BYTES } from './compose-document.js';

/**
 * One docker-compose file read on its own, the way `docker compose -f <file>` reads it: YAML
 * (anchors, aliases, `<<` merge keys), `${VAR}` interpolation from `env` (the project's `.env`,
 * already read), `extends` within the file, and what each service's container runs. Files it
 * includes or extends from are not read here (project.ts reads a repository's projects whole).
 * Never throws: a bug while reading becomes a parse-error on this file only.
 */
export function parseCompose(file: SourceFile, env: ReadonlyMap<string, string>): Parsed<ComposeFacts> {
  const [project] = loadComposeProjects([file], { files: new Map([[file.rootPath, file]]), envOf: () => env });
  return project!.parsed;
}
