#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  isIpLiteral,
  isLoopback
} from "./chunk-PX76YZ5M.js";
import {
  known,
  unknown
} from "./chunk-PU2KW4TG.js";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
function defineParseRule(rule) {
  return { ...rule, check: (deployment) => deployment.problems.filter((p) => p.rule === rule.id) };
}

// src/model/queries/template-markers.ts
var SHELL_VARIABLE = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+=-][^}]*)?\}|(?:^|\/)\$[A-Za-z_][A-Za-z0-9_]*/;
var OTHER_TEMPLATE = /\{\{|\{%|<%|%[A-Za-z_][\w.-]*%|__[A-Z][A-Z0-9_]*__|@[A-Z][A-Z0-9_]*@/;
function shellVariableIn(text) {
  return SHELL_VARIABLE.exec(text)?.[0].replace(/^\//, "");
}
function isTemplated(text) {
  return SHELL_VARIABLE.test(text) || OTHER_TEMPLATE.test(text);
}
function isRenderedTemplate(conf) {
  return argumentsOf(conf).some((a) => OTHER_TEMPLATE.test(a.text));
}
function argumentsOf(conf) {
  return [
    ...conf.directives.flatMap((d) => d.args),
    ...conf.monitors.flatMap((m) => [m.name, m.host]),
    ...conf.sentinelOptions.flatMap((o) => o.args)
  ].filter((a) => !a.secret);
}
var ACCESS_DIRECTIVES = ["bind", "port", "protected-mode", "requirepass", "user", "aclfile"];
function hasTemplatedSetting(conf, names3) {
  if (isRenderedTemplate(conf)) return true;
  return conf.directives.some((d) => names3.includes(d.name) && d.args.some((a) => !a.secret && isTemplated(a.text)));
}

// src/model/queries/conf-node.ts
function confNodes(deployment) {
  return [...deployment.servers, ...deployment.sentinels];
}
function isSentinel(node) {
  return node.conf.kind === "sentinel-conf";
}
function includedFragments(deployment) {
  const own2 = new Set(confNodes(deployment).map((node) => node.conf));
  return deployment.confs.filter((conf) => !own2.has(conf));
}

// src/model/queries/listen-addresses.ts
function listeningOf(node) {
  if (node.port.known && node.port.value === 0) return void 0;
  const bind = node.setting("bind");
  if (!bind) {
    const at = node.declaredAt;
    return { addresses: [{ address: "*", optional: false, span: at }, { address: "::*", optional: true, span: at }] };
  }
  const words = bind.args.length === 1 ? bind.args[0].text.split(/\s+/).filter((w) => w !== "").map((w) => ({ w, span: bind.args[0].span })) : bind.args.map((a) => ({ w: a.text, span: a.span }));
  if (words.length === 0) return void 0;
  return {
    bind,
    addresses: words.map(({ w, span }) => ({ address: w.replace(/^-/, ""), optional: w.startsWith("-"), span }))
  };
}
function isWildcardAddress(address) {
  return address === "*" || address === "::*" || address === "0.0.0.0" || address === "::";
}
function isLoopbackAddress(address) {
  return /^127\./.test(address) || address === "::1" || address.toLowerCase() === "localhost";
}
function networkAddresses(listening) {
  return listening.addresses.filter((a) => !isLoopbackAddress(a.address));
}
function describeBind(listening) {
  return listening.bind ? `${listening.addresses.map((a) => (a.optional ? "-" : "") + a.address).join(" ")} (its bind line)` : "all interfaces (there is no bind line, and the default is * -::*)";
}

// rules/bind-optional-address.ts
var alwaysPresent = (address) => isWildcardAddress(address) || /^127\./.test(address) || address.toLowerCase() === "localhost";
var bind_optional_address_default = defineRule({
  id: "bind-optional-address",
  level: "note",
  category: "network",
  docs: {
    summary: "A `bind` address without the `-` prefix that may not exist where the file is started (`::1`, a fixed IP, a host name).",
    breaks: 'redis-server listens on every `bind` address at start; an address the machine does not have stops it with "Failed listening on port 6379 (TCP), aborting." unless it is written with a leading `-`, which makes it optional: then it only logs "Could not create server TCP listening socket" (RULES.md \xA71.3, E34). `::1` is missing where IPv6 is turned off, which is why the shipped redis.conf says `-::1`. A conf file alone cannot tell which addresses its machine has, so this is a note; wildcards and 127.x addresses are never reported.',
    fix: "Prefix addresses that may be missing with `-` (`bind 127.0.0.1 -::1`), or bind to the addresses every host has.",
    example: { bad: "bad-ipv6-loopback-required", good: "good-ipv6-loopback-optional" }
  },
  *check(deployment) {
    for (const node of confNodes(deployment)) {
      if (hasTemplatedSetting(node.conf, ACCESS_DIRECTIVES)) continue;
      const listening = listeningOf(node);
      if (!listening?.bind) continue;
      const server = isSentinel(node) ? "redis-sentinel" : "redis-server";
      const port = node.port.known ? String(node.port.value) : "its port";
      for (const { address, optional, span } of listening.addresses) {
        if (optional || alwaysPresent(address)) continue;
        const missing = address === "::1" ? "the machine or container has no IPv6 loopback address (IPv6 can be turned off, as in many containers)" : `${address} is not an address of the machine or container it runs on`;
        yield {
          at: span,
          message: `If ${missing}, ${server} stops at start with "Failed listening on port ${port} (TCP), aborting.". Write -${address} to make the address optional, if the server should start without it.`
        };
      }
    }
  }
});

// rules/conf-acl-conflict.ts
var conf_acl_conflict_default = defineRule({
  id: "conf-acl-conflict",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "An invalid ACL rule in a `user` line, or `user` lines together with an `aclfile`.",
    breaks: 'After reading the file the server refuses the mix and exits: "Configuring Redis with users defined in redis.conf and at the same setting an ACL file path is invalid." (acl.c, RULES.md \xA71.3, E28). Sentinel does the same. Invalid ACL rules are reported by conf-parse-error.',
    fix: "Correct the ACL rule as the message says (`ACL CAT` lists the categories); define users in one place: move the `user` lines into the ACL file, or remove `aclfile`.",
    example: { bad: "bad-aclfile-and-user-lines", good: "good-aclfile-only" }
  },
  *check(deployment) {
    yield* deployment.problems.filter((p) => p.rule === "conf-acl-conflict");
    for (const node of confNodes(deployment)) {
      const aclfile = node.setting("aclfile");
      if (!aclfile || aclfile.args[0]?.text === "") continue;
      const user = node.conf.directives.find((d) => d.valid && d.name === "user") ?? node.setting("user");
      if (!user) continue;
      const server = isSentinel(node) ? "redis-sentinel" : "redis-server";
      yield {
        at: aclfile.span,
        message: `${server} will not start: "Configuring Redis with users defined in redis.conf and at the same setting an ACL file path is invalid.": ${node.name} sets an aclfile and also defines users with user lines. Move the users into the ACL file, or remove aclfile.`,
        related: [{ at: user.span, message: "a user is defined here" }]
      };
    }
  }
});

// rules/conf-bom.ts
var conf_bom_default = defineParseRule({
  id: "conf-bom",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "The file starts with a UTF-8 byte order mark.",
    breaks: 'redis-server does not strip the BOM: it becomes part of the first directive, so line 1 fails with "Bad directive or wrong number of arguments" and the server exits at start-up (RULES.md E35).',
    fix: 'Save the file as UTF-8 without a BOM (most editors call it "UTF-8", not "UTF-8 with BOM").',
    example: { bad: "bad-bom", good: "good-no-bom" }
  }
});

// rules/conf-directive-unsupported.ts
var conf_directive_unsupported_default = defineParseRule({
  id: "conf-directive-unsupported",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "A directive or value that the target Redis or Valkey version does not know.",
    breaks: 'The server of that version stops at start-up with "Bad directive or wrong number of arguments" (or "Unrecognized sentinel configuration statement."): `locale-collate` before Redis 7.2, `primaryauth` on Redis, `sentinel resolve-hostnames` before 6.2.',
    fix: "Use a server version that has the directive (set `settings.redisVersion`, or the image tag), or remove the line.",
    example: { bad: "bad-locale-collate-on-7-0", good: "good-locale-collate-on-7-2" }
  }
});

// src/model/queries/deprecated-directives.ts
var LIST_SIZE = "list-max-listpack-size (list-max-ziplist-size before 7.0) sets the size of list nodes";
var NO_OPS = {
  "list-max-ziplist-entries": { since: "0.0", instead: LIST_SIZE },
  "list-max-ziplist-value": { since: "0.0", instead: LIST_SIZE },
  "lua-replicate-commands": { since: "7.0", instead: "scripts always replicate their effects" }
};
function deprecatedNoOp(name, target) {
  const entry = NO_OPS[name];
  if (!entry) return void 0;
  return target.product === "valkey" || versionAtLeast(target.version, entry.since) ? entry : void 0;
}
function versionAtLeast(version, since) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [sinceMajor = 0, sinceMinor = 0] = since.split(".").map(Number);
  return major - sinceMajor > 0 || major === sinceMajor && minor >= sinceMinor;
}
function isDeprecatedName(name) {
  return name in NO_OPS;
}

// src/model/queries/overridden-directives.ts
var BUILT_UP = /* @__PURE__ */ new Set(["save", "user", "rename-command", "include", "loadmodule", "client-output-buffer-limit"]);
function isLastLineWins(directive) {
  return directive.valid && !BUILT_UP.has(directive.name) && !directive.name.includes(".") && !isDeprecatedName(directive.name);
}
function overriddenInFile(conf) {
  const out = [];
  const lastSeen = /* @__PURE__ */ new Map();
  for (const directive of conf.directives) {
    if (directive.valid && directive.name === "include") lastSeen.delete("dir");
    if (!isLastLineWins(directive)) continue;
    const earlier = lastSeen.get(directive.name);
    if (earlier) out.push({ line: earlier, winner: directive });
    lastSeen.set(directive.name, directive);
  }
  return out;
}
function overriddenAcrossIncludes(deployment) {
  const fragments = includedFragments(deployment);
  const out = [];
  for (const node of confNodes(deployment)) {
    if (node.conf.rewrittenByServer || node.conf.includes.length === 0) continue;
    const wins = (conf) => lastLines(conf).some((line) => node.setting(line.name) === line);
    const files = [node.conf, ...fragments.filter(wins)];
    for (const conf of files) {
      for (const line of lastLines(conf)) {
        const winner = node.setting(line.name);
        if (winner && winner !== line) out.push({ node: node.name, overridden: { line, winner } });
      }
    }
  }
  return out;
}
function lastLines(conf) {
  const last = /* @__PURE__ */ new Map();
  for (const directive of conf.directives) if (isLastLineWins(directive)) last.set(directive.name, directive);
  return [...last.values()];
}

// rules/conf-duplicate-directive.ts
var SINGLE_VALUE_SENTINEL_OPTIONS = /* @__PURE__ */ new Set([
  "down-after-milliseconds",
  "failover-timeout",
  "parallel-syncs",
  "notification-script",
  "client-reconfig-script",
  "auth-pass",
  "auth-user",
  "master-reboot-down-after-period",
  "announce-ip",
  "announce-port",
  "deny-scripts-reconfig",
  "sentinel-user",
  "sentinel-pass",
  "resolve-hostnames",
  "announce-hostnames"
]);
var conf_duplicate_directive_default = defineRule({
  id: "conf-duplicate-directive",
  level: "warning",
  category: "syntax",
  docs: {
    summary: "A directive that holds one value is set on several lines (or in a file and in a file it includes).",
    breaks: "The server keeps the last line and ignores the earlier ones without a word (RULES.md \xA71.3, E5): whoever edits the first line changes nothing. Repeated `bind` lines do not add addresses either: the last one replaces the others, so the server does not listen where the earlier lines say. `save` is the exception (see conf-save-accumulates).",
    fix: "Keep one line per directive; put every `bind` address on one line.",
    example: { bad: "bad-maxmemory-twice", good: "good-each-once" }
  },
  *check(deployment) {
    const seen = /* @__PURE__ */ new Set();
    const once = (finding) => {
      const key = `${finding.at.file}:${finding.at.line}:${finding.at.column}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [finding];
    };
    for (const conf of deployment.confs) {
      for (const overridden of overriddenInFile(conf)) yield* once(report(overridden));
      for (const [line, winner] of overriddenSentinelOptions(conf)) {
        yield* once({
          at: line.declaredAt,
          message: `sentinel ${line.option}${line.master ? ` for ${line.master.text}` : ""} is set again on line ${winner.declaredAt.line}: Sentinel keeps the last value, so this line has no effect. Keep one of them.`,
          related: [{ at: winner.declaredAt, message: "this later line wins" }]
        });
      }
    }
    for (const { overridden } of overriddenAcrossIncludes(deployment)) yield* once(report(overridden));
  }
});
function report({ line, winner }) {
  const where = describeLine(winner.span, line.span);
  const related2 = [{ at: winner.span, message: "this later line wins" }];
  if (line.name === "bind") {
    return {
      at: line.span,
      message: `bind lines replace each other: the server listens only on the addresses of the bind line on ${where}, not on these. Put every address on one bind line.`,
      related: related2
    };
  }
  const alias = winner.written !== line.written ? ` (as ${winner.written})` : "";
  return {
    at: line.span,
    message: `${line.written} is set again${alias} on ${where}: the server keeps the last value, so this line has no effect. Keep one of them.`,
    related: related2
  };
}
function describeLine(winner, line) {
  if (winner.file === line.file) return `line ${winner.line}`;
  return `line ${winner.line} of ${winner.file}, which the server reads after this line`;
}
function overriddenSentinelOptions(conf) {
  const out = [];
  const last = /* @__PURE__ */ new Map();
  for (const option of conf.sentinelOptions) {
    if (!SINGLE_VALUE_SENTINEL_OPTIONS.has(option.option)) continue;
    const key = `${option.option}\0${option.master?.text ?? ""}`;
    const earlier = last.get(key);
    if (earlier) out.push([earlier, option]);
    last.set(key, option);
  }
  return out;
}

// rules/conf-ignored-directive.ts
var conf_ignored_directive_default = defineRule({
  id: "conf-ignored-directive",
  level: "note",
  category: "syntax",
  docs: {
    summary: "A deprecated directive that the server accepts and ignores, or an old alias (`slaveof`, `slave-read-only`, `*-ziplist-*`).",
    breaks: "Nothing fails: `list-max-ziplist-entries`, `list-max-ziplist-value` and (since 7.0) `lua-replicate-commands` are read and thrown away, so whoever tunes them changes nothing (RULES.md E12). Old aliases still work, but the server writes the current name when it rewrites the file, and searches for the current name miss them.",
    fix: "Remove the ignored directives; write aliases with their current names (`replicaof`, `replica-read-only`).",
    example: { bad: "bad-ziplist-and-slave-names", good: "good-current-names" }
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      for (const directive of conf.directives) {
        if (!directive.valid) continue;
        const noOp = deprecatedNoOp(directive.written, deployment.target);
        if (noOp) {
          yield {
            at: directive.nameSpan,
            message: `${directive.written} is accepted and ignored by the server: it changes nothing (${noOp.instead}). Remove the line.`
          };
        } else if (directive.written !== directive.name) {
          yield {
            at: directive.nameSpan,
            message: `${directive.written} is the old name of ${directive.name}: it still works, but CONFIG REWRITE writes it as ${directive.name} and searches for ${directive.name} miss it. Write ${directive.name}.`
          };
        }
      }
    }
  }
});

// rules/conf-include-missing.ts
var conf_include_missing_default = defineParseRule({
  id: "conf-include-missing",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "An `include` names a file that does not exist.",
    breaks: `redis-server logs "Fatal error, can't open config file '<path>': No such file or directory" and exits at start-up (RULES.md E10).`,
    fix: "Add the file or correct the path. Relative paths resolve against the server's working directory, which an earlier `dir` line changes; sentinel-lint checks them against the conf file's own folder.",
    example: { bad: "bad-missing-relative-include", good: "good-include-present" }
  }
});

// rules/conf-inline-comment.ts
var conf_inline_comment_default = defineParseRule({
  id: "conf-inline-comment",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "A `#` comment after a value on a redis.conf or sentinel.conf line.",
    breaks: 'Only whole lines can be comments. `maxmemory 100mb # limit` has three arguments, so the server stops with "wrong number of arguments"; `save 900 1 # hourly` gives "Invalid save parameters"; `bind 127.0.0.1 # local` tries to listen on "#" and aborts (RULES.md E3, E43).',
    fix: "Move the comment to a line of its own above the directive.",
    example: { bad: "bad-comment-after-value", good: "good-comment-on-own-line" }
  }
});

// src/model/queries/memory-values.ts
var MEMORY_DIRECTIVES = /* @__PURE__ */ new Set([
  "maxmemory",
  "maxmemory-clients",
  "client-query-buffer-limit",
  "proto-max-bulk-len",
  "repl-backlog-size",
  "auto-aof-rewrite-min-size",
  "active-defrag-ignore-bytes",
  "cluster-link-sendbuf-limit",
  "stream-node-max-bytes",
  "hll-sparse-max-bytes",
  "hash-max-listpack-value",
  "zset-max-listpack-value"
]);
var UNITS = {
  "": 1,
  b: 1,
  k: 1e3,
  kb: 1024,
  m: 1e6,
  mb: 1024 ** 2,
  g: 1e9,
  gb: 1024 ** 3
};
function readMemoryValue(text) {
  const match = /^(\d*)([a-z]*)$/i.exec(text);
  const unit = match?.[2]?.toLowerCase();
  if (!match || unit === void 0 || !(unit in UNITS)) return void 0;
  const digits = match[1];
  return { digits, unit, bytes: (digits === "" ? 0 : Number(digits)) * UNITS[unit] };
}
function binaryUnitOf(unit) {
  return unit === "k" || unit === "m" || unit === "g" ? `${unit}b` : void 0;
}
function bytesWithUnit(digits, unit) {
  return Number(digits) * (UNITS[unit] ?? 1);
}

// rules/conf-memory-unit-ambiguous.ts
var conf_memory_unit_ambiguous_default = defineRule({
  id: "conf-memory-unit-ambiguous",
  level: "warning",
  category: "syntax",
  docs: {
    summary: "A memory size whose unit does not mean what it usually means: `k`/`m`/`g`, a bare unit, or a `maxmemory` under 1 MB.",
    breaks: "redis-server reads `k`, `m` and `g` as powers of 1000 and `kb`, `mb`, `gb` as powers of 1024, so `maxmemory 2g` is 7 % less than 2 GiB. A unit with no number (`maxmemory gb`) is accepted as 0, and for `maxmemory` 0 means no limit at all. A `maxmemory` under 1 MB (a forgotten unit) only logs a warning, and the server then evicts or refuses writes at once (RULES.md \xA71.3, E4).",
    fix: "Write the number with the unit you mean: `2gb` for 2 GiB, `2000mb` for 2000 MiB.",
    example: { bad: "bad-decimal-unit", good: "good-binary-unit" }
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      for (const directive of conf.directives) {
        if (!directive.valid) continue;
        for (const arg of memoryArguments(directive)) {
          const value = readMemoryValue(arg.text);
          const message = value && explain(directive.name, arg.text, value);
          if (message) yield { at: arg.span, message };
        }
      }
    }
  }
});
function memoryArguments(directive) {
  if (directive.name === "client-output-buffer-limit") return directive.args.filter((_, i) => i % 4 === 1 || i % 4 === 2);
  return MEMORY_DIRECTIVES.has(directive.name) ? directive.args.slice(0, 1) : [];
}
var IEC = { kb: "KiB", mb: "MiB", gb: "GiB" };
function explain(name, text, value) {
  if (value.digits === "" && value.unit !== "") {
    const meaning = name === "maxmemory" ? "maxmemory 0 means no memory limit at all" : `${name} is set to 0`;
    return `"${text}" has a unit but no number, and redis-server reads it as 0 bytes: ${meaning}. Write the number too (for example 2${value.unit}).`;
  }
  if (name === "maxmemory" && value.bytes > 0 && value.bytes < 1024 * 1024) {
    return `maxmemory ${text} is ${value.bytes} bytes, under 1 MB: redis-server only logs "WARNING: You specified a maxmemory value that is less than 1MB" and then evicts keys or refuses writes almost at once. Add the unit you meant (${value.digits}mb).`;
  }
  const binary = binaryUnitOf(value.unit);
  if (!binary || Number(value.digits) === 0) return void 0;
  const meant = bytesWithUnit(value.digits, binary);
  const less = ((meant - value.bytes) / meant * 100).toFixed(1);
  return `"${text}" is ${value.bytes} bytes: the units k, m and g count in powers of 1000, so it is ${less} % less than ${value.digits}${binary} (${meant} bytes). Write ${value.digits}${binary} if you meant ${IEC[binary]}.`;
}

// rules/conf-parse-error.ts
var conf_parse_error_default = defineParseRule({
  id: "conf-parse-error",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "A line that redis-server or redis-sentinel refuses when it loads the file.",
    breaks: 'The server prints "*** FATAL CONFIG FILE ERROR ***" with this line and exits at start-up; in a container the service restart-loops and the node never joins the deployment.',
    fix: "Correct the line as the message says: the message quotes the server, so it can be searched for.",
    example: { bad: "bad-memory-unit-tb", good: "good-valid-directives" }
  }
});

// rules/conf-save-accumulates.ts
var conf_save_accumulates_default = defineRule({
  id: "conf-save-accumulates",
  level: "note",
  category: "syntax",
  docs: {
    summary: 'Several `save` lines, spread through the file, or `save ""` followed later by more `save` lines.',
    breaks: 'Unlike other directives, `save` lines add up: each one adds snapshot rules, and `save ""` only clears the rules read so far (RULES.md \xA71.3, E5). A `save` line written further down to replace an earlier schedule adds to it instead, and a `save ""` meant to turn snapshots off is undone by any later `save` line. One block of `save` lines in a row reads as one schedule and is not reported; neither are files the server rewrote, since CONFIG REWRITE writes each rule on a line of its own.',
    fix: 'Write the whole schedule in one place (`save 3600 1 300 100`), or `save ""` alone to turn snapshots off.',
    example: { bad: "bad-save-lines-apart", good: "good-one-save-block" }
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      if (conf.rewrittenByServer) continue;
      const saves = conf.directives.filter((d) => d.valid && d.name === "save");
      const clearing = saves.findLast(isClear);
      const active = clearing ? saves.slice(saves.indexOf(clearing) + 1) : saves;
      const first = active[0];
      if (!first) continue;
      if (clearing && !adjacent(conf, clearing, first)) {
        yield {
          at: first.span,
          message: `save "" on line ${clearing.span.line} turns RDB snapshots off, but this later save line turns them back on: the server snapshots ${describeRules(active)}. Remove the lines you did not mean.`,
          related: [{ at: clearing.span, message: "snapshots are turned off here" }]
        };
        continue;
      }
      const apart = active.find(
        (line, i) => i > 0 && (!adjacent(conf, active[i - 1], line) || repeatsSeconds(active.slice(0, i), line))
      );
      if (!apart) continue;
      yield {
        at: apart.span,
        message: `save lines add up instead of replacing each other: with this line the server snapshots ${describeRules(active)}. Write the whole schedule on one save line, or remove the rules you did not mean.`,
        related: active.filter((line) => line !== apart).map((line) => ({ at: line.span, message: "this save line also counts" }))
      };
    }
  }
});
var isClear = (save) => rulesOf(save).length === 0;
function rulesOf(save) {
  const words = save.args.flatMap((a) => a.text.split(/\s+/)).filter((w) => w !== "");
  const pairs = [];
  for (let i = 0; i + 1 < words.length; i += 2) pairs.push([words[i], words[i + 1]]);
  return pairs;
}
function adjacent(conf, a, b) {
  return conf.directives.indexOf(b) - conf.directives.indexOf(a) === 1;
}
function repeatsSeconds(earlier, line) {
  const seconds = new Set(earlier.flatMap((e) => rulesOf(e).map(([s]) => Number(s))));
  return rulesOf(line).some(([s]) => seconds.has(Number(s)));
}
function describeRules(saves) {
  const rules2 = saves.flatMap(rulesOf).map(([seconds, changes]) => `after ${seconds} s if at least ${changes} ${changes === "1" ? "change" : "changes"}`);
  return rules2.length <= 4 ? rules2.join(", ") : `${rules2.slice(0, 3).join(", ")} and ${rules2.length - 3} more rules`;
}

// src/model/queries/sentinel-numbers.ts
var ATOI_ARGUMENTS = {
  "down-after-milliseconds": { index: 0, what: "down-after-milliseconds" },
  "failover-timeout": { index: 0, what: "failover-timeout" },
  "parallel-syncs": { index: 0, what: "parallel-syncs" },
  "master-reboot-down-after-period": { index: 0, what: "master-reboot-down-after-period" },
  "known-replica": { index: 1, what: "known-replica port" },
  "known-sentinel": { index: 1, what: "known-sentinel port" },
  "announce-port": { index: 0, what: "announce-port" }
};
function atoiArgument(option) {
  const spec = ATOI_ARGUMENTS[option.option];
  return spec ? option.args[spec.index] : void 0;
}
function readAtoi(text) {
  const [, sign, digits] = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(text) ?? [];
  if (!digits) return 0;
  const max = (1n << 63n) - 1n;
  let long = digits.length > 20 ? max + 1n : BigInt(digits);
  if (sign === "-") long = -long;
  if (long > max) long = max;
  if (long < -max - 1n) long = -max - 1n;
  return Number(BigInt.asIntN(32, long));
}
function isPlainInteger(text) {
  return /^[+-]?\d+$/.test(text) && readAtoi(text) === Number(text);
}
function plainNumberOf(option) {
  const arg = option && atoiArgument(option);
  return arg && isPlainInteger(arg.text) ? Number(arg.text) : void 0;
}

// rules/conf-unexpanded-variable.ts
var RUNS_WITH_IT = { level: "warning", consequence: "" };
var REFUSED = { level: "error", consequence: " The server refuses that value and does not start." };
var REFUSING_DIRECTIVES = {
  dir: { level: "error", consequence: " No such directory exists, so the server stops at this line (dir changes into it)." },
  include: { level: "error", consequence: ` No such file exists, so the server stops: "Fatal error, can't open config file".` },
  aclfile: { level: "error", consequence: " No such file exists, so the server stops because it cannot load the ACL file." },
  bind: { level: "error", consequence: ' No interface has that address, so the server stops: "Failed listening on port \u2026 (TCP), aborting."' },
  loadmodule: { level: "error", consequence: " No such module exists, so the server stops." }
};
var conf_unexpanded_variable_default = defineRule({
  id: "conf-unexpanded-variable",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "A `${VAR}` or `$VAR` in a redis.conf or sentinel.conf that is loaded as it is.",
    breaks: 'redis-server and redis-sentinel never expand variables: the characters themselves become the value (config.c, sentinel.c). Where the server then refuses to start the finding is an error: a number or enum it cannot parse, a Sentinel timeout that atoi reads as 0, a monitored host that is not an IP address without resolve-hostnames, a `dir`, `include`, `aclfile`, script or `bind` address that does not exist. Where it starts with a wrong value it is a warning: a password that is the literal text (clients sending the intended value are refused), a host name that never resolves, a count that reads as 0. Whether something renders the file first (envsubst, sed, an entrypoint) decides it: a conf file that no deployment in the repository is seen to load is reported at note level, "if nothing renders it"; files in another template language (`{{ \u2026 }}`) are left alone.',
    fix: 'Write the value into the file, or generate the file when the container starts (envsubst, an entrypoint script), or pass the value as a command-line option (`redis-server /etc/redis.conf --requirepass "$REDIS_PASSWORD"`).',
    example: { bad: "bad-variable-in-monitor", good: "good-literal-values" }
  },
  *check(deployment) {
    for (const { conf, certain } of loadedAsIs(deployment)) {
      const server = conf.kind === "sentinel-conf" ? "redis-sentinel" : "redis-server";
      const resolvesNames = conf.sentinelOptions.findLast((o) => o.option === "resolve-hostnames")?.args[0]?.text.toLowerCase() === "yes";
      const hostOutcome = resolvesNames ? { level: "warning", consequence: " No host has that name, so Sentinel never reaches it." } : { level: "error", consequence: ` It is not an IP address, so Sentinel stops: "Can't resolve instance hostname."` };
      const found = [];
      for (const directive of conf.directives) {
        for (const arg of directive.args) found.push(...check(arg, directive.written, server, directiveOutcome(directive, arg)));
      }
      for (const monitor of conf.monitors) {
        found.push(...check(monitor.name, "sentinel monitor", server, RUNS_WITH_IT));
        found.push(...check(monitor.host, "sentinel monitor", server, hostOutcome));
        const { quorum } = monitor;
        if (quorum.known && quorum.value <= 0 && !reported(deployment, quorum.span)) {
          found.push({
            at: quorum.span,
            message: `The quorum of ${monitor.name.text} is a placeholder that redis-sentinel never expands: it reads it with atoi as 0 and stops: "Quorum must be 1 or greater.". Write the number into the file, or generate the file when the container starts (envsubst, an entrypoint script).`
          });
        }
      }
      for (const option of conf.sentinelOptions) {
        for (const [i, arg] of option.args.entries()) {
          const isHost = (option.option === "known-replica" || option.option === "known-sentinel") && i === 0;
          found.push(...check(arg, `sentinel ${option.option}`, server, isHost ? hostOutcome : optionOutcome(option, arg)));
        }
      }
      yield* certain ? found : found.map(unlessRendered);
    }
  }
});
function unlessRendered(finding) {
  return { ...finding, level: "note", message: `If nothing renders this file before the server reads it: ${finding.message}` };
}
function loadedAsIs(deployment) {
  const deployed = new Set(confNodes(deployment).flatMap((n) => n.mounted ? [n.mounted.conf] : []));
  const composeFiles = new Set(deployment.compose.map((p) => p.file));
  return deployment.confs.filter((conf) => !isRenderedTemplate(conf) && !composeFiles.has(conf.file)).map((conf) => ({ conf, certain: deployed.has(conf) }));
}
function reported(deployment, at) {
  return deployment.problems.some((p) => p.at.file === at.file && p.at.line === at.line);
}
function directiveOutcome(directive, arg) {
  if (!directive.valid) return REFUSED;
  if (directive.name === "bind" && arg.text.startsWith("-")) return RUNS_WITH_IT;
  if (directive.name === "replicaof") {
    return { level: "warning", consequence: " No host has that name, so the replica never connects to its master." };
  }
  return REFUSING_DIRECTIVES[directive.name] ?? RUNS_WITH_IT;
}
function optionOutcome(option, arg) {
  if (option.option === "notification-script" || option.option === "client-reconfig-script") {
    return { level: "error", consequence: ' No such script exists, so Sentinel stops: the script "seems non existing or non executable".' };
  }
  if (arg !== atoiArgument(option)) return RUNS_WITH_IT;
  const value = readAtoi(arg.text);
  if ((option.option === "down-after-milliseconds" || option.option === "failover-timeout") && value <= 0) {
    return { level: "error", consequence: ` Sentinel reads it with atoi as ${value} and stops: "negative or zero time parameter."` };
  }
  return { level: "warning", consequence: ` Sentinel reads it with atoi, as ${value}.` };
}
function* check(arg, directive, server, outcome) {
  if (arg.secret) {
    if (!arg.secret.isUnexpandedVariable) return;
    yield {
      at: arg.span,
      level: "warning",
      message: `The password in this ${directive} line is a variable reference that ${server} never expands: the password is those characters themselves, so clients (or the other end of the link) that send the intended value are refused. Write the password into the file when it is deployed, or pass it on the command line.`
    };
    return;
  }
  const variable = shellVariableIn(arg.text);
  if (!variable) return;
  yield {
    at: arg.span,
    level: outcome.level,
    message: `${server} reads ${variable} literally: a conf file is not a shell script and nothing expands variables in this one, so ${directive} gets the characters themselves.${outcome.consequence} Write the value into the file, or generate the file when the container starts (envsubst, an entrypoint script).`
  };
}

// rules/down-after-too-low.ts
var down_after_too_low_default = defineRule({
  id: "down-after-too-low",
  level: "note",
  category: "topology",
  docs: {
    summary: "(Heuristic) a `down-after-milliseconds` under one second.",
    breaks: "A master that does not answer PING for that long is marked down (SDOWN), and with a quorum of Sentinels agreeing it is failed over. Under a second, a fork for a snapshot, a slow disk, a paused VM or a short network hiccup is enough: failovers start for no reason and may flap (sentinel.conf, default 30000 ms).",
    fix: "Use a few seconds at least (5000 ms is common in containers; the default is 30000).",
    example: { bad: "bad-half-second", good: "good-five-seconds" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      for (const monitor of sentinel.monitors) {
        const option = monitor.option("down-after-milliseconds");
        const downAfter = plainNumberOf(option);
        if (!option || downAfter === void 0 || downAfter <= 0 || downAfter >= 1e3) continue;
        yield {
          at: atoiArgument(option).span,
          message: `down-after-milliseconds for ${monitor.name.text} is ${downAfter} ms: a pause that short (a fork, a slow disk, a network hiccup) marks the master down and can start a failover for nothing. Use a few seconds at least (the default is 30000).`
        };
      }
    }
  }
});

// rules/failover-timeout-short.ts
var DEFAULT_FAILOVER_TIMEOUT = 18e4;
var DEFAULT_DOWN_AFTER = 3e4;
var FLOOR = 6e4;
var failover_timeout_short_default = defineRule({
  id: "failover-timeout-short",
  level: "note",
  category: "topology",
  docs: {
    summary: "(Heuristic) a `failover-timeout` under one minute, or under twice `down-after-milliseconds`.",
    breaks: "Sentinel cancels a failover whose promoted replica has not confirmed its new role within failover-timeout, stops pacing the reconfiguration of the other replicas by `parallel-syncs` once it has passed (they are all pointed at the new master at once, and resync together), and waits 2 \xD7 failover-timeout before it tries the same master again (sentinel.conf). The default is 180000 ms; a few seconds leave no room for a replica that needs a full resync.",
    fix: "Use at least 60000 ms and more than twice `down-after-milliseconds`; the default 180000 suits most deployments.",
    example: { bad: "bad-ten-second-timeout", good: "good-default-like-timeout" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      for (const monitor of sentinel.monitors) {
        const option = monitor.option("failover-timeout");
        const timeout = plainNumberOf(option);
        const downAfter = plainNumberOf(monitor.option("down-after-milliseconds")) ?? DEFAULT_DOWN_AFTER;
        if (!option || timeout === void 0 || timeout <= 0) continue;
        const belowTwice = timeout < 2 * downAfter;
        if (!belowTwice && timeout >= FLOOR) continue;
        const reasons = [
          ...timeout < FLOOR ? [`under a minute (the default is ${DEFAULT_FAILOVER_TIMEOUT})`] : [],
          ...belowTwice ? [`less than twice down-after-milliseconds (${downAfter} ms)`] : []
        ];
        yield {
          at: atoiArgument(option).span,
          message: `failover-timeout for ${monitor.name.text} is ${timeout} ms, ${reasons.join(" and ")}: a promotion slower than that is cancelled, and replica reconfiguration stops following parallel-syncs once it has passed. Use at least ${Math.max(FLOOR, 2 * downAfter)} ms.`
        };
      }
    }
  }
});

// src/model/queries/acl-user.ts
function aclRuleKind(rule) {
  const first = rule.text[0];
  if (rule.secret && ![">", "<", "#", "!"].includes(first ?? "")) return "unknown-secret";
  if (first === ">") return "add";
  if (first === "<" || first === "!") return "remove";
  if (first === "#") return "hash";
  return "other";
}
function aclUser(directive) {
  const [name, ...rules2] = directive.args;
  const user = { name: name.text, declaredAt: directive.span, enabled: false, nopass: false, passwords: [], passwordsKnown: true, rules: rules2 };
  for (const rule of rules2) {
    const op = rule.text.toLowerCase();
    switch (aclRuleKind(rule)) {
      case "add":
        if (rule.secret) user.passwords.push(rule.secret);
        else user.passwordsKnown = false;
        user.nopass = false;
        continue;
      case "hash":
        user.passwordsKnown = false;
        user.nopass = false;
        continue;
      case "remove":
      case "unknown-secret":
        user.passwordsKnown = false;
        continue;
      case "other":
        break;
    }
    if (op === "on") user.enabled = true;
    else if (op === "off") user.enabled = false;
    else if (op === "nopass" || op === "resetpass" || op === "reset") {
      user.passwords = [];
      user.passwordsKnown = true;
      user.nopass = op === "nopass";
      if (op === "reset") user.enabled = false;
    }
  }
  return user;
}

// src/model/queries/setting-in-effect.ts
function settingInEffect(node, name) {
  const directive = node.setting(name);
  const unread = node.conf.includes.filter((i) => !i.resolved).map((i) => i.path.span.line);
  if (unread.length === 0) return { known: true, directive };
  const ownLineAfterUnread = directive?.span.file === node.conf.file && directive.span.line > Math.max(...unread);
  return ownLineAfterUnread ? { known: true, directive } : { known: false };
}
function repeatedSetting(node, name) {
  if (node.conf.includes.length > 0) return void 0;
  return node.conf.directives.filter((d) => d.valid && d.name === name);
}
function yesNoInEffect(node, name, fallback) {
  const setting = settingInEffect(node, name);
  if (!setting.known) return void 0;
  const text = setting.directive?.args[0]?.text.toLowerCase();
  return { value: text === void 0 ? fallback : text === "yes", directive: setting.directive };
}

// src/model/queries/node-auth.ts
var UNKNOWN_INCLUDE = { kind: "unknown", why: "an included file that was not read may set it" };
function defaultUserAuth(node) {
  return userAuth(node, "default");
}
function userAuth(node, name) {
  const aclfile = settingInEffect(node, "aclfile");
  if (!aclfile.known) return UNKNOWN_INCLUDE;
  if (aclfile.directive && aclfile.directive.args[0]?.text !== "") return { kind: "unknown", why: "the ACL file decides the users" };
  const users = repeatedSetting(node, "user");
  if (!users) return UNKNOWN_INCLUDE;
  const line = users.findLast((u) => u.args[0]?.text === name);
  if (line) return fromAclUser(aclUser(line), node.name);
  if (name !== "default") return { kind: "no-such-user" };
  const requirepass = settingInEffect(node, "requirepass");
  if (!requirepass.known) return UNKNOWN_INCLUDE;
  const secret = requirepass.directive?.args[0]?.secret;
  if (!requirepass.directive || !secret) return { kind: "none", at: node.declaredAt, why: `${node.name} has no requirepass` };
  if (secret.isEmpty) return { kind: "none", at: requirepass.directive.span, why: `${node.name} sets requirepass "" (no password)` };
  return { kind: "password", secrets: [secret], at: requirepass.directive.span, why: `${node.name} requires a password (requirepass)` };
}
function fromAclUser(user, file) {
  const line = `${file} defines user ${user.name}`;
  if (!user.enabled) return { kind: "unknown", why: `${line} without "on": nobody can log in as it` };
  if (user.nopass) return { kind: "none", at: user.declaredAt, why: `${line} with nopass` };
  if (!user.passwordsKnown || user.passwords.length === 0) return { kind: "unknown", why: `${line} with passwords that cannot be read here` };
  return { kind: "password", secrets: user.passwords, at: user.declaredAt, why: `${line} with a password` };
}

// rules/master-missing-masterauth.ts
var master_missing_masterauth_default = defineRule({
  id: "master-missing-masterauth",
  level: "error",
  category: "security",
  docs: {
    summary: "The initial master of a Sentinel group has no `masterauth`, while replicas it may have to follow require a password.",
    breaks: 'Sentinel promotes a replica when the master fails; when the old master comes back, Sentinel turns it into a replica of the new master. Without `masterauth` it cannot authenticate and loops on "MASTER aborted replication with an error: NOAUTH Authentication required." (RULES.md E25, the seed guide\'s defect 3): the group has lost a node for good, without a word at start-up.',
    fix: "Give every node of the group the same `requirepass` and `masterauth` (the Sentinel documentation says so), the initial master included.",
    example: { bad: "bad-master-without-masterauth", good: "good-master-with-masterauth" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const master = group.master;
      if (!master) continue;
      const masterauth = settingInEffect(master, "masterauth");
      if (!masterauth.known) continue;
      const secret = masterauth.directive?.args[0]?.secret;
      if (secret && !secret.isEmpty) continue;
      const locked = group.replicas.flatMap((replica) => {
        const auth = defaultUserAuth(replica);
        return auth.kind === "password" ? [{ replica, auth }] : [];
      });
      if (locked.length === 0) continue;
      const requirepass = settingInEffect(master, "requirepass");
      const at = requirepass.known && requirepass.directive?.span || group.monitors[0].declaredAt;
      const names3 = locked.map((l) => l.replica.name).join(", ");
      yield {
        at,
        message: `${master.name} is the master of ${group.name} and has no masterauth, but ${names3} ${locked.length === 1 ? "requires" : "require"} a password: after a failover it rejoins as a replica and loops on "NOAUTH Authentication required.", never resyncing. Add masterauth with the replicas' password.`,
        related: [
          ...locked.map(({ auth }) => ({ at: auth.at, message: auth.why })),
          ...group.monitors.map((m) => ({ at: m.declaredAt, message: `${m.sentinel.name} can fail ${group.name} over to a replica` }))
        ]
      };
    }
  }
});

// src/model/queries/group-sentinels.ts
function monitorsByFile(group) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const monitor of group.monitors) {
    if (seen.has(monitor.sentinel.name)) continue;
    seen.add(monitor.sentinel.name);
    out.push(monitor);
  }
  return out.sort((a, b) => compareText(a.sentinel.name, b.sentinel.name));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sentinelCountOf(deployment, group) {
  const count = group.sentinelCount;
  if (!count.known) return count;
  const siblings = deployment.masterGroups.filter((g) => g !== group && g.name === group.name && g.scope.id === group.scope.id);
  const rewritten = [group, ...siblings].some((g) => g.monitors.some((m) => m.sentinel.conf.rewrittenByServer));
  if (siblings.length > 0 && rewritten) {
    return unknown(`${group.name} is also monitored at another address by a file Sentinel rewrote (a failover moves the monitor line)`, count.span);
  }
  return count;
}
function* countedQuorums(deployment) {
  for (const group of deployment.masterGroups) {
    const sentinels = sentinelCountOf(deployment, group);
    if (!sentinels.known) continue;
    const monitors = monitorsByFile(group);
    for (const monitor of monitors) {
      if (!monitor.quorum.known || monitor.quorum.value < 1) continue;
      yield { group, monitor, quorum: monitor.quorum.value, sentinels: sentinels.value, others: monitors.filter((m) => m !== monitor) };
    }
  }
}
function alsoMonitors({ group, others }) {
  return others.map((other) => ({ at: other.quorum.span, message: `${other.sentinel.name} also monitors ${group.name}` }));
}

// src/model/queries/name-list.ts
function nameList(names3) {
  if (names3.length <= 1) return names3[0] ?? "";
  return `${names3.slice(0, -1).join(", ")} and ${names3[names3.length - 1]}`;
}

// src/model/queries/odd-ones-out.ts
function oddOnesOut(items, same2) {
  const classes = [];
  for (const item of items) {
    const found = classes.find((c) => same2(c[0], item));
    if (found) found.push(item);
    else classes.push([item]);
  }
  if (classes.length <= 1) return { outliers: [], majority: [...items] };
  const majority = classes.find((c) => c.length * 2 > items.length);
  if (!majority) return { outliers: [...items], majority: [] };
  return { outliers: items.filter((i) => !majority.includes(i)), majority };
}

// rules/master-name-mismatch.ts
var master_name_mismatch_default = defineRule({
  id: "master-name-mismatch",
  level: "error",
  category: "topology",
  docs: {
    summary: "Sentinels of one deployment monitor the same master address under different names.",
    breaks: `Sentinels find each other through hello messages that carry the master name, and drop a hello for a name they do not monitor (sentinel.c sentinelProcessHelloMessage). Sentinels that use different names for one master therefore never count each other: each name forms its own smaller set that reaches its quorum and majority alone, or never. A client that asks a Sentinel for a name it does not know gets no address: "MasterNotFoundError: No master found for 'X'" (RULES.md E38). Names are case-sensitive.`,
    fix: "Use one master name in every sentinel.conf of the deployment, and the same name as the clients' master_name.",
    example: { bad: "bad-two-names", good: "good-two-masters-two-names" }
  },
  *check(deployment) {
    const byAddress = /* @__PURE__ */ new Map();
    for (const group of deployment.masterGroups) {
      for (const monitor of monitorsByFile(group)) {
        if (!monitor.port.known) continue;
        const key = addressKey(monitor, group.scope.id);
        byAddress.set(key, [...byAddress.get(key) ?? [], monitor]);
      }
    }
    for (const monitors of byAddress.values()) {
      const { outliers, majority } = oddOnesOut(monitors, (a, b) => a.name.text === b.name.text);
      for (const monitor of outliers) {
        const others = (majority.length > 0 ? majority : monitors).filter(
          (m) => m.name.text !== monitor.name.text && m.sentinel !== monitor.sentinel
        );
        if (others.length === 0) continue;
        const address = `${monitor.host.text}:${monitor.port.known ? monitor.port.value : "?"}`;
        yield {
          at: monitor.name.span,
          message: `${monitor.sentinel.name} calls the master at ${address} "${monitor.name.text}", while ${describe(others)}: Sentinels ignore each other's hellos for a name they do not monitor, so they never count each other for the quorum or the vote, and a client asking this Sentinel for another name gets "No master found". Use one name everywhere.`,
          related: others.map((m) => ({ at: m.name.span, message: `${m.sentinel.name} monitors it as "${m.name.text}"` }))
        };
      }
    }
  }
});
function addressKey(monitor, scope) {
  const host = monitor.host.text.toLowerCase();
  const port = monitor.port.known ? monitor.port.value : -1;
  if (isIpLiteral(host) && !isLoopback(host)) return `${host}\0${port}`;
  const folder = monitor.sentinel.name.includes("/") ? monitor.sentinel.name.slice(0, monitor.sentinel.name.lastIndexOf("/")) : "";
  return `${scope}\0${folder}\0${host}\0${port}`;
}
function describe(others) {
  const byName = /* @__PURE__ */ new Map();
  for (const m of others) byName.set(m.name.text, [...byName.get(m.name.text) ?? [], m.sentinel.name]);
  return [...byName].map(([name, files]) => `${nameList(files)} call${files.length === 1 ? "s" : ""} it "${name}"`).join(", and ");
}

// rules/masterauth-mismatch.ts
var masterauth_mismatch_default = defineRule({
  id: "masterauth-mismatch",
  level: "error",
  category: "security",
  docs: {
    summary: "A replica's `masterauth` does not log in to its master: missing, different from the master's password, or sent to a master that has none.",
    breaks: 'Replication never starts. Without masterauth the replica stops at "MASTER aborted replication with an error: NOAUTH Authentication required." (RULES.md E25); with a wrong one the master answers "WRONGPASS invalid username-password pair or user is disabled."; with a masterauth towards a master that has no password the one-argument AUTH fails with "AUTH <password> called without any password configured for the default user" and the replica logs "Unable to AUTH to MASTER" every second (checked on redis 7.0.15). With `masteruser` the password is checked against that ACL user.',
    fix: "Set `masterauth` to the master's `requirepass` (or to the password of the `masteruser` ACL user), the same on every node of the group.",
    example: { bad: "bad-wrong-masterauth", good: "good-same-password" }
  },
  *check(deployment) {
    for (const replica of deployment.servers) {
      const master = replica.master;
      if (!master || !replica.replicaof) continue;
      const finding = checkReplica(replica, master);
      if (finding) yield finding;
    }
  }
});
function checkReplica(replica, master) {
  const masterauth = settingInEffect(replica, "masterauth");
  const masteruser = settingInEffect(replica, "masteruser");
  if (!masterauth.known || !masteruser.known) return void 0;
  const password = masterauth.directive?.args[0]?.secret;
  const user = masteruser.directive?.args[0]?.text || void 0;
  const replicaof = replica.replicaof.declaredAt;
  if (!password || password.isEmpty) {
    const auth2 = defaultUserAuth(master);
    if (auth2.kind !== "password") return void 0;
    return {
      at: replicaof,
      message: `${replica.name} replicates from ${master.name}, which requires a password, but has no masterauth: replication stops at "NOAUTH Authentication required.". Add masterauth with the master's password.`,
      related: [{ at: auth2.at, message: auth2.why }]
    };
  }
  const at = masterauth.directive.span;
  if (!user) {
    const auth2 = defaultUserAuth(master);
    if (auth2.kind === "none") {
      return {
        at,
        message: `${replica.name} sends its masterauth to ${master.name}, which has no password: the master answers "AUTH <password> called without any password configured for the default user" and replication never starts. Give the master a requirepass equal to this masterauth, or remove masterauth.`,
        related: [{ at: auth2.at, message: auth2.why }]
      };
    }
    if (auth2.kind !== "password" || auth2.secrets.some((s) => s.equals(password))) return void 0;
    return {
      at,
      message: `The masterauth in ${replica.name} is not the password of its master ${master.name}: replication fails with "WRONGPASS invalid username-password pair or user is disabled.". Use the master's password.`,
      related: [{ at: auth2.at, message: auth2.why }]
    };
  }
  const auth = userAuth(master, user);
  if (auth.kind === "no-such-user") {
    return {
      at: masteruser.directive.span,
      message: `${replica.name} logs in to its master ${master.name} as user ${user}, which ${master.name} does not define: replication fails with "WRONGPASS invalid username-password pair or user is disabled.". Add the user to the master.`
    };
  }
  if (auth.kind !== "password" || auth.secrets.some((s) => s.equals(password))) return void 0;
  return {
    at,
    message: `The masterauth in ${replica.name} is not the password of user ${user} on its master ${master.name}: replication fails with "WRONGPASS invalid username-password pair or user is disabled.". Use that user's password.`,
    related: [{ at: auth.at, message: auth.why }]
  };
}

// rules/min-replicas-disabled.ts
var min_replicas_disabled_default = defineRule({
  id: "min-replicas-disabled",
  level: "warning",
  category: "topology",
  docs: {
    summary: "`min-replicas-to-write` above 0 together with `min-replicas-max-lag 0`, which turns the check off.",
    breaks: "replication.c skips the good-replica check when the maximum lag is 0, so the master keeps accepting writes with no replica connected, without a word (RULES.md \xA71.6, E23): the guard against losing acknowledged writes in a failover is not there.",
    fix: "Set `min-replicas-max-lag` to the lag in seconds you accept (the default is 10), or remove `min-replicas-to-write`.",
    example: { bad: "bad-max-lag-zero", good: "good-max-lag-ten" }
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      const toWrite = server.setting("min-replicas-to-write");
      const maxLag = server.setting("min-replicas-max-lag");
      const replicas = Number(toWrite?.args[0]?.text);
      if (!toWrite || !maxLag || !(replicas > 0) || Number(maxLag.args[0]?.text) !== 0) continue;
      yield {
        at: maxLag.span,
        message: `${maxLag.written} 0 turns the min-replicas check off: ${server.name} asks for ${replicas} good replica${replicas === 1 ? "" : "s"} before accepting writes, but with a lag of 0 the master accepts them with no replica at all. Set the lag in seconds you accept (the default is 10).`,
        related: [{ at: toWrite.span, message: `${toWrite.written} ${replicas} is set here` }]
      };
    }
  }
});

// src/model/queries/integer-setting.ts
function integerSetting(node, name) {
  const setting = settingInEffect(node, name);
  if (!setting.known) return { known: false };
  const arg = setting.directive?.args[0];
  if (!arg) return { known: true, set: false };
  return /^\d+$/.test(arg.text) ? { known: true, set: true, value: Number(arg.text), span: arg.span } : { known: false };
}

// src/model/queries/replicas-of.ts
function replicaFilesOf(deployment, master) {
  const unmatched = deployment.servers.find(
    (s) => s !== master && s.replicaof && !s.master && (!s.replicaof.port.known || !master.port.known || s.replicaof.port.value === master.port.value)
  );
  if (unmatched) return unknown(`${unmatched.name} replicates from an address that could be ${master.name}`, master.declaredAt);
  return known(deployment.servers.filter((s) => s.master === master), master.declaredAt);
}
function replicaCountOf(deployment, master) {
  const files = replicaFilesOf(deployment, master);
  if (!files.known) return files;
  if (files.value.length < 2) {
    return unknown("a lone replica file is a template: how many replicas start from it is not known", master.declaredAt);
  }
  return known(files.value.length, master.declaredAt);
}

// rules/min-replicas-unsatisfiable.ts
var min_replicas_unsatisfiable_default = defineRule({
  id: "min-replicas-unsatisfiable",
  level: "error",
  // a warning when min-replicas-to-write equals the number of replicas
  category: "topology",
  docs: {
    summary: "`min-replicas-to-write` asks for at least as many replicas as the master has.",
    breaks: 'The master refuses writes while fewer than `min-replicas-to-write` replicas are connected and no more than `min-replicas-max-lag` seconds behind: "NOREPLICAS Not enough good replicas to write." (RULES.md E23). Asking for more replicas than exist fails every write, all the time; a Celery broker refuses every publish. Asking for exactly as many fails every write as soon as one replica restarts or lags.',
    fix: "Set `min-replicas-to-write` below the number of replicas (1 with 2 replicas), or add replicas.",
    example: { bad: "bad-three-of-two", good: "good-one-of-two" }
  },
  *check(deployment) {
    for (const master of deployment.servers) {
      if (master.replicaof) continue;
      const wanted = integerSetting(master, "min-replicas-to-write");
      if (!wanted.known || !wanted.set || wanted.value < 1) continue;
      const lag = integerSetting(master, "min-replicas-max-lag");
      if (!lag.known) continue;
      const maxLag = lag.set ? lag.value : 10;
      if (maxLag === 0) continue;
      const count = replicaCountOf(deployment, master);
      const replicas = replicaFilesOf(deployment, master);
      if (!count.known || !replicas.known || wanted.value < count.value) continue;
      const k = count.value;
      const names3 = nameList(replicas.value.map((r) => r.name));
      const exceeds = wanted.value > k;
      yield {
        at: wanted.span,
        message: exceeds ? `${master.name} refuses every write ("NOREPLICAS Not enough good replicas to write."): min-replicas-to-write ${wanted.value} needs ${wanted.value} replicas, and only ${k} replicate from it (${names3}). Set it to ${k - 1} or add replicas.` : `min-replicas-to-write ${wanted.value} on ${master.name} equals its ${k} replicas (${names3}): when one of them is down or more than ${maxLag} s behind, every write fails with "NOREPLICAS Not enough good replicas to write.". Set it to ${k - 1} or add a replica.`,
        // RULES.md §2.2: an error above the number of replicas, a warning when equal.
        ...exceeds ? {} : { level: "warning" },
        related: replicas.value.map((r) => ({ at: r.replicaof.declaredAt, message: `${r.name} replicates from ${master.name}` }))
      };
    }
  }
});

// src/model/queries/default-user.ts
function defaultUserOf(node, deployment) {
  const aclfile = node.setting("aclfile");
  if (aclfile && aclfile.args[0]?.text !== "") return void 0;
  const own2 = node.conf.directives;
  const userLine = own2.findLast((d) => d.valid && d.name === "user" && d.args[0]?.text === "default");
  const from = userLine ? own2.indexOf(userLine) : -1;
  const includeAfter = own2.some((d, i) => i > from && d.valid && d.name === "include");
  if (includeAfter && mayDefineDefaultUser(node, deployment)) return void 0;
  if (!userLine) return { nopass: !node.requirepass, enabled: true };
  const state = applyRules(userLine.args.slice(1));
  return state && { ...state, userLine };
}
function mayDefineDefaultUser(node, deployment) {
  if (node.conf.includes.some((include) => !include.resolved)) return true;
  return includedFragments(deployment).some(
    (conf) => conf.directives.some((d) => d.name === "user" && d.args[0]?.text === "default")
  );
}
function applyRules(rules2) {
  let nopass = false;
  let enabled = false;
  for (const rule of rules2) {
    const op = rule.text.toLowerCase();
    if (rule.secret) {
      if (nopass !== false) nopass = void 0;
    } else if (op === "on") enabled = true;
    else if (op === "off") enabled = false;
    else if (op === "nopass") nopass = true;
    else if (op === "resetpass") nopass = false;
    else if (op === "reset") [nopass, enabled] = [false, false];
    else if (op.startsWith(">") || op.startsWith("#")) nopass = false;
  }
  return nopass === void 0 ? void 0 : { nopass, enabled };
}

// src/model/queries/protected-mode.ts
function protectedModeOf(node) {
  const directive = node.setting("protected-mode");
  if (directive) return { on: directive.args[0]?.text.toLowerCase() === "yes", directive };
  return { on: isSentinel(node) ? false : void 0 };
}

// rules/no-auth-exposed.ts
var no_auth_exposed_default = defineRule({
  id: "no-auth-exposed",
  level: "error",
  category: "security",
  security: { severity: 9 },
  docs: {
    summary: "A data node that listens beyond loopback with protected mode off and no password.",
    breaks: "Anyone who can reach the port reads and changes every key, and can use CONFIG SET dir/dbfilename to write files on the host. redis-server listens on all interfaces unless `bind` says otherwise (the compiled default is `* -::*`), and with protected mode off nothing else stops a client from another host when the default user needs no password (RULES.md \xA71.6, \xA71.7, E22). From a conf file alone this is reported only when the file itself sets `protected-mode no`: redis-server turns protected mode on by default.",
    fix: "Set `requirepass` (or ACL users with passwords and `user default off`), and `bind` only the addresses clients use.",
    example: { bad: "bad-protected-mode-off-no-password", good: "good-password-set" }
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (hasTemplatedSetting(server.conf, ACCESS_DIRECTIVES)) continue;
      const protectedMode = protectedModeOf(server);
      const listening = listeningOf(server);
      if (protectedMode.on !== false || !protectedMode.directive || !listening) continue;
      if (networkAddresses(listening).length === 0) continue;
      const user = defaultUserOf(server, deployment);
      if (!user?.nopass || !user.enabled) continue;
      const port = server.port.known ? String(server.port.value) : "its port";
      yield {
        at: protectedMode.directive.span,
        message: `Anyone who reaches port ${port} can read and change every key without a password: protected mode is off, redis-server listens on ${describeBind(listening)}, and the default user needs no password. Set requirepass (or users with passwords), and bind only the addresses clients use.`,
        related: listening.bind ? [{ at: listening.bind.span, message: "it listens on these addresses" }] : []
      };
    }
  }
});

// rules/no-promotable-replica.ts
var no_promotable_replica_default = defineRule({
  id: "no-promotable-replica",
  level: "error",
  category: "topology",
  docs: {
    summary: "Every replica of a Sentinel-monitored master has `replica-priority 0`.",
    breaks: 'Sentinel never promotes a replica whose priority is 0 (sentinel.c sentinelSelectSlave; redis.conf "replica-priority"). When the master fails the Sentinels agree it is down, elect a leader, and then abort with "-failover-abort-no-good-slave": clients wait on a dead master until it comes back.',
    fix: "Give at least one replica a priority above 0 (the default is 100; lower numbers are preferred). Keep 0 only on replicas that must never become master, such as a backup or a remote-site copy.",
    example: { bad: "bad-all-priority-zero", good: "good-one-promotable" }
  },
  *check(deployment) {
    const reported2 = /* @__PURE__ */ new Set();
    for (const group of deployment.masterGroups) {
      const master = group.master;
      if (!master) continue;
      const replicas = replicaFilesOf(deployment, master);
      if (!replicas.known || replicas.value.length === 0) continue;
      const priorities = replicas.value.flatMap((replica) => {
        const priority = integerSetting(replica, "replica-priority");
        return priority.known && priority.set ? [{ replica, value: priority.value, span: priority.span }] : [];
      });
      if (priorities.length < replicas.value.length || priorities.some((p) => p.value !== 0)) continue;
      const ports = new Set(replicas.value.flatMap((r) => r.port.known ? [r.port.value] : []));
      const seen = group.monitors.flatMap((m) => m.sentinel.conf.sentinelOptions.filter((o) => o.option === "known-replica" && o.master?.text === group.name));
      if (seen.some((o) => !ports.has(Number(o.args[1]?.text)))) continue;
      const names3 = nameList(replicas.value.map((r) => r.name));
      for (const { replica, span: at } of priorities) {
        const key = `${at.file}:${at.line}`;
        if (reported2.has(key)) continue;
        reported2.add(key);
        yield {
          at,
          message: `Every replica of ${group.name} in these files (${names3}) has replica-priority 0, which Sentinel never promotes: when ${master.name} fails the failover aborts ("-failover-abort-no-good-slave"). Give at least one replica a priority above 0 (default 100).`,
          related: priorities.filter((p) => p.replica !== replica).map((p) => ({ at: p.span, message: `${p.replica.name} also has replica-priority 0` }))
        };
      }
    }
  }
});

// rules/parse-error.ts
var parse_error_default = defineParseRule({
  id: "parse-error",
  level: "error",
  category: "syntax",
  docs: {
    summary: "A file that cannot be parsed: binary content, UTF-16, over the size limit, unreadable, or a syntax error.",
    breaks: "The file is skipped: nothing it configures is checked, and findings that depend on it stay unknown. A server given such a file would refuse it too.",
    fix: "Fix the file as the message says (save it as UTF-8, remove the binary content), or ignore it in `.sentinel-lint.yml`.",
    example: { bad: "bad-binary-conf", good: "good-utf8-conf" }
  }
});

// rules/path-outside-root.ts
var path_outside_root_default = defineParseRule({
  id: "path-outside-root",
  level: "note",
  category: "syntax",
  docs: {
    summary: "A symbolic link or `include` that points outside the folder being linted.",
    breaks: "Nothing at run time; but sentinel-lint never reads outside the repository, so whatever that file configures is unknown and the checks that need it stay silent.",
    fix: "Keep the configuration inside the repository, or lint from a folder that contains the target.",
    example: { bad: "bad-include-parent", good: "good-include-inside" }
  }
});

// src/model/queries/password-args.ts
function passwordArgs(conf) {
  const out = [];
  const lastText = (name) => conf.directives.findLast((d) => d.valid && d.name === name)?.args[0]?.text || void 0;
  for (const directive of conf.directives) {
    for (const arg of directive.args) {
      if (!arg.secret) continue;
      if (directive.name === "user") {
        const user2 = directive.args[0]?.text ?? "";
        const kind = aclRuleKind(arg);
        if (kind === "add") out.push({ secret: arg.secret, what: `the password of ACL user ${user2}`, user: user2, setsPassword: true, login: true });
        if (kind === "remove") out.push({ secret: arg.secret, what: `a password removed from ACL user ${user2}`, user: user2, setsPassword: false, login: true });
        continue;
      }
      const masterauth = directive.name === "masterauth" || directive.name === "primaryauth";
      const user = masterauth ? lastText("masteruser") ?? lastText("primaryuser") : void 0;
      out.push({ secret: arg.secret, what: `the ${directive.written} password`, user, setsPassword: true, login: !directive.name.startsWith("tls-") });
    }
  }
  for (const option of conf.sentinelOptions) {
    for (const arg of option.args) {
      if (!arg.secret) continue;
      const master = option.master?.text;
      const sameMaster = (o) => conf.sentinelOptions.findLast((x) => x.option === o && x.master?.text === master)?.args[0]?.text;
      const user = option.option === "auth-pass" ? sameMaster("auth-user") : option.option === "sentinel-pass" ? conf.sentinelOptions.findLast((x) => x.option === "sentinel-user")?.args[0]?.text : void 0;
      const what = master ? `the sentinel ${option.option} password for ${master}` : `the sentinel ${option.option} password`;
      out.push({ secret: arg.secret, what, user, setsPassword: true, login: true });
    }
  }
  return out;
}

// rules/placeholder-password.ts
var MIN_LENGTH = 12;
var placeholder_password_default = defineRule({
  id: "placeholder-password",
  level: "warning",
  category: "security",
  security: { severity: 7.5 },
  docs: {
    summary: `A password in redis.conf or sentinel.conf that is trivially guessable: a placeholder copied from documentation (\`foobared\`, \`changeme\`, \`your_redis_password_here\`, \u2026), shorter than ${MIN_LENGTH} characters, or equal to its user name.`,
    breaks: 'Whoever reaches the port guesses it: redis.conf itself warns that "an outside user can try up to 1 million passwords per second". The password is all that guards the data, and on a Sentinel all that stops strangers from redirecting clients. RULES.md makes it an error when the port is published; conf files alone never prove publication (a `bind 0.0.0.0` says which interfaces of its host a node listens on, not who can reach that host), so in a folder of conf files this is a warning. Variables (`${VAR}`) are conf-unexpanded-variable\'s business and are skipped here, and so are ACL `#<sha256>` hashes.',
    fix: "Generate a long random password (e.g. `openssl rand -base64 32`) and keep it out of the repository.",
    example: { bad: "bad-foobared", good: "good-long-random-password" }
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      for (const password of passwordArgs(conf)) {
        if (!password.setsPassword || !password.login) continue;
        const weakness = weaknessOf(password);
        if (!weakness) continue;
        yield {
          at: password.secret.span,
          message: `${capitalize(password.what)} in ${conf.file} ${weakness}: anyone who reaches the port can guess it. Use a long random password instead.`
        };
      }
    }
  }
});
function weaknessOf({ secret, user }) {
  if (secret.isEmpty || secret.isUnexpandedVariable) return void 0;
  if (secret.isPlaceholder) return "is a well-known placeholder of the kind documentation and examples use";
  if (user !== void 0 && secret.sameAs(user)) return `is the same as its user name`;
  if (secret.length < MIN_LENGTH) return `is shorter than ${MIN_LENGTH} characters`;
  return void 0;
}
var capitalize = (text) => text[0].toUpperCase() + text.slice(1);

// rules/promotion-asymmetry.ts
var SETTINGS = [
  { name: "maxmemory-policy", fallback: "noeviction", after: "evicts keys differently (a policy other than noeviction can evict queued tasks)" },
  { name: "appendonly", fallback: "no", after: "persists differently (without the append-only file a crash loses the writes since the last snapshot)" },
  { name: "min-replicas-to-write", fallback: "0", after: "guards writes differently (it refuses, or accepts, writes with too few replicas)" },
  { name: "min-replicas-max-lag", fallback: "10", after: "guards writes differently (a replica counts as good for a different lag)" }
];
var promotion_asymmetry_default = defineRule({
  id: "promotion-asymmetry",
  level: "warning",
  category: "topology",
  docs: {
    summary: "A replica in a Sentinel group differs from its master in requirepass, masterauth, maxmemory-policy, appendonly, min-replicas-to-write, min-replicas-max-lag or rename-command.",
    breaks: "Sentinel may promote any replica. After the failover the new master runs with its own settings: it evicts keys, loses writes on a crash, drops or gains the min-replicas guard (RULES.md E23), asks clients for another password, or exposes a command the old master had renamed; the old master rejoins with its masterauth and may be locked out (E25). A setting that a file does not set counts with its compiled-in default.",
    fix: "Give every data node of the group the same values for these settings (a shared include keeps them in step).",
    example: { bad: "bad-min-replicas-only-on-master", good: "good-symmetric-nodes" }
  },
  *check(deployment) {
    const seen = /* @__PURE__ */ new Set();
    for (const group of deployment.masterGroups) {
      const master = group.master;
      if (!master) continue;
      for (const replica of group.replicas) {
        const pair = `${master.name}\0${replica.name}`;
        if (seen.has(pair) || !replica.replicaof) continue;
        seen.add(pair);
        yield* compare(group, master, replica);
      }
    }
  }
});
function* compare(group, master, replica) {
  const replicaofAt = replica.replicaof.declaredAt;
  const after = `after Sentinel promotes it, ${group.name}`;
  for (const { name, fallback, after: what } of SETTINGS) {
    const m = settingInEffect(master, name);
    const r = settingInEffect(replica, name);
    if (!m.known || !r.known) continue;
    const mValue = valueOf(m.directive, fallback);
    const rValue = valueOf(r.directive, fallback);
    if (mValue === rValue) continue;
    yield {
      at: r.directive?.span ?? replicaofAt,
      message: `${replica.name} ${r.directive ? "sets" : "keeps the default"} ${name} ${rValue}, but its master ${master.name} ${m.directive ? "sets" : "keeps the default"} ${mValue}: ${after} ${what}. Use the same value on every node.`,
      related: [masterSide(master, m.directive, name, mValue)]
    };
  }
  yield* comparePasswords(after, master, replica, replicaofAt);
  yield* compareMasterauth(after, master, replica, replicaofAt);
  yield* compareRenames(after, master, replica, replicaofAt);
}
function valueOf(directive, fallback) {
  const text = directive?.args[0]?.text.toLowerCase() ?? fallback;
  return /^\d+$/.test(text) ? String(Number(text)) : text;
}
function masterSide(master, directive, name, value) {
  return directive ? { at: directive.span, message: `${master.name} (the master) sets ${name}${value === void 0 ? "" : ` ${value}`}` } : { at: master.declaredAt, message: `${master.name} (the master) does not set ${name}${value === void 0 ? "" : ` (default ${value})`}` };
}
function* comparePasswords(after, master, replica, replicaofAt) {
  const m = defaultUserAuth(master);
  const r = defaultUserAuth(replica);
  if (m.kind !== "none" && m.kind !== "password" || r.kind !== "none" && r.kind !== "password") return;
  if (samePasswords(m, r)) return;
  const [how, then] = r.kind === "none" ? ["needs no password, while its master requires one", "lets in anyone without a password"] : m.kind === "none" ? ["requires a password, while its master needs none", "refuses the clients that send no password"] : ["requires a different password than its master", "refuses the password the clients use"];
  yield {
    at: r.at === replica.declaredAt ? replicaofAt : r.at,
    message: `${replica.name} ${how} (${master.name}): ${after} ${then}. Use the same requirepass on every node.`,
    related: [{ at: m.at, message: m.why }]
  };
}
function samePasswords(a, b) {
  if (a.kind === "none" || b.kind === "none") return a.kind === b.kind;
  const covers = (x, y) => x.secrets.every((s) => y.secrets.some((t) => t.equals(s)));
  return covers(a, b) && covers(b, a);
}
function* compareMasterauth(after, master, replica, replicaofAt) {
  const m = settingInEffect(master, "masterauth");
  const r = settingInEffect(replica, "masterauth");
  if (!m.known || !r.known) return;
  const mSecret = m.directive?.args[0]?.secret;
  const rSecret = r.directive?.args[0]?.secret;
  const mSet = mSecret && !mSecret.isEmpty ? mSecret : void 0;
  const rSet = rSecret && !rSecret.isEmpty ? rSecret : void 0;
  if (!mSet && !rSet) return;
  if (mSet && rSet && mSet.equals(rSet)) return;
  const how = !rSet ? "has no masterauth, while its master has one" : !mSet ? "has a masterauth, while its master has none" : "has a different masterauth than its master";
  yield {
    at: r.directive && rSet ? r.directive.span : replicaofAt,
    message: `${replica.name} ${how} (${master.name}): ${after} has nodes that log in to their new master with different passwords, so some cannot resync. Use the same masterauth on every node.`,
    related: [masterSide(master, mSet ? m.directive : void 0, "masterauth")]
  };
}
function* compareRenames(after, master, replica, replicaofAt) {
  const m = renames(master);
  const r = renames(replica);
  if (!m || !r) return;
  for (const command of /* @__PURE__ */ new Set([...m.keys(), ...r.keys()])) {
    const mLine = m.get(command);
    const rLine = r.get(command);
    const mTo = mLine?.args[1]?.text.toLowerCase();
    const rTo = rLine?.args[1]?.text.toLowerCase();
    if (mTo === rTo) continue;
    const name = command.toUpperCase();
    const [how, then] = !rLine ? [`keeps ${name}, which its master ${mTo === "" ? "disables" : "renames"}`, `accepts ${name} under its own name again`] : !mLine ? [`${rTo === "" ? "disables" : "renames"} ${name}, which its master keeps`, `no longer accepts ${name} under its own name`] : [`renames ${name} differently than its master`, `accepts ${name} only under another name`];
    yield {
      at: rLine?.span ?? replicaofAt,
      message: `${replica.name} ${how} (${master.name}): ${after} ${then}. Rename commands the same way on every node.`,
      related: [mLine ? { at: mLine.span, message: `${master.name} (the master) ${mTo === "" ? "disables" : "renames"} ${name}` } : { at: master.declaredAt, message: `${master.name} (the master) keeps ${name}` }]
    };
  }
}
function renames(node) {
  const lines = repeatedSetting(node, "rename-command");
  return lines && new Map(lines.map((l) => [l.args[0].text.toLowerCase(), l]));
}

// rules/protected-mode-false-safety.ts
var protected_mode_false_safety_default = defineRule({
  id: "protected-mode-false-safety",
  level: "note",
  category: "security",
  security: { severity: 5 },
  docs: {
    summary: "A data node without a password that listens beyond loopback and relies on protected mode.",
    breaks: "Protected mode ignores `bind`: with no password, every client that does not connect from 127.0.0.1 or ::1 gets -DENIED, so a server bound to 0.0.0.0 for remote clients refuses them all (RULES.md \xA71.6, E22). Where the file leaves protected mode to its default, the protection depends on the build: redis-server turns it on, the official Docker image turns it off, and there the same file is open to anyone who reaches the port.",
    fix: "Set `requirepass` (or ACL users with passwords): that lets remote clients in and keeps everyone else out.",
    example: { bad: "bad-bind-all-protected-mode-yes", good: "good-bind-all-with-password" }
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (hasTemplatedSetting(server.conf, ACCESS_DIRECTIVES)) continue;
      const listening = listeningOf(server);
      const remote = listening ? networkAddresses(listening) : [];
      if (!listening || remote.length === 0 || !defaultUserOf(server, deployment)?.nopass) continue;
      const protectedMode = protectedModeOf(server);
      if (protectedMode.on === true && protectedMode.directive) {
        yield {
          at: protectedMode.directive.span,
          message: `The default user needs no password, so protected mode answers every client that is not on 127.0.0.1 or ::1 with -DENIED, although redis-server listens on ${describeBind(listening)}: protected mode ignores bind. Set requirepass to let remote clients in.`,
          related: listening.bind ? [{ at: listening.bind.span, message: "it listens on these addresses" }] : []
        };
      } else if (!protectedMode.directive && listening.bind) {
        yield {
          at: remote[0].span,
          message: `With no password, only protected mode guards ${remote[0].address}: redis-server turns it on by default, so remote clients get -DENIED, but the official Docker image turns it off, and there anyone who reaches the port can read and change every key. Set requirepass.`
        };
      }
    }
  }
});

// src/model/queries/sentinel-majority.ts
function majorityOf(sentinels) {
  return Math.floor(sentinels / 2) + 1;
}

// rules/quorum-above-majority.ts
var quorum_above_majority_default = defineRule({
  id: "quorum-above-majority",
  level: "warning",
  category: "topology",
  docs: {
    summary: "A Sentinel quorum is larger than a majority of the Sentinels that monitor the master.",
    breaks: 'The quorum only decides when the master is objectively down (ODOWN): that many Sentinels must see it unreachable. The failover itself always needs the votes of a majority of all Sentinels, and never fewer than the quorum (sentinel.c sentinelGetLeader: max(quorum, n/2+1)). So a quorum above the majority buys nothing and costs availability: with quorum 3 of 3, losing one Sentinel (or its machine) means the master is never declared down, and no failover happens, where quorum 2 would still fail over. The common advice "the quorum must be more than 50%" is wrong: the majority is enforced by the vote whatever the quorum is.',
    fix: "Set the quorum to a majority: 2 of 3, 3 of 5 (n/2+1).",
    example: { bad: "bad-quorum-3-of-3", good: "good-quorum-majority" }
  },
  *check(deployment) {
    for (const counted of countedQuorums(deployment)) {
      const { group, monitor, quorum, sentinels: n } = counted;
      const majority = majorityOf(n);
      if (quorum <= majority || quorum > n) continue;
      yield {
        at: monitor.quorum.span,
        message: `Quorum ${quorum} for ${group.name} is above a majority of its ${n} Sentinels: a failover needs ${quorum} of them up, so it survives the loss of ${lost(n - quorum)} instead of ${lost(n - majority)}. Set the quorum to ${majority}; the failover still needs a majority (${majority}) to vote for it.`,
        related: alsoMonitors(counted)
      };
    }
  }
});
function lost(sentinels) {
  return sentinels === 0 ? "no Sentinel" : sentinels === 1 ? "1 Sentinel" : `${sentinels} Sentinels`;
}

// rules/quorum-below-majority.ts
var quorum_below_majority_default = defineRule({
  id: "quorum-below-majority",
  level: "warning",
  // quorum 1 with 3 or more Sentinels; other quorums below a majority are a note
  category: "topology",
  docs: {
    summary: "A Sentinel quorum is smaller than a majority of the Sentinels that monitor the master.",
    breaks: "The quorum only decides when the master is objectively down (ODOWN): with quorum 1, a single Sentinel that loses sight of the master (its own network partition, a long pause) declares it down and asks for a failover. The other Sentinels vote for the first candidate of an epoch without checking the master themselves (sentinel.c SENTINEL IS-MASTER-DOWN-BY-ADDR), so a healthy master can be failed over. A low quorum does not let a failover survive more losses either: the leader always needs the votes of a majority of all Sentinels (sentinelGetLeader: max(quorum, n/2+1)).",
    fix: "Set the quorum to a majority (2 of 3, 3 of 5). Keep a lower one only if you want failovers to start on fewer opinions, and know that they still need a majority to happen.",
    example: { bad: "bad-quorum-1-of-3", good: "good-quorum-2-of-3" }
  },
  *check(deployment) {
    for (const counted of countedQuorums(deployment)) {
      const { group, monitor, quorum: q, sentinels: n } = counted;
      const majority = majorityOf(n);
      if (q >= majority) continue;
      yield {
        at: monitor.quorum.span,
        message: `Quorum ${q} for ${group.name} is below a majority of its ${n} Sentinels: ${q === 1 ? "one Sentinel that loses sight of the master (a partition, a pause) declares" : `${q} Sentinels that lose sight of the master (a partition, a pause) declare`} it down and starts a failover, which the others vote for without checking. Set the quorum to ${majority}: a failover needs ${majority} votes anyway.`,
        // RULES.md §2.8: a warning for quorum 1 with 3 or more Sentinels, a note otherwise.
        level: q === 1 && n >= 3 ? "warning" : "note",
        related: alsoMonitors(counted)
      };
    }
  }
});

// rules/quorum-exceeds-sentinels.ts
var quorum_exceeds_sentinels_default = defineRule({
  id: "quorum-exceeds-sentinels",
  level: "error",
  category: "topology",
  docs: {
    summary: "A Sentinel quorum is larger than the number of Sentinels that monitor the master.",
    breaks: 'The quorum is how many Sentinels must agree that the master is unreachable before it is objectively down (ODOWN); only then may a failover start, and it still needs the votes of a majority of all Sentinels (sentinel.c sentinelGetLeader: max(quorum, n/2+1)). With fewer Sentinels than the quorum, ODOWN is never reached: the master dies, every Sentinel sees it down on its own (+sdown), no failover ever starts, and clients wait on a dead master. redis-sentinel accepts such a quorum at start-up without a word; SENTINEL CKQUORUM answers "NOQUORUM" (RULES.md E17).',
    fix: "Set the quorum to a majority of the Sentinels (2 of 3, 3 of 5), or run more Sentinels. The quorum is not a percentage that must exceed 50%: a failover always needs a majority anyway.",
    example: { bad: "bad-quorum-4-of-3", good: "good-quorum-2-of-3" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const sentinels = sentinelCountOf(deployment, group);
      if (!sentinels.known) continue;
      const monitors = monitorsByFile(group);
      for (const monitor of monitors) {
        const { quorum } = monitor;
        if (!quorum.known || quorum.value < 1 || quorum.value <= sentinels.value) continue;
        yield {
          at: quorum.span,
          message: explainUnreachableQuorum(group.name, quorum.value, sentinels.value),
          related: monitors.filter((other) => other !== monitor).map((other) => ({ at: other.declaredAt, message: `${other.sentinel.name} also monitors ${group.name}` }))
        };
      }
    }
  }
});
function explainUnreachableQuorum(master, quorum, sentinels) {
  return `Sentinel can never agree that ${master} is down: quorum ${quorum} needs ${quorum} Sentinels, only ${sentinels} monitor it, so no failover ever starts. Set the quorum to ${majorityOf(sentinels)} (a majority) or add Sentinels.`;
}

// src/model/queries/group-nodes.ts
function groupDataNodes(group) {
  const nodes = group.master ? [group.master, ...group.replicas] : [...group.replicas];
  return [...new Set(nodes)];
}
function roleIn(group, node) {
  return node === group.master ? `the master of ${group.name}` : `a replica of ${group.name}`;
}

// src/model/queries/sentinel-options.ts
function monitorOptions(monitor, option) {
  const { conf } = monitor.sentinel;
  if (conf.includes.length > 0) return void 0;
  return conf.sentinelOptions.filter((o) => o.option === option && o.master?.text === monitor.name.text);
}
function monitorOption(monitor, option) {
  if (monitor.sentinel.conf.includes.length > 0) return { known: false };
  return { known: true, fact: monitor.option(option) };
}

// rules/rename-command-breaks-sentinel.ts
var SENT = {
  config: "Sentinel's failover transaction (MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC) is aborted and no node is reconfigured",
  slaveof: "Sentinel's failover transaction (MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC) is aborted and no node is reconfigured",
  exec: "Sentinel's failover transaction is never executed, and every later command on its connection, PING included, is only queued, so the node looks down",
  client: "Sentinel's failover transaction (MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC) is aborted and no node is reconfigured",
  ping: "Sentinel's PINGs fail and it sees the node as down",
  info: "Sentinel cannot read the node's role and replicas, so it cannot pick a replica to promote",
  subscribe: "the Sentinels cannot hear each other on __sentinel__:hello",
  publish: "the Sentinels cannot announce themselves on __sentinel__:hello",
  script: "Sentinel cannot stop a busy script (SCRIPT KILL)",
  auth: "Sentinel cannot log in with its auth-pass"
};
var rename_command_breaks_sentinel_default = defineRule({
  id: "rename-command-breaks-sentinel",
  level: "error",
  category: "security",
  docs: {
    summary: "A data node renames or disables a command that Sentinel sends to it (CONFIG, SLAVEOF, EXEC, CLIENT, PING, INFO, \u2026) without the same `sentinel rename-command` in every Sentinel, or a Sentinel renames one that a node does not.",
    breaks: 'Sentinel sends the command under the name it knows and gets "unknown command". A failover reconfigures nodes with MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC: one unknown command aborts the whole transaction, so the failover promotes nobody (sentinel.conf "REDIS COMMANDS RENAMING"). Renaming PING or INFO makes the node look down; renaming EXEC leaves the connection inside MULTI, so even PING is only queued. Sentinel sends SLAVEOF, not REPLICAOF, so renaming REPLICAOF alone is harmless, and so is renaming MULTI (the commands then run one by one). A command renamed to "" cannot be sent at all.',
    fix: "Add `sentinel rename-command <master> <command> <new-name>` with the same new name to every Sentinel that monitors the master, and rename the command the same way on every data node of the group.",
    example: { bad: "bad-config-renamed-on-nodes", good: "good-rename-told-to-sentinel" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) yield* checkGroup(group);
  }
});
function* checkGroup(group) {
  const sentinels = group.monitors.flatMap((monitor) => {
    const lines = monitorOptions(monitor, "rename-command");
    return lines ? [{ monitor, renames: lines.flatMap(sentinelRename) }] : [];
  });
  const nodes = groupDataNodes(group).flatMap((node) => {
    const lines = repeatedSetting(node, "rename-command");
    return lines ? [{ node, renames: lines.flatMap(nodeRename) }] : [];
  });
  const sentBy2 = (monitor, command) => command !== "auth" || monitor.option("auth-pass") !== void 0;
  for (const { node, renames: renames2 } of nodes) {
    for (const rename of renames2) {
      const unaware = sentinels.filter(({ monitor, renames: theirs }) => {
        if (!sentBy2(monitor, rename.command)) return false;
        const told = theirs.find((r) => r.command === rename.command);
        return rename.to === "" || !told || told.to.toLowerCase() !== rename.to.toLowerCase();
      });
      if (unaware.length === 0) continue;
      const who = unaware.map((s) => s.monitor.sentinel.name).join(", ");
      const one = unaware.length === 1;
      const what = rename.to === "" ? `disables ${rename.command.toUpperCase()}, which ${who} still ${one ? "sends" : "send"}` : `renames ${rename.command.toUpperCase()}, but ${who} ${one ? "does" : "do"} not send it under that name`;
      yield {
        at: rename.at,
        message: `${node.name} ${what}: ${SENT[rename.command]}. ` + (rename.to === "" ? `Rename it instead of disabling it, and add "sentinel rename-command ${group.name} ${rename.command.toUpperCase()} <new-name>" to every Sentinel.` : `Add "sentinel rename-command ${group.name} ${rename.command.toUpperCase()} <the same new name>" to every Sentinel.`),
        related: unaware.map(({ monitor, renames: theirs }) => {
          const told = theirs.find((r) => r.command === rename.command);
          return told ? { at: told.at, message: `${monitor.sentinel.name} renames it to a different name` } : { at: monitor.declaredAt, message: `${monitor.sentinel.name} monitors ${group.name} without renaming it` };
        })
      };
    }
  }
  for (const { monitor, renames: renames2 } of sentinels) {
    for (const rename of renames2) {
      if (!sentBy2(monitor, rename.command)) continue;
      const unrenamed = nodes.filter(({ renames: theirs }) => !theirs.some((r) => r.command === rename.command));
      if (unrenamed.length === 0) continue;
      yield {
        at: rename.at,
        message: `${monitor.sentinel.name} sends ${rename.command.toUpperCase()} to ${group.name}'s nodes under a new name, but ${unrenamed.map((n) => n.node.name).join(", ")} ${unrenamed.length === 1 ? "does" : "do"} not rename it: ${SENT[rename.command]}. Rename the command the same way on every data node, or remove this line.`,
        related: unrenamed.map(({ node }) => ({ at: node.replicaof?.declaredAt ?? node.declaredAt, message: `${node.name} keeps ${rename.command.toUpperCase()} under its own name` }))
      };
    }
  }
}
function nodeRename(line) {
  const [from, to] = line.args;
  const command = from?.text.toLowerCase();
  return command && to && Object.hasOwn(SENT, command) ? [{ command, to: to.text, at: line.span }] : [];
}
function sentinelRename(line) {
  const [from, to] = line.args;
  const command = from?.text.toLowerCase();
  return command && to && Object.hasOwn(SENT, command) ? [{ command, to: to.text, at: line.declaredAt }] : [];
}

// rules/replica-writable.ts
var replica_writable_default = defineRule({
  id: "replica-writable",
  level: "warning",
  category: "topology",
  docs: {
    summary: "A data node in a Sentinel group sets `replica-read-only no` (or `slave-read-only no`).",
    breaks: 'While the node is a replica it accepts writes that its master never sees: the next full resync from the master, or a failover that promotes another node, silently discards them. Any node of the group can be a replica, the initial master too after a failover (redis.conf "replica-read-only").',
    fix: "Remove the line (the default is `replica-read-only yes`); send writes to the master that Sentinel names.",
    example: { bad: "bad-replica-read-only-no", good: "good-read-only-default" }
  },
  *check(deployment) {
    const seen = /* @__PURE__ */ new Set();
    for (const group of deployment.masterGroups) {
      for (const node of groupDataNodes(group)) {
        if (seen.has(node)) continue;
        seen.add(node);
        const readOnly = yesNoInEffect(node, "replica-read-only", true);
        if (!readOnly || readOnly.value || !readOnly.directive) continue;
        const written = `${readOnly.directive.written} no`;
        const when = node === group.master ? "after a failover, when it rejoins as a replica, it" : "it";
        yield {
          at: readOnly.directive.span,
          message: `${node.name} is ${roleIn(group, node)} and sets ${written}: ${when} accepts writes that the master never sees, and the next resync or failover discards them. Remove the line (the default is yes).`
        };
      }
    }
  }
});

// rules/requirepass-ignored-by-aclfile.ts
var requirepass_ignored_by_aclfile_default = defineRule({
  id: "requirepass-ignored-by-aclfile",
  level: "error",
  category: "security",
  security: { severity: 8 },
  docs: {
    summary: "A node sets `requirepass` together with `aclfile`: the password is never asked of clients.",
    breaks: 'redis.conf: "requirepass is not compatible with aclfile \u2026 will cause requirepass to be ignored". At start-up Redis loads the ACL file after the config and replaces the default user with the one the file defines, or, when the file does not define `default`, with a default user that has no password (acl.c `ACLLoadFromFile`). So whatever the ACL file holds, requirepass has no effect, and when the file does not define `default` the node answers everyone without a password (checked on redis-server and redis-sentinel 7.0.15: PING without AUTH gets PONG). The ACL file itself is not needed to decide this. A Sentinel still sends its requirepass to the other Sentinels when it has no `sentinel sentinel-pass`; only the check of incoming clients is lost.',
    fix: "Remove requirepass and define the default user in the ACL file: `user default on >\u2026 ~* &* +@all`.",
    example: { bad: "bad-requirepass-with-aclfile", good: "good-password-in-acl-file" }
  },
  *check(deployment) {
    const nodes = [...deployment.servers, ...deployment.sentinels];
    for (const node of nodes) {
      const requirepass = settingInEffect(node, "requirepass");
      const aclfile = settingInEffect(node, "aclfile");
      if (!requirepass.known || !aclfile.known || !requirepass.directive || !aclfile.directive) continue;
      const secret = requirepass.directive.args[0]?.secret;
      if (!secret || secret.isEmpty || aclfile.directive.args[0]?.text === "") continue;
      const users = repeatedSetting(node, "user");
      if (!users || users.length > 0) continue;
      yield {
        at: requirepass.directive.span,
        message: `requirepass does not protect ${node.name}, because it also loads an ACL file: the file's default user replaces the password, and if the file does not define one the node needs no password at all. Put the password in the ACL file ("user default on >\u2026") and remove requirepass` + // sentinel.c sentinelSendAuthIfNeeded: without sentinel-pass, requirepass is what it sends to other Sentinels.
        (node.conf.kind === "sentinel-conf" ? " (or keep it only as the password this Sentinel sends to the others)." : "."),
        related: [{ at: aclfile.directive.span, message: "the ACL file that decides the default user" }]
      };
    }
  }
});

// rules/secret-in-repo.ts
var secret_in_repo_default = defineRule({
  id: "secret-in-repo",
  level: "warning",
  category: "security",
  security: { severity: 7 },
  docs: {
    summary: "A real password is written literally in a conf file that is part of the repository.",
    breaks: 'Everyone who can read the repository, its forks, clones, backups and CI logs has the password, for as long as the history exists. A file counts as part of the repository when it is in the linted tree and not ignored by a .gitignore (DESIGN.md "Secrets"). Not reported: `""` (no password), unexpanded `${VAR}` text (conf-unexpanded-variable), well-known placeholders (placeholder-password: they are public already), and ACL `#<sha256>` hashes, which Sentinel\'s own CONFIG REWRITE writes. The finding points at the line and never shows the value.',
    fix: "Remove the password from the file and from the history, change it, and supply it at deploy time: an `include` of a file that is not committed (a mounted secret), or a conf file written by the start script.",
    example: { bad: "bad-literal-requirepass", good: "good-password-in-uncommitted-include" }
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      for (const { secret, what } of passwordArgs(conf)) {
        if (secret.isEmpty || secret.isUnexpandedVariable || secret.isPlaceholder) continue;
        yield {
          at: secret.span,
          message: `${what[0].toUpperCase()}${what.slice(1)} is written literally in ${conf.file}, which is part of the repository: everyone who can read it has the password. Supply it at deploy time (an include of an uncommitted file) and change it.`
        };
      }
    }
  }
});

// rules/sentinel-auth-pass-mismatch.ts
var sentinel_auth_pass_mismatch_default = defineRule({
  id: "sentinel-auth-pass-mismatch",
  level: "error",
  category: "security",
  docs: {
    summary: "A Sentinel has no `auth-pass` for a master whose data nodes require a password, or its `auth-pass` is not that password.",
    breaks: 'Sentinel counts a PING reply only if it is PONG, LOADING or MASTERDOWN: a node that answers NOAUTH looks down. The master shows "s_down,master,disconnected", no replicas are found, and a failover aborts; when every Sentinel lacks the password, they agree that a healthy master is down (RULES.md E29). The same auth-pass (and auth-user) is used for the replicas. A wrong password is harmless only on nodes that need none.',
    fix: "Add `sentinel auth-pass <master> <password>` with the data nodes' password to every Sentinel (with `sentinel auth-user` when Sentinel logs in as an ACL user).",
    example: { bad: "bad-no-auth-pass", good: "good-auth-pass-matches" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      for (const monitor of group.monitors) yield* checkMonitor(group, monitor);
    }
  }
});
function* checkMonitor(group, monitor) {
  const authPass = monitorOption(monitor, "auth-pass");
  const authUser = monitorOption(monitor, "auth-user");
  if (!authPass.known || !authUser.known) return;
  const password = authPass.fact?.args[0]?.secret;
  const user = authUser.fact?.args[0]?.text;
  const missing = [];
  const wrong = [];
  for (const node of groupDataNodes(group)) {
    const fallback = defaultUserAuth(node);
    if (fallback.kind !== "password") continue;
    if (!password) {
      missing.push({ name: node.name, at: fallback.at, why: fallback.why });
      continue;
    }
    const auth = user === void 0 ? fallback : userAuth(node, user);
    if (auth.kind === "no-such-user") wrong.push({ name: node.name, at: fallback.at, why: `${node.name} has no ACL user ${user}` });
    else if (auth.kind === "password" && !auth.secrets.some((s) => s.equals(password))) wrong.push({ name: node.name, at: auth.at, why: auth.why });
  }
  const sentinel = monitor.sentinel.name;
  if (missing.length > 0) {
    yield {
      at: monitor.declaredAt,
      message: `${sentinel} has no auth-pass for ${group.name}, but ${names(missing)} ${verb(missing)} a password: Sentinel's PINGs get NOAUTH, so it sees ${missing.length === 1 ? "the node" : "them"} as down and cannot fail over. Add "sentinel auth-pass ${group.name} <password>".`,
      related: missing.map((n) => ({ at: n.at, message: n.why }))
    };
  }
  if (wrong.length > 0) {
    const as = user === void 0 ? "The auth-pass" : `The auth-pass (for user ${user})`;
    yield {
      at: authPass.fact.declaredAt,
      message: `${as} in ${sentinel} for ${group.name} does not log in to ${names(wrong)}: Sentinel's PINGs get NOAUTH, so it sees ${wrong.length === 1 ? "the node" : "them"} as down and cannot fail over. Use the data nodes' password.`,
      related: wrong.map((n) => ({ at: n.at, message: n.why }))
    };
  }
}
var names = (nodes) => nodes.map((n) => n.name).join(", ");
var verb = (nodes) => nodes.length === 1 ? "requires" : "require";

// src/model/queries/acl-permissions.ts
function commandPermission(user, command) {
  const [container, sub] = command.toLowerCase().split("|");
  let state = "denied";
  let selectors = false;
  for (const op of rootRules(user)) {
    if (op === SELECTOR) selectors = true;
    else if (op === "clearselectors") selectors = false;
    else if (op === "reset") [state, selectors] = ["denied", false];
    else if (op === "nocommands" || op === "-@all") state = "denied";
    else if (op === "allcommands" || op === "+@all") state = "allowed";
    else if (op.startsWith("+@")) state = state === "allowed" ? "allowed" : "unknown";
    else if (op.startsWith("-@")) state = state === "denied" ? "denied" : "unknown";
    else if (op.startsWith("+")) {
      const target = op.slice(1);
      if (target === container || sub !== void 0 && target === `${container}|${sub}`) state = "allowed";
    } else if (op.startsWith("-")) {
      const target = op.slice(1);
      if (target === container || sub !== void 0 && target === `${container}|${sub}`) state = "denied";
    }
  }
  return withSelectors(state, selectors);
}
function channelPermission(user, channel, pubsubDefault) {
  const initial = pubsubDefault === "allchannels" ? "allowed" : "denied";
  let state = initial;
  let selectors = false;
  for (const op of rootRules(user, false)) {
    const lower = op.toLowerCase();
    if (op === SELECTOR) selectors = true;
    else if (lower === "clearselectors") selectors = false;
    else if (lower === "reset") [state, selectors] = [initial, false];
    else if (lower === "allchannels" || op === "&*") state = "allowed";
    else if (lower === "resetchannels") state = "denied";
    else if (op.startsWith("&")) {
      const pattern = op.slice(1);
      if (pattern === channel) state = "allowed";
      else if (/[*?[\\]/.test(pattern) && state === "denied") state = "unknown";
    }
  }
  return withSelectors(state, selectors);
}
var withSelectors = (root, selectors) => root === "denied" && selectors ? "unknown" : root;
var SELECTOR = "\0selector";
function* rootRules(user, lower = true) {
  let inSelector = false;
  for (const rule of user.rules) {
    if (rule.secret) continue;
    const text = lower ? rule.text.toLowerCase() : rule.text;
    if (inSelector) {
      inSelector = !text.endsWith(")");
      continue;
    }
    if (text.startsWith("(")) {
      inSelector = !text.endsWith(")");
      yield SELECTOR;
      continue;
    }
    yield text;
  }
}

// rules/sentinel-auth-user-acl.ts
var NEEDS = [
  { commands: ["ping", "info"], breaks: "Sentinel sees the node as down and cannot read its role or replicas" },
  { commands: ["slaveof", "config|rewrite", "client|kill"], breaks: "the failover transaction (MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC) is aborted and no node is reconfigured" },
  { commands: ["exec"], breaks: "the failover transaction never runs and the connection stays inside MULTI, so even PING is only queued" },
  { commands: ["subscribe", "publish"], breaks: "Sentinels cannot announce themselves to each other on __sentinel__:hello" },
  { commands: ["script|kill"], breaks: "Sentinel cannot stop a busy script that blocks the node" }
];
var HELLO = "__sentinel__:hello";
var GRANT = "+multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill &__sentinel__:hello";
var sentinel_auth_user_acl_default = defineRule({
  id: "sentinel-auth-user-acl",
  level: "warning",
  category: "security",
  docs: {
    summary: "Sentinel logs in to the data nodes as an ACL user (`sentinel auth-user`) whose rules deny commands or the channel Sentinel needs, or that is disabled.",
    breaks: "A denied command fails with NOPERM. Denied PING or INFO make the node look down; a denied command inside Sentinel's MULTI \u2026 SLAVEOF \u2026 CONFIG REWRITE \u2026 CLIENT KILL \u2026 EXEC aborts the whole transaction, so a failover promotes nobody and reconfigures nothing; without SUBSCRIBE/PUBLISH on __sentinel__:hello the Sentinels never find each other. A user without `on` cannot log in at all. Rules that use categories other than @all, selectors or channel patterns are not evaluated, and users from an ACL file are not read.",
    fix: `Give the user the documented set (Sentinel documentation, "Redis ACL authentication"): \`user <name> on >\u2026 ${GRANT}\`.`,
    example: { bad: "bad-user-without-slaveof", good: "good-user-documented-acl" }
  },
  *check(deployment) {
    const byLine = /* @__PURE__ */ new Map();
    for (const group of deployment.masterGroups) {
      for (const monitor of group.monitors) {
        const authUser = monitorOption(monitor, "auth-user");
        const authPass = monitorOption(monitor, "auth-pass");
        if (!authUser.known || !authPass.known || !authUser.fact || !authPass.fact) continue;
        const name = authUser.fact.args[0].text;
        if (name === "default") continue;
        for (const node of groupDataNodes(group)) {
          const aclfile = settingInEffect(node, "aclfile");
          if (!aclfile.known || aclfile.directive && aclfile.directive.args[0]?.text !== "") continue;
          const line = repeatedSetting(node, "user")?.findLast((u) => u.args[0]?.text === name);
          if (!line) continue;
          const auth = userAuth(node, name);
          const password = authPass.fact.args[0]?.secret;
          if (auth.kind === "password" && !(password && auth.secrets.some((s) => s.equals(password)))) continue;
          const entry = byLine.get(line) ?? problemOf(node, aclUser(line));
          if (!entry) continue;
          entry.related.push({ at: authUser.fact.declaredAt, message: `${monitor.sentinel.name} logs in to ${group.name} as ${name}` });
          byLine.set(line, entry);
        }
      }
    }
    for (const [line, { node, user, problem, related: related2 }] of byLine) {
      yield {
        at: line.span,
        message: `Sentinel logs in to ${node.name} as ACL user ${user.name}, which ${problem}. ${user.enabled ? `Grant ${GRANT}` : 'Add "on" to the user'}.`,
        related: related2
      };
    }
  }
});
function problemOf(node, user) {
  const entry = (problem) => ({ node, user, problem, related: [] });
  if (!user.enabled) {
    return defaultUserAuth(node).kind === "password" ? entry('is off (no "on" rule): Sentinel cannot log in, gets NOAUTH and sees the node as down') : void 0;
  }
  const pubsub = settingInEffect(node, "acl-pubsub-default");
  const channels = pubsub.known ? channelPermission(user, HELLO, pubsub.directive?.args[0]?.text.toLowerCase() === "allchannels" ? "allchannels" : "resetchannels") : "unknown";
  const broken = NEEDS.flatMap(({ commands, breaks }) => {
    const denied = commands.filter((c) => commandPermission(user, c) === "denied").map((c) => c.toUpperCase());
    if (commands.includes("subscribe") && channels === "denied") denied.push(`the channel ${HELLO}`);
    return denied.length > 0 ? [`denies ${denied.join(", ")}, so ${breaks}`] : [];
  });
  return broken.length > 0 ? entry(broken.join("; it ")) : void 0;
}

// rules/sentinel-count-even.ts
var sentinel_count_even_default = defineRule({
  id: "sentinel-count-even",
  level: "warning",
  category: "topology",
  docs: {
    summary: "An even number of Sentinels monitors a master.",
    breaks: 'A failover needs the votes of a majority of all Sentinels (sentinel.c sentinelGetLeader: n/2+1). With 2 Sentinels that majority is 2: once one of them (or its machine) is lost, the other is elected by no one and the master is never replaced (RULES.md E30: "-failover-abort-not-elected"). With 4, the majority is 3: the fourth Sentinel adds a machine but tolerates no more losses than 3 do, and a split into two halves leaves neither side able to fail over.',
    fix: "Run an odd number of Sentinels, 3 or 5, on machines that fail independently.",
    example: { bad: "bad-two-sentinels", good: "good-three-sentinels" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const sentinels = sentinelCountOf(deployment, group);
      if (!sentinels.known || sentinels.value < 2 || sentinels.value % 2 !== 0) continue;
      const n = sentinels.value;
      const [first, ...others] = monitorsByFile(group);
      if (!first) continue;
      yield {
        at: first.declaredAt,
        message: n === 2 ? explainTwo(group.name) : explainEven(group.name, n),
        related: others.map((other) => ({ at: other.declaredAt, message: `${other.sentinel.name} also monitors ${group.name}` }))
      };
    }
  }
});
function explainTwo(master) {
  return `${master} has 2 Sentinels: a failover needs both votes, so once one Sentinel or its machine is lost the master is never replaced. Run 3 Sentinels on separate machines.`;
}
function explainEven(master, n) {
  const majority = majorityOf(n);
  return `${master} has ${n} Sentinels: a failover needs ${majority} votes, so they survive the loss of ${n - majority}, as ${n - 1} Sentinels do, and a split into two halves of ${n / 2} stops every failover. Run ${n - 1} or ${n + 1} Sentinels.`;
}

// rules/sentinel-count-too-low.ts
var sentinel_count_too_low_default = defineRule({
  id: "sentinel-count-too-low",
  level: "warning",
  // an error when a single Sentinel monitors the master
  category: "topology",
  docs: {
    summary: "Fewer than three Sentinels monitor a master.",
    breaks: "A failover needs the votes of a majority of all Sentinels (sentinel.c sentinelGetLeader). With 2 Sentinels, losing one (or its machine) leaves no majority, so the master is never replaced (RULES.md E30). With 1, Sentinel is itself a single point of failure, and its own view of the network alone decides a failover. The Sentinel documentation asks for at least three Sentinel instances on machines that fail independently.",
    fix: "Run at least 3 Sentinels (an odd number) on separate machines or availability zones.",
    example: { bad: "bad-two-sentinels", good: "good-three-sentinels" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const sentinels = sentinelCountOf(deployment, group);
      if (!sentinels.known || sentinels.value >= 3 || sentinels.value < 1) continue;
      const [first, ...others] = monitorsByFile(group);
      if (!first) continue;
      const alone = sentinels.value === 1;
      yield {
        at: first.declaredAt,
        message: alone ? `Only 1 Sentinel monitors ${group.name}: when it or its machine fails nothing fails over, and while it runs its own view of the network alone decides a failover. Run at least 3 Sentinels on separate machines.` : `Only ${sentinels.value} Sentinels monitor ${group.name}: after losing one, the other cannot win the majority of ${sentinels.value} votes a failover needs, so the master is never replaced. Run at least 3 Sentinels on separate machines.`,
        // RULES.md §2.2: a warning, an error when there is a single Sentinel.
        ...alone ? { level: "error" } : {},
        related: others.map((other) => ({ at: other.declaredAt, message: `${other.sentinel.name} also monitors ${group.name}` }))
      };
    }
  }
});

// rules/sentinel-exposed-without-auth.ts
var sentinel_exposed_without_auth_default = defineRule({
  id: "sentinel-exposed-without-auth",
  level: "warning",
  category: "security",
  security: { severity: 7.5 },
  docs: {
    summary: "A Sentinel that listens beyond loopback with no password.",
    breaks: "Sentinel runs with protected mode off and listens on all interfaces unless `bind` says otherwise (sentinel.c initSentinelConfig, RULES.md \xA71.7, E22). Without `requirepass`, anyone who reaches its port can run SENTINEL SET, REMOVE, FAILOVER or MONITOR, and so send every client to a master of their choosing.",
    fix: "Set `requirepass` on every Sentinel (the same one, or `sentinel-user`/`sentinel-pass`), and give clients the Sentinel password (`sentinel_kwargs` in Celery).",
    example: { bad: "bad-bind-all-no-password", good: "good-requirepass-set" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (hasTemplatedSetting(sentinel.conf, ACCESS_DIRECTIVES)) continue;
      const listening = listeningOf(sentinel);
      const remote = listening ? networkAddresses(listening) : [];
      if (!listening || remote.length === 0 || protectedModeOf(sentinel).on !== false) continue;
      const user = defaultUserOf(sentinel, deployment);
      if (!user?.nopass || !user.enabled) continue;
      const port = sentinel.port.known ? String(sentinel.port.value) : "its port";
      const at = listening.bind ? remote[0].span : sentinel.setting("port")?.span ?? sentinel.monitors[0]?.declaredAt ?? sentinel.declaredAt;
      yield {
        at,
        message: `Anyone who reaches port ${port} can control this Sentinel without a password (SENTINEL SET, REMOVE, FAILOVER, MONITOR) and send clients to another master: it listens on ${describeBind(listening)}, Sentinel's protected mode is off, and no requirepass is set. Set requirepass on every Sentinel.`
      };
    }
  }
});

// rules/sentinel-hostname-not-announced.ts
var isYes = (text) => text?.toLowerCase() === "yes";
var sentinel_hostname_not_announced_default = defineRule({
  id: "sentinel-hostname-not-announced",
  level: "warning",
  category: "network",
  docs: {
    summary: "A `sentinel monitor` host name with `resolve-hostnames yes` but without `announce-hostnames yes`.",
    breaks: 'Sentinel resolves the name and, whenever it rewrites its file (at start when it adds its myid, after failovers and discoveries), writes the resolved IP address in its place: the name is gone and the address goes stale when the container gets a new one. If the name did not resolve yet, it writes an empty host (`sentinel monitor mymaster  6379 2`), and the next start fails with "Unrecognized sentinel configuration statement." (reproduced on 7.0.15).',
    fix: "Add `sentinel announce-hostnames yes` so the name is kept (clients then get the name from the Sentinels).",
    example: { bad: "bad-resolve-without-announce", good: "good-resolve-and-announce" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (!isYes(sentinel.global("resolve-hostnames")?.args[0]?.text)) continue;
      if (isYes(sentinel.global("announce-hostnames")?.args[0]?.text)) continue;
      for (const monitor of sentinel.monitors) {
        const host = monitor.host.text;
        if (isIpLiteral(host) || host.toLowerCase() === "localhost" || isTemplated(host)) continue;
        yield {
          at: monitor.host.span,
          message: `Sentinel will replace ${host} with its IP address the next time it rewrites this file (or with an empty host if the name does not resolve yet, and then the next start fails with "Unrecognized sentinel configuration statement."). Add sentinel announce-hostnames yes to keep the name.`
        };
      }
    }
  }
});

// rules/sentinel-hostname-without-resolve.ts
var sentinel_hostname_without_resolve_default = defineParseRule({
  id: "sentinel-hostname-without-resolve",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "A host name in `sentinel monitor` (or a known-replica/known-sentinel line) without `sentinel resolve-hostnames yes`.",
    breaks: 'Without resolve-hostnames Sentinel accepts IP addresses only: every name, `localhost` included, gives "Failed to resolve hostname" and then "Can\'t resolve instance hostname." at start-up, so every Sentinel with this file exits (RULES.md E16). Docker DNS does not help.',
    fix: "Add `sentinel resolve-hostnames yes` (and `sentinel announce-hostnames yes` so the name survives a config rewrite), or monitor the master by IP address.",
    example: { bad: "bad-hostname-no-resolve", good: "good-hostname-with-resolve" }
  }
});

// rules/sentinel-lenient-number.ts
var MILLISECONDS = /* @__PURE__ */ new Set(["down-after-milliseconds", "failover-timeout", "master-reboot-down-after-period"]);
var sentinel_lenient_number_default = defineRule({
  id: "sentinel-lenient-number",
  level: "warning",
  category: "syntax",
  docs: {
    summary: "A number in a `sentinel` line that is not written as plain digits (`5s`, `3m`, `abc`), or a monitored port that reads as 0.",
    breaks: "Sentinel reads these numbers with C atoi, which stops at the first character that is not a digit and gives 0 when there is none, without a word (RULES.md \xA71.5, E19): `down-after-milliseconds mymaster 5s` is 5 ms, and a port written as a word is port 0, so Sentinel never reaches the master.",
    fix: "Write the number in digits only, in the unit the option takes (milliseconds for the timeouts).",
    example: { bad: "bad-seconds-suffix", good: "good-plain-milliseconds" }
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      if (conf.kind !== "sentinel-conf") continue;
      const rendered = isRenderedTemplate(conf);
      for (const option of conf.sentinelOptions) {
        const arg = atoiArgument(option);
        if (!arg || isPlainInteger(arg.text) || isTemplated(arg.text) || refused(deployment, arg.span)) continue;
        const value = readAtoi(arg.text);
        const what = ATOI_ARGUMENTS[option.option].what;
        const unit = MILLISECONDS.has(option.option) ? " ms" : "";
        yield {
          at: arg.span,
          message: `Sentinel reads "${arg.text}" as ${value}: it takes only the leading digits (C atoi), so ${what}${option.master ? ` for ${option.master.text}` : ""} is ${value}${unit}, not what was written. Write it in digits only${unit ? ", in milliseconds" : ""}.`
        };
      }
      for (const monitor of conf.monitors) {
        if (rendered || !monitor.port.known || monitor.port.value !== 0 || refused(deployment, monitor.port.span)) continue;
        yield {
          at: monitor.port.span,
          message: `The port of ${monitor.name.text} reads as 0 (Sentinel reads it with C atoi, so a word or anything that does not start with digits is 0): Sentinel tries port 0 and never reaches the master. Write the port in digits.`
        };
      }
    }
  }
});
function refused(deployment, at) {
  return deployment.problems.some((p) => p.at.file === at.file && p.at.line === at.line);
}

// rules/sentinel-order-legacy.ts
var sentinel_order_legacy_default = defineRule({
  id: "sentinel-order-legacy",
  level: "note",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "A per-master `sentinel` line above the `sentinel monitor` line of its master, for a target older than Redis 6.2.",
    breaks: 'Before 6.2 Sentinel handled each `sentinel` line as it read it, so `auth-pass`, `down-after-milliseconds` and the other per-master options must come after their `monitor` line; otherwise it stops with "No such master with specified name." (sentinel.c before commit 1aad55b, which made the order free in 6.2). Only reported when the target version (`settings.redisVersion`, or the image tag) is older than 6.2.',
    fix: "Move the line below the `sentinel monitor` line of its master, or target Redis 6.2 or later.",
    example: { bad: "bad-auth-pass-before-monitor", good: "good-monitor-first" }
  },
  *check(deployment) {
    const { product, version } = deployment.target;
    const [major = 0, minor = 0] = version.split(".").map(Number);
    if (product !== "redis" || major > 6 || major === 6 && minor >= 2) return;
    for (const conf of deployment.confs) {
      for (const option of conf.sentinelOptions) {
        if (!option.master) continue;
        const monitor = conf.monitors.find((m) => m.name.text === option.master.text);
        if (!monitor || monitor.declaredAt.line < option.declaredAt.line) continue;
        yield {
          at: option.master.span,
          message: `redis-sentinel ${version} will not start: "No such master with specified name.": before 6.2 Sentinel reads its sentinel lines in order, and ${option.master.text} is only declared by the monitor line on line ${monitor.declaredAt.line}. Move this line below it.`,
          related: [{ at: monitor.declaredAt, message: `${option.master.text} is declared here` }]
        };
      }
    }
  }
});

// rules/sentinel-parse-error.ts
var sentinel_parse_error_default = defineParseRule({
  id: "sentinel-parse-error",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "A `sentinel` line that redis-sentinel refuses: argument count, quorum, port, time, unknown master, yes/no.",
    breaks: 'redis-sentinel reads its `sentinel` lines after the rest of the file and exits with "*** FATAL CONFIG FILE ERROR ***" on the first one it refuses: that Sentinel never starts, and the others may lack a quorum.',
    fix: "Correct the line as the message says. `sentinel monitor` takes a name, a host, a port and a quorum of 1 or more; per-master options must name a master that a `sentinel monitor` line declares.",
    example: { bad: "bad-quorum-zero", good: "good-complete-sentinel" }
  }
});

// rules/sentinel-protected-mode-blocks-peers.ts
var sentinel_protected_mode_blocks_peers_default = defineRule({
  id: "sentinel-protected-mode-blocks-peers",
  level: "error",
  category: "network",
  docs: {
    summary: "A sentinel.conf that turns `protected-mode yes` on without a password.",
    breaks: "Sentinel runs with protected mode off by default (sentinel.c initSentinelConfig) because it must be reachable. Turned on with no password, it answers every connection that does not come from 127.0.0.1 or ::1 with -DENIED (networking.c; `bind` plays no part): the other Sentinels cannot exchange hellos or votes with this one, and clients on other hosts cannot ask it for the master, so no failover can be agreed. Not reported when every monitored master is on a loopback address (all on one machine).",
    fix: "Remove `protected-mode yes`, or set `requirepass` on every Sentinel (clients then need the Sentinel password).",
    example: { bad: "bad-protected-no-password", good: "good-protected-with-password" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (hasTemplatedSetting(sentinel.conf, ACCESS_DIRECTIVES)) continue;
      const protectedMode = protectedModeOf(sentinel);
      const listening = listeningOf(sentinel);
      if (!protectedMode.on || !protectedMode.directive || !listening || networkAddresses(listening).length === 0) continue;
      if (!defaultUserOf(sentinel, deployment)?.nopass) continue;
      const announced = sentinel.global("announce-ip")?.args[0]?.text;
      const remote = sentinel.monitors.filter((m) => !isLoopbackAddress(m.host.text));
      if (remote.length === 0 || announced !== void 0 && isLoopbackAddress(announced)) continue;
      yield {
        at: protectedMode.directive.span,
        message: `With protected mode on and no password, this Sentinel answers every peer that is not on 127.0.0.1 or ::1 with -DENIED: the other Sentinels monitoring ${remote[0].name.text} cannot reach it, so no failover can be agreed, and remote clients cannot ask it for the master. Remove this line (Sentinel runs with protected mode off), or set requirepass on every Sentinel.`
      };
    }
  }
});

// rules/sentinel-requirepass-ignored.ts
var sentinel_requirepass_ignored_default = defineRule({
  id: "sentinel-requirepass-ignored",
  level: "error",
  category: "syntax",
  security: { severity: 8 },
  docs: {
    summary: "`requirepass` in a file whose `user default \u2026 nopass` line turns the password off again.",
    breaks: "A `user default` line resets the default user after the whole file is read, whichever line comes first, so `nopass` wins over `requirepass`: clients connect without a password and the server looks protected when it is not (RULES.md \xA71.3, E27). Sentinel writes `user default on nopass ~* &* +@all` into its own file when it rewrites it, so a `requirepass` added to such a file later does nothing.",
    fix: "Remove `nopass` from the `user default` line and give it the password (`>password` or `#<sha256>`), or remove that line and keep `requirepass`.",
    example: { bad: "bad-requirepass-after-rewrite", good: "good-requirepass-alone" }
  },
  *check(deployment) {
    for (const node of confNodes(deployment)) {
      const requirepass = node.requirepass && node.setting("requirepass");
      const user = requirepass && defaultUserOf(node, deployment);
      if (!requirepass || !user?.userLine || !user.nopass) continue;
      const rewriteNote = isSentinel(node) ? " (Sentinel writes such a line when it rewrites its file)" : "";
      yield {
        at: requirepass.span,
        message: `This password is not enforced: the user default line on line ${user.userLine.span.line}${rewriteNote} sets nopass, and it resets the default user after requirepass is read, so clients connect without any password. Remove nopass from that line and give it the password, or remove the line.`,
        related: [{ at: user.userLine.span, message: "the default user gets nopass here" }]
      };
    }
  }
});

// rules/sentinel-requirepass-inconsistent.ts
var sentinel_requirepass_inconsistent_default = defineRule({
  id: "sentinel-requirepass-inconsistent",
  level: "error",
  category: "security",
  docs: {
    summary: "Sentinels of one master cannot authenticate to each other: some have a `requirepass` the others do not send.",
    breaks: 'A Sentinel authenticates to the other Sentinels with `sentinel sentinel-pass` if it is set, else with its own `requirepass` (sentinel.c sentinelSendAuthIfNeeded). When the passwords differ, or one Sentinel has none, the others reject its commands with NOAUTH: it sees them as down (s_down, checked on 7.0.15) and cannot ask them for the votes a failover needs, so failovers it should lead stall, and fewer Sentinels than planned can reach a majority (Sentinel documentation, "Sentinel password-only authentication").',
    fix: "Give every Sentinel of the master the same `requirepass`, or set `sentinel sentinel-pass` to the password the other Sentinels require.",
    example: { bad: "bad-one-without-requirepass", good: "good-same-requirepass" }
  },
  *check(deployment) {
    const reported2 = /* @__PURE__ */ new Set();
    for (const group of deployment.masterGroups) {
      const monitors = monitorsByFile(group);
      const sentinels = monitors.map((m) => m.sentinel);
      const accepted = new Map(monitors.map((m) => [m.sentinel, acceptedBy(m.sentinel)]));
      const sent = new Map(monitors.map((m) => [m.sentinel, sentBy(m)]));
      const refused2 = (a, b) => {
        const wanted = accepted.get(b);
        const given = sent.get(a);
        if (!wanted.known || !given.known || wanted.secrets.length === 0) return false;
        return !given.secret || !wanted.secrets.some((w) => w.equals(given.secret));
      };
      const partners = (s) => sentinels.filter((o) => o !== s && (refused2(s, o) || refused2(o, s)));
      const broken = sentinels.filter((s) => partners(s).length > 0);
      const odd = broken.filter((s) => partners(s).length * 2 > sentinels.length - 1);
      for (const sentinel of odd.length > 0 ? odd : broken) {
        const cannotReach = sentinels.filter((o) => o !== sentinel && refused2(sentinel, o));
        const rejected = sentinels.filter((o) => o !== sentinel && refused2(o, sentinel));
        const own2 = cannotReach.length > 0 ? sent.get(sentinel) : accepted.get(sentinel);
        if (!own2.known) continue;
        const message = explain2(sentinel, cannotReach, rejected, sent.get(sentinel), group.name);
        const key = `${own2.at.file}:${own2.at.line}:${own2.at.column}:${message}`;
        if (reported2.has(key)) continue;
        reported2.add(key);
        yield {
          at: own2.at,
          message,
          related: [.../* @__PURE__ */ new Set([...cannotReach, ...rejected])].map((o) => related(o, cannotReach.includes(o), accepted.get(o), sent.get(o)))
        };
      }
    }
  }
});
function related(other, rejectsUs, accepted, sent) {
  if (rejectsUs && accepted.known) return { at: accepted.at, message: `${other.name} requires a password` };
  if (sent.known) return { at: sent.at, message: `${other.name} sends ${sent.secret ? "another password" : "no password"}` };
  return { at: other.declaredAt, message: other.name };
}
function explain2(sentinel, cannotReach, rejected, sent, master) {
  const parts = [];
  if (cannotReach.length > 0) {
    const them = nameList(cannotReach.map((s) => s.name));
    const reject = cannotReach.length === 1 ? "rejects" : "reject";
    parts.push(
      sent.known && sent.secret ? `${sentinel.name} sends a password that ${them} ${reject}` : `${sentinel.name} sends no password, so ${them} ${reject} it`
    );
  }
  if (rejected.length > 0) {
    parts.push(`${sentinel.name} requires a password that ${nameList(rejected.map((s) => s.name))} do${rejected.length === 1 ? "es" : ""} not send`);
  }
  return `Sentinels of ${master} authenticate to each other with their own requirepass (or sentinel-pass): ${parts.join("; ")}. A rejected Sentinel sees the other as down and cannot get its failover vote. Use the same requirepass on every Sentinel of ${master}.`;
}
function sentBy(monitor) {
  const { sentinel } = monitor;
  if (sentinel.global("sentinel-user")) return { known: false };
  const pass = sentinel.global("sentinel-pass")?.args[0];
  if (pass?.secret && !pass.secret.isEmpty) return { known: true, secret: pass.secret, at: pass.span };
  return { known: true, secret: sentinel.requirepass, at: sentinel.requirepass?.span ?? monitor.declaredAt };
}
function acceptedBy(sentinel) {
  const auth = defaultUserAuth(sentinel);
  const at = sentinel.requirepass?.span;
  if (auth.kind === "none") return { known: true, secrets: [], at: auth.at };
  if (auth.kind === "password") {
    const fromRequirepass = at && auth.secrets.length === 1 && auth.secrets[0] === sentinel.requirepass;
    return { known: true, secrets: auth.secrets, at: fromRequirepass ? at : auth.at };
  }
  const users = repeatedSetting(sentinel, "user")?.filter((u) => u.args[0]?.text === "default") ?? [];
  if (sentinel.conf.rewrittenByServer && sentinel.requirepass && at && users.length > 0 && users.every(isRewriteOfRequirepass)) {
    return { known: true, secrets: [sentinel.requirepass], at };
  }
  return { known: false };
}
var REWRITE_RULES = /* @__PURE__ */ new Set(["on", "~*", "&*", "+@all", "allkeys", "allchannels", "allcommands"]);
function isRewriteOfRequirepass(user) {
  const rules2 = user.args.slice(1);
  const hashes = rules2.filter((a) => aclRuleKind(a) === "hash");
  return hashes.length === 1 && rules2.every((a) => hashes.includes(a) || REWRITE_RULES.has(a.text.toLowerCase()));
}

// rules/sentinel-script-missing.ts
var SERVER_WORDS = {
  "notification-script": "Notification script seems non existing or non executable.",
  "client-reconfig-script": "Client reconfiguration script seems non existing or non executable."
};
var PLACEHOLDER_PATH = /(^|\/)path\/to(\/|$)|<[^>]*>|\.\.\.|…/i;
var sentinel_script_missing_default = defineRule({
  id: "sentinel-script-missing",
  level: "error",
  category: "syntax",
  refusesStart: true,
  docs: {
    summary: "A `notification-script` or `client-reconfig-script` whose path is a placeholder such as `/path/to/notify.sh`.",
    breaks: 'Sentinel checks that the script exists and is executable while it reads its file; when it does not, it stops at start with "Notification script seems non existing or non executable." (or the client-reconfig-script equivalent) (RULES.md E18). Only paths that are placeholders are reported: whether another path exists is decided where the file is deployed.',
    fix: "Point the option at the real script and make it executable (`chmod +x`), or remove the line.",
    example: { bad: "bad-path-to-placeholder", good: "good-real-script-path" }
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      if (isRenderedTemplate(conf)) continue;
      for (const option of conf.sentinelOptions) {
        const words = SERVER_WORDS[option.option];
        const path = option.args[0];
        if (!words || !path || !PLACEHOLDER_PATH.test(path.text)) continue;
        yield {
          at: path.span,
          message: `redis-sentinel will not start: "${words}": ${path.text} is a placeholder from an example, not a script on the server. Point it at the real script (executable), or remove the line.`
        };
      }
    }
  }
});

// src/model/queries/monitor-options.ts
var SENTINEL_TIMING_DEFAULTS = {
  "down-after-milliseconds": 3e4,
  "failover-timeout": 18e4,
  "parallel-syncs": 1
};
function monitorTiming(monitor, option) {
  const found = monitorOption(monitor, option);
  if (!found.known) return { known: false };
  const line = found.fact;
  if (!line) return { known: true, value: SENTINEL_TIMING_DEFAULTS[option], span: monitor.declaredAt };
  const value = plainNumberOf(line);
  const arg = line.args[0];
  if (value === void 0 || !arg) return { known: false };
  return { known: true, value, line, span: arg.span };
}

// rules/sentinel-settings-drift.ts
var timing = (option, why) => ({
  name: option,
  why,
  read(monitor) {
    const timing2 = monitorTiming(monitor, option);
    if (!timing2.known) return void 0;
    return { monitor, at: timing2.span, value: timing2.value, shown: timing2.line ? `${timing2.value}` : `${timing2.value} (the default)` };
  }
});
var SETTINGS2 = [
  {
    name: "quorum",
    why: "how many Sentinels must agree before the master is down then depends on which Sentinel asks.",
    read: (monitor) => monitor.quorum.known && monitor.quorum.value >= 1 ? { monitor, at: monitor.quorum.span, value: monitor.quorum.value, shown: `${monitor.quorum.value}` } : void 0
  },
  timing("down-after-milliseconds", "each Sentinel marks the master down after its own timeout, so when a failover starts depends on which Sentinels notice first."),
  timing("failover-timeout", "retries, aborts and the wait for replicas to follow the new master depend on which Sentinel leads the failover."),
  timing("parallel-syncs", "how many replicas resync at once after a failover depends on which Sentinel leads it."),
  {
    name: "auth-pass",
    why: "a Sentinel whose password does not match the master's sees a healthy master as down and finds no replicas (RULES.md E29).",
    read(monitor) {
      const found = monitorOption(monitor, "auth-pass");
      if (!found.known) return void 0;
      return { monitor, at: found.fact?.args[0]?.span ?? monitor.declaredAt, value: monitor.authPass, shown: "" };
    }
  }
];
var sentinel_settings_drift_default = defineRule({
  id: "sentinel-settings-drift",
  level: "warning",
  category: "topology",
  docs: {
    summary: "Sentinels of one master disagree on its quorum, down-after-milliseconds, failover-timeout, parallel-syncs or auth-pass.",
    breaks: "Each Sentinel applies its own copy of these settings, so the deployment behaves differently depending on which Sentinel notices a failure first or leads the failover: down-after decides when each marks the master down, the quorum how many must agree, failover-timeout and parallel-syncs how the leader runs the failover. A different auth-pass means some Sentinels cannot authenticate to the master and see it as down (RULES.md E29). A file without a line runs with the Sentinel default (down-after 30000, failover-timeout 180000, parallel-syncs 1).",
    fix: "Give every Sentinel of a master the same values; generate the files from one template.",
    example: { bad: "bad-down-after-differs", good: "good-same-settings" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const monitors = monitorsByFile(group);
      if (monitors.length < 2) continue;
      for (const setting of SETTINGS2) {
        const readings = monitors.flatMap((m) => setting.read(m) ?? []);
        const { outliers, majority } = oddOnesOut(readings, (a, b) => same(a.value, b.value));
        for (const reading of outliers) {
          const others = (majority.length > 0 ? majority : readings).filter((r) => !same(r.value, reading.value));
          yield {
            at: reading.at,
            message: `${describe2(setting.name, group.name, reading, others)}: ${setting.why} Use the same value in every sentinel.conf of ${group.name}.`,
            related: others.map((r) => ({ at: r.at, message: `${r.monitor.sentinel.name} ${own(setting.name, r)}` }))
          };
        }
      }
    }
  }
});
function same(a, b) {
  if (typeof a === "number" || typeof b === "number") return a === b;
  if (a === void 0 || b === void 0) return a === b;
  return a.equals(b);
}
function describe2(setting, master, reading, others) {
  const file = reading.monitor.sentinel.name;
  if (setting === "auth-pass") {
    const files = nameList(others.map((r) => r.monitor.sentinel.name));
    const verb2 = others.length === 1 ? "sets" : "set";
    if (reading.value === void 0) return `${file} sets no auth-pass for ${master}, while ${files} ${verb2} one`;
    if (others.every((r) => r.value === void 0)) return `${file} sets an auth-pass for ${master}, while ${files} ${verb2} none`;
    return `${file} sets a different auth-pass for ${master} from ${files}`;
  }
  const byValue = /* @__PURE__ */ new Map();
  for (const r of others) byValue.set(r.shown, [...byValue.get(r.shown) ?? [], r.monitor.sentinel.name]);
  const clauses = [...byValue].map(([shown, files]) => `${nameList(files)} use${files.length === 1 ? "s" : ""} ${shown}`);
  return `${file} uses ${setting} ${reading.shown} for ${master}, while ${clauses.join(", and ")}`;
}
function own(setting, reading) {
  if (setting === "auth-pass") return reading.value === void 0 ? "sets no auth-pass" : "sets an auth-pass";
  return `uses ${setting} ${reading.shown}`;
}

// rules/sentinel-shared-identity.ts
var sentinel_shared_identity_default = defineRule({
  id: "sentinel-shared-identity",
  level: "error",
  category: "topology",
  docs: {
    summary: "Several Sentinels of one master have the same `sentinel myid`.",
    breaks: "A Sentinel drops every hello message that carries its own id (sentinel.c sentinelReceiveHelloMessages), so Sentinels that share an id never discover each other: each reports num-other-sentinels 0, SENTINEL CKQUORUM answers NOQUORUM, and no failover can be authorised (RULES.md E31). It happens when a sentinel.conf that Sentinel already rewrote (it writes `sentinel myid` on first start) is copied to the other nodes.",
    fix: "Delete the `sentinel myid` line (and the `known-sentinel`, `known-replica` and epoch lines) from the copies: each Sentinel generates its own id at start.",
    example: { bad: "bad-copied-myid", good: "good-distinct-myids" }
  },
  *check(deployment) {
    const idOf = (sentinel) => {
      const arg = sentinel.global("myid")?.args[0];
      return arg && arg.text.length === 40 ? arg : void 0;
    };
    const peers = /* @__PURE__ */ new Map();
    for (const group of deployment.masterGroups) {
      for (const a of group.monitors) {
        for (const b of group.monitors) {
          if (a.sentinel === b.sentinel) continue;
          peers.set(a.sentinel, (peers.get(a.sentinel) ?? /* @__PURE__ */ new Set()).add(b.sentinel));
        }
      }
    }
    for (const sentinel of deployment.sentinels) {
      const id = idOf(sentinel);
      if (!id) continue;
      const twins = [...peers.get(sentinel) ?? []].filter((peer) => idOf(peer)?.text === id.text);
      if (twins.length === 0) continue;
      twins.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      yield {
        at: id.span,
        message: `${sentinel.name} has the same sentinel myid as ${nameList(twins.map((t) => t.name))}: a Sentinel ignores hellos that carry its own id, so these Sentinels never see each other and cannot reach a quorum or a majority together. Delete the myid line from the copies; each Sentinel generates its own at start.`,
        related: twins.map((twin) => ({ at: idOf(twin).span, message: `${twin.name} has the same myid` }))
      };
    }
  }
});

// rules/state-dir-names-other-node.ts
var GENERIC = /* @__PURE__ */ new Set(["redis", "sentinel", "valkey", "data", "conf", "config", "etc", "var", "lib", "tmp", "db", "node", "server"]);
var state_dir_names_other_node_default = defineRule({
  id: "state-dir-names-other-node",
  level: "note",
  category: "topology",
  docs: {
    summary: "A node's `dir` is another node's folder: named after that node, and used by it too.",
    breaks: "Per-node files are usually made by copying one and editing it; a `dir` left unedited points a node at its sibling's state folder. Where both run on one machine (or share a volume) they write the same files there: each overwrites the other's RDB dump or AOF (a restarted node may even load its sibling's data), or, for Sentinels, they write one log file. Sentinel keeps its own state in its config file, not in `dir`.",
    fix: "Give each node its own `dir`, named after that node.",
    example: { bad: "bad-copied-dir", good: "good-own-dirs" }
  },
  *check(deployment) {
    for (const nodes of [deployment.servers, deployment.sentinels]) {
      const identities = identitiesOf(nodes);
      for (const node of nodes) {
        const dir = absoluteDir(node);
        if (!dir) continue;
        if ((identities.get(node) ?? []).some((id) => names2(dir.path, id))) continue;
        for (const other of nodes) {
          if (other === node || absoluteDir(other)?.path !== dir.path) continue;
          const named = (identities.get(other) ?? []).find((id) => names2(dir.path, id));
          const shared = sharedFiles(node, other);
          if (!named || shared.length === 0) continue;
          yield {
            at: dir.arg.span,
            message: `${node.name} sets dir ${dir.arg.text}, the folder of ${other.name} (the path names ${named}, and ${other.name} uses it too): on one machine both would ${shared.join(", and ")}. Give ${node.name} its own dir.`,
            related: [{ at: absoluteDir(other).arg.span, message: `${other.name} uses the same dir` }]
          };
          break;
        }
      }
    }
  }
});
function absoluteDir(node) {
  const setting = settingInEffect(node, "dir");
  const arg = setting.known ? setting.directive?.args[0] : void 0;
  if (!arg || !arg.text.startsWith("/")) return void 0;
  return { arg, path: arg.text.length > 1 ? arg.text.replace(/\/+$/, "") : arg.text };
}
function identitiesOf(nodes) {
  const words = new Map(
    nodes.map((node) => {
      const parts = node.name.toLowerCase().split("/");
      const base = parts[parts.length - 1].replace(/\.conf$/, "");
      const folder = parts.length > 1 ? parts[parts.length - 2] : void 0;
      const port = node.port.known ? String(node.port.value) : void 0;
      return [node, [...new Set([base, folder, port].filter((w) => !!w && !GENERIC.has(w)))]];
    })
  );
  const uses = /* @__PURE__ */ new Map();
  for (const list of words.values()) for (const w of list) uses.set(w, (uses.get(w) ?? 0) + 1);
  return new Map([...words].map(([node, list]) => [node, list.filter((w) => uses.get(w) === 1)]));
}
function names2(path, word) {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z0-9])${escaped}([^a-z0-9]|$)`).test(path.toLowerCase());
}
function sharedFiles(a, b) {
  const value = (node, name, fallback) => {
    const setting = settingInEffect(node, name);
    return setting.known ? setting.directive?.args[0]?.text ?? fallback : void 0;
  };
  const shared = [];
  if (a.conf.kind === "redis-conf") {
    const rdb = value(a, "dbfilename", "dump.rdb");
    if (rdb !== void 0 && rdb === value(b, "dbfilename", "dump.rdb")) shared.push(`write the RDB file ${rdb} there, each over the other's`);
    const aof = value(a, "appenddirname", "appendonlydir");
    const bothAof = [a, b].every((n) => value(n, "appendonly", "no")?.toLowerCase() === "yes");
    if (bothAof && aof !== void 0 && aof === value(b, "appenddirname", "appendonlydir")) shared.push(`write the AOF folder ${aof} there, each over the other's`);
  } else {
    const files = [["logfile", "append to the log file", ""], ["pidfile", "write the pid file", ", each over the other's"]];
    for (const [name, what, how] of files) {
      const file = value(a, name, "");
      if (file && !file.startsWith("/") && file === value(b, name, "")) shared.push(`${what} ${file} there${how}`);
    }
  }
  return shared;
}

// rules/tls-incomplete.ts
var tls_incomplete_default = defineRule({
  id: "tls-incomplete",
  level: "error",
  category: "security",
  refusesStart: true,
  docs: {
    summary: "TLS is turned on (`tls-port`, `tls-replication` or `tls-cluster`) without a certificate, a key, or the CA that client authentication needs.",
    breaks: 'The server sets up TLS at start and exits with "Failed to configure TLS. Check logs for more info." after "No tls-cert-file configured!", "No tls-key-file configured!", or "Either tls-ca-cert-file or tls-ca-cert-dir must be specified when tls-cluster, tls-replication or tls-auth-clients are enabled!"; `tls-auth-clients` is yes by default, so a CA is needed unless it is set to no (tls.c, RULES.md \xA71.3, E33).',
    fix: "Add `tls-cert-file` and `tls-key-file`, and `tls-ca-cert-file` (or `tls-ca-cert-dir`); set `tls-auth-clients no` only if clients are not to present certificates.",
    example: { bad: "bad-tls-port-without-ca", good: "good-tls-complete" }
  },
  *check(deployment) {
    for (const node of confNodes(deployment)) {
      const enabledBy = tlsEnabledBy(node);
      if (!enabledBy) continue;
      const missing = firstMissing(node);
      if (!missing) continue;
      const server = isSentinel(node) ? "redis-sentinel" : "redis-server";
      yield {
        at: enabledBy.span,
        message: `${server} will not start: "${missing.words}" and "Failed to configure TLS. Check logs for more info.": ${enabledBy.written} turns TLS on, and ${missing.fix}`
      };
    }
  }
});
var isSet = (node, name) => (node.setting(name)?.args[0]?.text ?? "") !== "";
var isYes2 = (node, name) => node.setting(name)?.args[0]?.text.toLowerCase() === "yes";
function tlsEnabledBy(node) {
  const port = node.setting("tls-port");
  if (port && Number(port.args[0]?.text) > 0) return port;
  if (isYes2(node, "tls-replication")) return node.setting("tls-replication");
  return isYes2(node, "tls-cluster") ? node.setting("tls-cluster") : void 0;
}
function firstMissing(node) {
  if (!isSet(node, "tls-cert-file")) {
    return { words: "No tls-cert-file configured!", fix: "there is no tls-cert-file. Add tls-cert-file and tls-key-file." };
  }
  if (!isSet(node, "tls-key-file")) return { words: "No tls-key-file configured!", fix: "there is no tls-key-file. Add it." };
  const authClients = (node.setting("tls-auth-clients")?.args[0]?.text ?? "yes").toLowerCase() !== "no";
  const needsCa = authClients || isYes2(node, "tls-replication") || isYes2(node, "tls-cluster");
  if (!needsCa || isSet(node, "tls-ca-cert-file") || isSet(node, "tls-ca-cert-dir")) return void 0;
  return {
    words: "Either tls-ca-cert-file or tls-ca-cert-dir must be specified when tls-cluster, tls-replication or tls-auth-clients are enabled!",
    fix: authClients ? "there is no CA while tls-auth-clients is on (the default). Add tls-ca-cert-file or tls-ca-cert-dir, or set tls-auth-clients no." : "there is no CA. Add tls-ca-cert-file or tls-ca-cert-dir."
  };
}

// rules/tls-replication-missing.ts
var tls_replication_missing_default = defineRule({
  id: "tls-replication-missing",
  level: "error",
  category: "security",
  docs: {
    summary: "A Sentinel or a replica talks without TLS to a data node that listens only on its `tls-port`, because it lacks `tls-replication yes`.",
    breaks: 'Sentinel and replicas use TLS for their outgoing connections only with `tls-replication yes` (sentinel.c, replication.c; TLS documentation). Without it a Sentinel sees a TLS-only node as "s_down,disconnected" and never promotes it, and a replica cannot reach a TLS-only master. A replica that listens only on TLS (`port 0`) and lacks `tls-replication yes` also tells its master it listens on port 0, so nobody can reach it (checked on redis 7.0.15). Clients are a separate matter.',
    fix: "Set `tls-replication yes` (with the certificate, key and CA settings) on every Sentinel and data node of a TLS-only group, or keep a plaintext `port` for them.",
    example: { bad: "bad-sentinel-without-tls-replication", good: "good-tls-replication-everywhere" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      yield* checkMaster(group);
      yield* checkTlsOnlyReplicas(group);
    }
  }
});
function tlsListener(node) {
  const setting = settingInEffect(node, "tls-port");
  if (!setting.known || !setting.directive) return void 0;
  const port = Number(setting.directive.args[0]?.text);
  return Number.isInteger(port) && port > 0 ? { port, at: setting.directive.span } : void 0;
}
var speaksTls = (node) => yesNoInEffect(node, "tls-replication", false)?.value;
function* checkMaster(group) {
  const master = group.master;
  const monitored = group.monitors[0].port;
  const tls = master && tlsListener(master);
  if (!master || !tls || !monitored.known || tls.port !== monitored.value) return;
  const related2 = [{ at: tls.at, message: `${master.name} listens for TLS on port ${tls.port}` }];
  for (const monitor of group.monitors) {
    if (speaksTls(monitor.sentinel) !== false) continue;
    yield {
      at: monitor.port.span,
      message: `${monitor.sentinel.name} monitors ${group.name} on ${master.name}'s TLS port ${tls.port} without tls-replication yes: it connects without TLS, sees the master as down and cannot fail it over. Set tls-replication yes.`,
      related: related2
    };
  }
  for (const replica of group.replicas) {
    if (speaksTls(replica) !== false) continue;
    yield {
      at: replica.replicaof.declaredAt,
      message: `${replica.name} replicates from ${master.name}'s TLS port ${tls.port} without tls-replication yes: it connects without TLS and replication never starts. Set tls-replication yes.`,
      related: related2
    };
  }
}
function* checkTlsOnlyReplicas(group) {
  const reachable = [];
  for (const replica of group.replicas) {
    const tls = tlsListener(replica);
    const port = settingInEffect(replica, "port");
    const announce = settingInEffect(replica, "replica-announce-port");
    const ownTls = speaksTls(replica);
    if (!tls || !port.known || !port.directive || Number(port.directive.args[0]?.text) !== 0) continue;
    if (ownTls === void 0 || !announce.known) continue;
    if (ownTls || announce.directive) {
      reachable.push({ replica, tls, portAt: port.directive.span });
      continue;
    }
    yield {
      at: port.directive.span,
      message: `${replica.name} is a replica of ${group.name} that listens only on TLS port ${tls.port}, but without tls-replication yes it tells its master it listens on port 0: Sentinel cannot reach it and never promotes it. Set tls-replication yes (or replica-announce-port ${tls.port} if its master does not speak TLS).`,
      related: [{ at: tls.at, message: `${replica.name} listens for TLS on port ${tls.port}` }]
    };
  }
  if (reachable.length === 0) return;
  const names3 = reachable.map((r) => r.replica.name).join(", ");
  for (const monitor of group.monitors) {
    if (speaksTls(monitor.sentinel) !== false) continue;
    yield {
      at: monitor.declaredAt,
      message: `${monitor.sentinel.name} monitors ${group.name} without tls-replication yes, but ${names3} ${reachable.length === 1 ? "listens" : "listen"} only on TLS: Sentinel connects without TLS, sees ${reachable.length === 1 ? "that replica as down and never promotes it" : "those replicas as down and never promotes them"}. Set tls-replication yes.`,
      related: reachable.map(({ replica, portAt }) => ({ at: portAt, message: `${replica.name} has no plaintext port (port 0)` }))
    };
  }
}

// rules/unused-suppression.ts
var unused_suppression_default = defineParseRule({
  id: "unused-suppression",
  level: "warning",
  category: "syntax",
  docs: {
    summary: "A `# sentinel-lint-disable-\u2026` comment that suppresses nothing, or names an unknown rule.",
    breaks: "Nothing at run time; but a stale suppression hides the next real finding on that line, and a misspelt rule id suppresses nothing at all.",
    fix: "Remove the comment, or correct the rule id.",
    example: { bad: "bad-stale-suppression", good: "good-used-suppression" }
  }
});

// rules/index.ts
var rules = [
  bind_optional_address_default,
  conf_acl_conflict_default,
  conf_bom_default,
  conf_directive_unsupported_default,
  conf_duplicate_directive_default,
  conf_ignored_directive_default,
  conf_include_missing_default,
  conf_inline_comment_default,
  conf_memory_unit_ambiguous_default,
  conf_parse_error_default,
  conf_save_accumulates_default,
  conf_unexpanded_variable_default,
  down_after_too_low_default,
  failover_timeout_short_default,
  master_missing_masterauth_default,
  master_name_mismatch_default,
  masterauth_mismatch_default,
  min_replicas_disabled_default,
  min_replicas_unsatisfiable_default,
  no_auth_exposed_default,
  no_promotable_replica_default,
  parse_error_default,
  path_outside_root_default,
  placeholder_password_default,
  promotion_asymmetry_default,
  protected_mode_false_safety_default,
  quorum_above_majority_default,
  quorum_below_majority_default,
  quorum_exceeds_sentinels_default,
  rename_command_breaks_sentinel_default,
  replica_writable_default,
  requirepass_ignored_by_aclfile_default,
  secret_in_repo_default,
  sentinel_auth_pass_mismatch_default,
  sentinel_auth_user_acl_default,
  sentinel_count_even_default,
  sentinel_count_too_low_default,
  sentinel_exposed_without_auth_default,
  sentinel_hostname_not_announced_default,
  sentinel_hostname_without_resolve_default,
  sentinel_lenient_number_default,
  sentinel_order_legacy_default,
  sentinel_parse_error_default,
  sentinel_protected_mode_blocks_peers_default,
  sentinel_requirepass_ignored_default,
  sentinel_requirepass_inconsistent_default,
  sentinel_script_missing_default,
  sentinel_settings_drift_default,
  sentinel_shared_identity_default,
  state_dir_names_other_node_default,
  tls_incomplete_default,
  tls_replication_missing_default,
  unused_suppression_default
];

export {
  rules
};
