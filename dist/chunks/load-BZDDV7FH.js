#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  applyRuleOverrides,
  closestName,
  findConfigFile,
  loadConfig,
  unknownRule
} from "./chunk-F3TBZ5Q4.js";
import "./chunk-UXHLZWZ5.js";
import {
  ConfigError,
  defaultConfig
} from "./chunk-URP7V7BO.js";
import "./chunk-UMXR4ONX.js";
export {
  CONFIG_FILE_NAMES,
  ConfigError,
  applyRuleOverrides,
  closestName,
  defaultConfig,
  findConfigFile,
  loadConfig,
  unknownRule
};
