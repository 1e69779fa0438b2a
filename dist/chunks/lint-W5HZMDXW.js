#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  lint
} from "./chunk-FYSBTZAQ.js";
import "./chunk-AUZ6XARE.js";
import "./chunk-J4ITCEJI.js";
import "./chunk-QVKAJNKG.js";
import "./chunk-F3TBZ5Q4.js";
import "./chunk-UXHLZWZ5.js";
import "./chunk-URP7V7BO.js";
import "./chunk-6H4PLGHT.js";
import "./chunk-PM3LG2MI.js";
import "./chunk-PX76YZ5M.js";
import "./chunk-PU2KW4TG.js";
import "./chunk-2D4LDTHM.js";
import "./chunk-R4VZ6G52.js";
import "./chunk-ZTRYD5FN.js";
import "./chunk-Y4RE6CCV.js";
import "./chunk-EMZFNUDT.js";
import "./chunk-UMXR4ONX.js";
export {
  lint
};
