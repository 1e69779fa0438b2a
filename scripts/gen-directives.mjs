#!/usr/bin/env node
// Dev-time transcription: reads config.c (and the command JSON files) of fetched redis/redis and
// valkey-io/valkey checkouts and writes the directive and command tables under
// src/sources/conf/directives/. Never needed at build or test time; the generated files are committed.
//
//   node scripts/gen-directives.mjs <redis git dir> <valkey git dir>
//
// Facts are transcribed as data (names, types, bounds, enum values, flags); no code is copied.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { commandsFile, deltaTableFile, fullTableFile } from './directive-files.mjs';

const [redisGit, valkeyGit] = process.argv.slice(2);
if (!redisGit || !valkeyGit) {
  console.error('usage: node scripts/gen-directives.mjs <redis git dir> <valkey git dir>');
  process.exit(2);
}
const OUT = new URL('../src/sources/conf/directives/', import.meta.url);

/** [product, version, git dir, ref, note]. The first Redis entry is the full base table. */
const SOURCES = [
  ['redis', '7.0', redisGit, '7.0.15', 'redis/redis tag 7.0.15'],
  ['redis', '6.2', redisGit, '6.2.16', 'redis/redis tag 6.2.16'],
  ['redis', '7.2', redisGit, '7.2.6', 'redis/redis tag 7.2.6'],
  ['redis', '7.4', redisGit, '7.4.1', 'redis/redis tag 7.4.1'],
  ['redis', '8.0', redisGit, '8.0', 'redis/redis branch 8.0 at 30eb6c3 (8.0-M01, version 7.9.224)'],
  ['valkey', '7.2', valkeyGit, '7.2.7', 'valkey-io/valkey tag 7.2.7'],
  ['valkey', '8.0', valkeyGit, '8.0.1', 'valkey-io/valkey tag 8.0.1'],
];
/** Each delta is computed against this table. */
const BASE_OF = {
  'redis-6.2': 'redis-7.0', 'redis-7.2': 'redis-7.0', 'redis-7.4': 'redis-7.2', 'redis-8.0': 'redis-7.4',
  'valkey-7.2': 'redis-7.2', 'valkey-8.0': 'valkey-7.2',
};

/**
 * 6.2 only: directives of the if/else chain in loadServerConfigFromString (not in its table), with
 * the argc each branch matches (the name included; 0 = no maximum) and the set logic they use.
 * `list-max-ziplist-entries` / `-value` are "DEAD OPTION" branches there: the deprecated list.
 */
const MANUAL_62 = [
  { name: 'bind', type: 'special', multiArg: true, handler: 'bind-6.2', argc: [2, 0] },
  { name: 'unixsocketperm', type: 'special', handler: 'unixsocketperm-6.2', argc: [2, 2] },
  { name: 'save', type: 'special', multiArg: true, handler: 'save-6.2', argc: [1, 0] },
  { name: 'dir', type: 'special', argc: [2, 2] },
  { name: 'logfile', type: 'special', handler: 'logfile', argc: [2, 2] },
  { name: 'replicaof', alias: 'slaveof', type: 'special', multiArg: true, argc: [3, 3] },
  { name: 'cluster-config-file', type: 'special', handler: 'string', argc: [2, 2] },
  { name: 'client-output-buffer-limit', type: 'special', multiArg: true, handler: 'client-output-buffer-limit-6.2', argc: [5, 5] },
  { name: 'oom-score-adj-values', type: 'special', multiArg: true, argc: [4, 4] },
  { name: 'notify-keyspace-events', type: 'special', handler: 'notify-keyspace-events-6.2', argc: [2, 2] },
];
const MANUAL_62_DEPRECATED = ['list-max-ziplist-entries', 'list-max-ziplist-value'];

const git = (dir, ...args) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const show = (dir, ref, path) => git(dir, 'show', `${ref}:${path}`);

/** Removes C comments, keeping string and char literals intact. */
function stripComments(src) {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end + 1;
      out += ' ';
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

/** Splits `a, f(b, c), "d,e"` on top-level commas. */
function splitArgs(text) {
  const args = [];
  let depth = 0, cur = '', inStr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      cur += c;
      if (c === '\\') cur += text[++i];
      else if (c === '"') inStr = false;
    } else if (c === '"') { inStr = true; cur += c; }
    else if (c === '(' || c === '{') { depth++; cur += c; }
    else if (c === ')' || c === '}') { depth--; cur += c; }
    else if (c === ',' && depth === 0) { args.push(cur.trim()); cur = ''; }
    else cur += c;
  }
  if (cur.trim()) args.push(cur.trim());
  return args;
}

const LIMITS = {
  INT_MIN: -(2n ** 31n), INT_MAX: 2n ** 31n - 1n, UINT_MAX: 2n ** 32n - 1n,
  LONG_MIN: -(2n ** 63n), LONG_MAX: 2n ** 63n - 1n, ULONG_MAX: 2n ** 64n - 1n,
  LLONG_MIN: -(2n ** 63n), LLONG_MAX: 2n ** 63n - 1n, ULLONG_MAX: 2n ** 64n - 1n,
  SSIZE_MAX: 2n ** 63n - 1n, SIZE_MAX: 2n ** 64n - 1n,
};

/** Evaluates a C constant expression of numbers, macros, + - * << and parentheses, as BigInt. */
function evalC(expr, defines, seen = new Set()) {
  const tokens = expr.match(/0[xX][0-9a-fA-F]+|\d+[uUlL]*|[A-Za-z_]\w*|<<|[-+*()]/g) ?? [];
  let p = 0;
  const num = (t) => {
    const s = t.replace(/[uUlL]+$/, '');
    if (/^0[xX]/.test(s)) return BigInt(s);
    if (s.length > 1 && s.startsWith('0')) return BigInt('0o' + s.slice(1));
    return BigInt(s);
  };
  const primary = () => {
    const t = tokens[p++];
    if (t === '(') { const v = shift(); p++; return v; }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (/^\d/.test(t)) return num(t);
    if (t in LIMITS) return LIMITS[t];
    if (t in defines && !seen.has(t)) return evalC(defines[t], defines, new Set([...seen, t]));
    throw new Error(`unknown constant ${t} in ${expr}`);
  };
  const mul = () => { let v = primary(); while (tokens[p] === '*') { p++; v *= primary(); } return v; };
  const add = () => {
    let v = mul();
    while (tokens[p] === '+' || tokens[p] === '-') { const op = tokens[p++]; const r = mul(); v = op === '+' ? v + r : v - r; }
    return v;
  };
  const shift = () => { let v = add(); while (tokens[p] === '<<') { p++; v <<= add(); } return v; };
  const v = shift();
  if (p !== tokens.length) throw new Error(`cannot evaluate ${expr}`);
  return v;
}

function defines(...texts) {
  const out = {};
  for (const text of texts) {
    for (const m of text.matchAll(/^#define\s+([A-Z_][A-Z0-9_]*)\s+([^\n]+)$/gm)) out[m[1]] = m[2].trim();
  }
  return out;
}

const NUMERIC_KIND = {
  Int: 'int', UInt: 'uint', Long: 'long', ULong: 'ulong', LongLong: 'long-long', ULongLong: 'ulong-long',
  SizeT: 'size_t', SSizeT: 'ssize_t', TimeT: 'time_t', OffT: 'off_t',
};
/** is_valid functions, by their C name, as the check names our setters implement. */
const CHECKS = {
  isValidActiveDefrag: 'active-defrag', isValidDBfilename: 'dbfilename', isValidAOFfilename: 'appendfilename',
  isValidAOFdirname: 'appenddirname', isValidShutdownOnSigFlags: 'shutdown-flags',
  isValidAnnouncedHostname: 'hostname', isValidProcTitleTemplate: 'proc-title-template',
  isValidAnnouncedNodename: 'nodename', isValidIpV4: 'ipv4', isValidIpV6: 'ipv6',
  isValidClusterConfigFile: 'cluster-config-file',
};

function parseTable(product, version, configC, headers) {
  const src = stripComments(configC);
  const defs = defines(headers, src);
  const enums = {};
  for (const m of src.matchAll(/configEnum\s+(\w+)\[\]\s*=\s*\{([\s\S]*?)\};/g)) {
    enums[m[1]] = [...m[2].matchAll(/\{\s*"([^"]+)"\s*,/g)].map((v) => v[1]);
  }
  const start = src.search(/standardConfig\s+(static_)?configs\[\]\s*=\s*\{/);
  const body = src.slice(src.indexOf('{', start) + 1, src.indexOf('{NULL}', start));
  const directives = [];
  let skip = false, tls = false;
  const unknownChecks = new Set();
  const lines = body.split('\n');
  let text = '';
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith('#ifdef LOG_REQ_RES')) { skip = true; continue; }
    if (t.startsWith('#ifdef USE_OPENSSL')) { tls = true; continue; }
    if (t.startsWith('#endif')) { skip = false; tls = false; continue; }
    if (t.startsWith('#')) throw new Error(`unexpected preprocessor line in ${product} ${version}: ${t}`);
    if (skip) continue;
    text += (tls ? '\u0001' : '') + line + '\n';
  }
  for (const m of text.matchAll(/(\u0001?)\s*create(\w+)Config\(/g)) {
    let i = m.index + m[0].length, depth = 1;
    while (depth) { if (text[i] === '(') depth++; else if (text[i] === ')') depth--; i++; }
    const a = splitArgs(text.slice(m.index + m[0].length, i - 1).replace(/\u0001/g, ''));
    const kind = m[2];
    const str = (s) => (s === 'NULL' ? undefined : JSON.parse(s));
    const flags = a[2].split('|').map((f) => f.trim());
    const d = { name: str(a[0]) };
    const alias = str(a[1]);
    if (alias) d.alias = alias;
    const check = (fn) => {
      if (fn === 'NULL') return;
      if (!CHECKS[fn]) unknownChecks.add(fn);
      d.check = CHECKS[fn] ?? fn;
    };
    if (kind === 'Bool') { d.type = 'bool'; check(a[5]); }
    else if (kind === 'String' || kind === 'SDS') {
      d.type = 'string';
      if (a[3] === 'EMPTY_STRING_IS_NULL') d.emptyIsNull = true;
      check(a[6]);
    } else if (kind === 'Enum') {
      d.type = 'enum';
      d.values = enums[a[3]];
      if (!d.values) throw new Error(`enum ${a[3]} not found`);
      if (flags.includes('MULTI_ARG_CONFIG')) d.multiArg = true;
      check(a[6]);
    } else if (kind === 'Special') {
      d.type = 'special';
      if (flags.includes('MULTI_ARG_CONFIG')) d.multiArg = true;
    } else if (NUMERIC_KIND[kind]) {
      d.type = 'numeric';
      d.kind = NUMERIC_KIND[kind];
      d.min = String(evalC(a[3], defs));
      d.max = String(evalC(a[4], defs));
      const nflags = a[7];
      // 6.2 has a plain 0/1 "memory" argument; 7.0+ has MEMORY_CONFIG | PERCENT_CONFIG | OCTAL_CONFIG.
      const f = [];
      if (/MEMORY_CONFIG/.test(nflags) || nflags === '1') f.push('memory');
      if (/PERCENT_CONFIG/.test(nflags)) f.push('percent');
      if (/OCTAL_CONFIG/.test(nflags)) f.push('octal');
      if (f.length) d.flags = f;
      check(a[8]);
    } else throw new Error(`unknown config kind ${kind}`);
    if (flags.includes('HIDDEN_CONFIG')) d.hidden = true;
    if (flags.includes('DEPRECATED_CONFIG')) d.deprecatedFlag = true;
    // TLS configs sit under #ifdef USE_OPENSSL in 6.2/7.0; release builds (Debian, the official image) have them.
    directives.push(d);
  }
  const dep = src.match(/deprecatedConfig\s+deprecated_configs\[\]\s*=\s*\{([\s\S]*?)\};/);
  const deprecated = dep ? [...dep[1].matchAll(/\{\s*"([^"]+)"\s*,\s*(\d+)\s*,\s*(\d+)\s*\}/g)].map((x) => x[1]) : [];
  if (unknownChecks.size) console.error(`${product} ${version}: unmapped checks ${[...unknownChecks].join(', ')}`);
  return { directives, deprecated };
}

// ---------- commands (src/commands/*.json, 7.0+) ----------

function parseCommands(dir, ref) {
  const files = git(dir, 'ls-tree', '--name-only', ref, 'src/commands/').split('\n').filter((f) => f.endsWith('.json'));
  const server = {}; // top-level name → subcommands
  const sentinel = {};
  const categories = new Set();
  const subs = [];
  for (const f of files) {
    const json = JSON.parse(show(dir, ref, f));
    for (const [name, spec] of Object.entries(json)) {
      const flags = spec.command_flags ?? [];
      for (const c of spec.acl_categories ?? []) categories.add(c.toLowerCase());
      const inServer = !flags.includes('ONLY_SENTINEL');
      const inSentinel = flags.includes('SENTINEL') || flags.includes('ONLY_SENTINEL');
      const lower = name.toLowerCase();
      if (spec.container) { subs.push([spec.container.toLowerCase(), lower, inServer, inSentinel]); continue; }
      if (inServer) server[lower] ??= [];
      if (inSentinel) sentinel[lower] ??= [];
    }
  }
  for (const [container, sub, inServer, inSentinel] of subs) {
    if (inServer && server[container]) server[container].push(sub);
    if (inSentinel && sentinel[container]) sentinel[container].push(sub);
  }
  const sortTable = (t) => Object.fromEntries(Object.keys(t).sort().map((k) => [k, t[k].sort()]));
  return { server: sortTable(server), sentinel: sortTable(sentinel) };
}

/** ACL categories from acl.c `ACLCommandCategories`. */
function parseCategories(aclC) {
  const m = aclC.match(/ACL(?:Default)?CommandCategories\[\]\s*=\s*\{([\s\S]*?)\};/);
  return [...m[1].matchAll(/\{\s*"([^"]+)"/g)].map((x) => x[1]);
}

/** 6.2 has no JSON: the table is `redisCommandTable` in server.c, and sentinel.c `sentinelcmds`. */
function parseCommands62(dir, ref) {
  const names = (text, table) => {
    const m = stripComments(text).match(new RegExp(`${table}\\[\\]\\s*=\\s*\\{([\\s\\S]*?)\\n\\};`));
    return [...m[1].matchAll(/\{\s*"([^"]+)"\s*,/g)].map((x) => x[1].toLowerCase()).sort();
  };
  const server = Object.fromEntries(names(show(dir, ref, 'src/server.c'), 'redisCommandTable').map((n) => [n, []]));
  const sentinel = Object.fromEntries(names(show(dir, ref, 'src/sentinel.c'), 'sentinelcmds').map((n) => [n, []]));
  return { server, sentinel };
}

// ---------- output ----------

const lit = (v) => JSON.stringify(v);
const tables = {};
const commandTables = {};
for (const [product, version, dir, ref, note] of SOURCES) {
  const configC = show(dir, ref, 'src/config.c');
  const headerTexts = ['src/server.h', 'src/config.h', 'src/util.h', 'src/cluster.h']
    .map((p) => { try { return show(dir, ref, p); } catch { return ''; } }).join('\n');
  const key = `${product}-${version}`;
  tables[key] = { ...parseTable(product, version, configC, headerTexts), note };
  if (key === 'redis-6.2') {
    tables[key].directives.push(...MANUAL_62);
    tables[key].deprecated = MANUAL_62_DEPRECATED;
  }
  const cmds = version === '6.2' ? parseCommands62(dir, ref) : parseCommands(dir, ref);
  commandTables[key] = { ...cmds, categories: parseCategories(show(dir, ref, 'src/acl.c')), note };
}

function writeFull(key) {
  const t = tables[key];
  const [product, version] = key.split('-');
  const table = { product, version, source: t.note, deprecated: t.deprecated, directives: t.directives };
  writeFileSync(new URL(`${key}.ts`, OUT), fullTableFile(table));
}

function writeDelta(key) {
  const t = tables[key];
  const base = tables[BASE_OF[key]];
  const [product, version] = key.split('-');
  const byName = new Map(base.directives.map((d) => [d.name, d]));
  const names = new Set(t.directives.map((d) => d.name));
  const set = t.directives.filter((d) => lit(byName.get(d.name)) !== lit(d));
  const remove = base.directives.filter((d) => !names.has(d.name)).map((d) => d.name);
  const delta = { product, version, base: BASE_OF[key], source: t.note, deprecated: t.deprecated, remove, set };
  writeFileSync(new URL(`${key}.ts`, OUT), deltaTableFile(delta));
}

writeFull('redis-7.0');
for (const key of Object.keys(BASE_OF)) writeDelta(key);

// Commands: the 7.0 tables in full, the others as added/removed names against 7.0.
{
  const base = commandTables['redis-7.0'];
  const flat = (t) => Object.entries(t).flatMap(([n, subs]) => [n, ...subs.map((s) => `${n}|${s}`)]);
  const diff = (a, b) => ({ add: b.filter((x) => !a.includes(x)), remove: a.filter((x) => !b.includes(x)) });
  const deltas = {};
  for (const [key, t] of Object.entries(commandTables)) {
    if (key === 'redis-7.0') continue;
    deltas[key] = {
      server: diff(flat(base.server), flat(t.server)),
      sentinel: diff(flat(base.sentinel), flat(t.sentinel)),
      categories: diff(base.categories, t.categories),
    };
  }
  const written = { server: flat(base.server), sentinel: flat(base.sentinel), categories: base.categories };
  writeFileSync(new URL('commands-data.ts', OUT), commandsFile(written, deltas));
}
console.error('written to', OUT.pathname);
