#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  interpolate
} from "./chunk-XTTWP3HI.js";
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from "./chunk-5RC43W72.js";
import {
  splitArgs
} from "./chunk-J4ITCEJI.js";
import {
  Secret
} from "./chunk-QVKAJNKG.js";
import {
  fileSpan
} from "./chunk-UXHLZWZ5.js";
import {
  known,
  unknown
} from "./chunk-PU2KW4TG.js";
import {
  MappedTextBuilder,
  holeIn,
  slice,
  sourceRange
} from "./chunk-Y4RE6CCV.js";
import "./chunk-EMZFNUDT.js";
import "./chunk-UMXR4ONX.js";

// src/sources/compose/compose-value.ts
var ComposeValues = class {
  constructor(tree, index, env, problems) {
    this.tree = tree;
    this.index = index;
    this.env = env;
    this.problems = problems;
  }
  tree;
  index;
  env;
  problems;
  #interpolated = /* @__PURE__ */ new Map();
  /** Every `$` compose read in the scalars interpolated so far, once per scalar (aliases share theirs). */
  dollars = [];
  #dollarsAt = [];
  span(node) {
    const [start2, end] = this.tree.range(node);
    return this.index.span(start2, end);
  }
  /** The interpolated text of a scalar, each character mapped to the file. */
  mapped(node) {
    const raw = this.tree.text(node);
    if (!raw) return void 0;
    let done = this.#interpolated.get(raw);
    if (!done) {
      const result = interpolate(raw, this.env);
      if (result.error) {
        this.problems.push({
          rule: "parse-error",
          at: this.index.span(...result.error.at),
          message: `docker compose will not start: "${result.error.message}" in this value. Write "$$" for a literal "$".`
        });
      }
      for (const { form, at: at2 } of result.dollars) {
        const fact = { form, span: this.index.span(...at2) };
        this.dollars.push(fact);
        this.#dollarsAt.push({ at: at2, fact });
      }
      done = result.text;
      this.#interpolated.set(raw, done);
    }
    return done;
  }
  /** The `$`s compose read within file offsets [start, end) of scalars already interpolated. */
  dollarsWithin(start2, end) {
    return this.#dollarsAt.filter(({ at: at2 }) => at2[0] >= start2 && at2[1] <= end).map(({ fact }) => fact);
  }
  /** A scalar as a string: unknown when it holds a variable that is not set. */
  string(node) {
    const text = this.mapped(node);
    if (!text) return void 0;
    const span = this.span(node);
    const hole = holeIn(text);
    return hole ? unknown(hole.why, span) : known(text.text, span);
  }
  number(node) {
    const value = this.string(node);
    if (!value || !value.known) return value;
    const n = Number(value.value.trim());
    return Number.isInteger(n) && value.value.trim() !== "" ? known(n, value.span) : unknown(`"${value.value}" is not a whole number`, value.span);
  }
  /** A list of scalars, or one scalar standing for a list of one. */
  strings(node) {
    const items = this.tree.seq(node) ?? (this.tree.scalar(node) ? [node] : []);
    return items.map((item) => this.string(item)).filter((v) => v !== void 0);
  }
};

// src/sources/compose/shell-words.ts
var isSpace = (c) => c === " " || c === "	" || c === "\r" || c === "\n";
var SPECIAL = /* @__PURE__ */ new Set([" ", "	", "\r", "\n", '"', "'", "\\", "`", "(", ")", ";", "&", "|", "<", ">"]);
function splitComposeWords(input) {
  const s = input.text;
  const words = [];
  let buf = new MappedTextBuilder(input.anchor);
  let escaped = false;
  let doubleQuoted = false;
  let singleQuoted = false;
  let backQuote = false;
  let dollarQuote = false;
  let got = "no";
  let wordStart = -1;
  let wordEnd = -1;
  let uncertain;
  let droppedFrom;
  const touch = (i) => {
    if (wordStart === -1) wordStart = i;
    wordEnd = i + 1;
  };
  const finish = () => {
    if (got !== "no") {
      const value = buf.build();
      words.push({ value, raw: sourceRange(input, wordStart, wordEnd) });
    }
    buf = new MappedTextBuilder(input.anchor);
    got = "no";
    wordStart = wordEnd = -1;
  };
  const invalid = (i) => ({ ok: false, message: "invalid command line string", at: sourceRange(input, i, i + 1) });
  for (let i = 0; i < s.length; i++) {
    const r = s[i];
    const hole = input.holes[i];
    if (hole) {
      if (SPECIAL.has(r) && !singleQuoted && !doubleQuoted) uncertain ??= hole.why;
      touch(i);
      buf.append(input, i, i + 1);
      got = "single";
      escaped = false;
      continue;
    }
    if (escaped) {
      touch(i);
      buf.append(input, i, i + 1);
      escaped = false;
      got = "single";
      continue;
    }
    if (r === "\\") {
      touch(i);
      if (singleQuoted) buf.append(input, i, i + 1);
      else escaped = true;
      continue;
    }
    if (isSpace(r)) {
      if (singleQuoted || doubleQuoted || backQuote || dollarQuote) {
        touch(i);
        buf.append(input, i, i + 1);
      } else {
        finish();
      }
      continue;
    }
    switch (r) {
      case "`":
        if (!singleQuoted && !doubleQuoted && !dollarQuote) backQuote = !backQuote;
        break;
      case ")":
        if (!singleQuoted && !doubleQuoted && !backQuote) dollarQuote = !dollarQuote;
        break;
      case "(":
        if (!singleQuoted && !doubleQuoted && !backQuote) {
          const text = buf.build().text;
          if (!dollarQuote && text.endsWith("$")) {
            dollarQuote = true;
            touch(i);
            buf.append(input, i, i + 1);
            continue;
          }
          return invalid(i);
        }
        break;
      case '"':
        if (!singleQuoted && !dollarQuote) {
          touch(i);
          if (doubleQuoted) got = "quoted";
          doubleQuoted = !doubleQuoted;
          continue;
        }
        break;
      case "'":
        if (!doubleQuoted && !dollarQuote) {
          touch(i);
          if (singleQuoted) got = "quoted";
          singleQuoted = !singleQuoted;
          continue;
        }
        break;
      case ";":
      case "&":
      case "|":
      case "<":
      case ">":
        if (!singleQuoted && !doubleQuoted && !backQuote && !dollarQuote) {
          if (r === ">" && /^[0-9]/.test(buf.build().text)) got = "no";
          droppedFrom = sourceRange(input, i, s.length);
          finish();
          if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) return invalid(i);
          return { ok: true, words, droppedFrom, ...uncertain ? { uncertain } : {} };
        }
        break;
      default:
        break;
    }
    touch(i);
    got = "single";
    buf.append(input, i, i + 1);
  }
  if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) return invalid(Math.max(0, s.length - 1));
  finish();
  return { ok: true, words, ...uncertain ? { uncertain } : {} };
}

// src/sources/compose/command.ts
function readCommand(values, node, problems) {
  const { tree, index } = values;
  const span = values.span(node);
  const list = tree.seq(node);
  if (list) {
    const words = [];
    for (const item of list) {
      const value = values.mapped(item);
      if (value) words.push({ value, raw: tree.range(item) });
    }
    return { fact: { form: "list", span, args: words.map((w) => index.span(...w.raw)) }, words };
  }
  const text = values.mapped(node);
  if (!text) return void 0;
  const split = splitComposeWords(text);
  if (!split.ok) {
    problems.push({
      rule: "parse-error",
      at: index.span(...split.at),
      message: `docker compose will not start: "${split.message}": compose splits a string command like a shell line without running one. Close the quote, or write the command as a list.`
    });
    return { fact: { form: "string", span, args: [] }, words: [] };
  }
  const fact = { form: "string", span, args: split.words.map((w) => index.span(...w.raw)) };
  if (split.droppedFrom) fact.dropped = index.span(...split.droppedFrom);
  return { fact, words: split.words, ...split.uncertain ? { uncertain: split.uncertain } : {} };
}

// src/sources/compose/environment.ts
var SECRET_NAME = /PASSWORD|PASS|SECRET|TOKEN/i;
function readEnvironment(values, node) {
  const { tree, index, env } = values;
  const result = { vars: [], known: /* @__PURE__ */ new Map() };
  const add = (name, nameSpan, value, valueAt) => {
    const isSecret = SECRET_NAME.test(name);
    const entry = { name, nameSpan, value: isSecret && value.known ? known("\xABredacted\xBB", value.span) : value };
    if (isSecret && value.known) entry.secret = new Secret(value.value, value.span);
    const dollars = isSecret && valueAt ? values.dollarsWithin(...valueAt) : [];
    if (dollars.length) entry.dollars = dollars;
    result.vars.push(entry);
    if (value.known) result.known.set(name, value.value);
  };
  const fromProject = (name, span) => {
    const value = env.get(name);
    return value === void 0 ? unknown(`${name} takes its value from where compose runs`, span) : known(value, span);
  };
  const list = tree.seq(node);
  if (list) {
    for (const item of list) {
      const text = values.mapped(item);
      if (!text) continue;
      const eq = text.text.indexOf("=");
      const name = eq === -1 ? text.text : text.text.slice(0, eq);
      const nameSpan = index.span(...sourceRange(text, 0, name.length));
      if (eq === -1) {
        add(name, nameSpan, fromProject(name, nameSpan));
        continue;
      }
      const valueAt = sourceRange(text, eq + 1, text.text.length);
      const valueSpan = index.span(...valueAt);
      const hole = holeIn(text, eq + 1);
      add(name, nameSpan, hole ? unknown(hole.why, valueSpan) : known(text.text.slice(eq + 1), valueSpan), valueAt);
    }
    return result;
  }
  for (const entry of tree.entries(node)) {
    const nameSpan = values.span(entry.keyNode);
    const value = values.string(entry.value);
    add(entry.key, nameSpan, value ?? fromProject(entry.key, nameSpan), value ? tree.range(entry.value) : void 0);
  }
  return result;
}

// src/sources/compose/image.ts
var PRODUCTS = {
  redis: "redis",
  "redis-sentinel": "redis",
  "redis-stack": "redis",
  "redis-stack-server": "redis",
  valkey: "valkey",
  "valkey-sentinel": "valkey"
};
function readImage(values, node) {
  const text = values.string(node);
  if (!text) return void 0;
  const span = text.span;
  if (!text.known) return { text, span, family: "other", version: { kind: "unknown", why: text.why } };
  const reference = parseReference(text.value);
  const name = reference.path.slice(reference.path.lastIndexOf("/") + 1);
  const product = PRODUCTS[name];
  const fact = { text, span, repository: reference.path, family: familyOf(reference.path), version: versionOf(reference) };
  if (reference.tag !== void 0) fact.tag = reference.tag;
  if (product) fact.product = product;
  return fact;
}
function parseReference(text) {
  let rest = text.trim();
  let digest;
  const at2 = rest.indexOf("@");
  if (at2 !== -1) {
    digest = rest.slice(at2 + 1);
    rest = rest.slice(0, at2);
  }
  const parts = rest.split("/");
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === "localhost")) parts.shift();
  const last = parts[parts.length - 1] ?? "";
  const colon = last.lastIndexOf(":");
  let tag;
  if (colon !== -1) {
    tag = last.slice(colon + 1);
    parts[parts.length - 1] = last.slice(0, colon);
  }
  let path = parts.join("/");
  if (path.startsWith("library/")) path = path.slice("library/".length);
  return { path, ...tag !== void 0 ? { tag } : {}, ...digest !== void 0 ? { digest } : {} };
}
function familyOf(path) {
  if (path === "redis" || path === "valkey/valkey") return "official";
  if (path.startsWith("bitnami/")) return "bitnami";
  if (path.startsWith("redis/redis-stack")) return "redis-stack";
  return "other";
}
function versionOf(reference) {
  const { tag } = reference;
  if (tag === void 0 && reference.digest) return { kind: "unknown", why: "the image is pinned by digest, without a tag" };
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?=$|[-_+.a-z])/.exec(tag ?? "");
  if (!match) return { kind: "floating" };
  const major = Number(match[1]);
  if (match[2] === void 0) return { kind: "floating", major };
  const version = { kind: "exact", major, minor: Number(match[2]) };
  if (match[3] !== void 0) version.patch = Number(match[3]);
  return version;
}

// src/sources/compose/ports.ts
function readPorts(values, node) {
  const { tree } = values;
  return (tree.seq(node) ?? []).map((item) => {
    const span = values.span(item);
    if (tree.map(item)) return { span, mapping: longSyntax(values, item) };
    const text = values.string(item);
    if (!text) return { span, mapping: unknown("an empty port entry", span) };
    if (!text.known) return { span, mapping: text };
    const mapping = shortSyntax(text.value);
    return { span, mapping: mapping ? known(mapping, span) : unknown("not a port mapping compose accepts", span) };
  });
}
function shortSyntax(text) {
  let rest = text.trim();
  let protocol = "tcp";
  const slash = rest.lastIndexOf("/");
  if (slash !== -1) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  let hostIp;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (bracket) {
    hostIp = bracket[1];
    rest = bracket[2];
  }
  const parts = rest.split(":");
  if (!hostIp && parts.length === 3) hostIp = parts.shift();
  if (parts.length > 2 || bracket && parts.length !== 2) return void 0;
  const target = range(parts[parts.length - 1]);
  if (!target) return void 0;
  const mapping = { target, protocol };
  if (hostIp !== void 0) mapping.hostIp = hostIp;
  if (parts.length === 2 && parts[0] !== "") {
    const published = range(parts[0]);
    if (!published) return void 0;
    mapping.published = published;
  }
  return mapping;
}
function range(text) {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return void 0;
  const start2 = Number(match[1]);
  const end = match[2] === void 0 ? start2 : Number(match[2]);
  return start2 <= end && end <= 65535 ? { start: start2, end } : void 0;
}
function longSyntax(values, node) {
  const { tree } = values;
  const span = values.span(node);
  const field = (key) => values.string(tree.get(node, key));
  const target = field("target");
  const published = field("published");
  const hostIp = field("host_ip");
  const protocol = field("protocol");
  for (const value of [target, published, hostIp, protocol]) if (value && !value.known) return unknown(value.why, value.span);
  const targetRange = target?.known ? range(target.value) : void 0;
  if (!targetRange) return unknown("a long-syntax port needs a target port", span);
  const mapping = { target: targetRange, protocol: protocol?.known ? protocol.value.toLowerCase() : "tcp" };
  if (published?.known && published.value !== "") {
    const publishedRange = range(published.value);
    if (!publishedRange) return unknown("not a port compose accepts", published.span);
    mapping.published = publishedRange;
  }
  if (hostIp?.known) mapping.hostIp = hostIp.value;
  return known(mapping, span);
}

// src/sources/compose/run.ts
import { posix as posix2 } from "node:path";

// src/sources/compose/conf-text.ts
var TRIM = " 	\r\n";
function confLinesOf(content, index, firstNumber = 1) {
  const made = { lines: [], unknownValues: [] };
  const text = content.text;
  let number = firstNumber - 1;
  for (let start2 = 0; start2 <= text.length; ) {
    let end = text.indexOf("\n", start2);
    if (end === -1) end = text.length;
    number++;
    let from = start2;
    let to = end;
    start2 = end + 1;
    while (from < to && TRIM.includes(text[from])) from++;
    while (to > from && TRIM.includes(text[to - 1])) to--;
    if (from === to || text[from] === "#") continue;
    const line = confLineOf(slice(content, from, to), index, number, made.unknownValues);
    if (line) made.lines.push(line);
  }
  return made;
}
function confLineOf(line, index, number, unknownValues) {
  const [lineStart, lineEnd] = sourceRange(line, 0, line.text.length);
  const span = index.span(lineStart, lineEnd);
  const split = splitArgs(line.text);
  if (!split.ok) {
    const [quoteAt] = sourceRange(line, split.at, split.at + 1);
    return { ok: false, number, span, quoteSpan: index.span(quoteAt, lineEnd) };
  }
  if (split.tokens.length === 0) return void 0;
  const tokens = split.tokens.map((t) => confToken(line, t.start, t.end, t.value, t.quoted, index, unknownValues));
  return { ok: true, number, span, tokens };
}
function confToken(text, start2, end, value, quoted, index, unknownValues) {
  const [from, to] = sourceRange(text, start2, end);
  const token = { value, quoted, start: from, end: to, span: index.span(from, to) };
  const hole = holeIn(text, start2, end);
  if (hole) unknownValues.push({ at: token.span, why: hole.why });
  return token;
}

// src/sources/compose/command-line.ts
var EXITS = /* @__PURE__ */ new Map([
  ["-v", "--version"],
  ["--version", "--version"],
  ["-h", "--help"],
  ["--help", "--help"],
  ["--test-memory", "--test-memory"],
  ["--check-system", "--check-system"]
]);
function readServerArgs(args, index) {
  const result = { sentinelFlag: false, lines: [], unknownValues: [], unknownLines: [], readsStdin: false };
  const text = (w) => w.value.text;
  result.sentinelFlag = args.some((w) => text(w) === "--sentinel");
  const first = args[0];
  if (first && EXITS.has(text(first))) {
    result.exitsWith = EXITS.get(text(first));
    return result;
  }
  let j = 0;
  if (first && !text(first).startsWith("-")) {
    result.confFile = first;
    j = 1;
  }
  const lines = [];
  let current;
  let handledLast = true;
  for (; j < args.length; j++) {
    const word = args[j];
    const arg = text(word);
    const last = j === args.length - 1;
    const nextIsOption = !last && text(args[j + 1]).startsWith("--");
    if (arg === "-" && (j === 0 || last)) {
      result.readsStdin = true;
    } else if (handledLast && arg.startsWith("--")) {
      current = [];
      lines.push(current);
      current.push({ kind: "name", text: slice(word.value, 2) });
      const split = splitArgs(arg);
      const count = split.ok ? split.tokens.length : 0;
      if (count === 1) {
        handledLast = false;
        const lower = arg.toLowerCase();
        if (lower === "--save" && (nextIsOption || last)) {
          current.push({ kind: "synthetic", synthetic: { value: "", at: word } });
          handledLast = nextIsOption;
        } else if (lower === "--sentinel" && nextIsOption) {
          handledLast = true;
        }
      } else {
        handledLast = true;
      }
    } else {
      if (!current) lines.push(current = []);
      current.push({ kind: "value", word });
      handledLast = true;
    }
  }
  let number = 0;
  for (const pieces of lines) {
    for (const line of linesOf(pieces)) {
      number++;
      const made = confLineOfPieces(line, index, number, result);
      if (made) result.lines.push(made);
    }
  }
  return result;
}
function linesOf(pieces) {
  const out = [[]];
  for (const piece of pieces) {
    if (piece.kind !== "name" || !piece.text.text.includes("\n")) {
      out[out.length - 1].push(piece);
      continue;
    }
    const parts = piece.text.text.split("\n");
    let offset = 0;
    parts.forEach((part, k) => {
      if (k > 0) out.push([]);
      out[out.length - 1].push({ kind: "name", text: slice(piece.text, offset, offset + part.length) });
      offset += part.length + 1;
    });
  }
  return out;
}
function confLineOfPieces(pieces, index, number, result) {
  const tokens = [];
  for (const piece of pieces) {
    if (piece.kind === "value") {
      const [start2, end] = piece.word.raw;
      const token = { value: piece.word.value.text, quoted: true, start: start2, end, span: index.span(start2, end) };
      const hole = holeIn(piece.word.value);
      if (hole) result.unknownValues.push({ at: token.span, why: hole.why });
      tokens.push(token);
    } else if (piece.kind === "synthetic") {
      const [start2, end] = piece.synthetic.at.raw;
      tokens.push({ value: piece.synthetic.value, quoted: true, start: start2, end, span: index.span(start2, end) });
    } else {
      const trimmed = trim(piece.text);
      if (tokens.length === 0 && trimmed.text.startsWith("#")) return void 0;
      const split = splitArgs(trimmed.text);
      if (!split.ok) {
        const [quoteAt] = sourceRange(trimmed, split.at, split.at + 1);
        const [lineStart, lineEnd] = sourceRange(trimmed, 0, trimmed.text.length);
        return { ok: false, number, span: index.span(lineStart, lineEnd), quoteSpan: index.span(quoteAt, lineEnd) };
      }
      for (const t of split.tokens) tokens.push(confToken(trimmed, t.start, t.end, t.value, t.quoted, index, result.unknownValues));
    }
  }
  const [name] = tokens;
  if (!name) return void 0;
  if (name.value.length > 0 && holeOfName(pieces)) {
    result.unknownLines.push({ at: name.span, why: holeOfName(pieces).why });
    result.unknownValues = result.unknownValues.filter((u) => !tokens.some((t) => t.span === u.at));
    return void 0;
  }
  const first = tokens[0];
  const lastToken = tokens[tokens.length - 1];
  const span = index.span(Math.min(first.start, lastToken.start), Math.max(first.end, lastToken.end));
  return { ok: true, number, span, tokens };
}
function holeOfName(pieces) {
  const first = pieces[0];
  if (first?.kind !== "name") return void 0;
  const trimmed = trim(first.text);
  const split = splitArgs(trimmed.text);
  const nameToken = split.ok ? split.tokens[0] : void 0;
  return nameToken ? holeIn(trimmed, nameToken.start, nameToken.end) : void 0;
}
function trim(text) {
  let start2 = 0;
  while (start2 < text.text.length && " 	\r\n".includes(text.text[start2])) start2++;
  return start2 === 0 ? text : new MappedTextBuilder(text.anchor).append(text, start2).build();
}

// src/sources/compose/bitnami.ts
var SERVER_CONF = "/opt/bitnami/redis/etc/redis.conf";
var MOUNTED_CONF = "/opt/bitnami/redis/mounted-etc/redis.conf";
var OVERRIDES_CONF = "/opt/bitnami/redis/mounted-etc/overrides.conf";
var SENTINEL_CONF = "/opt/bitnami/redis-sentinel/etc/sentinel.conf";
var PERSISTED_SENTINEL_CONF = "/bitnami/redis-sentinel/conf/sentinel.conf";
function readBitnamiRun(input) {
  const { image } = input;
  const mode = image.repository === "bitnami/redis" ? "server" : image.repository === "bitnami/redis-sentinel" ? "sentinel" : void 0;
  if (!mode) return void 0;
  const version = image.version;
  const major = version.kind === "unknown" ? void 0 : version.major;
  if (version.kind === "unknown" || major !== void 0 && major < 7) {
    return { processes: [], runsUnknown: "the Bitnami image builds the server's flags from environment variables at start-up, and its scripts before 7.0 are not modelled" };
  }
  const builder = new ConfBuilder(input);
  const outcome = mode === "server" ? serverConf(builder) : sentinelConf(builder);
  if (outcome.refuses) return { processes: [], runsUnknown: `the Bitnami image refuses to start: ${outcome.refuses}` };
  const process2 = {
    executable: mode === "server" ? "redis-server" : "redis-sentinel",
    product: "redis",
    mode,
    span: image.span,
    startedBy: "image",
    certain: true,
    flags: [],
    unknownValues: [],
    unknownLines: []
  };
  const path = mode === "server" ? SERVER_CONF : SENTINEL_CONF;
  const flags = runFlags(builder, mode === "server" && !outcome.unknown);
  process2.flags = flags.lines;
  process2.unknownValues.push(...flags.unknownValues);
  process2.unknownLines.push(...flags.unknownLines);
  if (flags.unknown && !outcome.unknown) outcome.unknown = flags.unknown;
  if (outcome.copiedFrom) {
    process2.confFile = { path: known(path, image.span), containerPath: path, content: { kind: "copied", from: outcome.copiedFrom, appended: [] } };
  } else if (outcome.unknown) {
    process2.confFile = { path: known(path, image.span), containerPath: path, content: { kind: "unknown", why: outcome.unknown } };
    process2.configUnknown = outcome.unknown;
  } else {
    const written = builder.lines();
    process2.confFile = { path: known(path, image.span), containerPath: path, content: { kind: "written", lines: written.lines } };
    process2.unknownValues.push(...written.unknownValues);
  }
  return { processes: [process2] };
}
var ConfBuilder = class {
  #input;
  #byName = /* @__PURE__ */ new Map();
  #entries = [];
  imageAnchor;
  constructor(input) {
    this.#input = input;
    for (const entry of input.env) this.#byName.set(entry.name, entry);
    this.imageAnchor = rangeOf(input.index, input.image.span);
  }
  get input() {
    return this.#input;
  }
  env(name) {
    const entry = this.#byName.get(name);
    const fromFile = this.#byName.get(`${name}_FILE`);
    if (fromFile) return { kind: "unknown", entry: fromFile, why: `${name} is read from the file ${name}_FILE names` };
    if (!entry) return { kind: "absent" };
    const text = this.#input.values.get(name);
    if (!entry.value.known || text === void 0) return { kind: "unknown", entry, why: entry.value.known ? `${name} is not known` : entry.value.why };
    return text === "" ? { kind: "absent", entry } : { kind: "known", text, entry };
  }
  /** `redis_conf_set`: the line replaces the file's lines of that directive, or is added. */
  set(name, anchor, ...parts) {
    const at2 = this.anchorOf(anchor);
    const index = this.#entries.findIndex((e) => e.name === name);
    if (index === -1) this.#entries.push({ name, anchor: at2, parts });
    else this.#entries[index] = { name, anchor: at2, parts };
  }
  /** A line appended after the others (`save`, `rename-command`). */
  append(name, anchor, ...parts) {
    this.#entries.push({ name, anchor: this.anchorOf(anchor), parts });
  }
  remove(name) {
    for (let i = this.#entries.length - 1; i >= 0; i--) if (this.#entries[i].name === name) this.#entries.splice(i, 1);
  }
  /** Literal text is mapped to the variable's name when a variable decided the line, else to the image. */
  anchorOf(value) {
    return value?.entry ? rangeOf(this.#input.index, value.entry.nameSpan) : this.imageAnchor;
  }
  mapped(anchor, parts) {
    const out = new MappedTextBuilder(anchor);
    parts.forEach((part, k) => {
      if (k > 0) out.push(" ", anchor[0], anchor[1]);
      if (typeof part === "string") out.push(part, anchor[0], anchor[1]);
      else if (part.kind === "runtime") out.push(part.placeholder, anchor[0], anchor[1], { why: part.why });
      else appendValue(out, part, this.#input.index);
    });
    return out.build();
  }
  lines() {
    const unknownValues = [];
    const lines = [];
    this.#entries.forEach((entry, k) => {
      const line = confLineOf(this.mapped(entry.anchor, [entry.name, ...entry.parts]), this.#input.index, k + 1, unknownValues);
      if (line) lines.push(line);
    });
    return { lines, unknownValues };
  }
};
function appendValue(out, value, index) {
  if (value.kind === "absent") return;
  const [start2, end] = rangeOf(index, value.entry.value.span);
  if (value.kind === "unknown") {
    const hole = { why: value.why };
    out.push(`\${${value.entry.name}}`, start2, end, hole);
    return;
  }
  const verbatim = index.text.slice(start2, end) === value.text;
  for (let i = 0; i < value.text.length; i++) {
    if (verbatim) out.push(value.text[i], start2 + i, start2 + i + 1);
    else out.push(value.text[i], start2, end);
  }
}
function rangeOf(index, span) {
  const start2 = (index.lineStarts[span.line - 1] ?? 0) + span.column - 1;
  const end = (index.lineStarts[span.endLine - 1] ?? 0) + span.endColumn - 1;
  return [start2, Math.max(start2, end)];
}
var isYes = (text) => /^(1|yes|true)$/i.test(text);
function boolOf(value, fallback) {
  if (value.kind === "unknown") return { unknown: value.why };
  return value.kind === "known" ? isYes(value.text) : fallback;
}
function firstUnknown(builder, names) {
  for (const name of names) {
    const value = builder.env(name);
    if (value.kind === "unknown") return value.why;
  }
  return void 0;
}
function unmodelled(builder, names) {
  for (const name of names) if (builder.env(name).kind !== "absent") return `${name} configures what sentinel-lint does not model`;
  return void 0;
}
var normal = (path) => path.replace(/\/+$/, "") || "/";
function mountedOver(builder, path, which = () => true) {
  for (const mount of builder.input.mountTargets) {
    if (!which(mount)) continue;
    if (mount.path === void 0) return `a mount whose target is not known statically may hold ${path}`;
    const target = normal(mount.path);
    if (target === path || path.startsWith(target === "/" ? "/" : `${target}/`)) return `the mount at ${target} may hold ${path}`;
  }
  return void 0;
}
function serverConf(builder) {
  const { input } = builder;
  const env = (name) => builder.env(name);
  if (input.hasEnvFile) return { unknown: "env_file may set the variables the Bitnami image configures the server from" };
  const mountedFile = input.mountTargets.some((m) => m.path !== void 0 && normal(m.path) === MOUNTED_CONF);
  const others = (m) => m.path === void 0 || normal(m.path) !== MOUNTED_CONF;
  const overrides = mountedOver(builder, OVERRIDES_CONF, others);
  if (mountedFile && !overrides) return { copiedFrom: MOUNTED_CONF };
  const mounted = overrides ?? mountedOver(builder, MOUNTED_CONF) ?? mountedOver(builder, SERVER_CONF);
  if (mounted) return { unknown: mounted };
  const notModelled = unmodelled(builder, ["REDIS_TLS_ENABLED", "REDIS_USER", "REDIS_REQUIREPASS", "REDIS_MASTER_USER", "REDIS_ACLFILE", "REDIS_OVERRIDES_FILE", "REDIS_SENTINEL_HOST", "REDIS_IO_THREADS", "REDIS_IO_THREADS_DO_READS", "REDIS_REPLICA_IP"]);
  const structural = firstUnknown(builder, ["ALLOW_EMPTY_PASSWORD", "REDIS_ALLOW_REMOTE_CONNECTIONS", "REDIS_RDB_POLICY", "REDIS_RDB_POLICY_DISABLED", "REDIS_REPLICATION_MODE", "REDIS_DISABLE_COMMANDS", "REDIS_EXTRA_FLAGS"]);
  const allowEmpty = boolOf(env("ALLOW_EMPTY_PASSWORD"), false) === true;
  const password = env("REDIS_PASSWORD");
  const masterPasswordSet = env("REDIS_MASTER_PASSWORD");
  const masterPassword = masterPasswordSet.kind === "absent" ? password : masterPasswordSet;
  const modeValue = env("REDIS_REPLICATION_MODE");
  const mode = modeValue.kind === "known" ? modeValue.text : void 0;
  if (!structural) {
    if (!allowEmpty && password.kind === "absent") return { refuses: "REDIS_PASSWORD is empty and ALLOW_EMPTY_PASSWORD is not yes" };
    if (mode !== void 0 && !["master", "slave", "replica"].includes(mode)) return { refuses: `REDIS_REPLICATION_MODE ${mode} is not master, slave or replica` };
    if ((mode === "slave" || mode === "replica") && !allowEmpty && masterPassword.kind === "absent") {
      return { refuses: "REDIS_MASTER_PASSWORD is empty and ALLOW_EMPTY_PASSWORD is not yes" };
    }
  }
  if (notModelled) return { unknown: notModelled };
  if (structural) return { unknown: structural };
  if (allowEmpty && (password.kind === "unknown" || mode && masterPassword.kind === "unknown")) {
    return { unknown: `${password.kind === "unknown" ? "REDIS_PASSWORD" : "REDIS_MASTER_PASSWORD"} may be empty, which decides whether a password is set` };
  }
  builder.set("bind", void 0, "127.0.0.1", "-::1");
  builder.set("protected-mode", void 0, "yes");
  builder.set("port", void 0, "6379");
  builder.set("pidfile", void 0, "/opt/bitnami/redis/tmp/redis.pid");
  builder.set("logfile", void 0, '""');
  builder.set("dir", void 0, "/bitnami/redis/data");
  builder.set("appendonly", void 0, "no");
  builder.append("save", void 0, '""');
  if (allowEmpty) builder.set("protected-mode", env("ALLOW_EMPTY_PASSWORD"), "no");
  const remote = env("REDIS_ALLOW_REMOTE_CONNECTIONS");
  if (boolOf(remote, true) === true) builder.set("bind", remote, "0.0.0.0", "::");
  const aof = env("REDIS_AOF_ENABLED");
  builder.set("appendonly", aof, aof.kind === "absent" ? "yes" : aof);
  const policy = env("REDIS_RDB_POLICY");
  if (policy.kind === "known") {
    builder.remove("save");
    for (const rule of policy.text.split(/[ \t\n]+/).filter(Boolean)) builder.append("save", policy, ...rule.split("#"));
  } else if (boolOf(env("REDIS_RDB_POLICY_DISABLED"), false) === true) {
    builder.set("save", env("REDIS_RDB_POLICY_DISABLED"), '""');
  }
  const port = env("REDIS_PORT_NUMBER");
  builder.set("port", port, port.kind === "absent" ? "6379" : port);
  if (password.kind !== "absent") builder.set("requirepass", password, password);
  else builder.remove("requirepass");
  const disabled = env("REDIS_DISABLE_COMMANDS");
  if (disabled.kind === "known") {
    const seen = /* @__PURE__ */ new Set();
    for (const command of disabled.text.split(/[, \t\n]+/).filter(Boolean)) {
      if (seen.has(command)) continue;
      seen.add(command);
      builder.append("rename-command", disabled, command, '""');
    }
  }
  if (mode) {
    const masterPort = env("REDIS_MASTER_PORT_NUMBER");
    const replicaPort = env("REDIS_REPLICA_PORT");
    builder.set("replica-announce-ip", modeValue, { kind: "runtime", placeholder: "$(get_machine_ip)", why: "the container's IP address at start-up" });
    const announcedPort = replicaPort.kind !== "absent" ? replicaPort : masterPort;
    builder.set("replica-announce-port", announcedPort.kind === "absent" ? modeValue : announcedPort, announcedPort.kind === "absent" ? "6379" : announcedPort);
    if (masterPassword.kind !== "absent") {
      builder.set("masteruser", modeValue, "default");
      builder.set("masterauth", masterPassword, masterPassword);
    }
    if (mode === "slave" || mode === "replica") {
      const host = env("REDIS_MASTER_HOST");
      if (host.kind === "absent") return { refuses: "REDIS_MASTER_HOST is empty, so the replica waits for a master that is never named" };
      builder.set("replicaof", host, host, masterPort.kind === "absent" ? "6379" : masterPort);
    }
  }
  return {};
}
function sentinelConf(builder) {
  const { input } = builder;
  const env = (name) => builder.env(name);
  if (input.hasEnvFile) return { unknown: "env_file may set the variables the Bitnami image configures Sentinel from" };
  const persisted = mountedOver(builder, PERSISTED_SENTINEL_CONF, (m) => m.bind || m.path === void 0);
  if (persisted) return { unknown: `${persisted}, which the Bitnami image then uses as it is` };
  const etc = mountedOver(builder, SENTINEL_CONF);
  if (etc) return { unknown: etc };
  const notModelled = unmodelled(builder, ["REDIS_SENTINEL_TLS_ENABLED"]);
  if (notModelled) return { unknown: notModelled };
  const structural = firstUnknown(builder, ["REDIS_SENTINEL_PASSWORD", "REDIS_MASTER_PASSWORD", "REDIS_MASTER_USER", "REDIS_SENTINEL_ANNOUNCE_IP", "REDIS_SENTINEL_ANNOUNCE_PORT"]);
  if (structural) return { unknown: `${structural}, and whether it is empty decides a line` };
  for (const name of ["REDIS_SENTINEL_QUORUM", "REDIS_SENTINEL_DOWN_AFTER_MILLISECONDS", "REDIS_SENTINEL_FAILOVER_TIMEOUT"]) {
    const value = env(name);
    if (value.kind === "known" && !/^\d+$/.test(value.text)) return { refuses: `${name} is not a positive integer` };
    if (value.kind === "known" && Number(value.text) <= 0) return { refuses: `${name} is not a positive integer` };
  }
  const orDefault = (value, fallback) => value.kind === "absent" ? fallback : value;
  const set = env("REDIS_MASTER_SET");
  const masterSet = orDefault(set, "mymaster");
  builder.set("port", void 0, "26379");
  builder.set("bind", void 0, "0.0.0.0", "::");
  builder.set("pidfile", void 0, "/opt/bitnami/redis-sentinel/tmp/redis-sentinel.pid");
  builder.set("daemonize", void 0, "no");
  builder.set("logfile", void 0, '""');
  const password = env("REDIS_SENTINEL_PASSWORD");
  if (password.kind !== "absent") builder.set("requirepass", password, password);
  const host = env("REDIS_MASTER_HOST");
  const port = env("REDIS_MASTER_PORT_NUMBER");
  const quorum = env("REDIS_SENTINEL_QUORUM");
  builder.set("sentinel monitor", set.kind === "absent" ? void 0 : set, masterSet, orDefault(host, "redis"), orDefault(port, "6379"), orDefault(quorum, "2"));
  const downAfter = env("REDIS_SENTINEL_DOWN_AFTER_MILLISECONDS");
  builder.set("sentinel down-after-milliseconds", downAfter.kind === "absent" ? void 0 : downAfter, masterSet, orDefault(downAfter, "60000"));
  const failover = env("REDIS_SENTINEL_FAILOVER_TIMEOUT");
  builder.set("sentinel failover-timeout", failover.kind === "absent" ? void 0 : failover, masterSet, orDefault(failover, "180000"));
  builder.set("sentinel parallel-syncs", void 0, masterSet, "1");
  const authPass = env("REDIS_MASTER_PASSWORD");
  if (authPass.kind !== "absent") builder.set("sentinel auth-pass", authPass, masterSet, authPass);
  const authUser = env("REDIS_MASTER_USER");
  if (authUser.kind !== "absent") builder.set("sentinel auth-user", authUser, masterSet, authUser);
  const announceIp = env("REDIS_SENTINEL_ANNOUNCE_IP");
  if (announceIp.kind !== "absent") builder.set("sentinel announce-ip", announceIp, announceIp);
  const announcePort = env("REDIS_SENTINEL_ANNOUNCE_PORT");
  if (announcePort.kind !== "absent") builder.set("sentinel announce-port", announcePort, announcePort);
  const resolve = env("REDIS_SENTINEL_RESOLVE_HOSTNAMES");
  builder.set("sentinel resolve-hostnames", resolve.kind === "absent" ? void 0 : resolve, orDefault(resolve, "yes"));
  const announce = env("REDIS_SENTINEL_ANNOUNCE_HOSTNAMES");
  builder.set("sentinel announce-hostnames", announce.kind === "absent" ? void 0 : announce, orDefault(announce, "no"));
  const reboot = env("REDIS_SENTINEL_MASTER_REBOOT_DOWN_AFTER_PERIOD");
  builder.set("SENTINEL master-reboot-down-after-period", reboot.kind === "absent" ? void 0 : reboot, masterSet, orDefault(reboot, "0"));
  const sentinelPort = env("REDIS_SENTINEL_PORT_NUMBER");
  builder.set("port", sentinelPort.kind === "absent" ? void 0 : sentinelPort, orDefault(sentinelPort, "26379"));
  return {};
}
function runFlags(builder, withExtra) {
  const { index } = builder.input;
  const anchor = builder.imageAnchor;
  const word = (text) => ({ value: builder.mapped(anchor, [text]), raw: anchor });
  const words = [word("--daemonize"), word("no")];
  const extra = builder.env("REDIS_EXTRA_FLAGS");
  if (withExtra && extra.kind === "known") {
    const [start2, end] = rangeOf(index, extra.entry.value.span);
    const verbatim = index.text.slice(start2, end) === extra.text;
    for (const match of extra.text.matchAll(/[^ \t\n]+/g)) {
      const from = match.index;
      const to = from + match[0].length;
      const value = new MappedTextBuilder(verbatim ? [start2 + from, start2 + to] : [start2, end]);
      for (let i = from; i < to; i++) value.push(extra.text[i], verbatim ? start2 + i : start2, verbatim ? start2 + i + 1 : end);
      words.push({ value: value.build(), raw: verbatim ? [start2 + from, start2 + to] : [start2, end] });
    }
  }
  const parsed = readServerArgs(words, index);
  const result = { lines: parsed.lines, unknownValues: parsed.unknownValues, unknownLines: parsed.unknownLines };
  if (parsed.exitsWith) return { ...result, unknown: `${parsed.exitsWith} in REDIS_EXTRA_FLAGS makes it print and exit instead of serving` };
  if (parsed.readsStdin) return { ...result, unknown: "REDIS_EXTRA_FLAGS makes it read more configuration from standard input" };
  return result;
}

// src/sources/compose/programs.ts
var PROGRAMS = {
  "redis-server": { executable: "redis-server", product: "redis", sentinelByName: false },
  "redis-sentinel": { executable: "redis-sentinel", product: "redis", sentinelByName: true },
  "valkey-server": { executable: "valkey-server", product: "valkey", sentinelByName: false },
  "valkey-sentinel": { executable: "valkey-sentinel", product: "valkey", sentinelByName: true }
};
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);
function programOf(argv0) {
  return PROGRAMS[baseName(argv0)];
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh"]);
function unwrap(words) {
  const name = baseName(words[0] ?? "");
  switch (name) {
    case "exec":
    case "nohup":
    case "time":
      return 1;
    case "gosu":
    case "su-exec":
      return 2;
    // gosu USER command…
    case "env": {
      let i = 1;
      while (i < words.length && (words[i].includes("=") || words[i].startsWith("-"))) i++;
      return i;
    }
    case "setpriv": {
      const dashes = words.indexOf("--");
      return dashes === -1 ? 0 : dashes + 1;
    }
    case "timeout": {
      let i = 1;
      while (i < words.length && words[i].startsWith("-")) i++;
      return i + 1;
    }
    default:
      return 0;
  }
}
function officialEntrypointPrepends(firstArg) {
  return firstArg !== void 0 && (firstArg.startsWith("-") || firstArg.endsWith(".conf"));
}

// src/sources/compose/sh-expand.ts
function expandWord(script, word, vars) {
  const fields = [];
  let field = new MappedTextBuilder(sourceRange(script, word.start, word.end));
  let keep = false;
  const close = () => {
    if (field.length > 0 || keep) fields.push(field.build());
    field = new MappedTextBuilder(sourceRange(script, word.start, word.end));
    keep = false;
  };
  for (const part of word.parts) {
    if (part.kind === "lit") {
      field.append(part.text);
      keep ||= part.quoted;
      continue;
    }
    const expanded = expandPart(part, vars);
    if (expanded.kind === "hole") {
      appendHole(field, part, expanded.hole);
      keep = true;
      continue;
    }
    const [from, to] = part.raw.anchor;
    if (part.quoted) {
      for (const char of expanded.text) field.push(char, from, to);
      keep = true;
      continue;
    }
    for (const char of expanded.text) {
      if (char === " " || char === "	" || char === "\n") close();
      else field.push(char, from, to);
    }
  }
  close();
  return fields;
}
function expandPart(part, vars) {
  if (part.kind === "subst") return { kind: "hole", hole: { why: `the output of "${part.label}" is known only when the script runs` } };
  const value = /^[A-Za-z_]/.test(part.name) ? vars(part.name) : void 0;
  const unknownWhy = value && !value.known ? value.why : `$${part.name} is set only when the container runs`;
  const literalOperand = /^[^$`'"\\]*$/.test(part.operand.text) ? part.operand.text : void 0;
  const set = value?.known === true;
  const text = set ? value.text : "";
  switch (part.op) {
    case "":
      return set ? { kind: "text", text } : { kind: "hole", hole: { why: unknownWhy } };
    case ":-":
    case "-":
    case ":=":
    case "=":
      if (set && (part.op.startsWith(":") ? text !== "" : true)) return { kind: "text", text };
      return { kind: "hole", hole: { why: unknownWhy } };
    case ":+":
    case "+":
      if (!set) return { kind: "hole", hole: { why: unknownWhy } };
      if (part.op === ":+" && text === "") return { kind: "text", text: "" };
      return literalOperand !== void 0 ? { kind: "text", text: literalOperand } : { kind: "hole", hole: { why: unknownWhy } };
    case ":?":
    case "?":
      return set ? { kind: "text", text } : { kind: "hole", hole: { why: unknownWhy } };
    default:
      return { kind: "hole", hole: { why: `\${${part.name}${part.op}\u2026} is worked out only when the script runs` } };
  }
}
function appendHole(field, part, hole) {
  const raw = part.raw;
  if (/^[^\s'"\\]+$/.test(raw.text)) {
    field.append(raw, 0, raw.text.length, hole);
    return;
  }
  const stand = part.kind === "param" ? `\${${part.name}}` : `$(${part.label.replace(/[\s'"\\]/g, "")})`;
  const [from, to] = raw.anchor;
  for (const char of stand) field.push(char, from, to, hole);
}

// src/sources/compose/sh-lexer.ts
var OPERATORS = ["&&", "||", ";;", "&>>", "&>", "<<-", "<<", ">>", ">|", ">&", "<&", "<>", ";", "&", "|", "(", ")", ">", "<"];
var REDIRECTIONS = /* @__PURE__ */ new Set(["&>>", "&>", "<<-", "<<", ">>", ">|", ">&", "<&", "<>", ">", "<"]);
var isBlank = (c) => c === " " || c === "	";
var endsWord = (c) => c === void 0 || isBlank(c) || c === "\n" || ";&|<>()".includes(c);
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
var LexError = class extends Error {
  constructor(why, at2) {
    super(why);
    this.why = why;
    this.at = at2;
  }
  why;
  at;
};
function lexScript(script) {
  try {
    return { ok: true, tokens: new Lexer(script).run() };
  } catch (error) {
    if (error instanceof LexError) return { ok: false, why: error.why, at: error.at };
    throw error;
  }
}
var Lexer = class {
  constructor(script) {
    this.script = script;
    this.s = script.text;
  }
  script;
  s;
  i = 0;
  tokens = [];
  pending = [];
  run() {
    const { s } = this;
    while (this.i < s.length) {
      const c = s[this.i];
      if (this.script.holes[this.i]) {
        this.tokens.push({ kind: "word", word: this.word() });
      } else if (isBlank(c) || c === "\r") {
        this.i++;
      } else if (c === "\\" && s[this.i + 1] === "\n") {
        this.i += 2;
      } else if (c === "#") {
        while (this.i < s.length && s[this.i] !== "\n") this.i++;
      } else if (c === "\n") {
        this.tokens.push({ kind: "op", op: "newline", at: this.i++ });
        this.readHeredocs();
      } else {
        const op = OPERATORS.find((o) => s.startsWith(o, this.i));
        if (op) this.operator(op, void 0);
        else this.wordOrIoNumber();
      }
    }
    this.readHeredocs();
    return this.tokens;
  }
  operator(op, fd) {
    const at2 = this.i;
    this.i += op.length;
    if (!REDIRECTIONS.has(op)) {
      this.tokens.push({ kind: "op", op, at: at2 });
      return;
    }
    while (isBlank(this.s[this.i])) this.i++;
    if (endsWord(this.s[this.i])) throw new LexError(`a "${op}" redirection has no target`, at2);
    const target = this.word();
    const token = { kind: "redir", op, fd, at: at2, target };
    if (op === "<<" || op === "<<-") {
      const literal = target.parts.some((p) => p.kind === "lit" && p.quoted) || this.s.slice(target.start, target.end).includes("\\");
      const delimiter = target.parts.map((p) => p.kind === "lit" ? p.text.text : p.raw.text).join("");
      this.pending.push({ token, delimiter, literal, stripTabs: op === "<<-" });
    }
    this.tokens.push(token);
  }
  wordOrIoNumber() {
    const digits = /^[0-9]+/.exec(this.s.slice(this.i, this.i + 10))?.[0];
    if (digits && (this.s[this.i + digits.length] === ">" || this.s[this.i + digits.length] === "<")) {
      this.i += digits.length;
      const op = OPERATORS.find((o) => REDIRECTIONS.has(o) && this.s.startsWith(o, this.i));
      this.operator(op, Number(digits));
      return;
    }
    this.tokens.push({ kind: "word", word: this.word() });
  }
  /** A word up to the next unquoted blank or operator character. */
  word() {
    const { s } = this;
    const start2 = this.i;
    const parts = [];
    let lit = new MappedTextBuilder(this.script.anchor);
    let litQuoted = false;
    const flush = () => {
      if (lit.length > 0) parts.push({ kind: "lit", text: lit.build(), quoted: litQuoted });
      lit = new MappedTextBuilder(this.script.anchor);
    };
    const literal = (from, to, quoted) => {
      if (quoted !== litQuoted) flush();
      litQuoted = quoted;
      lit.append(this.script, from, to);
    };
    while (this.script.holes[this.i] || !endsWord(s[this.i])) {
      const c = s[this.i];
      if (this.script.holes[this.i]) {
        literal(this.i, this.i + 1, true);
        this.i++;
      } else if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        if (close === -1) throw new LexError("a single quote is never closed", this.i);
        if (close === this.i + 1) {
          flush();
          parts.push({ kind: "lit", text: slice(this.script, close, close), quoted: true });
        } else {
          literal(this.i + 1, close, true);
        }
        this.i = close + 1;
      } else if (c === '"') {
        const open = this.i++;
        let empty2 = true;
        while (s[this.i] !== '"') {
          if (this.i >= s.length) throw new LexError("a double quote is never closed", open);
          empty2 = false;
          const d = s[this.i];
          if (d === "\\" && '$`"\\\n'.includes(s[this.i + 1] ?? "")) {
            if (s[this.i + 1] !== "\n") literal(this.i + 1, this.i + 2, true);
            this.i += 2;
          } else if (d === "$" || d === "`") {
            const part = this.expansion(true);
            if (part) {
              flush();
              parts.push(part);
            } else {
              literal(this.i, this.i + 1, true);
              this.i++;
            }
          } else {
            literal(this.i, this.i + 1, true);
            this.i++;
          }
        }
        if (empty2) {
          flush();
          parts.push({ kind: "lit", text: slice(this.script, this.i, this.i), quoted: true });
        }
        this.i++;
      } else if (c === "\\") {
        if (s[this.i + 1] === "\n") this.i += 2;
        else if (this.i + 1 < s.length) {
          literal(this.i + 1, this.i + 2, true);
          this.i += 2;
        } else {
          this.i++;
        }
      } else if (c === "$" || c === "`") {
        const part = this.expansion(false);
        if (part) {
          flush();
          parts.push(part);
        } else {
          literal(this.i, this.i + 1, false);
          this.i++;
        }
      } else {
        literal(this.i, this.i + 1, false);
        this.i++;
      }
    }
    flush();
    return { parts, start: start2, end: this.i };
  }
  /** `$…` or `` `…` `` at this.i; undefined when the `$` is a literal dollar. */
  expansion(quoted) {
    const { s } = this;
    const at2 = this.i;
    if (s[at2] === "`") {
      let j = at2 + 1;
      while (j < s.length && s[j] !== "`") j += s[j] === "\\" ? 2 : 1;
      if (j >= s.length) throw new LexError("a backquote is never closed", at2);
      this.i = j + 1;
      return { kind: "subst", raw: slice(this.script, at2, j + 1), label: labelOf(s.slice(at2 + 1, j)), quoted };
    }
    const next = s[at2 + 1];
    if (next === "(") {
      const close = matchingClose(s, at2 + 1, "(", ")");
      if (close === -1) throw new LexError('a "$(" is never closed', at2);
      this.i = close + 1;
      const inner = s.slice(at2 + 2, close);
      return { kind: "subst", raw: slice(this.script, at2, close + 1), label: labelOf(inner.startsWith("(") ? "arithmetic" : inner), quoted };
    }
    if (next === "{") {
      const close = matchingClose(s, at2 + 1, "{", "}");
      if (close === -1) throw new LexError('a "${" is never closed', at2);
      this.i = close + 1;
      const inner = s.slice(at2 + 2, close);
      const name = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(inner);
      if (!name) throw new LexError('a "${\u2026}" expansion is malformed', at2);
      const opMatch = /^(:?[-+=?]|##?|%%?)?/.exec(inner.slice(name[0].length))[0];
      const operandStart = at2 + 2 + name[0].length + opMatch.length;
      return {
        kind: "param",
        name: name[1] ? `#${name[2]}` : name[2],
        op: opMatch,
        operand: slice(this.script, operandStart, close),
        raw: slice(this.script, at2, close + 1),
        quoted
      };
    }
    const named = NAME.exec(s.slice(at2 + 1, at2 + 200))?.[0] ?? (next && /[0-9@*#?$!-]/.test(next) ? next : void 0);
    if (!named) return void 0;
    this.i = at2 + 1 + named.length;
    return { kind: "param", name: named, op: "", operand: slice(this.script, this.i, this.i), raw: slice(this.script, at2, this.i), quoted };
  }
  /** Here-document bodies start on the line after the one that opened them (POSIX 2.7.4). */
  readHeredocs() {
    const { s } = this;
    for (const doc of this.pending.splice(0)) {
      const bodyStart = this.i;
      let bodyEnd = s.length;
      let after = s.length;
      for (let lineStart = this.i; lineStart < s.length; ) {
        let lineEnd = s.indexOf("\n", lineStart);
        if (lineEnd === -1) lineEnd = s.length;
        let text = s.slice(lineStart, lineEnd).replace(/\r$/, "");
        if (doc.stripTabs) text = text.replace(/^\t+/, "");
        if (text === doc.delimiter) {
          bodyEnd = lineStart;
          after = Math.min(s.length, lineEnd + 1);
          break;
        }
        lineStart = lineEnd + 1;
      }
      const body = this.heredocBody(bodyStart, bodyEnd, doc.literal, doc.stripTabs);
      doc.token.heredoc = { literal: doc.literal, body };
      this.i = after;
    }
  }
  heredocBody(start2, end, literal, stripTabs) {
    const { s } = this;
    const parts = [];
    let lit = new MappedTextBuilder(this.script.anchor);
    const flush = () => {
      if (lit.length > 0) parts.push({ kind: "lit", text: lit.build(), quoted: true });
      lit = new MappedTextBuilder(this.script.anchor);
    };
    let i = start2;
    let lineStart = true;
    while (i < end) {
      if (lineStart && stripTabs) while (i < end && s[i] === "	") i++;
      lineStart = false;
      const c = s[i];
      if (c === "\n") lineStart = true;
      if (!literal && c === "\\" && "$`\\\n".includes(s[i + 1] ?? "")) {
        if (s[i + 1] !== "\n") lit.append(this.script, i + 1, i + 2);
        i += 2;
      } else if (!literal && (c === "$" || c === "`")) {
        this.i = i;
        const part = this.expansion(true);
        if (part) {
          flush();
          parts.push(part);
          i = this.i;
        } else {
          lit.append(this.script, i, i + 1);
          i++;
        }
      } else {
        lit.append(this.script, i, i + 1);
        i++;
      }
    }
    flush();
    if (parts.length === 0) parts.push({ kind: "lit", text: slice(this.script, start2, start2), quoted: true });
    return { parts, start: start2, end };
  }
};
function labelOf(command) {
  return /^\s*([^\s;&|()]+)/.exec(command)?.[1] ?? "a command";
}
function matchingClose(s, open, opener, closer) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "'") {
      i = s.indexOf("'", i + 1);
      if (i === -1) return -1;
    } else if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') i += s[i] === "\\" ? 2 : 1;
    } else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i;
  }
  return -1;
}

// src/sources/compose/sh-parse.ts
var CLOSERS = /* @__PURE__ */ new Set(["then", "elif", "else", "fi", "do", "done", "esac", "}"]);
var SyntaxError = class extends Error {
  constructor(why, at2) {
    super(why);
    this.why = why;
    this.at = at2;
  }
  why;
  at;
};
function parseScript(tokens) {
  try {
    const parser = new Parser(tokens);
    const list = parser.list();
    const rest = parser.peek();
    if (rest) throw new SyntaxError(`unexpected "${describe(rest)}"`, at(rest));
    return { ok: true, list };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, why: error.why, at: error.at };
    throw error;
  }
}
function bare(word) {
  const [part, ...rest] = word.parts;
  return part && rest.length === 0 && part.kind === "lit" && !part.quoted ? part.text.text : void 0;
}
var at = (t) => t.kind === "word" ? t.word.start : t.at;
var describe = (t) => t.kind === "word" ? bare(t.word) ?? "word" : t.op === "newline" ? "end of line" : t.op;
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  i = 0;
  peek() {
    return this.tokens[this.i];
  }
  peekWord() {
    const t = this.peek();
    return t?.kind === "word" ? bare(t.word) : void 0;
  }
  isOp(op) {
    const t = this.peek();
    return t?.kind === "op" && t.op === op;
  }
  skipNewlines() {
    while (this.isOp("newline")) this.i++;
  }
  expectWord(word) {
    this.skipNewlines();
    if (this.peekWord() !== word) {
      const t = this.peek();
      throw new SyntaxError(`expected "${word}"`, t ? at(t) : Number.MAX_SAFE_INTEGER);
    }
    this.i++;
  }
  /** A list up to a closing reserved word, `)`, `;;` or the end. */
  list() {
    const list = [];
    for (; ; ) {
      this.skipNewlines();
      const t = this.peek();
      if (!t || t.kind === "op" && (t.op === ")" || t.op === ";;")) return list;
      const word = this.peekWord();
      if (word !== void 0 && CLOSERS.has(word)) return list;
      const andOr = this.andOr();
      list.push(andOr);
      if (this.isOp("&")) {
        andOr.background = true;
        this.i++;
      } else if (this.isOp(";") || this.isOp("newline")) {
        this.i++;
      }
    }
  }
  andOr() {
    const pipelines = [{ op: "", pipeline: this.pipeline() }];
    while (this.isOp("&&") || this.isOp("||")) {
      const op = this.peek().op;
      this.i++;
      this.skipNewlines();
      pipelines.push({ op, pipeline: this.pipeline() });
    }
    return { pipelines, background: false };
  }
  pipeline() {
    if (this.peekWord() === "!") this.i++;
    const commands = [this.command()];
    while (this.isOp("|")) {
      this.i++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return { commands };
  }
  command() {
    const t = this.peek();
    if (!t) throw new SyntaxError("a command is missing at the end", Number.MAX_SAFE_INTEGER);
    const start2 = at(t);
    const word = this.peekWord();
    if (t.kind === "op" && t.op === "(") {
      this.i++;
      const body = this.list();
      this.expectOp(")");
      return this.compound("(", [body], [], start2);
    }
    switch (word) {
      case "{": {
        this.i++;
        const body = this.list();
        this.expectWord("}");
        return this.compound("{", [body], [], start2);
      }
      case "if": {
        this.i++;
        const bodies = [this.list()];
        this.expectWord("then");
        bodies.push(this.list());
        while (this.peekWord() === "elif") {
          this.i++;
          bodies.push(this.list());
          this.expectWord("then");
          bodies.push(this.list());
        }
        if (this.peekWord() === "else") {
          this.i++;
          bodies.push(this.list());
        }
        this.expectWord("fi");
        return this.compound("if", bodies, [], start2);
      }
      case "while":
      case "until": {
        this.i++;
        const condition = this.list();
        this.expectWord("do");
        const body = this.list();
        this.expectWord("done");
        return this.compound(word, [condition, body], [], start2);
      }
      case "for": {
        this.i++;
        const words = [];
        if (this.peek()?.kind === "word") words.push(this.tokens[this.i++].word);
        if (this.isOp(";")) this.i++;
        this.skipNewlines();
        if (this.peekWord() === "in") {
          this.i++;
          while (this.peek()?.kind === "word") words.push(this.tokens[this.i++].word);
        }
        if (this.isOp(";") || this.isOp("newline")) this.i++;
        this.expectWord("do");
        const body = this.list();
        this.expectWord("done");
        return this.compound("for", [body], words, start2);
      }
      case "case":
        return this.caseCommand(start2);
      default:
        break;
    }
    if (word !== void 0 && this.tokens[this.i + 1]?.kind === "op" && this.tokens[this.i + 1].op === "(" && this.tokens[this.i + 2]?.kind === "op" && this.tokens[this.i + 2].op === ")") {
      this.i += 3;
      this.skipNewlines();
      const body = this.command();
      return { kind: "compound", keyword: "function", bodies: body.kind === "compound" ? body.bodies : [], words: [], redirections: [], at: start2 };
    }
    return this.simple(start2);
  }
  caseCommand(start2) {
    this.i++;
    const subject = this.peek();
    if (subject?.kind !== "word") throw new SyntaxError('"case" needs a word', start2);
    this.i++;
    this.expectWord("in");
    const bodies = [];
    for (; ; ) {
      this.skipNewlines();
      if (this.peekWord() === "esac") break;
      if (this.isOp("(")) this.i++;
      while (this.peek()?.kind === "word" || this.isOp("|")) this.i++;
      this.expectOp(")");
      bodies.push(this.list());
      if (this.isOp(";;")) this.i++;
    }
    this.expectWord("esac");
    return this.compound("case", bodies, [subject.word], start2);
  }
  compound(keyword, bodies, words, start2) {
    const redirections = [];
    while (this.peek()?.kind === "redir") redirections.push(this.tokens[this.i++]);
    return { kind: "compound", keyword, bodies, words, redirections, at: start2 };
  }
  expectOp(op) {
    if (!this.isOp(op)) {
      const t = this.peek();
      throw new SyntaxError(`expected "${op}"`, t ? at(t) : Number.MAX_SAFE_INTEGER);
    }
    this.i++;
  }
  simple(start2) {
    const assignments = [];
    const words = [];
    const redirections = [];
    for (; ; ) {
      const t = this.peek();
      if (t?.kind === "redir") {
        redirections.push(t);
        this.i++;
      } else if (t?.kind === "word") {
        const assignment = words.length === 0 ? asAssignment(t.word) : void 0;
        if (assignment) assignments.push(assignment);
        else words.push(t.word);
        this.i++;
      } else {
        break;
      }
    }
    if (assignments.length === 0 && words.length === 0 && redirections.length === 0) {
      const t = this.peek();
      throw new SyntaxError(`unexpected "${describe(t)}"`, at(t));
    }
    return { kind: "simple", assignments, words, redirections, at: start2 };
  }
};
function asAssignment(word) {
  const first = word.parts[0];
  if (first?.kind !== "lit" || first.quoted) return void 0;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text.text);
  if (!match) return void 0;
  const cut = match[0].length;
  const { text } = first;
  const rest = {
    kind: "lit",
    quoted: false,
    text: { ...text, text: text.text.slice(cut), from: text.from.slice(cut), to: text.to.slice(cut), holes: text.holes.slice(cut) }
  };
  const parts = rest.text.text.length > 0 ? [rest, ...word.parts.slice(1)] : word.parts.slice(1);
  return { name: match[1], value: { parts, start: word.start + cut, end: word.end } };
}

// src/sources/compose/sh-files.ts
import { posix } from "node:path";
var ScriptFiles = class _ScriptFiles {
  constructor(cwd, files = /* @__PURE__ */ new Map()) {
    this.cwd = cwd;
    this.files = files;
  }
  cwd;
  files;
  /** A write to a path that is not known: any file read later may be it. */
  unknownWrite;
  /** For a nested shell: the same files, its own working directory. */
  child() {
    return new _ScriptFiles(this.cwd, this.files);
  }
  /** An absolute path, or undefined when it is relative and the working directory is not known. */
  resolve(path) {
    if (path.startsWith("/")) return posix.normalize(path);
    return this.cwd ? posix.join(this.cwd, path) : void 0;
  }
  /** What the file holds now; `opaque` says why anything untouched is unknown anyway. */
  snapshot(path, opaque) {
    const resolved = this.resolve(path);
    const state = resolved === void 0 ? void 0 : this.files.get(resolved);
    if (state?.kind === "removed") return { kind: "unknown", why: "the script deletes it before the server starts" };
    if (state) return state;
    if (this.unknownWrite) return { kind: "unknown", why: this.unknownWrite };
    if (opaque) return { kind: "unknown", why: `the script changes things sentinel-lint cannot see: ${opaque}` };
    return { kind: "untouched" };
  }
  /** The content the script gave the file, when it wrote it whole. */
  written(path) {
    const state = this.files.get(this.resolve(path) ?? path);
    return state?.kind === "written" ? state.content : void 0;
  }
  remove(path, certain) {
    this.set(path, { kind: "removed" }, certain);
  }
  /** A command that may change the file in ways not followed (`sed -i`, `envsubst`, a loop). */
  spoil(path, why, certain) {
    this.set(path, { kind: "unknown", why }, certain);
  }
  /** `cp SRC DST`, `mv SRC DST`: DST now holds what SRC holds. */
  copy(from, to, move, certain) {
    const source = this.resolve(from);
    const target = to.endsWith("/") ? posix.join(to, posix.basename(from)) : to;
    const state = source ? this.files.get(source) : void 0;
    this.set(target, state ?? { kind: "copied", from: source ?? from, appended: empty() }, certain);
    if (move && source) this.remove(source, certain);
  }
  write(path, output, append, certain) {
    if (path.startsWith("/dev/")) return;
    const resolved = this.resolve(path) ?? path;
    if (!output.known) {
      const { copyOf } = output;
      this.set(resolved, copyOf && !append ? { kind: "copied", from: this.resolve(copyOf) ?? copyOf, appended: empty() } : { kind: "unknown", why: output.why }, certain);
      return;
    }
    if (!append) {
      this.set(resolved, { kind: "written", content: output.text }, certain);
      return;
    }
    const before = this.files.get(resolved);
    const joined = (base) => new MappedTextBuilder(base.anchor).append(base).append(output.text).build();
    const after = before === void 0 ? { kind: "copied", from: resolved, appended: output.text } : before.kind === "written" ? { kind: "written", content: joined(before.content) } : before.kind === "copied" ? { kind: "copied", from: before.from, appended: joined(before.appended) } : before.kind === "removed" ? { kind: "written", content: output.text } : before;
    this.set(resolved, after, certain);
  }
  set(path, state, certain) {
    this.files.set(this.resolve(path) ?? path, certain ? state : { kind: "unknown", why: "written inside a conditional or loop" });
  }
};
function empty() {
  return new MappedTextBuilder([0, 0]).build();
}

// src/sources/compose/sh-output.ts
function echo(args) {
  let i = 0;
  let newline = true;
  for (; i < args.length && /^-[neE]+$/.test(args[i].value.text); i++) {
    if (args[i].value.text.includes("e")) return { known: false, why: "echo -e prints differently in dash and bash" };
    if (args[i].value.text.includes("n")) newline = false;
  }
  const words = args.slice(i);
  if (words.some((w) => w.value.text.includes("\\"))) return { known: false, why: "echo prints backslashes differently in dash and bash" };
  const anchor = words.length > 0 ? words[0].raw : [0, 0];
  const out = new MappedTextBuilder(anchor);
  words.forEach((w, k) => {
    if (k > 0) out.pushSynthetic(" ", w.raw[0]);
    out.append(w.value);
  });
  if (newline) out.pushSynthetic("\n", words.length > 0 ? words[words.length - 1].raw[1] : anchor[1]);
  return { known: true, text: out.build() };
}
var PRINTF_ESCAPES = { n: "\n", t: "	", r: "\r", "\\": "\\", '"': '"', "'": "'" };
function printf(args) {
  const [format, ...rest] = args;
  if (!format) return { known: false, why: "printf has no format" };
  const out = new MappedTextBuilder(format.raw);
  let next = 0;
  do {
    const f = format.value;
    for (let i = 0; i < f.text.length; i++) {
      const c = f.text[i];
      if (c === "\\") {
        const escaped = PRINTF_ESCAPES[f.text[i + 1] ?? ""];
        if (escaped === void 0) return { known: false, why: "printf uses an escape sentinel-lint does not follow" };
        out.push(escaped, f.from[i], f.to[i + 1]);
        i++;
      } else if (c === "%") {
        const directive = f.text[i + 1];
        if (directive === "%") out.push("%", f.from[i], f.to[i + 1]);
        else if (directive === "s" || directive === "d") {
          const arg = rest[next++];
          if (arg) out.append(arg.value);
        } else return { known: false, why: "printf uses a format sentinel-lint does not follow" };
        i++;
      } else {
        out.append(f, i, i + 1);
      }
    }
  } while (next > 0 && next < rest.length);
  return { known: true, text: out.build() };
}

// src/sources/compose/shell-script.ts
var MAX_DEPTH = 6;
var READ_ONLY = /* @__PURE__ */ new Set([
  "cat",
  "echo",
  "printf",
  "ls",
  "test",
  "[",
  "grep",
  "head",
  "tail",
  "stat",
  "getent",
  "ping",
  "nc",
  "sleep",
  "mkdir",
  "chmod",
  "chown",
  "id",
  "whoami",
  "hostname",
  "date",
  "true",
  "false",
  ":",
  "redis-cli",
  "valkey-cli",
  "wait",
  "trap",
  "ulimit",
  "umask",
  "set",
  "shift",
  "break",
  "continue",
  "return",
  "exit",
  "export",
  "readonly",
  "local",
  "cd",
  "until",
  "which",
  "command",
  "type",
  "awk",
  "wc",
  "sort",
  "uniq",
  "cut",
  "tr",
  "basename",
  "dirname",
  "touch",
  "nslookup",
  "dig"
]);
function runScript(script, environment, cwd) {
  const vars = /* @__PURE__ */ new Map();
  for (const [name, value] of environment) vars.set(name, { known: true, text: value });
  const shell = { script, vars, exported: new Set(environment.keys()), files: new ScriptFiles(cwd), run: { started: [], opaque: [] }, depth: 0 };
  interpret(shell, script, true);
  return shell.run;
}
function interpret(shell, script, certain) {
  const lexed = lexScript(script);
  if (!lexed.ok) {
    shell.run.opaque.push(`the shell cannot read the script: ${lexed.why}`);
    return false;
  }
  const parsed = parseScript(lexed.tokens);
  if (!parsed.ok) {
    shell.run.opaque.push(`the shell cannot read the script: ${parsed.why}`);
    return false;
  }
  const saved = shell.script;
  shell.script = script;
  const going = runList(shell, parsed.list, certain);
  shell.script = saved;
  return going;
}
function runList(shell, list, certain) {
  for (const andOr of list) if (!runAndOr(shell, andOr, certain)) return false;
  return true;
}
function runAndOr(shell, andOr, certain) {
  for (const { op, pipeline } of andOr.pipelines) {
    const sure = certain && op !== "||";
    const going = runPipeline(shell, pipeline.commands, sure, andOr.background);
    if (!going && sure && !andOr.background) return false;
  }
  return true;
}
function runPipeline(shell, commands, certain, background) {
  let input;
  let going = true;
  commands.forEach((command, k) => {
    const last = k === commands.length - 1;
    const result = runCommand(shell, command, certain, input, !last);
    input = result.output;
    if (last && !result.going && !background && commands.length === 1) going = false;
  });
  return going;
}
function runCommand(shell, command, certain, stdin, piped) {
  if (command.kind === "compound") {
    for (const body of command.bodies) runList(shell, body, false);
    for (const redirection of command.redirections) write(shell, redirection, { known: false, why: `written by a "${command.keyword}" block` }, false);
    return { going: true };
  }
  const expand = (word) => expandWord(shell.script, word, (name2) => lookup(shell, name2));
  for (const { name: name2, value } of command.assignments) {
    const fields2 = expand(value);
    const text = fields2.map((f) => f.text).join(" ");
    const hole = fields2.map((f) => holeIn(f)).find(Boolean);
    shell.vars.set(name2, hole ? { known: false, why: hole.why } : certain ? { known: true, text } : { known: false, why: `$${name2} is set inside a conditional or loop` });
  }
  const fields = command.words.flatMap((w) => expand(w).map((value) => ({ value, word: w })));
  const argv = fields.map(({ value, word }) => ({ value, raw: sourceRange(shell.script, word.start, word.end) }));
  const names = argv.map((w) => w.value.text);
  const heredoc = command.redirections.find((r) => r.heredoc);
  if (heredoc?.heredoc) stdin = heredocText(shell, heredoc.heredoc.body);
  const input = command.redirections.find((r) => r.op === "<" && (r.fd === void 0 || r.fd === 0));
  if (input?.target) {
    const [path, ...more] = expandWord(shell.script, input.target, (n) => lookup(shell, n));
    stdin = path && more.length === 0 && !holeIn(path) ? { known: false, why: `a copy of ${path.text}`, copyOf: path.text } : { known: false, why: "input from a file known only when the script runs" };
  }
  const skip = unwrap(names);
  const ended = names[0] === "exec" && names.length > 1;
  const name = names[skip];
  const args = argv.slice(skip + 1);
  let output;
  let going = !ended;
  if (name === void 0) {
    output = { known: true, text: new MappedTextBuilder(sourceRange(shell.script, command.at, command.at)).build() };
  } else if (holeIn(argv[skip].value)) {
    shell.run.opaque.push(`it runs a command whose name is known only when the script runs`);
  } else if (programOf(name) || baseName(name) === "docker-entrypoint.sh") {
    start(shell, argv.slice(skip), certain && !piped);
  } else if (SHELLS.has(baseName(name))) {
    going = runShell(shell, name, args, stdin, certain) && going;
  } else if (name === "echo") {
    output = echo(args);
  } else if (name === "printf") {
    output = printf(args);
  } else if (name === "cat" || name === "tee") {
    output = catOrTee(shell, name, args, stdin, certain);
  } else if (name === "cp" || name === "mv") {
    const paths = operands(args);
    if (paths.length === 2) shell.files.copy(paths[0], paths[1], name === "mv", certain);
    else for (const path of paths) shell.files.spoil(path, `"${name}" changes it`, certain);
  } else if (name === "rm") {
    for (const path of operands(args)) shell.files.remove(path, certain);
  } else if (name === "export" || name === "readonly" || name === "local") {
    for (const arg of args) {
      const [, key, value] = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(arg.value.text) ?? [];
      if (!key) continue;
      shell.exported.add(key);
      if (value !== void 0) shell.vars.set(key, holeIn(arg.value) || !certain ? { known: false, why: `$${key} is set only when the script runs` } : { known: true, text: value });
    }
  } else if (name === "cd") {
    const target = args[0];
    shell.files.cwd = target && !holeIn(target.value) ? shell.files.resolve(target.value.text) : void 0;
  } else if (name === "exit") {
    going = !certain;
  } else if (name === "." || name === "source" || name.endsWith(".sh")) {
    shell.run.opaque.push(`it runs ${name === "." || name === "source" ? args[0]?.value.text ?? "a script" : name}, which sentinel-lint does not read`);
  } else if (!READ_ONLY.has(name)) {
    for (const arg of args) {
      const text = arg.value.text;
      if (!holeIn(arg.value) && (text.startsWith("/") || text.startsWith("./"))) {
        shell.files.spoil(text, `"${name}" changes it before the server starts`, true);
      }
    }
    output = { known: false, why: `written by "${name}"` };
  }
  for (const redirection of command.redirections) {
    if (redirection.heredoc) continue;
    write(shell, redirection, output ?? { known: false, why: `written by "${name ?? "a redirection"}"` }, certain);
  }
  return { going, output: piped ? output : void 0 };
}
function lookup(shell, name) {
  return shell.vars.get(name);
}
function start(shell, argv, certain) {
  const viaEntrypoint = baseName(argv[0].value.text) === "docker-entrypoint.sh";
  const named = viaEntrypoint && argv[1] && programOf(argv[1].value.text);
  const program = named ? argv[1] : argv[0];
  const args = named ? argv.slice(2) : argv.slice(1);
  const started = { program, args, certain };
  const confArg = args[0];
  if (confArg && !confArg.value.text.startsWith("-")) started.file = { path: confArg.value.text, snapshot: snapshot(shell, confArg) };
  shell.run.started.push(started);
}
function snapshot(shell, arg) {
  const hole = holeIn(arg.value);
  return hole ? { kind: "unknown", why: hole.why } : shell.files.snapshot(arg.value.text, shell.run.opaque[0]);
}
function runShell(shell, name, args, stdin, certain) {
  let i = 0;
  let command;
  let fromStdin = false;
  for (; i < args.length; i++) {
    const text = args[i].value.text;
    if (text === "--") {
      i++;
      break;
    }
    if (!text.startsWith("-") && !text.startsWith("+")) break;
    if (/^-[a-z]*c/.test(text)) command = args[++i] ?? command;
    if (/^-[a-z]*s/.test(text)) fromStdin = true;
    if (command) break;
  }
  if (!command && !fromStdin && i < args.length) {
    shell.run.opaque.push(`it runs ${args[i].value.text} with ${baseName(name)}, which sentinel-lint does not read`);
    return true;
  }
  const script = command?.value ?? (stdin?.known ? stdin.text : void 0);
  if (!script) {
    if (stdin && !stdin.known) shell.run.opaque.push(`${baseName(name)} reads a script that is known only when it runs`);
    return true;
  }
  if (shell.depth >= MAX_DEPTH) {
    shell.run.opaque.push("shells nested too deeply to follow");
    return true;
  }
  const child = {
    ...shell,
    vars: new Map([...shell.vars].filter(([key]) => shell.exported.has(key))),
    exported: new Set(shell.exported),
    files: shell.files.child(),
    depth: shell.depth + 1
  };
  interpret(child, script, certain);
  shell.files.unknownWrite ??= child.files.unknownWrite;
  return true;
}
function catOrTee(shell, name, args, stdin, certain) {
  const files = operands(args);
  if (name === "tee") {
    const append = args.some((a) => /^-[a-z]*a/.test(a.value.text));
    for (const path of files) shell.files.write(path, stdin ?? { known: false, why: "tee reads what is known only when it runs" }, append, certain);
    return stdin;
  }
  if (files.length === 0 || files.length === 1 && files[0] === "-") return stdin;
  if (files.length === 1) {
    const path = files[0];
    const written = shell.files.written(path);
    return written ? { known: true, text: written } : { known: false, why: `a copy of ${path}`, copyOf: path };
  }
  return { known: false, why: "cat joins several files" };
}
function operands(args) {
  return args.filter((a) => !a.value.text.startsWith("-") || a.value.text === "-").filter((a) => !holeIn(a.value)).map((a) => a.value.text);
}
function write(shell, redirection, output, certain) {
  const { op, fd } = redirection;
  if (fd !== void 0 && fd !== 1 || ![">", ">>", ">|", "&>", "&>>"].includes(op)) return;
  const target = redirection.target ? expandWord(shell.script, redirection.target, (n) => lookup(shell, n)) : [];
  const path = target.length === 1 && !holeIn(target[0]) ? target[0].text : void 0;
  if (path === void 0) shell.files.unknownWrite ??= "the script writes a file whose name is known only when it runs";
  else shell.files.write(path, output, op.endsWith(">>"), certain);
}
function heredocText(shell, body) {
  const fields = expandWord(shell.script, { ...body, parts: body.parts.map((p) => ({ ...p, quoted: true })) }, (n) => lookup(shell, n));
  return { known: true, text: fields[0] ?? new MappedTextBuilder(body.parts[0]?.kind === "lit" ? body.parts[0].text.anchor : [0, 0]).build() };
}

// src/sources/compose/run.ts
function readRun(input) {
  const { image, entrypoint, command } = input;
  if (input.uncertain) return unknownRun(input, `${input.uncertain}, and the value may add or remove arguments`);
  const family = image?.family ?? "other";
  const server = serverOf(image);
  const imageSpan = image?.span;
  if (entrypoint && entrypoint.length > 0) return fromArgv(input, [...entrypoint, ...command ?? []], "entrypoint");
  if (command && command.length > 0) {
    const first = command[0].value.text;
    if (family === "official" && officialEntrypointPrepends(first)) {
      return { processes: [process(input, server, imageSpan ?? spanOf(input, command[0]), command, "command", true)] };
    }
    if (first.startsWith("-")) return unknownRun(input, "the image's entrypoint decides what runs with these arguments");
    return fromArgv(input, command, "command");
  }
  if (family === "official") return { processes: [process(input, server, imageSpan, [], "image", true)] };
  if (family === "bitnami" && image?.product) {
    const bitnami = input.bitnami && readBitnamiRun({ ...input.bitnami, image, values: input.environment, index: input.index });
    return bitnami ?? { processes: [], runsUnknown: "the Bitnami image builds the server's flags from environment variables at start-up" };
  }
  return image?.product ? { processes: [], runsUnknown: "the image decides what runs: no command or entrypoint says" } : { processes: [] };
}
function unknownRun(input, why) {
  return input.image?.product || mentionsRedis(input) ? { processes: [], runsUnknown: why } : { processes: [] };
}
function mentionsRedis(input) {
  const repository = input.image?.repository ?? "";
  if (/^(redis|valkey)([-_](ha|sentinel|server|replica|master|node))?$/.test(repository.slice(repository.lastIndexOf("/") + 1))) return true;
  return [...input.entrypoint ?? [], ...input.command ?? []].some((w) => /\b(redis|valkey)-(server|sentinel)\b|\.conf\b|^--sentinel\b/.test(w.value.text));
}
function serverOf(image) {
  return programOf(image?.product === "valkey" ? "valkey-server" : "redis-server");
}
var spanOf = (input, word) => input.index.span(...word.raw);
function fromArgv(input, argv, startedBy) {
  const names = argv.map((w) => w.value.text);
  const skip = unwrap(names);
  const words = argv.slice(skip);
  const name = words[0]?.value.text;
  if (name === void 0) return { processes: [] };
  if (holeIn(words[0].value)) return unknownRun(input, holeIn(words[0].value).why);
  const program = programOf(name);
  if (program) return { processes: [process(input, program, spanOf(input, words[0]), words.slice(1), startedBy, true)] };
  if (baseName(name) === "docker-entrypoint.sh") {
    const rest = words.slice(1);
    const next = rest[0]?.value.text;
    if (next !== void 0 && programOf(next)) return fromArgv(input, rest, startedBy);
    if (officialEntrypointPrepends(next)) return { processes: [process(input, serverOf(input.image), spanOf(input, words[0]), rest, startedBy, true)] };
    return rest.length > 0 ? fromArgv(input, rest, startedBy) : { processes: [] };
  }
  if (SHELLS.has(baseName(name))) return fromScript(input, words);
  return unknownRun(input, `it runs ${name}, which sentinel-lint does not read`);
}
function fromScript(input, words) {
  const shell = new MappedTextBuilder(words[0].raw);
  words.forEach((w, k) => {
    if (k > 0) shell.pushSynthetic(" ", w.raw[0]);
    quoteInto(shell, w);
  });
  const run = runScript(shell.build(), input.environment, cwdOf(input));
  const processes = run.started.flatMap((started) => {
    const name = started.program.value.text;
    const program = programOf(name) ?? (officialEntrypointPrepends(started.args[0]?.value.text) ? serverOf(input.image) : void 0);
    if (!program) return [];
    return [process(input, program, spanOf(input, started.program), started.args, "script", started.certain, started.file?.snapshot)];
  });
  return processes.length > 0 || run.opaque.length === 0 ? { processes } : unknownRun(input, run.opaque[0]);
}
function quoteInto(out, word) {
  const { value } = word;
  out.pushSynthetic("'", word.raw[0]);
  for (let i = 0; i < value.text.length; i++) {
    if (value.text[i] === "'") {
      for (const c of "'\\''") out.push(c, value.from[i], value.to[i]);
    } else {
      out.append(value, i, i + 1);
    }
  }
  out.pushSynthetic("'", word.raw[1]);
}
function cwdOf(input) {
  return input.workingDir ?? (input.image?.family === "official" ? "/data" : void 0);
}
function process(input, program, span, args, startedBy, certain, snapshot2) {
  const { index } = input;
  const parsed = readServerArgs(args, index);
  const result = {
    executable: program.executable,
    product: program.product,
    mode: program.sentinelByName || parsed.sentinelFlag ? "sentinel" : "server",
    span,
    startedBy,
    certain,
    flags: parsed.lines,
    unknownValues: parsed.unknownValues,
    unknownLines: parsed.unknownLines
  };
  if (parsed.confFile) result.confFile = confFileRef(input, parsed.confFile, snapshot2, result);
  if (parsed.readsStdin) result.configUnknown = "it reads more configuration from standard input";
  if (parsed.exitsWith) result.configUnknown = `${parsed.exitsWith} makes it print and exit instead of serving`;
  if (!result.configUnknown && result.confFile?.content.kind === "unknown") result.configUnknown = result.confFile.content.why;
  return result;
}
function confFileRef(input, word, snapshot2, process2) {
  const { index } = input;
  const span = index.span(...word.raw);
  const hole = holeIn(word.value);
  if (hole) return { path: unknown(hole.why, span), content: { kind: "unknown", why: hole.why } };
  const text = word.value.text;
  const cwd = cwdOf(input);
  const ref = { path: known(text, span), content: contentOf(snapshot2, index, process2) };
  const containerPath = text.startsWith("/") ? posix2.normalize(text) : cwd ? posix2.join(cwd, text) : void 0;
  if (containerPath) ref.containerPath = containerPath;
  return ref;
}
function contentOf(snapshot2, index, process2) {
  if (!snapshot2 || snapshot2.kind === "untouched") return { kind: "mounted" };
  if (snapshot2.kind === "unknown") return snapshot2;
  if (snapshot2.kind === "written") {
    const made2 = confLinesOf(snapshot2.content, index);
    process2.unknownValues.push(...made2.unknownValues);
    return { kind: "written", lines: made2.lines };
  }
  const made = confLinesOf(snapshot2.appended, index);
  process2.unknownValues.push(...made.unknownValues);
  return { kind: "copied", from: snapshot2.from, appended: made.lines };
}

// src/sources/compose/volumes.ts
import { posix as posix3 } from "node:path";
function readVolumes(values, node, composeRootPath) {
  const { tree } = values;
  const volumes = [];
  for (const item of tree.seq(node) ?? []) {
    const span = values.span(item);
    if (tree.map(item)) {
      const type = values.string(tree.get(item, "type"));
      const source = values.string(tree.get(item, "source"));
      const target = values.string(tree.get(item, "target")) ?? known("", span);
      const readOnly = values.string(tree.get(item, "read_only"));
      const kind = type?.known && ["bind", "volume", "tmpfs"].includes(type.value) ? type.value : "other";
      const fact = { span, type: kind, target, readOnly: readOnly?.known === true && readOnly.value === "true" };
      if (source) fact.source = source;
      if (kind === "bind" && source) fact.hostPath = resolvePath(source, composeRootPath);
      volumes.push(fact);
      continue;
    }
    const text = values.string(item);
    if (!text) continue;
    if (!text.known) {
      volumes.push({ span, type: "other", target: text, readOnly: false });
      continue;
    }
    const mapped = values.mapped(item);
    const spanOf2 = (start2, end) => values.index.span(...sourceRange(mapped, start2, end));
    volumes.push(shortVolume(text.value, span, spanOf2, composeRootPath));
  }
  return volumes;
}
function shortVolume(text, span, spanOf2, composeRootPath) {
  const parts = text.split(":");
  if (parts.length > 2 && /^[A-Za-z]$/.test(parts[0]) && /^[\\/]/.test(parts[1])) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  if (parts.length === 1) return { span, type: "volume", target: known(parts[0], span), readOnly: false };
  const [source, target, mode = ""] = parts;
  const options = mode.split(",");
  const bind = /^[./~]/.test(source) || /^[A-Za-z]:[\\/]/.test(source);
  const sourceValue = known(source, spanOf2(0, source.length));
  const targetStart = source.length + 1;
  const fact = {
    span,
    type: bind ? "bind" : "volume",
    source: sourceValue,
    target: known(target, spanOf2(targetStart, targetStart + target.length)),
    readOnly: options.includes("ro")
  };
  if (bind) fact.hostPath = resolvePath(sourceValue, composeRootPath);
  return fact;
}
function resolvePath(text, composeRootPath) {
  if (!text.known) return { text };
  const path = text.value;
  if (path.startsWith("/") || path.startsWith("~") || /^[A-Za-z]:[\\/]/.test(path)) return { text };
  const joined = posix3.normalize(posix3.join(posix3.dirname(composeRootPath), path));
  if (joined === ".." || joined.startsWith("../")) return { text, outsideRoot: true };
  return { text, rootPath: joined === "." ? "" : joined.replace(/\/$/, "") };
}

// src/sources/compose/service.ts
function readService(values, name, span, node, composeRootPath, problems) {
  const { tree } = values;
  const field = (key) => tree.get(node, key);
  const image = readImage(values, field("image"));
  const command = field("command") === void 0 ? void 0 : readCommand(values, field("command"), problems);
  const entrypoint = field("entrypoint") === void 0 ? void 0 : readCommand(values, field("entrypoint"), problems);
  const environment = readEnvironment(values, field("environment"));
  const workingDir = values.string(field("working_dir"));
  const volumes = readVolumes(values, field("volumes"), composeRootPath);
  const configs = readConfigs(values, field("configs"));
  const envFiles = readEnvFiles(values, field("env_file"), composeRootPath);
  const run = readRun({
    ...image ? { image } : {},
    ...entrypoint ? { entrypoint: entrypoint.words } : {},
    ...command ? { command: command.words } : {},
    ...command?.uncertain || entrypoint?.uncertain ? { uncertain: command?.uncertain ?? entrypoint?.uncertain } : {},
    environment: environment.known,
    ...workingDir?.known ? { workingDir: workingDir.value } : {},
    bitnami: { env: environment.vars, mountTargets: mountTargetsOf(volumes, configs), hasEnvFile: envFiles.length > 0 },
    index: values.index
  });
  const deploy = field("deploy");
  const service = {
    name,
    span,
    processes: run.processes,
    networks: readNetworks(values, field("networks")),
    ports: readPorts(values, field("ports")),
    expose: values.strings(field("expose")),
    volumes,
    configs,
    placementConstraints: values.strings(tree.get(tree.get(deploy, "placement"), "constraints")),
    environment: environment.vars,
    envFiles,
    dependsOn: readDependsOn(values, field("depends_on")),
    profiles: values.strings(field("profiles")),
    extraNames: ["links", "external_links", "extra_hosts"].some((key) => field(key) !== void 0)
  };
  const optional = {
    image,
    command: command?.fact,
    entrypoint: entrypoint?.fact,
    runsUnknown: run.runsUnknown,
    containerName: values.string(field("container_name")),
    hostname: values.string(field("hostname")),
    networkMode: values.string(field("network_mode")),
    replicas: values.number(tree.get(deploy, "replicas")) ?? values.number(field("scale")),
    restart: values.string(field("restart")),
    restartPolicy: values.string(tree.get(tree.get(deploy, "restart_policy"), "condition")),
    workingDir,
    healthcheck: readHealthcheck(values, tree.get(field("healthcheck"), "test")),
    extends: readExtends(values, field("extends"), composeRootPath)
  };
  for (const [key, value] of Object.entries(optional)) if (value !== void 0) Object.assign(service, { [key]: value });
  return service;
}
function mountTargetsOf(volumes, configs) {
  const targets = volumes.map((v) => ({ ...v.target.known ? { path: v.target.value } : {}, bind: v.type === "bind" || v.type === "other" }));
  for (const config of configs) {
    const path = config.target ? config.target.known ? config.target.value : void 0 : config.source.known ? `/${config.source.value}` : void 0;
    targets.push({ ...path !== void 0 ? { path } : {}, bind: true });
  }
  return targets;
}
function readNetworks(values, node) {
  const { tree } = values;
  const list = tree.seq(node);
  if (list) return list.map((item) => values.string(item)).filter((v) => v !== void 0).map((name) => ({ name, aliases: [] }));
  return tree.entries(node).map((entry) => {
    const network = { name: known(entry.key, values.span(entry.keyNode)), aliases: values.strings(tree.get(entry.value, "aliases")) };
    const ipv4 = values.string(tree.get(entry.value, "ipv4_address"));
    const ipv6 = values.string(tree.get(entry.value, "ipv6_address"));
    if (ipv4) network.ipv4Address = ipv4;
    if (ipv6) network.ipv6Address = ipv6;
    return network;
  });
}
function readConfigs(values, node) {
  const { tree } = values;
  return (tree.seq(node) ?? []).flatMap((item) => {
    const span = values.span(item);
    const source = tree.map(item) ? values.string(tree.get(item, "source")) : values.string(item);
    if (!source) return [];
    const config = { source, span };
    const target = tree.map(item) ? values.string(tree.get(item, "target")) : void 0;
    if (target) config.target = target;
    return [config];
  });
}
function readEnvFiles(values, node, composeRootPath) {
  const { tree } = values;
  const items = tree.seq(node) ?? (node === void 0 || node === null ? [] : [node]);
  return items.flatMap((item) => {
    const path = values.string(tree.map(item) ? tree.get(item, "path") : item);
    return path ? [resolvePath(path, composeRootPath)] : [];
  });
}
function readDependsOn(values, node) {
  const { tree } = values;
  const list = tree.seq(node);
  if (list) return list.flatMap((item) => {
    const name = values.string(item);
    return name?.known ? [{ name: name.value, span: name.span }] : [];
  });
  return tree.entries(node).map((entry) => ({ name: entry.key, span: values.span(entry.keyNode) }));
}
function readHealthcheck(values, node) {
  const { tree, index } = values;
  if (node === void 0) return void 0;
  const span = values.span(node);
  const items = tree.seq(node);
  const texts = (items ?? [node]).map((item) => values.mapped(item)).filter((m) => m !== void 0);
  if (texts.length === 0) return void 0;
  const shellForm = !items || texts[0].text === "CMD-SHELL";
  const words = shellForm ? texts.slice(items ? 1 : 0).flatMap((t) => {
    const split = splitComposeWords(t);
    return split.ok ? split.words.map((w) => ({ text: w.value, raw: w.raw })) : [];
  }) : texts.map((t) => ({ text: t, raw: sourceRange(t, 0, t.text.length) }));
  let password;
  const shown = [];
  words.forEach((word, k) => {
    const previous = words[k - 1]?.text.text;
    if ((previous === "-a" || previous === "--pass") && !holeIn(word.text)) {
      password = new Secret(word.text.text, index.span(...word.raw));
      shown.push("\xABredacted\xBB");
    } else {
      shown.push(word.text.text);
    }
  });
  const hole = words.map((w) => holeIn(w.text)).find(Boolean);
  const test = hole ? { known: false, why: hole.why, span } : known(shown.join(" "), span);
  return { test, span, ...password ? { password } : {} };
}
function readExtends(values, node, composeRootPath) {
  const { tree } = values;
  if (node === void 0) return void 0;
  const service = values.string(tree.map(node) ? tree.get(node, "service") : node);
  if (!service) return void 0;
  const file = tree.map(node) ? values.string(tree.get(node, "file")) : void 0;
  return { service, ...file ? { file: resolvePath(file, composeRootPath) } : {} };
}

// src/sources/compose/scalar-offsets.ts
function scalarText(source, node) {
  const [start2, end] = node.range ?? [0, 0];
  const expected = node.type === "PLAIN" || typeof node.value !== "string" ? String(node.source ?? "") : node.value;
  const read2 = readScalar(source, start2, end, node.type, expected);
  if (read2 && read2.text === expected) return read2;
  return coarse(expected, start2, end);
}
function readScalar(source, start2, end, type, expected) {
  switch (type) {
    case "PLAIN":
      return readFlow(source, start2, end, "plain");
    case "QUOTE_SINGLE":
      return readFlow(source, start2 + 1, end - 1, "single", [start2, end]);
    case "QUOTE_DOUBLE":
      return readFlow(source, start2 + 1, end - 1, "double", [start2, end]);
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return readBlock(source, start2, end, expected);
    default:
      return void 0;
  }
}
function coarse(text, start2, end) {
  const builder = new MappedTextBuilder([start2, end]);
  for (const char of text) builder.push(char, start2, end);
  return builder.build();
}
var isBlank2 = (c) => c === " " || c === "	";
var breakAt = (s, i) => s[i] === "\r" && s[i + 1] === "\n" ? 2 : s[i] === "\n" || s[i] === "\r" ? 1 : 0;
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPES = { x: 2, u: 4, U: 8 };
function readFlow(source, start2, end, style, anchor) {
  const out = new MappedTextBuilder(anchor ?? [start2, end]);
  let pending = [];
  const flush = () => {
    for (const at2 of pending) out.push(source[at2], at2, at2 + 1);
    pending = [];
  };
  let i = start2;
  while (i < end) {
    const c = source[i];
    const width = breakAt(source, i);
    if (width > 0) {
      pending = [];
      i = fold(source, i, end, out);
      continue;
    }
    if (isBlank2(c)) {
      pending.push(i++);
      continue;
    }
    flush();
    if (style === "single" && c === "'" && source[i + 1] === "'") {
      out.push("'", i, i + 2);
      i += 2;
    } else if (style === "double" && c === "\\") {
      const next = source[i + 1];
      if (next === void 0) return void 0;
      const escapedBreak = breakAt(source, i + 1);
      if (escapedBreak > 0) {
        i += 1 + escapedBreak;
        while (i < end && isBlank2(source[i])) i++;
        continue;
      }
      const digits = HEX_ESCAPES[next];
      if (digits !== void 0) {
        const hex = source.slice(i + 2, i + 2 + digits);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return void 0;
        out.push(String.fromCodePoint(parseInt(hex, 16)), i, i + 2 + digits);
        i += 2 + digits;
      } else if (ESCAPES[next] !== void 0) {
        out.push(ESCAPES[next], i, i + 2);
        i += 2;
      } else {
        return void 0;
      }
    } else {
      out.push(c, i, i + 1);
      i++;
    }
  }
  flush();
  return out.build();
}
function fold(source, at2, end, out) {
  const breaks = [];
  let i = at2;
  for (; ; ) {
    const width = breakAt(source, i);
    breaks.push(i);
    i += width;
    while (i < end && isBlank2(source[i])) i++;
    if (i >= end || breakAt(source, i) === 0) break;
  }
  if (breaks.length === 1) out.push(" ", at2, at2 + breakAt(source, at2));
  else for (const b of breaks.slice(1)) out.push("\n", b, b + breakAt(source, b));
  return i;
}
function readBlock(source, start2, end, expected) {
  const header = /^([|>])([1-9+-]{0,2})/.exec(source.slice(start2, start2 + 3));
  if (!header) return void 0;
  let bodyStart = start2;
  while (bodyStart < end && breakAt(source, bodyStart) === 0) bodyStart++;
  bodyStart += breakAt(source, bodyStart);
  const lines = splitLines(source, bodyStart, end);
  const folded = header[1] === ">";
  const chomp = header[2].includes("-") ? "strip" : header[2].includes("+") ? "keep" : "clip";
  const firstText = lines.find((l) => source.slice(l.start, l.end).trim() !== "");
  const detected = firstText ? leadingSpaces(source, firstText.start, firstText.end) : 0;
  const candidates = [detected, ...Array.from({ length: Math.max(0, detected - 1) }, (_, k) => detected - 1 - k)];
  for (const indent of candidates) {
    const body = blockBody(source, [start2, end], lines, indent, folded, chomp);
    if (body.text === expected) return body;
  }
  return void 0;
}
function splitLines(source, start2, end) {
  const lines = [];
  let i = start2;
  while (i < end) {
    let j = i;
    while (j < end && breakAt(source, j) === 0) j++;
    const width = j < end ? breakAt(source, j) : 0;
    lines.push({ start: i, end: j, breakAt: width ? j : -1, breakWidth: width });
    i = j + width;
  }
  return lines;
}
function leadingSpaces(source, start2, end) {
  let n = 0;
  while (start2 + n < end && source[start2 + n] === " ") n++;
  return n;
}
function blockBody(source, anchor, lines, indent, folded, chomp) {
  const out = new MappedTextBuilder(anchor);
  const isEmpty = (l) => l.end - l.start <= indent && source.slice(l.start, l.end).trim() === "";
  const isSpaced = (l) => isBlank2(source[l.start + indent]);
  let last = lines.length - 1;
  while (last >= 0 && isEmpty(lines[last])) last--;
  const pushBreak = (l) => l.breakAt >= 0 ? out.push("\n", l.breakAt, l.breakAt + l.breakWidth) : out.pushSynthetic("\n", l.end);
  let previous;
  let empties = [];
  for (let n = 0; n <= last; n++) {
    const line = lines[n];
    if (isEmpty(line)) {
      empties.push(line);
      continue;
    }
    if (previous) {
      if (folded && !isSpaced(previous) && !isSpaced(line)) {
        if (empties.length === 0) out.push(" ", previous.breakAt, previous.breakAt + previous.breakWidth);
        else for (const e of empties) pushBreak(e);
      } else {
        pushBreak(previous);
        for (const e of empties) pushBreak(e);
      }
    } else {
      for (const e of empties) pushBreak(e);
    }
    empties = [];
    for (let i = line.start + indent; i < line.end; i++) out.push(source[i], i, i + 1);
    previous = line;
  }
  if (previous && chomp !== "strip") pushBreak(previous);
  if (chomp === "keep") {
    for (const line of lines.slice(last + 1)) if (line.breakAt >= 0) pushBreak(line);
  }
  return out.build();
}

// src/sources/compose/yaml-tree.ts
var MAX_EXPANDED_NODES = 1e6;
var YamlTree = class {
  constructor(doc, source) {
    this.doc = doc;
    this.source = source;
  }
  doc;
  source;
  #entries = /* @__PURE__ */ new Map();
  #texts = /* @__PURE__ */ new Map();
  /** The node an alias stands for (aliases of aliases too); undefined for a dangling one. */
  resolve(node) {
    let current = node;
    for (let hops = 0; isAlias(current); hops++) {
      if (hops > 100) return void 0;
      current = current.resolve(this.doc);
    }
    return current ?? void 0;
  }
  map(node) {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : void 0;
  }
  seq(node) {
    const resolved = this.resolve(node);
    return isSeq(resolved) ? resolved.items : void 0;
  }
  scalar(node) {
    const resolved = this.resolve(node);
    return isScalar(resolved) ? resolved : void 0;
  }
  /** A scalar's value with the file offset of each character; undefined for collections. */
  text(node) {
    const scalar = this.scalar(node);
    if (!scalar || scalar.value === null) return void 0;
    let text = this.#texts.get(scalar);
    if (!text) {
      text = scalarText(this.source, scalar);
      this.#texts.set(scalar, text);
    }
    return text;
  }
  /**
   * A map's entries with merge keys applied (the YAML merge-key rules compose follows): the map's
   * own keys win over merged ones, and an earlier merge source wins over a later one.
   */
  entries(node, inProgress = /* @__PURE__ */ new Set()) {
    const map = this.map(node);
    if (!map) return [];
    const cached = this.#entries.get(map);
    if (cached) return cached;
    if (inProgress.has(map)) return [];
    inProgress.add(map);
    const own = [];
    const merged = [];
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = pair.key;
      if (isMergeKey(key)) {
        const sources = this.seq(pair.value) ?? [pair.value];
        for (const source of sources) merged.push(...this.entries(source, inProgress));
        continue;
      }
      own.push({ key: String(key.value ?? key.source ?? ""), keyNode: key, value: pair.value ?? void 0 });
    }
    inProgress.delete(map);
    const seen = new Set(own.map((e) => e.key));
    const result = [...own];
    for (const entry of merged) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      result.push(entry);
    }
    this.#entries.set(map, result);
    return result;
  }
  get(node, key) {
    return this.entries(node).find((e) => e.key === key)?.value;
  }
  entry(node, key) {
    return this.entries(node).find((e) => e.key === key);
  }
  /** Source offsets of a node as written (an alias's target, where its text is). */
  range(node) {
    const resolved = this.resolve(node) ?? node;
    const range2 = resolved?.range;
    return range2 ? [range2[0], range2[1]] : [0, 0];
  }
};
function isMergeKey(key) {
  return key.type === "PLAIN" && key.source === "<<";
}
function expandedSize(doc, limit = MAX_EXPANDED_NODES) {
  const sizes = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const root = doc.contents;
  if (!root) return 0;
  const stack = [{ node: root }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const { node } = frame;
    if (sizes.has(node)) {
      stack.pop();
      continue;
    }
    if (!frame.children) {
      if (onStack.has(node)) return void 0;
      onStack.add(node);
      frame.children = childrenOf(doc, node);
      for (const child of frame.children) {
        if (onStack.has(child)) return void 0;
        if (!sizes.has(child)) stack.push({ node: child });
      }
      continue;
    }
    let size = isAlias(node) ? 0 : 1;
    for (const child of frame.children) size += sizes.get(child) ?? 0;
    if (size > limit) return size;
    sizes.set(node, size);
    onStack.delete(node);
    stack.pop();
  }
  return sizes.get(root);
}
function childrenOf(doc, node) {
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target ? [target] : [];
  }
  if (!isCollection(node)) return [];
  const out = [];
  for (const item of node.items) {
    if (isPair(item)) {
      if (item.key) out.push(item.key);
      if (item.value) out.push(item.value);
    } else if (item) {
      out.push(item);
    }
  }
  return out;
}

// src/sources/compose/parse-compose.ts
var MAX_COMPOSE_BYTES = 4 * 1024 * 1024;
var V1_NOT_SERVICES = /* @__PURE__ */ new Set(["version", "volumes", "networks", "configs", "secrets", "name", "include"]);
function parseCompose(file, env) {
  const facts = { file: file.path, v1Layout: false, services: [], volumes: [], networks: [], configs: [] };
  const problems = [];
  try {
    read(file, env, facts, problems);
    return { facts, problems };
  } catch (error) {
    const empty2 = { file: file.path, v1Layout: false, services: [], volumes: [], networks: [], configs: [] };
    const what = error instanceof RangeError ? "it nests too deeply" : "of an internal error";
    return { facts: empty2, problems: [{ rule: "parse-error", at: fileSpan(file.path), message: `sentinel-lint could not read this compose file because ${what}; its services are not checked.` }] };
  }
}
function read(file, env, facts, problems) {
  const { index } = file;
  const problem = (at2, message) => problems.push({ rule: "parse-error", at: at2, message });
  if (file.text.length > MAX_COMPOSE_BYTES) {
    problem(fileSpan(file.path), `This compose file is larger than ${MAX_COMPOSE_BYTES / 1024 / 1024} MiB, so it was not read.`);
    return;
  }
  const doc = parseDocument(file.text, { merge: true, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 1)) {
      const [start2, end] = error.pos;
      problem(index.span(start2, Math.max(start2 + 1, end)), `docker compose will not start: the YAML is invalid: ${firstSentence(error.message)}.`);
    }
    return;
  }
  const size = expandedSize(doc);
  if (size === void 0 || size > MAX_EXPANDED_NODES) {
    const at2 = firstAlias(doc);
    const span = at2 ? index.span(at2[0], at2[1]) : fileSpan(file.path);
    problem(span, size === void 0 ? "docker compose will not start: an alias refers to the node that contains it, so it never ends." : `The aliases of this file expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb), so it was not read.`);
    return;
  }
  const tree = new YamlTree(doc, file.text);
  const root = doc.contents;
  if (root === null || root === void 0) return;
  if (!isMap(root)) {
    problem(index.span(...tree.range(root)), "docker compose will not start: the top of a compose file must be a map (services:, volumes:, \u2026).");
    return;
  }
  const values = new ComposeValues(tree, index, env, problems);
  facts.dollars = values.dollars;
  const version = tree.entry(root, "version");
  if (version) facts.version = values.string(version.value) ?? known("", values.span(version.keyNode));
  const services = tree.entry(root, "services");
  let serviceEntries = services ? tree.entries(services.value) : [];
  const servicesValue = tree.resolve(services?.value);
  if (services && servicesValue !== void 0 && !isMap(servicesValue) && !(isScalar(servicesValue) && servicesValue.value === null)) {
    problem(values.span(services.value), 'docker compose will not start: "services" must be a map of service names to their settings.');
  }
  if (!services) {
    serviceEntries = tree.entries(root).filter((e) => !V1_NOT_SERVICES.has(e.key) && !e.key.startsWith("x-") && tree.map(e.value));
    facts.v1Layout = serviceEntries.length > 0;
  }
  for (const entry of serviceEntries) {
    facts.services.push(readService(values, entry.key, values.span(entry.keyNode), entry.value, file.rootPath, problems));
  }
  facts.volumes = resources(values, tree.get(root, "volumes"));
  facts.networks = resources(values, tree.get(root, "networks"));
  facts.configs = resources(values, tree.get(root, "configs")).map((resource, k) => {
    const entry = tree.entries(tree.get(root, "configs"))[k];
    const path = values.string(tree.get(entry.value, "file"));
    const config = { ...resource };
    if (path) config.file = resolvePath(path, file.rootPath);
    return config;
  });
}
function resources(values, node) {
  const { tree } = values;
  return tree.entries(node).map((entry) => {
    const external = values.string(tree.get(entry.value, "external"));
    const resource = { name: entry.key, span: values.span(entry.keyNode), external: external?.known === true && external.value !== "false" };
    const driver = values.string(tree.get(entry.value, "driver"));
    if (driver) resource.driver = driver;
    return resource;
  });
}
function firstSentence(message) {
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, "").replace(/[.:]\s*$/, "");
}
function firstAlias(doc) {
  let found;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) found = [node.range[0], node.range[1]];
      return visit.BREAK;
    }
  });
  return found;
}
export {
  MAX_COMPOSE_BYTES,
  parseCompose
};
