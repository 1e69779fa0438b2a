#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  RULE_EXAMPLES
} from "./chunk-WGLPGY64.js";
import "./chunk-UMXR4ONX.js";
export {
  RULE_EXAMPLES
};
