#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/model/template.ts
function hasTemplatePlaceholder(value) {
  return /\$(\{[A-Za-z_]|[A-Za-z_]|\()|`|%[A-Za-z_][\w.-]*%|\{[A-Za-z_][\w.-]*\}|\{\{|\{%|<%|__[A-Z][A-Z0-9_]*__|@[A-Z][A-Z0-9_]*@/.test(value);
}

export {
  hasTemplatePlaceholder
};
