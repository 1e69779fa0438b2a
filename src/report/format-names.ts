/**
 * The output formats, in the order `--help` lists them. Its own file so the CLI can check `-f`
 * without loading the report module; `report/index.ts` maps each name to its formatter.
 */
export const FORMAT_NAMES = ['stylish', 'compact', 'json', 'sarif', 'github', 'markdown', 'junit'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export const DEFAULT_FORMAT: FormatName = 'stylish';
