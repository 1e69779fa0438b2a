#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/model/value.ts
var known = (value, span) => ({ known: true, value, span });
var unknown = (why, span) => ({ known: false, why, span });

export {
  known,
  unknown
};
