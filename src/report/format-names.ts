/**
 * The output formats, in the order `--help` lists them. Its own file so the CLI can check `-f`
 * without loading the report module; `report/index.ts` maps each name to its formatter.
 */
export const FORMAT_NAMES = ['stylish', 'compact', 'json', 'sarif', 'github', 'markdown', 'junit'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export const DEFAULT_FORMAT: FormatName = 'stylish';

/** The formats that print fingerprints: only for them does a lint hash the findings' lines. */
export const FORMATS_WITH_FINGERPRINTS: ReadonlySet<FormatName> = new Set(['json', 'sarif']);

/** The formats that print source lines (code frames, SARIF snippets): only they get the files' texts. */
export const FORMATS_WITH_SOURCE_LINES: ReadonlySet<FormatName> = new Set(['stylish', 'sarif']);
