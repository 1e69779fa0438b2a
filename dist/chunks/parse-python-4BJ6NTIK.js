#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  Secret
} from "./chunk-QVKAJNKG.js";
import {
  fileSpan
} from "./chunk-UXHLZWZ5.js";
import {
  Evaluator,
  Scope,
  bracketDepth,
  childrenOf,
  firstErrorNode,
  memberParts,
  parsePythonTree
} from "./chunk-2D4LDTHM.js";
import {
  StrBuilder,
  appendAsText,
  knownText
} from "./chunk-ZTRYD5FN.js";
import {
  holeIn,
  sourceRange
} from "./chunk-Y4RE6CCV.js";
import "./chunk-EMZFNUDT.js";
import "./chunk-UMXR4ONX.js";

// src/sources/python/secrets.ts
var SECRET_NAME = /PASSWORD|PASS|SECRET|TOKEN/i;
var URL_USER_INFO = /\b(?:rediss?|sentinel|redis\+sentinel|unix|amqps?|sqla\+[a-z]+|[a-z]+\+redis):\/\/([^\s@/;,?#]*)@/gi;
function isSecretName(name) {
  return SECRET_NAME.test(name);
}
var SecretCollector = class {
  constructor(index) {
    this.index = index;
  }
  index;
  secrets = [];
  #seen = /* @__PURE__ */ new Map();
  /** `name = value`, `name=value` in a call, `'name': value` in a dict, or an unnamed argument or item. */
  bind(name, value) {
    const str = value.kind === "str" ? value : value.kind === "env" && value.default?.kind === "str" ? value.default : void 0;
    if (!str) return;
    this.#scanUrls(str);
    if (name !== void 0 && isSecretName(name) && !holeIn(str.text) && !str.secret) {
      str.secret = this.#add(str.text.text, sourceRange(str.text, 0, str.text.text.length));
    }
  }
  #scanUrls(str) {
    const text = str.text.text;
    if (!text.includes("@")) return;
    for (const match of text.matchAll(URL_USER_INFO)) {
      const userInfo = match[1];
      const colon = userInfo.indexOf(":");
      if (colon === -1) continue;
      const end = match.index + match[0].length - 1;
      const start = end - userInfo.length + colon + 1;
      if (start >= end || holeIn(str.text, start, end)) continue;
      this.#add(unquote(text.slice(start, end)), sourceRange(str.text, start, end));
    }
  }
  #add(value, range) {
    const span = this.index.span(range[0], range[1]);
    const key = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}`;
    const same = this.#seen.get(key) ?? [];
    const found = same.find((s) => s.sameAs(value));
    if (found) return found;
    const secret = new Secret(value, span);
    same.push(secret);
    this.#seen.set(key, same);
    this.secrets.push(secret);
    return secret;
  }
};
function unquote(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/sources/python/statements.ts
var MAX_BLOCK_DEPTH = 40;
function walkModule(ev, top) {
  const scope = new Scope();
  walkBlock(ev, top, { scope, conditional: false, assignments: ev.facts.assignments, depth: 0 });
}
function walkBlock(ev, node, block) {
  if (block.depth > MAX_BLOCK_DEPTH) return;
  for (const statement of childrenOf(node)) {
    ev.conditional = block.conditional;
    walkStatement(ev, statement, block);
  }
}
function walkStatement(ev, node, block) {
  const nested = () => ({ ...block, conditional: true, depth: block.depth + 1 });
  switch (node.name) {
    case "AssignStatement":
      return assign(ev, node, block);
    case "UpdateStatement":
      return update(ev, node, block);
    case "ExpressionStatement":
    case "ReturnStatement":
      for (const child of childrenOf(node)) {
        if (child.name === "return") continue;
        const mutated = inPlaceChange(ev, child);
        if (mutated) ev.facts.mutations.push({ target: mutated, span: ev.span(node) });
        ev.evaluate(child, block.scope);
      }
      return;
    case "StatementGroup":
      return walkBlock(ev, node, { ...block, depth: block.depth + 1 });
    case "ImportStatement":
      return importStatement(ev, node, block);
    case "DecoratedStatement":
      for (const child of childrenOf(node)) if (child.name !== "Decorator") walkStatement(ev, child, block);
      return;
    case "FunctionDefinition": {
      const name = childrenOf(node).find((c) => c.name === "VariableName");
      const scope = new Scope(block.scope, name ? `${ev.source(name)}()` : "a function");
      const params = childrenOf(node).find((c) => c.name === "ParamList");
      for (const param of params ? childrenOf(params) : []) {
        if (param.name === "VariableName") scope.vars.set(ev.source(param), ev.unknown(param, `${ev.source(param)} is a parameter of ${scope.what}`));
      }
      if (name) block.scope.vars.set(ev.source(name), ev.unknown(name, `${ev.source(name)} is a function`));
      const body = childrenOf(node).find((c) => c.name === "Body");
      if (body) walkBlock(ev, body, { scope, conditional: true, depth: block.depth + 1 });
      return;
    }
    case "ClassDefinition": {
      const name = childrenOf(node).find((c) => c.name === "VariableName");
      const body = childrenOf(node).find((c) => c.name === "Body");
      if (!name || !body) return;
      const assignments = [];
      if (block.assignments === ev.facts.assignments) {
        ev.facts.classes.push({ name: ev.source(name), nameSpan: ev.span(name), span: ev.span(node), assignments });
      }
      walkBlock(ev, body, { scope: new Scope(block.scope, `class ${ev.source(name)}`), conditional: block.conditional, assignments, depth: block.depth + 1 });
      block.scope.vars.set(ev.source(name), ev.unknown(name, `${ev.source(name)} is a class`));
      return;
    }
    default:
      for (const child of childrenOf(node)) {
        if (child.name === "Body") walkBlock(ev, child, nested());
        else if (child.name === "CallExpression") ev.evaluate(child, block.scope);
      }
  }
}
function assign(ev, node, block) {
  const groups = [[]];
  for (const child of childrenOf(node)) {
    if (child.name === "AssignOp") groups.push([]);
    else if (child.name !== "," && child.name !== "TypeDef") groups[groups.length - 1].push(child);
  }
  const valueNodes = groups.pop();
  if (groups.length === 0 || valueNodes.length === 0) return;
  const value = valueNodes.length === 1 ? ev.evaluate(valueNodes[0], block.scope) : { kind: "list", tuple: true, items: valueNodes.map((v) => ev.evaluate(v, block.scope)), span: ev.index.span(valueNodes[0].from, valueNodes[valueNodes.length - 1].to) };
  for (const targets of groups) {
    if (targets.length === 1) bindTarget(ev, targets[0], value, node, block);
    else targets.forEach((target, i) => bindTarget(ev, target, value.kind === "list" && value.items.length === targets.length ? value.items[i] : ev.unknown(target, "unpacked from a value not known statically"), node, block));
  }
}
function bindTarget(ev, target, value, statement, block, augmented = false) {
  if (target.name === "VariableName") {
    const name = ev.source(target);
    block.scope.vars.set(name, value);
    ev.secrets.bind(name, value);
    if (value.kind === "call" && value.celeryApp && !value.celeryApp.boundTo) value.celeryApp.boundTo = name;
    if (value.kind === "call" && value.redisCall && !value.redisCall.boundTo) value.redisCall.boundTo = name;
    block.assignments?.push({ name, nameSpan: ev.span(target), value, span: ev.span(statement), conditional: block.conditional, ...augmented ? { augmented } : {} });
    return;
  }
  if (target.name !== "MemberExpression") return;
  const text = ev.source(target).replace(/\s+/g, "");
  if (value.kind === "call" && value.celeryApp && !value.celeryApp.boundTo) value.celeryApp.boundTo = text;
  if (value.kind === "call" && value.redisCall && !value.redisCall.boundTo) value.redisCall.boundTo = text;
  const setting = confTarget(ev, target, block);
  if (!setting) {
    if (childrenOf(target).some((c) => c.name === "[") || /\.conf\./.test(text)) ev.facts.mutations.push({ target: text, span: ev.span(statement) });
    return;
  }
  ev.secrets.bind(setting.key, value);
  const receiver = ev.evaluate(setting.receiver, block.scope);
  ev.facts.celerySettings.push({
    app: ev.source(setting.receiver).replace(/\s+/g, ""),
    ...receiver.kind === "call" && receiver.celeryApp ? { appRef: receiver.celeryApp } : {},
    key: setting.key,
    keySpan: setting.keySpan,
    value,
    via: setting.via,
    span: ev.span(statement),
    conditional: block.conditional
  });
}
function confTarget(ev, target, block) {
  const children = childrenOf(target);
  const object = children[0];
  const conf = object ? memberParts(ev, object) : void 0;
  if (!conf || conf.property !== "conf" || !object) return void 0;
  const bracket = children.findIndex((c) => c.name === "[");
  if (bracket === -1) {
    const property = children[children.length - 1];
    return { receiver: conf.object, key: ev.source(property), keySpan: ev.span(property), via: "conf attribute" };
  }
  const keyNode = children[bracket + 1];
  const key = keyNode ? knownText(ev.evaluate(keyNode, block.scope)) : void 0;
  return key === void 0 || !keyNode ? void 0 : { receiver: conf.object, key, keySpan: ev.span(keyNode), via: "conf item" };
}
function update(ev, node, block) {
  const [target, op, valueNode] = childrenOf(node);
  if (!target || !op || !valueNode) return;
  const right = ev.evaluate(valueNode, block.scope);
  if (target.name !== "VariableName") return;
  const left = ev.evaluate(target, block.scope);
  const span = ev.span(node);
  let value = ev.unknown(node, `\`${ev.source(op)}\` of values not known statically`);
  if (ev.source(op) === "+=") {
    if (left.kind === "number" && right.kind === "number") value = { kind: "number", value: left.value + right.value, float: left.float || right.float, span };
    else if (left.kind === "list" && right.kind === "list") value = { kind: "list", tuple: left.tuple, items: [...left.items, ...right.items], span };
    else if (left.kind === "str" || right.kind === "str") {
      const out = new StrBuilder([node.from, node.to]);
      appendAsText(out, left, ev.text, target.from, target.to);
      appendAsText(out, right, ev.text, valueNode.from, valueNode.to);
      value = out.build(span) ?? value;
    }
  }
  bindTarget(ev, target, value, node, block, true);
}
function importStatement(ev, node, block) {
  const children = childrenOf(node);
  const isFrom = children[0]?.name === "from";
  const importAt = children.findIndex((c) => c.name === "import");
  if (isFrom) {
    const module = children.slice(1, importAt).map((c) => ev.source(c)).join("");
    const names = [];
    const rest = children.slice(importAt + 1).filter((c) => c.name !== "," && c.name !== "(" && c.name !== ")");
    for (let i = 0; i < rest.length; i++) {
      const name = ev.source(rest[i]);
      names.push(name);
      const alias = rest[i + 1]?.name === "as" && rest[i + 2] ? ev.source(rest[i += 2]) : name;
      if (name !== "*") bindImport(block.scope, alias, `${module}.${name}`);
    }
    ev.facts.imports.push({ module, names, span: ev.span(node), conditional: block.conditional });
    return;
  }
  let dotted = [];
  const flush = (alias) => {
    if (dotted.length === 0) return;
    const module = dotted.join(".");
    bindImport(block.scope, alias ?? dotted[0], alias ? module : dotted[0]);
    ev.facts.imports.push({ module, names: [], span: ev.span(node), conditional: block.conditional });
    dotted = [];
  };
  for (let i = importAt + 1; i < children.length; i++) {
    const child = children[i];
    if (child.name === "VariableName") dotted.push(ev.source(child));
    else if (child.name === "as" && children[i + 1]) flush(ev.source(children[++i]));
    else if (child.name === ",") flush();
  }
  flush();
}
function bindImport(scope, local, qualified) {
  scope.vars.delete(local);
  scope.imports.set(local, qualified);
}
function inPlaceChange(ev, expression) {
  if (expression.name !== "CallExpression") return void 0;
  const callee = ev.source(childrenOf(expression)[0] ?? expression).replace(/\s+/g, "");
  const match = /^(.+)\.(update|setdefault|pop|popitem|clear|__setitem__)$/.exec(callee);
  if (!match || /(^|\.)conf$/.test(match[1])) return void 0;
  return match[1];
}

// src/sources/python/parse-python.ts
var MAX_PYTHON_BYTES = 2 * 1024 * 1024;
var MAX_PYTHON_NESTING = 500;
var SYNTAX_ERROR = "Python syntax error: this file cannot be fully read; settings after this point may be missed.";
function emptyPythonFacts(file) {
  return {
    file,
    assignments: [],
    classes: [],
    imports: [],
    celeryApps: [],
    celerySettings: [],
    opaqueConfUpdates: [],
    mutations: [],
    configFromObject: [],
    redisCalls: [],
    secrets: []
  };
}
function parsePython(file) {
  const problems = [];
  if (file.text.length > MAX_PYTHON_BYTES) {
    problems.push({ rule: "parse-error", at: fileSpan(file.path), message: "Python file larger than 2 MB: it is not read as a settings module." });
    return { facts: emptyPythonFacts(file.path), problems };
  }
  if (bracketDepth(file.text) > MAX_PYTHON_NESTING) {
    problems.push({ rule: "parse-error", at: fileSpan(file.path), message: `Python file with brackets nested more than ${MAX_PYTHON_NESTING} deep: it is not read as a settings module.` });
    return { facts: emptyPythonFacts(file.path), problems };
  }
  const facts = emptyPythonFacts(file.path);
  const secrets = new SecretCollector(file.index);
  try {
    const top = parsePythonTree(file.text);
    const error = firstErrorNode(top);
    if (error) problems.push({ rule: "parse-error", at: file.index.span(error.from, error.to), message: SYNTAX_ERROR });
    walkModule(new Evaluator(file.text, file.index, facts, secrets), top);
  } catch (error) {
    const message = error instanceof RangeError ? "Python file nested too deeply to read: its settings are not checked." : "This Python file could not be read (an internal error of sentinel-lint); its settings are not checked.";
    problems.push({ rule: "parse-error", at: fileSpan(file.path), message });
    return { facts: { ...emptyPythonFacts(file.path), secrets: secrets.secrets }, problems };
  }
  facts.secrets = secrets.secrets;
  return { facts, problems };
}
export {
  MAX_PYTHON_BYTES,
  MAX_PYTHON_NESTING,
  emptyPythonFacts,
  parsePython
};
