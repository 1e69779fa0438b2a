#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  lint
} from "./chunk-6VCMYFHV.js";
import "./chunk-DGZMD7YZ.js";
import "./chunk-PAMYRXR6.js";
import "./chunk-UXHLZWZ5.js";
import "./chunk-URP7V7BO.js";
import "./chunk-6H4PLGHT.js";
import "./chunk-I7QPMKNG.js";
import "./chunk-UMXR4ONX.js";
export {
  lint
};
