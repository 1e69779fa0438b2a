#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/tool.ts
var TOOL = {
  name: "sentinel-lint",
  version: true ? "0.1.0" : "0.0.0-dev"
};

export {
  TOOL
};
