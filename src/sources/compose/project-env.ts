import type { SourceFile } from '../../model/source-file.js';
import { holeIn } from './mapped-text.js';
import { readEnvFile } from '../client/env-file.js';

/**
 * The values a project's `.env` gives compose's interpolation, read by the one `.env` reader
 * (compose-go's dotenv rules, src/sources/client/env-file.ts). A value that reader cannot know
 * (it names a variable of the shell compose runs in) is left out: `${VAR}` stays unknown then.
 * A file compose refuses (a bad name, an unterminated quote) interpolates nothing.
 */
export function projectEnv(envFile: SourceFile | undefined): Map<string, string> {
  const values = new Map<string, string>();
  if (!envFile) return values;
  const { facts } = readEnvFile(envFile);
  if (facts.issues.some((i) => i.composeFails)) return values;
  for (const entry of facts.entries) {
    if (holeIn(entry.value)) values.delete(entry.name);
    else values.set(entry.name, entry.value.text);
  }
  return values;
}

/**
 * Compose's variables for each project folder, from the `.env` files discovery read (each is
 * read once, as a source of its own): the folder's `.env`, or the `env_file`s an `include` names.
 */
export function composeEnvOf(sources: readonly SourceFile[]): (folder: string, envFiles?: readonly string[]) => ReadonlyMap<string, string> {
  const envSources = new Map(sources.filter((s) => s.kind === 'env').map((s) => [s.rootPath, s]));
  const cache = new Map<string, Map<string, string>>();
  const read = (rootPath: string) => {
    let values = cache.get(rootPath);
    if (!values) cache.set(rootPath, (values = projectEnv(envSources.get(rootPath))));
    return values;
  };
  return (folder, envFiles) => {
    if (!envFiles) return read(folder ? `${folder}/.env` : '.env');
    // Later files win, as compose reads `env_file` lists.
    return new Map(envFiles.flatMap((path) => [...read(path)]));
  };
}
