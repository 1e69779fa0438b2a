#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  lint
} from "./chunks/chunk-FYSBTZAQ.js";
import "./chunks/chunk-AUZ6XARE.js";
import "./chunks/chunk-J4ITCEJI.js";
import "./chunks/chunk-QVKAJNKG.js";
import "./chunks/chunk-F3TBZ5Q4.js";
import "./chunks/chunk-UXHLZWZ5.js";
import "./chunks/chunk-URP7V7BO.js";
import "./chunks/chunk-6H4PLGHT.js";
import {
  rules
} from "./chunks/chunk-PM3LG2MI.js";
import "./chunks/chunk-PX76YZ5M.js";
import "./chunks/chunk-PU2KW4TG.js";
import "./chunks/chunk-2D4LDTHM.js";
import "./chunks/chunk-R4VZ6G52.js";
import "./chunks/chunk-ZTRYD5FN.js";
import "./chunks/chunk-Y4RE6CCV.js";
import "./chunks/chunk-EMZFNUDT.js";
import "./chunks/chunk-UMXR4ONX.js";
export {
  lint,
  rules
};
