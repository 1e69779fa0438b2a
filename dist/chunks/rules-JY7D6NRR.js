#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  rules
} from "./chunk-DYVNCIHY.js";
import "./chunk-PX76YZ5M.js";
import "./chunk-PU2KW4TG.js";
import "./chunk-UMXR4ONX.js";
export {
  rules
};
