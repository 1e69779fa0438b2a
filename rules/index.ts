// Written by scripts/gen-rule-index.mjs: every rule, sorted by id.
import confBom from './conf-bom.js';
import confDirectiveUnsupported from './conf-directive-unsupported.js';
import confIncludeMissing from './conf-include-missing.js';
import confInlineComment from './conf-inline-comment.js';
import confParseError from './conf-parse-error.js';
import parseError from './parse-error.js';
import pathOutsideRoot from './path-outside-root.js';
import sentinelHostnameWithoutResolve from './sentinel-hostname-without-resolve.js';
import sentinelParseError from './sentinel-parse-error.js';
import unusedSuppression from './unused-suppression.js';

export const rules = [
  confBom,
  confDirectiveUnsupported,
  confIncludeMissing,
  confInlineComment,
  confParseError,
  parseError,
  pathOutsideRoot,
  sentinelHostnameWithoutResolve,
  sentinelParseError,
  unusedSuppression,
] as const;
