#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  rules
} from "./chunk-I7QPMKNG.js";
import "./chunk-UMXR4ONX.js";
export {
  rules
};
