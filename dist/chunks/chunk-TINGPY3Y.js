#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/report/format-names.ts
var FORMAT_NAMES = ["stylish", "compact", "json", "sarif", "github", "markdown", "junit"];
var DEFAULT_FORMAT = "stylish";

export {
  FORMAT_NAMES,
  DEFAULT_FORMAT
};
