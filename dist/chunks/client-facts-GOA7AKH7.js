#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  parseBrokerUrl
} from "./chunk-IKRMJMCP.js";
import "./chunk-QVKAJNKG.js";
import {
  OLD_SETTING_KEYS,
  SETTING_KEYS,
  TO_NEW_KEY,
  TO_OLD_KEY,
  isUpper,
  matchCase,
  newKeyToOld,
  oldKeyToNew
} from "./chunk-R4VZ6G52.js";
import {
  knownText
} from "./chunk-ZTRYD5FN.js";
import {
  MappedTextBuilder,
  holeIn,
  sourceRange,
  verbatim
} from "./chunk-Y4RE6CCV.js";
import "./chunk-EMZFNUDT.js";
import "./chunk-UMXR4ONX.js";

// src/sources/client/module-path.ts
function parentFolder(rootPath) {
  const i = rootPath.lastIndexOf("/");
  return i === -1 ? "" : rootPath.slice(0, i);
}
function join(folder, rest) {
  return folder === "" ? rest : `${folder}/${rest}`;
}
function moduleCandidates(module, importer) {
  const dots = /^\.*/.exec(module)[0].length;
  const dotted = module.slice(dots);
  const tail = dotted === "" ? [] : dotted.split(".");
  const files = (folder) => {
    if (tail.length === 0) return [join(folder, "__init__.py")];
    const base = join(folder, tail.join("/"));
    return [`${base}.py`, `${base}/__init__.py`];
  };
  if (dots > 0) {
    let folder = parentFolder(importer);
    for (let i = 1; i < dots; i++) folder = parentFolder(folder);
    return files(folder);
  }
  const here = parentFolder(importer);
  return here === "" ? files("") : [...files(""), ...files(here)];
}

// src/sources/client/celery-config.ts
var NOT_SETTINGS = /* @__PURE__ */ new Set([
  "main",
  "loader",
  "amqp",
  "events",
  "log",
  "control",
  "set_as_current",
  "tasks",
  "changes",
  "config_source",
  "fixups",
  "task_cls",
  "autofinalize",
  "namespace",
  "strict_typing"
]);
var KWARG_KEYS = { broker: "broker_url", backend: "result_backend" };
var ENV_OVERRIDES = {
  broker_url: "CELERY_BROKER_URL",
  result_backend: "CELERY_RESULT_BACKEND",
  broker_read_url: "CELERY_BROKER_READ_URL",
  broker_write_url: "CELERY_BROKER_WRITE_URL"
};
var FALLBACK = { broker_url: "broker_host", result_backend: "CELERY_RESULT_BACKEND" };
function appConfig(app, mod, ctx) {
  const facts = mod.facts;
  const apps = facts.celeryApps;
  const mine = (ref, receiver) => ref ? ref === app : app.boundTo !== void 0 ? receiver === app.boundTo || apps.length === 1 && !apps.some((a) => a.boundTo === receiver) : apps.length === 1;
  const why = [];
  const pre = [];
  const add = (writtenAs, key, value, at, source2, conditional) => pre.push({ written: written(key, writtenAs, "new", value, at, facts.file, source2, conditional), rootPath: mod.rootPath });
  let namespace = textOf(kwarg(app, "namespace"));
  let source;
  const configSource = kwarg(app, "config_source");
  if (configSource) source = { object: configSource, at: configSource.span, conditional: false };
  const auto = /* @__PURE__ */ new Set();
  const changes = kwarg(app, "changes");
  if (changes?.kind === "dict") {
    for (const entry of changes.entries) {
      const key = knownText(entry.key);
      if (key !== void 0) add(key, key, entry.value, entry.key.span, "app-kwarg", false);
    }
    if (changes.opaque.length) why.push("`changes=` of Celery(...) holds settings that are not listed");
  } else if (changes) why.push("`changes=` of Celery(...) is not a literal dict");
  for (const k of app.kwargs) {
    if (NOT_SETTINGS.has(k.name) || k.value.kind === "none") continue;
    const key = KWARG_KEYS[k.name] ?? k.name;
    auto.add(key);
    add(k.name, key, k.value, k.nameSpan, "app-kwarg", false);
  }
  if (app.spread.length) why.push("Celery(...) is given `*args`/`**kwargs` that are not listed");
  for (const s of facts.celerySettings) {
    if (!mine(s.appRef, s.app)) continue;
    add(s.key, s.key, s.value, s.keySpan, "conf", s.conditional);
    if (s.conditional) why.push(`\`${s.key}\` is set conditionally at line ${s.keySpan.line}`);
  }
  for (const o of facts.opaqueConfUpdates) {
    if (mine(o.appRef, o.app)) why.push(`app.conf.update(...) at line ${o.span.line} sets settings that cannot be listed`);
  }
  const calls = facts.configFromObject.filter((c) => mine(c.appRef, c.app));
  const last = calls.at(-1);
  if (last) {
    source = { object: last.object, ...last.objectName ? { objectName: last.objectName } : {}, at: last.span, conditional: last.conditional };
    const ns = textOf(last.namespace);
    if (ns !== void 0) namespace = ns;
    else if (last.namespace && last.namespace.kind !== "none") why.push("the namespace of config_from_object is not known");
    if (calls.some((c) => c.conditional)) why.push(`config_from_object at line ${last.span.line} may not run`);
  }
  const object = source ? followObject(source, mod, ctx, why) : void 0;
  const config = resolveConfig({
    kind: "app",
    file: facts.file,
    declaredAt: app.span,
    app,
    ...namespace ? { namespace } : {},
    object,
    noModule: !source,
    pre,
    auto,
    rootPath: mod.rootPath,
    ctx,
    why,
    mutations: settingMutations(facts)
  });
  if (object) config.configModule = { file: object.file, object: object.object, at: source.at };
  return config;
}
function moduleConfig(mod, ctx, namespace, why) {
  const object = ctx.repo.moduleObject(mod, mod.rootPath);
  why.push(...object.why);
  const config = resolveConfig({
    kind: "settings-module",
    file: mod.facts.file,
    declaredAt: { file: mod.facts.file, line: 1, column: 1, endLine: 1, endColumn: 2 },
    ...namespace ? { namespace } : {},
    object,
    noModule: false,
    pre: [],
    auto: /* @__PURE__ */ new Set(),
    rootPath: mod.rootPath,
    ctx,
    why,
    mutations: settingMutations(mod.facts)
  });
  config.configModule = { file: object.file, object: object.object, at: config.declaredAt };
  return config;
}
function kwarg(app, name) {
  return app.kwargs.find((k) => k.name === name)?.value;
}
function textOf(value) {
  return knownText(value);
}
function written(key, writtenAs, style, value, at, file, source, conditional) {
  return { key, writtenAs, style, value, at, file, source, conditional, inEffect: false };
}
function followObject(source, mod, ctx, why) {
  const { repo } = ctx;
  const text = knownText(source.object);
  const asModule = (path) => {
    if (path === "django.conf:settings" || path === "django.conf.settings") return djangoSettings(mod, ctx, why);
    const [modulePath, attr] = path.includes(":") ? path.split(":", 2) : [path, void 0];
    const found = repo.find(modulePath, mod.rootPath);
    if (found && attr === void 0) return repo.moduleObject(found, modulePath);
    if (found && attr !== void 0) return repo.classObject(found, attr);
    const dot = modulePath.lastIndexOf(".");
    if (attr === void 0 && dot > 0) {
      const parent = repo.find(modulePath.slice(0, dot), mod.rootPath);
      if (parent) return repo.classObject(parent, modulePath.slice(dot + 1));
    }
    return void 0;
  };
  let object;
  if (text !== void 0) object = asModule(text);
  else if (source.objectName && /^[A-Za-z_]\w*$/.test(source.objectName)) {
    const name = source.objectName;
    object = repo.classObject(mod, name);
    const imported = mod.facts.imports.find((i) => i.names.includes(name));
    const plain = mod.facts.imports.find((i) => i.names.length === 0 && i.module === name);
    if (!object && imported) object = asModule(`${imported.module}${imported.module.endsWith(".") ? "" : "."}${name}`) ?? asModule(`${imported.module}:${name}`);
    if (!object && plain) object = asModule(plain.module);
  }
  if (!object) {
    why.push(`the object config_from_object reads (${text !== void 0 ? `'${text}'` : source.objectName ?? "a value"}) was not found in the repository`);
    return void 0;
  }
  why.push(...object.why);
  return object;
}
function djangoSettings(mod, ctx, why) {
  const folder = parentFolder(mod.rootPath);
  const prefix = folder === "" ? "" : `${folder}/`;
  for (const candidate of [`${prefix}settings.py`, `${prefix}settings/__init__.py`]) {
    const found = ctx.repo.byRootPath.get(candidate);
    if (found) {
      const object = ctx.repo.moduleObject(found, "django.conf:settings");
      object.names = new Map([...object.names].filter(([name]) => isUpper(name)));
      return object;
    }
  }
  why.push("the Django settings module was not found beside the Celery module");
  return void 0;
}
function settingMutations(facts) {
  const names = /* @__PURE__ */ new Set([...facts.assignments.map((a) => a.name), ...facts.classes.map((c) => c.name)]);
  return facts.mutations.filter((m) => m.target.includes(".conf") || names.has(/^[A-Za-z_]\w*/.exec(m.target)?.[0] ?? ""));
}
function resolveConfig(input) {
  const { object, namespace, ctx } = input;
  const prefix = namespace ? namespace.replace(/_+$/, "") + "_" : void 0;
  const moduleEntries = object ? [...object.names.values()].map((n) => ({
    key: n.name,
    rootPath: n.rootPath,
    written: written(n.name, n.name, "new", n.value, n.nameSpan, n.file, "config-module", n.conditional || !!n.conditionallyRebound)
  })) : [];
  const have = object ? new Set(moduleEntries.map((e) => e.key)) : input.noModule ? new Set(input.pre.map((e) => e.written.key).filter((k) => !input.auto.has(k))) : /* @__PURE__ */ new Set();
  const inNew = [...have].filter((k) => SETTING_KEYS.has(k));
  const inOld = [...have].filter((k) => OLD_SETTING_KEYS.has(k));
  let style = "new";
  let left = inOld;
  if (inNew.length && inOld.length > inNew.length) [style, left] = ["old", inNew];
  if (inOld.length && !inNew.length) [style, left] = ["old", inNew];
  if (prefix) [style, left] = ["new", []];
  const convert = style === "new" ? TO_NEW_KEY : TO_OLD_KEY;
  const reallyLeft = new Set(left.filter((k) => !have.has(convert.get(k))));
  const preEntries = input.pre.map((e) => ({ ...e, key: convert.get(e.written.key) ?? e.written.key }));
  const changes = new Map(preEntries.map((e) => [e.key, e]));
  const module = new Map(moduleEntries.map((e) => [e.key, e]));
  const defaults = style === "new" ? SETTING_KEYS : OLD_SETTING_KEYS;
  const lookup = (key) => {
    const keys = prefix ? [matchCase(key.startsWith(prefix) ? key : prefix + key, prefix), key] : [key];
    for (const k of [...keys, oldKeyToNew(key), newKeyToOld(key)]) {
      const found = changes.get(k) ?? module.get(k);
      if (found) return found;
      if (defaults.has(k)) return void 0;
    }
    return void 0;
  };
  const isNamespaced = (name) => !!prefix && name.startsWith(prefix) && name.length > prefix.length && matchCase(name, prefix) === name;
  for (const e of [...preEntries, ...moduleEntries]) {
    const w = e.written;
    if (isNamespaced(w.writtenAs)) {
      w.style = "namespaced";
      w.key = w.writtenAs.slice(prefix.length).toLowerCase();
    } else if (OLD_SETTING_KEYS.has(w.key)) {
      w.style = "old";
      w.key = oldKeyToNew(w.key);
    } else w.style = "new";
  }
  const isSettingLine = (e) => e.written.source !== "config-module" || e.written.style !== "new" || SETTING_KEYS.has(e.written.writtenAs) || /^[a-z][a-z0-9_]*$/.test(e.written.writtenAs);
  const lines = [...preEntries, ...moduleEntries].filter(isSettingLine);
  const settings = /* @__PURE__ */ new Map();
  const wanted = new Set(lines.map((e) => e.written.key));
  for (const key of wanted) {
    let found = lookup(key);
    const fallback = FALLBACK[key];
    if (fallback && (!found || found.written.value.kind === "none")) found = lookup(fallback) ?? found;
    if (!found) continue;
    found.written.inEffect = true;
    const w = found.written;
    settings.set(key, {
      key,
      value: w.value,
      resolved: ctx.env.resolve(w.value, found.rootPath),
      at: w.at,
      writtenAs: w.writtenAs,
      file: w.file,
      source: w.source,
      conditional: w.conditional
    });
  }
  for (const [key, variable] of Object.entries(ENV_OVERRIDES)) {
    const found = ctx.env.lookup(input.rootPath, variable);
    if (!found) continue;
    const value = { kind: "str", text: found.value, env: [], span: found.entry.rawSpan, ...found.entry.secret ? { secret: found.entry.secret } : {} };
    const code = settings.get(key);
    settings.set(key, {
      key,
      value,
      at: found.entry.nameSpan,
      writtenAs: variable,
      file: found.file.facts.file,
      source: "env-override",
      conditional: false,
      resolved: { value, env: [{ name: variable, readAt: found.entry.nameSpan, resolvedFrom: "env-file", entry: found.entry, envFile: found.file.facts.file }] },
      ...code ? { overrides: code } : {}
    });
  }
  const writtenAll = lines.map((e) => e.written);
  for (const w of writtenAll) {
    if (!w.inEffect && prefix && w.source === "config-module" && w.style !== "namespaced") {
      w.ignored = `with namespace '${namespace}' only ${prefix}-prefixed names are read`;
    }
  }
  const why = [...new Set(input.why)];
  for (const change of input.mutations ?? []) why.push(`line ${change.span.line} of ${change.span.file} changes ${change.target} in place, which is not followed`);
  for (const w of writtenAll) {
    if (w.inEffect && w.conditional && !why.some((y) => y.includes(`\`${w.writtenAs}\``))) why.push(`\`${w.writtenAs}\` is set conditionally at line ${w.at.line}`);
  }
  return {
    kind: input.kind,
    file: input.file,
    declaredAt: input.declaredAt,
    ...input.app ? { app: input.app } : {},
    ...namespace ? { namespace } : {},
    settings,
    written: writtenAll,
    mixed: writtenAll.filter((w) => reallyLeft.has(w.writtenAs) && (w.source === "config-module" || input.noModule)),
    keyStyle: style,
    complete: why.length === 0,
    why
  };
}

// src/sources/client/env-resolve.ts
var ENVIRON_TRUE = /* @__PURE__ */ new Set(["true", "on", "ok", "y", "yes", "1"]);
var EnvResolver = class {
  #byFolder = /* @__PURE__ */ new Map();
  constructor(envFiles) {
    for (const file of envFiles) {
      if (file.rootPath.split("/").pop() === ".env") this.#byFolder.set(parentFolder(file.rootPath), file);
    }
  }
  /** The `.env` a module at `rootPath` reads. */
  envFileFor(rootPath) {
    for (let folder = parentFolder(rootPath); ; folder = parentFolder(folder)) {
      const found = this.#byFolder.get(folder);
      if (found) return found;
      if (folder === "") return void 0;
    }
  }
  /** The entry python-dotenv keeps for `name` (the last line it reads), with its value as python-dotenv sets it. */
  lookup(rootPath, name) {
    const file = this.envFileFor(rootPath);
    if (!file) return void 0;
    for (let i = file.facts.entries.length - 1; i >= 0; i--) {
      const entry = file.facts.entries[i];
      if (entry.name !== name || entry.dotenvValue === null) continue;
      return { entry, value: entry.dotenvValue ?? entry.value, file };
    }
    return void 0;
  }
  /** `value` with the environment applied (see `Resolved`). */
  resolve(value, rootPath) {
    const env = [];
    return { value: this.#resolve(value, rootPath, env, 0), env };
  }
  #resolve(value, rootPath, uses, depth) {
    if (depth > 20) return value;
    switch (value.kind) {
      case "env":
        return this.#resolveEnv(value, rootPath, uses, depth);
      case "str":
        return value.env.length ? this.#resolveStr(value, rootPath, uses) : value;
      case "dict":
        return {
          ...value,
          entries: value.entries.map((e) => ({ key: e.key, value: this.#resolve(e.value, rootPath, uses, depth + 1) }))
        };
      case "list":
        return { ...value, items: value.items.map((item) => this.#resolve(item, rootPath, uses, depth + 1)) };
      default:
        return value;
    }
  }
  #resolveEnv(env, rootPath, uses, depth) {
    const found = this.lookup(rootPath, env.name);
    if (found) {
      uses.push({ name: env.name, readAt: env.nameSpan, resolvedFrom: "env-file", entry: found.entry, envFile: found.file.facts.file });
      const str = { kind: "str", text: found.value, env: [], span: found.entry.rawSpan, ...found.entry.secret ? { secret: found.entry.secret } : {} };
      return applyCast(env, str);
    }
    if (env.default) {
      uses.push({ name: env.name, readAt: env.nameSpan, resolvedFrom: "default" });
      return this.#resolve(env.default, rootPath, uses, depth + 1);
    }
    uses.push({ name: env.name, readAt: env.nameSpan, resolvedFrom: "unknown" });
    return { kind: "unknown", why: `${env.name} is read from the environment; neither a .env file nor a default gives it`, span: env.span };
  }
  /** Replaces each outermost environment slot whose variable `.env` sets; the new characters map to the slot's characters in the code. */
  #resolveStr(value, rootPath, uses) {
    const slots = [...value.env].sort((a, b) => a.start - b.start || b.end - a.end).filter((slot, i, all) => !all.slice(0, i).some((o) => o.start <= slot.start && o.end >= slot.end && o !== slot));
    const text = value.text;
    const out = new MappedTextBuilder(text.anchor);
    let at = 0;
    let changed = false;
    for (const slot of slots) {
      const found = this.lookup(rootPath, slot.env.name);
      if (!found) {
        const from2 = holeIn(text, slot.start, slot.end) ? "unknown" : "default";
        uses.push({ name: slot.env.name, readAt: slot.env.nameSpan, resolvedFrom: from2 });
        continue;
      }
      uses.push({ name: slot.env.name, readAt: slot.env.nameSpan, resolvedFrom: "env-file", entry: found.entry, envFile: found.file.facts.file });
      out.append(text, at, slot.start);
      const [from, to] = sourceRange(text, slot.start, slot.end);
      const holes = found.value.holes;
      for (let i = 0; i < found.value.text.length; i++) out.push(found.value.text[i], from, to, holes[i]);
      at = slot.end;
      changed = true;
    }
    if (!changed) return value;
    out.append(text, at, text.text.length);
    return { kind: "str", text: out.build(), env: [], span: value.span, ...value.secret ? { secret: value.secret } : {} };
  }
};
function applyCast(env, str) {
  const cast = env.cast;
  if (cast === void 0 || cast === "str") return str;
  const text = holeIn(str.text) ? void 0 : str.text.text.trim();
  if (text === void 0) return { kind: "unknown", why: `${env.name} from the .env file is not fully known`, span: str.span };
  if (cast === "int" && /^[-+]?\d+$/.test(text)) return { kind: "number", value: parseInt(text, 10), float: false, span: str.span };
  if (cast === "float" && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { kind: "number", value: Number(text), float: true, span: str.span };
  if (cast === "bool") {
    if (/\.bool$/.test(env.via)) return { kind: "bool", value: ENVIRON_TRUE.has(text.toLowerCase()), span: str.span };
    if (env.via.startsWith("os.")) return { kind: "bool", value: str.text.text !== "", span: str.span };
  }
  return { kind: "unknown", why: `${env.name} from the .env file goes through ${cast}(), which is not evaluated`, span: str.span };
}

// src/sources/client/settings-module.ts
var MAX_STAR_DEPTH = 8;
var PythonRepo = class {
  constructor(modules) {
    this.modules = modules;
    for (const m of modules) this.byRootPath.set(m.rootPath, m);
  }
  modules;
  byRootPath = /* @__PURE__ */ new Map();
  find(module, importer) {
    for (const candidate of moduleCandidates(module, importer)) {
      const found = this.byRootPath.get(candidate);
      if (found) return found;
    }
    return void 0;
  }
  /** A module's names as `config_from_object` sees them: module-level bindings, `from x import *` followed in place. */
  moduleObject(mod, label, seen = /* @__PURE__ */ new Set()) {
    const object = { file: mod.facts.file, rootPath: mod.rootPath, object: label, names: /* @__PURE__ */ new Map(), why: [] };
    const events = [
      ...mod.facts.assignments.map((assignment) => ({ span: assignment.span, assignment })),
      ...mod.facts.imports.filter((i) => i.names.includes("*")).map((i) => ({ span: i.span, star: i.module, conditional: i.conditional }))
    ].sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
    seen.add(mod.rootPath);
    for (const event of events) {
      if (event.assignment) {
        bind(object, { ...pick(event.assignment), file: mod.facts.file, rootPath: mod.rootPath });
        continue;
      }
      const target = this.find(event.star, mod.rootPath);
      if (!target || seen.has(target.rootPath) || seen.size > MAX_STAR_DEPTH) {
        object.why.push(`\`from ${event.star} import *\` in ${mod.facts.file} is not followed`);
        continue;
      }
      const inner = this.moduleObject(target, label, seen);
      object.why.push(...inner.why);
      for (const name of inner.names.values()) bind(object, { ...name, conditional: name.conditional || !!event.conditional });
    }
    return object;
  }
  /** `class Config:` attributes of a module. */
  classObject(mod, className) {
    const found = mod.facts.classes.filter((c) => c.name === className).at(-1);
    if (!found) return void 0;
    const object = { file: mod.facts.file, rootPath: mod.rootPath, object: `${mod.rootPath}:${className}`, names: /* @__PURE__ */ new Map(), why: [] };
    for (const a of found.assignments) bind(object, { ...pick(a), file: mod.facts.file, rootPath: mod.rootPath });
    return object;
  }
};
function pick(a) {
  return { name: a.name, value: a.value, nameSpan: a.nameSpan, conditional: a.conditional };
}
function bind(object, name) {
  const before = object.names.get(name.name);
  const rebound = !!before && (before.conditional || before.conditionallyRebound);
  object.names.set(name.name, rebound || before && name.conditional ? { ...name, conditionallyRebound: true } : name);
}

// src/sources/client/client-facts.ts
function roleOfName(name) {
  const upper = name.toUpperCase();
  if (/(^|_)BROKER(_READ|_WRITE)?_URL$/.test(upper)) return "broker";
  if (/(^|_)RESULT_BACKEND(_URL)?$/.test(upper)) return "backend";
  if (/_URL$|_URI$|^REDIS_?URL$/.test(upper)) return "redis";
  return void 0;
}
var REDIS_SCHEME = /^(redis|rediss|sentinel)(\+socket)?:\/\//i;
function buildClientFacts(input) {
  const repo = new PythonRepo(input.python);
  const env = new EnvResolver(input.envFiles);
  const ctx = { repo, env };
  const indexes = new Map([...input.python.map((p) => [p.facts.file, p.index]), ...input.envFiles.map((e) => [e.facts.file, e.index])]);
  const celery = [];
  for (const mod of input.python) for (const app of mod.facts.celeryApps) celery.push(appConfig(app, mod, ctx));
  if (celery.length === 0) {
    for (const mod of input.python) {
      const config = lonelySettings(mod, ctx);
      if (config) celery.push(config);
    }
  }
  const urls = [];
  const addUrl = (url) => urls.push({ ...url, parsed: parseBrokerUrl(url.text, url.index) });
  const withoutEnv = { repo, env: new EnvResolver([]) };
  const codeDefaults = new Map(celery.map((config) => [config, config.app ? appConfig(config.app, moduleOf(input.python, config.file), withoutEnv) : void 0]));
  for (const config of celery) {
    for (const [key, role] of [["broker_url", "broker"], ["result_backend", "backend"], ["broker_read_url", "broker"], ["broker_write_url", "broker"]]) {
      const setting = config.settings.get(key);
      const value = setting?.resolved.value;
      if (!setting || value?.kind !== "str") continue;
      const index = indexes.get(value.span.file) ?? indexes.get(setting.file);
      if (!index) continue;
      addUrl({
        role,
        origin: "python",
        at: setting.at,
        writtenAs: setting.writtenAs,
        text: value.text,
        index,
        env: setting.resolved.env,
        celery: config,
        ...setting.overrides ? { overrides: setting.overrides } : {}
      });
      const fromEnvFile = setting.source === "env-override" || setting.resolved.env.some((e) => e.resolvedFrom === "env-file");
      const fallback = fromEnvFile ? codeDefaults.get(config)?.settings.get(key) : void 0;
      const fallbackValue = fallback?.resolved.value;
      if (fallback && fallbackValue?.kind === "str") {
        addUrl({
          role,
          origin: "python",
          at: fallback.at,
          writtenAs: fallback.writtenAs,
          text: fallbackValue.text,
          index: indexes.get(fallbackValue.span.file) ?? index,
          env: fallback.resolved.env,
          celery: codeDefaults.get(config),
          variant: "code-default"
        });
      }
    }
  }
  const covered = new Set(celery.flatMap((c) => [c.file, ...c.configModule ? [c.configModule.file] : []]));
  for (const mod of input.python) {
    if (covered.has(mod.facts.file)) continue;
    const lastByName = new Map(mod.facts.assignments.map((a) => [a.name, a]));
    for (const a of [...lastByName.values(), ...mod.facts.classes.flatMap((c) => c.assignments)]) {
      const role = roleOfName(a.name);
      if (!role) continue;
      const resolved = env.resolve(a.value, mod.rootPath);
      const url = urlText(resolved, indexes, mod.index);
      if (url && REDIS_SCHEME.test(url.text.text)) addUrl({ role, origin: "python", at: a.nameSpan, writtenAs: a.name, ...url, env: resolved.env });
    }
  }
  for (const mod of input.python) {
    for (const call of mod.facts.redisCalls) {
      if (call.kind !== "from_url" && call.kind !== "kombu.Connection") continue;
      const arg = call.args[0] ?? call.kwargs.find((k) => k.name === (call.kind === "from_url" ? "url" : "hostname"))?.value;
      if (!arg) continue;
      const resolved = env.resolve(arg, mod.rootPath);
      const url = urlText(resolved, indexes, mod.index);
      if (!url || call.kind === "kombu.Connection" && !REDIS_SCHEME.test(url.text.text)) continue;
      addUrl({ role: call.kind === "from_url" ? "redis" : "broker", origin: "python", at: arg.span, writtenAs: call.callee, ...url, env: resolved.env });
    }
  }
  for (const file of input.envFiles) {
    for (const entry of file.facts.entries) {
      const role = roleOfName(entry.name);
      if (role && REDIS_SCHEME.test(entry.value.text)) {
        addUrl({ role, origin: "env-file", at: entry.nameSpan, writtenAs: entry.name, text: entry.value, index: file.index, env: [] });
      }
    }
  }
  for (const compose of input.compose ?? []) {
    for (const service of compose.facts.services) {
      for (const variable of service.environment) {
        const role = roleOfName(variable.name);
        if (!role || !variable.value.known || !REDIS_SCHEME.test(variable.value.value)) continue;
        const text = composeText(variable.value.value, variable.value.span, compose.index);
        addUrl({ role, origin: "compose", at: variable.nameSpan, writtenAs: variable.name, text, index: compose.index, env: [], service: service.name });
      }
    }
  }
  const redisPy = input.python.flatMap((mod) => sentinelClients(mod, env));
  return { python: input.python.map((p) => p.facts), envFiles: input.envFiles.map((e) => e.facts), celery, urls, redisPy };
}
function moduleOf(python, file) {
  return python.find((p) => p.facts.file === file);
}
function lonelySettings(mod, ctx) {
  const base = mod.rootPath.split("/").pop();
  if (base === "celeryconfig.py") return moduleConfig(mod, ctx, void 0, ["no Celery app was found that reads this module"]);
  const names = mod.facts.assignments.map((a) => a.name);
  const django = base === "settings.py" || /(^|\/)settings\/[^/]+\.py$/.test(mod.rootPath) || names.includes("INSTALLED_APPS");
  if (django && names.some((n) => n.startsWith("CELERY_"))) {
    return moduleConfig(mod, ctx, "CELERY", ["no Celery app was found; read as Django settings with namespace='CELERY'"]);
  }
  return void 0;
}
function urlText(resolved, indexes, fallback) {
  const value = resolved.value;
  if (value.kind !== "str") return void 0;
  return { text: value.text, index: indexes.get(value.span.file) ?? fallback };
}
function composeText(value, span, index) {
  const start = index.lineStart(span.line) + span.column - 1;
  const end = index.lineStart(span.endLine) + span.endColumn - 1;
  const written2 = index.text.slice(start, end);
  const at = written2.indexOf(value);
  if (at !== -1 && !written2.slice(0, at).includes("\n")) return verbatim(value, start + at);
  const out = new MappedTextBuilder([start, end]);
  for (const c of value) out.push(c, start, end);
  return out.build();
}
function sentinelClients(mod, env) {
  const resolve = (value) => env.resolve(value, mod.rootPath);
  const kwargsOf = (call, skip) => call.kwargs.filter((k) => !skip.has(k.name)).map((k) => ({ name: k.name, at: k.nameSpan, value: resolve(k.value) }));
  return mod.facts.redisCalls.filter((c) => c.kind === "Sentinel").map((sentinel) => {
    const list = sentinel.args[0] ?? sentinel.kwargs.find((k) => k.name === "sentinels")?.value;
    const endpoints = [];
    let endpointsKnown = list?.kind === "list";
    for (const item of list?.kind === "list" ? list.items : []) {
      if (item.kind === "list" && item.items.length === 2) endpoints.push({ host: resolve(item.items[0]), port: resolve(item.items[1]), at: item.span });
      else endpointsKnown = false;
    }
    const sentinelKwargs = sentinel.kwargs.find((k) => k.name === "sentinel_kwargs");
    const masters = mod.facts.redisCalls.filter((c) => c.receiver === sentinel && (c.kind === "master_for" || c.kind === "slave_for" || c.kind === "discover_master")).map((call) => {
      const name = call.args[0] ?? call.kwargs.find((k) => k.name === "service_name")?.value;
      const password = call.kwargs.find((k) => k.name === "password")?.value;
      return {
        call,
        kind: call.kind,
        at: call.span,
        ...name ? { name: resolve(name) } : {},
        ...password ? { password: resolve(password) } : {},
        kwargs: kwargsOf(call, /* @__PURE__ */ new Set(["service_name", "password"]))
      };
    });
    return {
      file: mod.facts.file,
      sentinel,
      at: sentinel.span,
      endpoints,
      endpointsKnown,
      ...sentinelKwargs ? { sentinelKwargs: resolve(sentinelKwargs.value) } : {},
      kwargs: kwargsOf(sentinel, /* @__PURE__ */ new Set(["sentinels", "sentinel_kwargs"])),
      masters
    };
  });
}
export {
  buildClientFacts
};
