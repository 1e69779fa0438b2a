/** Replaced at bundle time by esbuild's `define` with package.json's version. */
declare const __SENTINEL_LINT_VERSION__: string | undefined;

export const TOOL = {
  name: 'sentinel-lint',
  version: typeof __SENTINEL_LINT_VERSION__ === 'string' ? __SENTINEL_LINT_VERSION__ : '0.0.0-dev',
};
