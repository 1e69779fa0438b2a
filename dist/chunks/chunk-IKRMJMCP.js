#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  Secret
} from "./chunk-QVKAJNKG.js";
import {
  MappedTextBuilder,
  holeIn,
  sourceRange
} from "./chunk-Y4RE6CCV.js";

// src/sources/client/py-text.ts
var PyText = class _PyText {
  constructor(text, at, pos) {
    this.text = text;
    this.at = at;
    this.pos = pos;
  }
  text;
  at;
  pos;
  static of(source, start = 0, end = source.text.length) {
    let text = "";
    const at = [];
    for (let i = start; i < end; i++) {
      text += source.holes[i] ? HOLE_CHAR : source.text[i];
      at.push(i);
    }
    return new _PyText(text, at, start);
  }
  get length() {
    return this.text.length;
  }
  slice(start, end = this.text.length) {
    const at = this.at.slice(start, end);
    const pos = at[0] ?? (start > 0 && this.at[start - 1] !== void 0 ? this.at[start - 1] + 1 : this.pos);
    return new _PyText(this.text.slice(start, end), at, pos);
  }
  indexOf(search, from = 0) {
    return this.text.indexOf(search, from);
  }
  /** Python `str.partition`: [before, found, after]. */
  partition(separator) {
    const i = this.text.indexOf(separator);
    if (i === -1) return [this, false, EMPTY];
    return [this.slice(0, i), true, this.slice(i + separator.length)];
  }
  /** Python `str.rpartition`: [before, found, after]; not found puts everything after. */
  rpartition(separator) {
    const i = this.text.lastIndexOf(separator);
    if (i === -1) return [EMPTY, false, this];
    return [this.slice(0, i), true, this.slice(i + separator.length)];
  }
  /** Python `str.split(sep)` (never drops empty parts). */
  split(separator) {
    const parts = [];
    let start = 0;
    for (let i = this.text.indexOf(separator); i !== -1; i = this.text.indexOf(separator, start)) {
      parts.push(this.slice(start, i));
      start = i + separator.length;
    }
    parts.push(this.slice(start));
    return parts;
  }
  /** Keeps the characters for which `keep` holds. */
  filter(keep) {
    let text = "";
    const at = [];
    for (let i = 0; i < this.text.length; i++) {
      if (!keep(this.text[i])) continue;
      text += this.text[i];
      at.push(this.at[i]);
    }
    return new _PyText(text, at, at[0] ?? this.pos);
  }
  lstrip(chars) {
    let i = 0;
    while (i < this.text.length && chars.includes(this.text[i])) i++;
    return i === 0 ? this : this.slice(i);
  }
  concat(other) {
    return new _PyText(this.text + other.text, [...this.at, ...other.at], this.pos);
  }
};
var HOLE_CHAR = "\uE000";
var EMPTY = PyText.of({ text: "", from: [], to: [], holes: [], anchor: [0, 0] });
function pyInt(text) {
  const trimmed = text.replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g, "");
  if (/^[+-]?[0-9]+(_[0-9]+)*$/.test(trimmed)) return { ok: true, value: Number(trimmed.replace(/_/g, "")) };
  if (/[^\x00-\x7f]/.test(trimmed) && /^[+-]?[\p{Nd}_]+$/u.test(trimmed)) return { ok: false, unknown: true };
  return { ok: false };
}
function pyFloat(text) {
  const trimmed = text.trim();
  const digits = "[0-9]+(?:_[0-9]+)*";
  const number = new RegExp(`^[+-]?(?:(?:${digits}(?:\\.(?:${digits})?)?|\\.${digits})(?:[eE][+-]?${digits})?|inf|infinity|nan)$`, "i");
  if (!number.test(trimmed)) return { ok: false };
  const plain = trimmed.replace(/_/g, "").toLowerCase();
  if (plain.endsWith("inf") || plain.endsWith("infinity")) return { ok: true, value: plain.startsWith("-") ? -Infinity : Infinity };
  if (plain.endsWith("nan")) return { ok: true, value: NaN };
  return { ok: true, value: Number(plain) };
}

// src/sources/client/py-url.ts
var C0_OR_SPACE = Array.from({ length: 33 }, (_, i) => String.fromCharCode(i)).join("");
var UNSAFE = "	\r\n";
var SCHEME_CHARS = /^[A-Za-z0-9+\-.]+$/;
function pyScheme(url) {
  let rest = url.lstrip(C0_OR_SPACE).filter((c) => !UNSAFE.includes(c));
  let scheme = rest.slice(0, 0);
  const i = rest.indexOf(":");
  if (i > 0 && /^[A-Za-z]/.test(rest.text) && SCHEME_CHARS.test(rest.text.slice(0, i))) {
    scheme = rest.slice(0, i);
    rest = rest.slice(i + 1);
  }
  if (!rest.text.startsWith("//")) return { scheme };
  const error = checkNetloc(splitNetloc(rest.slice(2)).netloc);
  return error ? { scheme, error } : { scheme };
}
function urlToParts(source, url) {
  const { scheme, error: schemeError } = pyScheme(url);
  const schemeSeparator = scheme.length > 0 && url.text.startsWith(`${scheme.text}://`);
  const parts = { scheme, schemeName: scheme.text.toLowerCase(), schemeSeparator, query: [] };
  if (schemeError) return { ...parts, error: schemeError };
  const rest = url.slice(scheme.length + 3).filter((c) => !UNSAFE.includes(c));
  const { netloc, after } = splitNetloc(rest);
  const netlocError = checkNetloc(netloc);
  if (netlocError) return { ...parts, error: netlocError };
  let pathAndQuery = after;
  const hash = pathAndQuery.indexOf("#");
  if (hash !== -1) pathAndQuery = pathAndQuery.slice(0, hash);
  const [pathWithParams, , query] = pathAndQuery.partition("?");
  const path = splitParams(pathWithParams);
  const [userinfo, hasUserinfo, hostinfo] = netloc.rpartition("@");
  if (hasUserinfo) {
    const [user, hasPassword, password] = userinfo.partition(":");
    if (user.length > 0) parts.user = field(source, user);
    if (hasPassword && password.length > 0) parts.password = field(source, password);
  }
  const [, bracketed, inBracket] = hostinfo.partition("[");
  let host;
  let port;
  if (bracketed) {
    [host] = inBracket.partition("]");
    [, , port] = inBracket.partition("]")[2].partition(":");
  } else {
    [host, , port] = hostinfo.partition(":");
  }
  if (host.length > 0) parts.host = field(source, host, lowerHost(source, host));
  if (port.length > 0) {
    parts.portText = port;
    if (port.text.includes(HOLE_CHAR)) {
    } else if (!/^[0-9]+$/.test(port.text)) {
      parts.error = { type: "ValueError", message: "Port could not be cast to integer value as {}", quoted: port };
    } else if (Number(port.text) > 65535) {
      parts.error = { type: "ValueError", message: "Port out of range 0-65535" };
    } else parts.port = Number(port.text);
  }
  const vhost = path.text.startsWith("/") ? path.slice(1) : path;
  if (vhost.length > 0) parts.path = field(source, vhost);
  parts.query = parseQsl(source, query);
  return parts;
}
function splitNetloc(url) {
  let end = url.length;
  for (const c of "/?#") {
    const i = url.indexOf(c);
    if (i !== -1) end = Math.min(end, i);
  }
  return { netloc: url.slice(0, end), after: url.slice(end) };
}
function checkNetloc(netloc) {
  const text = netloc.text;
  const open = text.includes("[");
  const close = text.includes("]");
  if (open !== close) return { type: "ValueError", message: "Invalid IPv6 URL" };
  if (open && close) {
    const hostAndPort = text.slice(text.lastIndexOf("@") + 1);
    const bracket = hostAndPort.indexOf("[");
    let host;
    if (bracket !== -1) {
      if (bracket > 0) return { type: "ValueError", message: "Invalid IPv6 URL" };
      const inner = hostAndPort.slice(bracket + 1);
      const end = inner.indexOf("]");
      host = end === -1 ? inner : inner.slice(0, end);
      const afterBracket = end === -1 ? "" : inner.slice(end + 1);
      if (afterBracket && !afterBracket.startsWith(":")) return { type: "ValueError", message: "Invalid IPv6 URL" };
    } else host = hostAndPort.split(":")[0];
    if (!host.includes(HOLE_CHAR)) {
      if (host.startsWith("v")) {
        if (!/^v[a-fA-F0-9]+\..+$/s.test(host)) return { type: "ValueError", message: "IPvFuture address is invalid" };
      } else if (isIPv4(host)) return { type: "ValueError", message: "An IPv4 address cannot be in brackets" };
      else if (!isIPv6(host)) return { type: "ValueError", message: "{} does not appear to be an IPv4 or IPv6 address" };
    }
  }
  if (/^[\x00-\x7f]*$/.test(text) || text.includes(HOLE_CHAR)) return void 0;
  const n = text.replace(/[@:#?]/g, "");
  const normal = n.normalize("NFKC");
  if (n !== normal && /[/?#@:]/.test(normal)) {
    return { type: "ValueError", message: "netloc {} contains invalid characters under NFKC normalization", quoted: netloc };
  }
  return void 0;
}
function isIPv4(text) {
  const parts = text.split(".");
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}
function isIPv6(text) {
  const [address = "", ...zone] = text.split("%");
  if (zone.length > 1 || zone.length === 1 && zone[0] === "") return false;
  let groups = address.split(":");
  let limit = 8;
  const last = groups[groups.length - 1];
  if (last.includes(".")) {
    if (!isIPv4(last)) return false;
    groups = groups.slice(0, -1);
    limit = 6;
    if (groups[groups.length - 1] === "" && groups.length >= 2 && groups[groups.length - 2] === "") groups.pop();
    else if (groups[groups.length - 1] === "") groups.push("");
  }
  if (groups.length < 2 && limit === 8) return false;
  const doubles = address.split("::").length - 1;
  if (doubles > 1) return false;
  if (doubles === 0) return groups.length === limit && groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g));
  const [head = "", tail = ""] = address.replace(/:[0-9.]+$/, limit === 6 ? "" : "$&").split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === "" ? [] : tail.split(":");
  return headGroups.length + tailGroups.length < limit && [...headGroups, ...tailGroups].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g));
}
function parseQsl(source, query) {
  const fields = [];
  if (query.length === 0) return fields;
  for (const item of query.split("&")) {
    if (item.length === 0) continue;
    const [name, hasEquals, value2] = item.partition("=");
    if (!hasEquals || value2.length === 0) continue;
    fields.push({ name: field(source, name, void 0, true), value: field(source, value2, void 0, true), raw: item });
  }
  return fields;
}
function field(source, raw, lowered, plusIsSpace = false) {
  const text = lowered ?? mapped(source, raw);
  return { raw, value: unquote(text, plusIsSpace) };
}
function mapped(source, raw) {
  const out = new MappedTextBuilder(anchorOf(source, raw));
  for (const i of raw.at) out.append(source, i, i + 1);
  return out.build();
}
function anchorOf(source, raw) {
  if (raw.at.length === 0) return [source.anchor[0], source.anchor[0]];
  return [source.from[raw.at[0]], source.to[raw.at[raw.at.length - 1]]];
}
function splitParams(path) {
  if (!path.text.includes(";")) return path;
  const from = path.text.includes("/") ? path.text.lastIndexOf("/") : 0;
  const i = path.indexOf(";", from);
  return i === -1 ? path : path.slice(0, i);
}
function lowerHost(source, host) {
  const out = new MappedTextBuilder(anchorOf(source, host));
  const percent = host.text.indexOf("%");
  for (let k = 0; k < host.at.length; k++) {
    const i = host.at[k];
    const char = source.text[i];
    const lower = percent !== -1 && k > percent ? char : char.toLowerCase();
    out.push(lower, source.from[i], source.to[i], source.holes[i]);
  }
  return out.build();
}
function unquote(text, plusIsSpace = false) {
  const out = new MappedTextBuilder(text.anchor);
  const s = text.text;
  if (!s.includes("%") && !(plusIsSpace && s.includes("+"))) return text;
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code >= 128 || text.holes[i]) {
      out.append(text, i, i + 1);
      i++;
      continue;
    }
    const bytes = [];
    while (i < s.length && s.charCodeAt(i) < 128 && !text.holes[i]) {
      const hex = s.slice(i + 1, i + 3);
      if (s[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push({ byte: parseInt(hex, 16), start: i, end: i + 3 });
        i += 3;
      } else {
        const byte = plusIsSpace && s[i] === "+" ? 32 : s.charCodeAt(i);
        bytes.push({ byte, start: i, end: i + 1 });
        i++;
      }
    }
    decodeUtf8(bytes, (char, start, end) => {
      if (end - start === 1 && char === s[start]) out.append(text, start, end);
      else out.push(char, text.from[start], text.to[end - 1]);
    });
  }
  return out.build();
}
function decodeUtf8(bytes, emit) {
  let k = 0;
  while (k < bytes.length) {
    const first = bytes[k];
    const b = first.byte;
    let need = 0;
    let code = 0;
    let lower = 128;
    let upper = 191;
    if (b < 128) {
      emit(String.fromCharCode(b), first.start, first.end);
      k++;
      continue;
    } else if (b >= 194 && b <= 223) {
      need = 1;
      code = b & 31;
    } else if (b >= 224 && b <= 239) {
      if (b === 224) lower = 160;
      if (b === 237) upper = 159;
      need = 2;
      code = b & 15;
    } else if (b >= 240 && b <= 244) {
      if (b === 240) lower = 144;
      if (b === 244) upper = 143;
      need = 3;
      code = b & 7;
    } else {
      emit("\uFFFD", first.start, first.end);
      k++;
      continue;
    }
    let j = k + 1;
    let ok = true;
    for (let n = 0; n < need; n++, j++) {
      const next = bytes[j];
      if (!next || next.byte < lower || next.byte > upper) {
        ok = false;
        break;
      }
      lower = 128;
      upper = 191;
      code = code << 6 | next.byte & 63;
    }
    emit(ok ? String.fromCodePoint(code) : "\uFFFD", first.start, bytes[j - 1].end);
    k = j;
  }
}

// src/sources/client/broker-url.ts
var written = /* @__PURE__ */ new WeakMap();
var SECRET_OPTION = /pass|secret|token|credential/i;
var CERT_REQS = /* @__PURE__ */ new Set(["CERT_REQUIRED", "CERT_OPTIONAL", "CERT_NONE", "required", "optional", "none"]);
var KOMBU_INIT_PARAMS = /* @__PURE__ */ new Set(["insist", "ssl", "connect_timeout", "login_method", "heartbeat", "credential_provider"]);
var KOMBU_URL_KEYS = /* @__PURE__ */ new Set(["transport", "hostname", "port", "userid", "password", "virtual_host"]);
var SSL_KEYS = ["ssl_ca_certs", "ssl_certfile", "ssl_keyfile", "ssl_cert_reqs"];
var INT_OPTIONS = /* @__PURE__ */ new Set(["db", "max_connections", "health_check_interval"]);
var FLOAT_OPTIONS = /* @__PURE__ */ new Set(["socket_timeout", "socket_connect_timeout"]);
function parseBrokerUrl(text, index) {
  const secrets = [];
  const whole = PyText.of(text);
  const range = sourceRange(text, 0, text.text.length);
  const chunks = whole.split(";").map((raw, i) => readChunk(text, index, raw, i, secrets));
  const first = chunks[0];
  const url = {
    scheme: first.scheme,
    range,
    chunks,
    assumesHoles: holeIn(text) !== void 0,
    asKombuSees: kombuView(text, whole, chunks),
    asCeleryBackendSees: celeryView(text, whole, chunks, index, secrets),
    problems: [],
    secrets
  };
  url.problems = findProblems(url, text);
  return url;
}
function readChunk(source, index, raw, i, secrets) {
  const parts = urlToParts(source, raw);
  const range = rangeOf(source, raw);
  const chunk = {
    index: i,
    range,
    scheme: value(source, parts.scheme, parts.schemeName, range),
    schemeWritten: parts.schemeSeparator,
    query: []
  };
  written.set(chunk, raw.text);
  const colon = raw.indexOf(":");
  const head = raw.slice(0, colon === -1 ? raw.length : colon);
  const headHole = holeOf(source, head);
  if (headHole && parts.scheme.length === 0) chunk.scheme = { known: false, why: headHole, range: rangeOf(source, head) };
  if (parts.host) chunk.host = fieldValue(source, parts.host);
  if (parts.portText) {
    const portRange = rangeOf(source, parts.portText);
    const hole = holeOf(source, parts.portText);
    if (hole) chunk.port = { known: false, why: hole, range: portRange };
    else if (parts.port !== void 0) chunk.port = { known: true, value: parts.port, range: portRange };
  }
  if (parts.user) chunk.user = fieldValue(source, parts.user);
  if (parts.password) chunk.password = secretValue(source, index, parts.password, secrets);
  if (parts.path) chunk.path = fieldValue(source, parts.path);
  for (const option of parts.query) {
    const name = fieldValue(source, option.name);
    const isSecret = name.known && SECRET_OPTION.test(name.value);
    chunk.query.push({
      name,
      value: isSecret ? secretValue(source, index, option.value, secrets) : fieldValue(source, option.value),
      range: rangeOf(source, option.raw)
    });
  }
  if (parts.error) chunk.error = libraryError(source, parts.error, i, "configure");
  return chunk;
}
function rangeOf(source, raw) {
  if (raw.at.length === 0) return sourceRange(source, raw.pos, raw.pos);
  let from = Infinity;
  let to = -Infinity;
  for (const i of raw.at) {
    from = Math.min(from, source.from[i]);
    to = Math.max(to, source.to[i]);
  }
  return [from, to];
}
function holeOf(source, raw) {
  for (const i of raw.at) if (source.holes[i]) return source.holes[i].why;
  return void 0;
}
function value(source, raw, text, fallback) {
  const range = raw.length > 0 ? rangeOf(source, raw) : fallback;
  const hole = holeOf(source, raw);
  return hole ? { known: false, why: hole, range } : { known: true, value: text, range };
}
function fieldValue(source, field2) {
  const range = rangeOf(source, field2.raw);
  const hole = holeOf(source, field2.raw);
  const out = hole ? { known: false, why: hole, range } : { known: true, value: field2.value.text, range };
  written.set(out, field2.raw.text);
  return out;
}
function secretValue(source, index, field2, secrets) {
  const range = rangeOf(source, field2.raw);
  const hole = holeOf(source, field2.raw);
  const secret = hole ? void 0 : new Secret(field2.value.text, index.span(...range));
  if (secret) secrets.push(secret);
  const out = secret ? { known: true, secret, range } : { known: false, why: hole, range };
  written.set(out, field2.raw.text);
  return out;
}
function libraryError(source, error, chunk, when) {
  const out = { type: error.type, message: error.message, chunk, when };
  if (error.quoted) out.quoted = rangeOf(source, error.quoted);
  return out;
}
function lastOption(chunk, name) {
  let found;
  for (const option of chunk.query) if (option.name.known && option.name.value === name) found = option;
  return found;
}
function optionDict(chunk) {
  const names = [];
  for (const option of chunk.query) if (option.name.known && !names.includes(option.name.value)) names.push(option.name.value);
  return names.map((name) => lastOption(chunk, name));
}
function unknownOf(chunk) {
  return chunk.scheme.known ? void 0 : chunk.scheme.why;
}
function kombuView(source, whole, chunks) {
  const first = chunks[0];
  const errors = [];
  const view = { name: first.scheme, endpoints: [], ignoredChunks: [], db: defaultDb(first, 0), errors };
  const hostname = whole.split(";")[0];
  const sep = hostname.indexOf("://");
  const why = unknownOf(first) ?? (sep === -1 ? holeOf(source, hostname) : void 0);
  if (why) {
    view.name = { known: false, why, range: first.range };
    return view;
  }
  if (sep === -1) {
    view.name = { known: true, value: "amqp", range: first.range, defaulted: true };
    return view;
  }
  const prefix = hostname.slice(0, sep);
  const plus = prefix.indexOf("+");
  if (plus !== -1) {
    const transport2 = prefix.slice(0, plus);
    view.name = value(source, transport2, transport2.text, first.range);
    const inner = urlToParts(source, hostname.slice(plus + 1));
    if (inner.schemeName === "socket" && inner.path) {
      const path = fieldValue(source, inner.path);
      view.endpoints.push({ chunk: 0, host: defaultValue(null, first.range), port: defaultValue(0, first.range), socket: path.known ? { ...path, value: `/${path.value}` } : path });
    }
    return view;
  }
  const transport = first.scheme.known ? first.scheme.value : "";
  if (!["redis", "rediss", "sentinel"].includes(transport)) return view;
  const sslErrors = [];
  const duplicateErrors = [];
  const unknownErrors = [];
  for (const option of optionDict(first)) {
    if (!option.name.known) continue;
    const name = option.name.value;
    if (name === "ssl_cert_reqs") {
      view.sslCertReqs = option.value;
      if (option.value.known && "value" in option.value && !CERT_REQS.has(option.value.value)) {
        sslErrors.push({ type: "KeyError", message: "{}", quoted: option.value.range, chunk: 0, when: "configure" });
      }
    } else if (name.startsWith("ssl_")) {
      continue;
    } else if (KOMBU_URL_KEYS.has(name)) {
      duplicateErrors.push({ type: "TypeError", message: `dict() got multiple values for keyword argument '${name}'`, chunk: 0, when: "configure" });
    } else if (!KOMBU_INIT_PARAMS.has(name)) {
      unknownErrors.push({ type: "TypeError", message: `Connection._init_params() got an unexpected keyword argument '${name}'`, chunk: 0, when: "configure" });
    }
  }
  const raised = [...sslErrors, ...duplicateErrors, ...unknownErrors][0];
  if (raised) errors.push(raised);
  if (first.error) {
    view.errors = [first.error];
    return view;
  }
  if (transport === "rediss" && !view.sslCertReqs) view.insecureTlsDefault = true;
  if (first.user) view.user = first.user;
  if (first.password) view.password = first.password;
  view.db = kombuDb(first);
  if (!view.db.known && view.db.why === "not an int") {
    errors.push({ type: "ValueError", message: "Database is int between 0 and limit - 1, not {}", quoted: view.db.range, chunk: 0, when: "connect" });
    view.db = { known: false, why: "kombu cannot read the db", range: view.db.range };
  }
  const defaultPort = transport === "sentinel" ? 26379 : 6379;
  if (transport === "sentinel") {
    if (chunks.length > 1) {
      for (const chunk of chunks) {
        if (!chunk.scheme.known) {
          view.endpoints.push(unknownEndpoint(chunk));
        } else if (chunk.scheme.value === "sentinel") {
          if (chunk.index > 0 && chunk.error) errors.push({ ...chunk.error, when: "connect" });
          view.endpoints.push(endpoint(chunk, null, defaultPort));
        } else view.ignoredChunks.push(chunk.index);
      }
    }
    if (view.endpoints.length === 0) view.endpoints.push(endpoint(first, "127.0.0.1", defaultPort));
    view.errors = errors.slice(0, 1);
    return view;
  }
  view.endpoints.push(endpoint(first, "127.0.0.1", defaultPort));
  for (const chunk of chunks.slice(1)) {
    if (chunk.schemeWritten) view.endpoints.push(endpoint(chunk, "127.0.0.1", defaultPort));
    else view.endpoints.push({ chunk: chunk.index, host: { known: true, value: textOf(source, chunk), range: chunk.range }, port: defaultValue(defaultPort, chunk.range) });
  }
  view.errors = errors.slice(0, 1);
  return view;
}
function textOf(_source, chunk) {
  return written.get(chunk) ?? "";
}
function defaultValue(value2, range) {
  return { known: true, value: value2, range: [range[0], range[0]], defaulted: true };
}
function unknownEndpoint(chunk) {
  const why = unknownOf(chunk) ?? "unknown";
  return { chunk: chunk.index, host: { known: false, why, range: chunk.range }, port: { known: false, why, range: chunk.range } };
}
function endpoint(chunk, defaultHost, defaultPort) {
  const host = chunk.host ?? defaultValue(defaultHost, chunk.range);
  const port = chunk.port && (!chunk.port.known || chunk.port.value !== 0) ? chunk.port : defaultValue(defaultPort, chunk.port?.range ?? chunk.range);
  return { chunk: chunk.index, host, port };
}
function defaultDb(chunk, db) {
  return defaultValue(db, chunk.range);
}
function kombuDb(chunk) {
  const path = chunk.path;
  if (!path) return defaultDb(chunk, 0);
  if (!path.known) return path;
  if (path.value === "/") return { known: true, value: 0, range: path.range };
  const text = path.value.startsWith("/") ? path.value.slice(1) : path.value;
  const db = pyInt(text);
  if (db.ok) return { known: true, value: db.value, range: path.range };
  return { known: false, why: db.unknown ? "a db written with non-ASCII digits" : "not an int", range: path.range };
}
function celeryView(source, whole, chunks, index, secrets) {
  const first = chunks[0];
  const errors = [];
  const view = { name: first.scheme, endpoints: [], ignoredChunks: [], db: defaultDb(first, 0), errors };
  const sep = whole.indexOf("://");
  if (sep === -1) {
    view.name = value(source, whole, whole.text, first.range);
    return view;
  }
  let alias = whole.slice(0, sep);
  let url = whole;
  const plus = alias.indexOf("+");
  if (plus !== -1) {
    url = whole.slice(plus + 1);
    alias = alias.slice(0, plus);
  }
  view.name = value(source, alias, alias.text, first.range);
  if (!view.name.known) return view;
  const name = alias.text;
  let parsed;
  if (name === "redis" || name === "rediss") {
    parsed = [plus === -1 && chunks.length === 1 ? first : readChunk(source, index, url, 0, secrets)];
  } else if (name === "sentinel") {
    parsed = plus === -1 ? chunks : url.split(";").map((raw, i) => readChunk(source, index, raw, i, secrets));
  } else return view;
  parsed.forEach((chunk) => {
    const connparams = backendParams(chunk, errors);
    view.endpoints.push(connparams.endpoint);
    if (chunk.index === 0) {
      view.db = connparams.db;
      if (connparams.user) view.user = connparams.user;
      if (connparams.password) view.password = connparams.password;
      const certReqs = lastOption(chunk, "ssl_cert_reqs");
      if (certReqs) view.sslCertReqs = certReqs.value;
    }
  });
  if (name === "rediss" && errors.length === 0) {
    const certReqs = lastOption(parsed[0], "ssl_cert_reqs");
    if (!certReqs || certReqs.value.known && "value" in certReqs.value && !CERT_REQS.has(certReqs.value.value)) {
      errors.push({
        type: "ValueError",
        message: "A rediss:// URL must have parameter ssl_cert_reqs and this must be set to CERT_REQUIRED, CERT_OPTIONAL, or CERT_NONE (unless redis_backend_use_ssl sets it)",
        chunk: 0,
        when: "configure"
      });
    }
  }
  view.errors = errors.slice(0, 1);
  return view;
}
function backendParams(chunk, errors) {
  const why = unknownOf(chunk);
  if (why) return { endpoint: unknownEndpoint(chunk), db: { known: false, why, range: chunk.range } };
  if (chunk.error) errors.push(chunk.error);
  const scheme = chunk.scheme.known ? chunk.scheme.value : "";
  const host = chunk.host ?? defaultValue("localhost", chunk.range);
  const port = chunk.port ?? defaultValue(6379, chunk.range);
  const endpoint2 = { chunk: chunk.index, host, port };
  const names = optionDict(chunk);
  const has = (key) => names.some((option) => option.name.known && option.name.value === key);
  if (scheme === "socket") {
    if (!chunk.path) errors.push({ type: "TypeError", message: 'can only concatenate str (not "NoneType") to str', chunk: chunk.index, when: "configure" });
    else endpoint2.socket = chunk.path.known ? { ...chunk.path, value: `/${chunk.path.value}` } : chunk.path;
  }
  if (scheme === "redis" && SSL_KEYS.some(has)) {
    errors.push({
      type: "ValueError",
      message: "SSL connection parameters have been provided but the specified URL scheme is redis://. A Redis SSL connection URL should use the scheme rediss://.",
      chunk: chunk.index,
      when: "configure"
    });
  }
  let db = defaultDb(chunk, 0);
  const dbText = scheme === "socket" ? lastOption(chunk, "virtual_host")?.value : chunk.path;
  if (dbText && !dbText.known) db = dbText;
  else if (dbText && "value" in dbText) {
    const stripped = dbText.value.replace(/^\/+|\/+$/g, "");
    const parsed = stripped === "" ? { ok: true, value: 0 } : pyInt(stripped);
    if (parsed.ok) db = { known: true, value: parsed.value, range: dbText.range };
    else {
      db = { known: false, why: "Celery cannot read the db", range: dbText.range };
      errors.push({ type: "ValueError", message: "invalid literal for int() with base 10: {}", quoted: dbText.range, chunk: chunk.index, when: "configure" });
    }
  }
  for (const option of names) {
    if (!option.name.known || !option.value.known || !("value" in option.value)) continue;
    if (INT_OPTIONS.has(option.name.value)) {
      const parsed = pyInt(option.value.value);
      if (!parsed.ok) errors.push({ type: "ValueError", message: "invalid literal for int() with base 10: {}", quoted: option.value.range, chunk: chunk.index, when: "configure" });
      else if (option.name.value === "db") db = { known: true, value: parsed.value, range: option.value.range };
    }
    if (FLOAT_OPTIONS.has(option.name.value) && !pyFloat(option.value.value).ok) {
      errors.push({ type: "ValueError", message: "could not convert string to float: {}", quoted: option.value.range, chunk: chunk.index, when: "configure" });
    }
    if (option.name.value === "host") endpoint2.host = option.value;
  }
  const out = { endpoint: endpoint2, db };
  if (chunk.user) out.user = chunk.user;
  const password = lastOption(chunk, "password")?.value ?? chunk.password;
  if (password) out.password = password;
  return out;
}
function findProblems(url, source) {
  const problems = [];
  const { chunks } = url;
  const sentinel = url.scheme.known && url.scheme.value === "sentinel";
  const celery = url.asCeleryBackendSees;
  const hasHoles = url.assumesHoles;
  const backendByChunk = new Map(celery.endpoints.map((e) => [e.chunk, e]));
  for (const chunk of chunks) {
    const text = textOf(source, chunk);
    const backendEndpoint = backendByChunk.get(chunk.index);
    const dials = backendEndpoint ? ` the Celery result backend dials ${describe(backendEndpoint)}` : "";
    if (chunks.length > 1 && text.length === 0) {
      const last = chunk.index === chunks.length - 1;
      problems.push({
        kind: last ? "trailing-separator" : "empty-chunk",
        range: chunk.range,
        chunk: chunk.index,
        detail: `${last ? "the URL ends with `;`" : "two `;` in a row"}: kombu ignores the empty entry;${dials || " the Celery result backend dials localhost:6379"}`
      });
      continue;
    }
    if (sentinel && chunk.index > 0 && chunk.scheme.known && chunk.scheme.value !== "sentinel") {
      problems.push({
        kind: "missing-scheme",
        range: chunk.range,
        chunk: chunk.index,
        detail: `this address lacks \`sentinel://\`: kombu never asks it;${dials}`
      });
    }
    if (/^[\s\x00-\x1f]/.test(text) && !hasHoles) {
      problems.push({
        kind: "space-in-url",
        range: chunk.range,
        chunk: chunk.index,
        detail: "the address starts with white space: kombu cuts the scheme at the wrong place and loses the host"
      });
    }
    const comma = text.indexOf(",");
    if (comma !== -1 && (chunk.error || /,\s*[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text))) {
      const at = chunk.range[0] + comma;
      problems.push({
        kind: "comma-separator",
        range: [at, at + 1],
        chunk: chunk.index,
        detail: "addresses are separated by `,`; kombu and Celery split on `;` only (`ValueError` while parsing)"
      });
    }
  }
  if (sentinel) {
    const first = chunks[0];
    for (const chunk of chunks.slice(1)) {
      const parts = [
        ["db", chunk.path, first.path],
        ["user", chunk.user, first.user],
        ["password", chunk.password, first.password],
        ["options", chunk.query[0], first.query[0]]
      ];
      for (const [what, here, there] of parts) {
        if (!here) continue;
        if (there && same(here, there, what)) continue;
        problems.push({
          kind: "options-not-first",
          range: here.range,
          chunk: chunk.index,
          detail: `the ${what} of a later address is ignored: kombu and the Celery backend take it from the first address only${there ? ", where it differs" : ""}`
        });
      }
    }
  }
  for (const [library, view] of [["kombu", url.asKombuSees], ["Celery result backend", celery]]) {
    for (const error of view.errors) {
      const range = error.quoted ?? chunks[error.chunk]?.range ?? url.range;
      problems.push({
        kind: "library-error",
        range,
        chunk: error.chunk,
        detail: `${library} raises ${error.type}${error.when === "connect" ? " when it connects" : ""}: ${error.message.replace("{}", "the text here")}`
      });
    }
  }
  return problems;
}
function same(a, b, what) {
  if (what === "options") return false;
  return written.get(a) !== void 0 && written.get(a) === written.get(b);
}
function describe(e) {
  const host = e.host.known ? e.host.value ?? "the local machine" : "an unknown host";
  const port = e.port.known ? String(e.port.value) : "an unknown port";
  return `${host}:${port}`;
}

export {
  parseBrokerUrl
};
