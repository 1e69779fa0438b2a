#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  lint
} from "./chunk-FTBT6PJJ.js";
import "./chunk-PTRXKPB4.js";
import "./chunk-J4ITCEJI.js";
import "./chunk-3AAVXLDM.js";
import "./chunk-F3TBZ5Q4.js";
import "./chunk-UXHLZWZ5.js";
import "./chunk-URP7V7BO.js";
import "./chunk-6H4PLGHT.js";
import "./chunk-DYVNCIHY.js";
import "./chunk-PX76YZ5M.js";
import "./chunk-PU2KW4TG.js";
import "./chunk-UMXR4ONX.js";
export {
  lint
};
