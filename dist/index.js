#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  lint
} from "./chunks/chunk-FTBT6PJJ.js";
import "./chunks/chunk-PTRXKPB4.js";
import "./chunks/chunk-J4ITCEJI.js";
import "./chunks/chunk-3AAVXLDM.js";
import "./chunks/chunk-F3TBZ5Q4.js";
import "./chunks/chunk-UXHLZWZ5.js";
import "./chunks/chunk-URP7V7BO.js";
import "./chunks/chunk-6H4PLGHT.js";
import {
  rules
} from "./chunks/chunk-DYVNCIHY.js";
import "./chunks/chunk-PX76YZ5M.js";
import "./chunks/chunk-PU2KW4TG.js";
import "./chunks/chunk-UMXR4ONX.js";
export {
  lint,
  rules
};
