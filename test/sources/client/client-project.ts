import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineIndex } from '../../../src/model/span.js';
import { buildClientFacts, type ComposeEnvInput, type EnvFileInput, type PythonInput } from '../../../src/sources/client/client-facts.js';
import { sourceFile } from '../../../src/model/source-file.js';
import { parseCompose } from '../../../src/sources/compose/parse-compose.js';
import { readEnvFile } from '../../../src/sources/client/env-file.js';
import { parsePython } from '../../../src/sources/python/parse-python.js';

/** Reads a folder's .py, .env / *.env and docker-compose.yml files as lint() does and builds the client view; paths are folder-relative. */
export function loadProject(root: string, only?: (path: string) => boolean) {
  const python: PythonInput[] = [];
  const envFiles: EnvFileInput[] = [];
  const composeTexts: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const path = relative(root, full).split('\\').join('/');
        if (only && !only(path)) continue;
        const text = readFileSync(full, 'utf8');
        const index = new LineIndex(path, text);
        if (name.endsWith('.py')) python.push({ facts: parsePython({ path, text, index }).facts, rootPath: path, index });
        else if (name === 'docker-compose.yml') composeTexts.push({ path, text });
        else if (name === '.env' || name.endsWith('.env')) envFiles.push({ facts: readEnvFile({ path, rootPath: path, kind: 'env', text, index }).facts, rootPath: path, index });
      }
    }
  };
  walk(root);
  // Compose interpolates `${VAR}` from the `.env` beside the compose file.
  const compose: ComposeEnvInput[] = composeTexts.map(({ path, text }) => {
    const dotEnv = envFiles.find((e) => e.rootPath === '.env');
    const interpolation = new Map((dotEnv?.facts.entries ?? []).map((e) => [e.name, e.value.text] as const));
    const file = sourceFile(path, text, 'compose');
    return { facts: parseCompose(file, interpolation).facts, index: file.index };
  });
  return buildClientFacts({ python, envFiles, compose });
}
