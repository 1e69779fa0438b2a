#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  lint
} from "./chunks/chunk-6VCMYFHV.js";
import "./chunks/chunk-DGZMD7YZ.js";
import "./chunks/chunk-PAMYRXR6.js";
import "./chunks/chunk-UXHLZWZ5.js";
import "./chunks/chunk-URP7V7BO.js";
import "./chunks/chunk-6H4PLGHT.js";
import {
  rules
} from "./chunks/chunk-I7QPMKNG.js";
import "./chunks/chunk-UMXR4ONX.js";
export {
  lint,
  rules
};
