#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/config/types.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
var ENGINE_RULE_IDS = ["unused-suppression"];
var LEVELS_OR_OFF = ["error", "warning", "note", "off"];
function defaultConfig() {
  return { rules: /* @__PURE__ */ new Map(), ignores: [], files: [], settings: { product: "redis" } };
}

export {
  ConfigError,
  ENGINE_RULE_IDS,
  LEVELS_OR_OFF,
  defaultConfig
};
