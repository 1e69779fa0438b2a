// Loads rules/index.ts from a script without a TypeScript loader: esbuild bundles it in memory.
import { build } from 'esbuild';

export async function loadRules() {
  const out = await build({
    entryPoints: ['rules/index.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  const module = await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
  return module.rules;
}
