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
import {
  lookupKey
} from "./chunk-2D4LDTHM.js";
import {
  OLD_SETTING_KEYS,
  SETTING_KEYS,
  matchCase,
  newKeyToOld,
  oldKeyToNew
} from "./chunk-R4VZ6G52.js";
import {
  knownText
} from "./chunk-ZTRYD5FN.js";
import {
  hasTemplatePlaceholder
} from "./chunk-EMZFNUDT.js";

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

// src/model/compose-topology.ts
import { posix } from "node:path";

// src/model/effective-directives.ts
function effectiveDirectives(conf, byRootPath, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(conf)) return [];
  seen.add(conf);
  const out = [];
  let include = 0;
  for (const directive of conf.directives) {
    out.push(directive);
    if (directive.name !== "include" || !directive.valid) continue;
    const fact = conf.includes[include++];
    const included = fact?.resolved ? byRootPath.get(fact.resolved) : void 0;
    if (included) out.push(...effectiveDirectives(included, byRootPath, seen));
  }
  seen.delete(conf);
  return out;
}

// src/model/processes.ts
var lastOf = (directives) => (name) => {
  for (let i = directives.length - 1; i >= 0; i--) if (directives[i].name === name && directives[i].valid) return directives[i];
  return void 0;
};
var allOf = (directives) => (name) => directives.filter((d) => d.name === name && d.valid);
function numberArg(arg) {
  const value = Number(arg.text);
  return Number.isInteger(value) ? known(value, arg.span) : unknown("not a number", arg.span);
}
function passwordOf(directive) {
  const secret = directive?.args[0]?.secret;
  return secret && !secret.isEmpty ? secret : void 0;
}
function configuredProcess(conf, directives, who, defaultPort) {
  const setting = lastOf(directives);
  const port = setting("port");
  return {
    name: who.name,
    scope: who.scope,
    conf,
    declaredAt: who.declaredAt,
    setting,
    settings: allOf(directives),
    directives,
    port: port ? numberArg(port.args[0]) : known(defaultPort, who.declaredAt),
    requirepass: passwordOf(setting("requirepass")),
    instances: who.instances,
    ...who.extra
  };
}
function makeServer(conf, directives, who) {
  const base = configuredProcess(conf, directives, who, 6379);
  const replicaof = base.setting("replicaof");
  const isReplica = replicaof && replicaof.args.length === 2 && !(replicaof.args[0].text.toLowerCase() === "no" && replicaof.args[1].text.toLowerCase() === "one");
  return {
    ...base,
    masterauth: passwordOf(base.setting("masterauth")),
    replicaof: isReplica ? { host: replicaof.args[0], port: numberArg(replicaof.args[1]), declaredAt: replicaof.span } : void 0
  };
}
function makeSentinel(conf, directives, who) {
  const globals = conf.sentinelOptions.filter((o) => !o.master);
  const sentinel = {
    ...configuredProcess(conf, directives, who, 26379),
    global: (option) => globals.findLast((o) => o.option === option),
    monitors: []
  };
  sentinel.monitors = conf.monitors.map((fact) => {
    const options = conf.sentinelOptions.filter((o) => o.master?.text === fact.name.text);
    const option = (name) => options.findLast((o) => o.option === name);
    return { ...fact, sentinel, option, authPass: option("auth-pass")?.args[0]?.secret };
  });
  return sentinel;
}

// src/model/compose-topology.ts
function composeNodes(inputs, byRootPath) {
  const out = { projects: [], servers: [], sentinels: [] };
  for (const input of inputs) {
    const folder = posix.dirname(input.rootPath);
    const scope = { id: `compose:${input.rootPath}`, kind: "compose", folder: folder === "." ? "" : folder };
    const project = { file: input.facts.file, rootPath: input.rootPath, facts: input.facts, scope, services: [], unknownProcesses: [] };
    scope.project = project;
    const serviceNodes = /* @__PURE__ */ new Map();
    for (const facts of input.facts.services) {
      const service = { project, facts, names: namesOf(facts), instances: facts.replicas ?? known(1, facts.span), nodes: [] };
      serviceNodes.set(facts, service);
      project.services.push(service);
      if (facts.runsUnknown) project.unknownProcesses.push({ service: facts, why: facts.runsUnknown });
    }
    const perService = /* @__PURE__ */ new Map();
    for (const conf of input.processes) {
      const service = serviceNodes.get(conf.service);
      const number = (perService.get(conf.service) ?? 0) + 1;
      perService.set(conf.service, number);
      const mountedConf = conf.mounted ? byRootPath.get(conf.mounted.rootPath) : void 0;
      const kind = conf.process.mode === "sentinel" ? "sentinel-conf" : "redis-conf";
      const why = conf.unknown ?? (conf.mounted && !mountedConf ? `${conf.mounted.rootPath} is not read as a conf file` : void 0) ?? (mountedConf && mountedConf.kind !== kind ? `${conf.mounted.rootPath} is not a ${conf.process.mode === "sentinel" ? "Sentinel" : "server"} config` : void 0);
      if (why) {
        project.unknownProcesses.push({ service: conf.service, mode: conf.process.mode, why });
        continue;
      }
      const conff = mergedConf(kind, input.facts.file, mountedConf, conf.lines);
      const directives = [...mountedConf ? effectiveDirectives(mountedConf, byRootPath) : [], ...conf.lines?.directives ?? []];
      const suffix = number > 1 ? `#${number}` : "";
      const who = {
        name: `service ${conf.service.name}${suffix}`,
        scope,
        declaredAt: conf.service.span,
        instances: service.instances,
        extra: { service, process: conf.process, mounted: conf.mounted && mountedConf ? { ...conf.mounted, conf: mountedConf } : void 0 }
      };
      if (kind === "sentinel-conf") {
        const sentinel = makeSentinel(conff, directives, who);
        service.nodes.push(sentinel);
        out.sentinels.push(sentinel);
      } else {
        const server = makeServer(conff, directives, who);
        service.nodes.push(server);
        out.servers.push(server);
      }
    }
    out.projects.push(project);
  }
  return out;
}
function namesOf(service) {
  const names3 = [service.name];
  if (service.containerName?.known) names3.push(service.containerName.value);
  for (const network of service.networks) for (const alias of network.aliases) if (alias.known) names3.push(alias.value);
  return [...new Set(names3.map((n) => n.toLowerCase()))];
}
function mergedConf(kind, composeFile, mounted, lines) {
  if (mounted && !lines) return mounted;
  if (lines && !mounted) return lines;
  const parts = [mounted, lines].filter((c) => c !== void 0);
  return {
    file: mounted?.file ?? composeFile,
    kind,
    directives: parts.flatMap((c) => c.directives),
    includes: parts.flatMap((c) => c.includes),
    monitors: parts.flatMap((c) => c.monitors),
    sentinelOptions: parts.flatMap((c) => c.sentinelOptions),
    rewrittenByServer: mounted?.rewrittenByServer ?? false,
    secrets: parts.flatMap((c) => c.secrets),
    secretLineTails: parts.flatMap((c) => c.secretLineTails)
  };
}
function resolveHost(project, from, host) {
  const name = host.toLowerCase().replace(/\.$/, "");
  const mode = from?.facts.networkMode;
  if (mode && !mode.known) return { kind: "unknown" };
  const shared = mode?.known ? /^(?:service|container):(.+)$/.exec(mode.value)?.[1]?.toLowerCase() : void 0;
  if (isLoopback(name)) {
    if (!from) return { kind: "unknown" };
    if (mode?.known && mode.value === "host") return { kind: "unknown" };
    const joins = (s) => {
      const theirs = s.facts.networkMode;
      return theirs?.known === true && from.names.some((n) => theirs.value === `service:${n}` || theirs.value === `container:${n}`);
    };
    const services = [from, ...project.services.filter((s) => s !== from && (shared && s.names.includes(shared) || joins(s)))];
    return { kind: "services", services };
  }
  if (mode?.known && (mode.value === "host" || mode.value === "bridge" || mode.value === "none")) return { kind: "unknown" };
  const byName = project.services.filter((s) => s.names.includes(name));
  if (byName.length) return { kind: "services", services: byName };
  const byAddress = project.services.filter((s) => s.facts.networks.some((n) => [n.ipv4Address, n.ipv6Address].some((a) => a?.known && a.value === host)));
  if (byAddress.length) return { kind: "services", services: byAddress };
  const someNameUnknown = project.services.some(
    (s) => s.facts.containerName?.known === false || s.facts.networks.some((n) => n.aliases.some((a) => !a.known)) || s.facts.extraNames
  );
  if (name.includes(".") || name.includes(":") || someNameUnknown || project.facts.networks.some((n) => n.external)) return { kind: "unknown" };
  return { kind: "none" };
}
function dataNodeAt(project, from, host, port) {
  const resolved = resolveHost(project, from, host);
  if (resolved.kind !== "services") return void 0;
  if (resolved.services.some((s) => project.unknownProcesses.some((u) => u.service === s.facts && u.mode !== "sentinel"))) return void 0;
  const servers = resolved.services.flatMap((s) => s.nodes).filter((n) => n.conf.kind === "redis-conf");
  const listening = servers.filter((s) => s.port.known && s.port.value === port || Number(s.setting("tls-port")?.args[0]?.text) === port);
  return listening.length === 1 ? listening[0] : void 0;
}

// src/model/queries/client-targets.ts
function clientTargets(deployment, url) {
  const view = url.role === "backend" ? url.parsed.asCeleryBackendSees : url.parsed.asKombuSees;
  const project = deployment.compose.length === 1 ? deployment.compose[0] : void 0;
  return view.endpoints.map((endpoint) => {
    const range = endpoint.host.known && endpoint.port.known ? [Math.min(endpoint.host.range[0], endpoint.port.range[0]), Math.max(endpoint.host.range[1], endpoint.port.range[1])] : endpoint.host.range;
    const at = url.index.span(range[0], Math.max(range[0] + 1, range[1]));
    return { url, endpoint, at, reach: project ? reachOf(project, endpoint) : { kind: "unknown" } };
  });
}
function reachAt(deployment, host, port) {
  const project = deployment.compose.length === 1 ? deployment.compose[0] : void 0;
  return project ? reachOfAddress(project, host, port) : { kind: "unknown" };
}
function reachOf(project, endpoint) {
  if (!endpoint.host.known || !endpoint.port.known || endpoint.host.value === null || endpoint.socket) return { kind: "unknown" };
  return reachOfAddress(project, endpoint.host.value, endpoint.port.value);
}
function reachOfAddress(project, host, port) {
  if (isLoopback(host)) return publishedAt(project, port);
  const resolved = resolveHost(project, void 0, host);
  if (resolved.kind === "none") return { kind: "no-such-host", project };
  if (resolved.kind !== "services") return { kind: "unknown" };
  if (resolved.services.some((s) => project.unknownProcesses.some((u) => u.service === s.facts))) return { kind: "unknown" };
  const listening = resolved.services.flatMap((s) => s.nodes).filter((n) => n.port.known && n.port.value === port);
  if (listening.length === 1) return { kind: "node", node: listening[0], via: "network", project };
  if (listening.length > 1 || resolved.services.length !== 1) return { kind: "unknown" };
  const service = resolved.services[0];
  if (service.nodes.length === 0 || service.nodes.some((n) => !n.port.known)) return { kind: "unknown" };
  const published = service.facts.ports.find((p) => p.mapping.known && p.mapping.value.published && p.mapping.value.published.start <= port && port <= p.mapping.value.published.end);
  return { kind: "no-listener", service, project, publishedAs: published ? port : void 0 };
}
function publishedAt(project, port) {
  const matches = [];
  for (const service of project.services) {
    for (const entry of service.facts.ports) {
      if (!entry.mapping.known) return { kind: "unknown" };
      const { published, target, hostIp } = entry.mapping.value;
      if (!published || port < published.start || port > published.end) continue;
      if (hostIp && !isLoopback(hostIp) && hostIp !== "0.0.0.0" && hostIp !== "::") continue;
      const containerPort = target.start + (port - published.start);
      const node = service.nodes.find((n) => n.port.known && n.port.value === containerPort);
      if (!node) return { kind: "unknown" };
      matches.push({ node, at: entry.span });
    }
  }
  return matches.length === 1 ? { kind: "node", node: matches[0].node, via: "published", project, at: matches[0].at } : { kind: "unknown" };
}
function groupsMonitoredAs(deployment, sentinel, name) {
  return deployment.masterGroups.filter((g) => g.name === name && g.monitors.some((m) => m.sentinel === sentinel));
}

// src/model/queries/redis-client-targets.ts
var REDIS_SCHEMES = /* @__PURE__ */ new Set(["redis", "rediss", "sentinel"]);
var GARBLING = /* @__PURE__ */ new Set(["missing-scheme", "comma-separator", "trailing-separator", "empty-chunk", "space-in-url"]);
function redisClientTargets(deployment) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const url of deployment.clients.urls) {
    for (const target of redisTargetsOf(deployment, url)) {
      const key = `${url.role}\0${spanKey(target.at)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(target);
    }
  }
  return out;
}
function redisTargetsOf(deployment, url) {
  const scheme = schemeOf(url);
  if (scheme === void 0 || !REDIS_SCHEMES.has(scheme)) return [];
  const garbled = new Set(url.parsed.problems.filter((p) => GARBLING.has(p.kind) && p.chunk !== void 0).map((p) => p.chunk));
  return clientTargets(deployment, url).filter((target) => !garbled.has(target.endpoint.chunk)).map((target) => insideContainer(deployment, url) ? { ...target, reach: fromContainer(target) } : target);
}
var spanKey = (at) => `${at.file}\0${at.line}\0${at.column}\0${at.endLine}\0${at.endColumn}`;
function schemeOf(url) {
  const view = url.role === "backend" ? url.parsed.asCeleryBackendSees : url.parsed.asKombuSees;
  return view.name.known ? view.name.value.toLowerCase() : void 0;
}
function insideContainer(deployment, url) {
  return url.origin === "compose" && deployment.compose.length === 1;
}
function fromContainer(target) {
  const reach = target.reach;
  if (reach.kind === "node" && reach.via === "published") return { kind: "unknown" };
  const service = target.url.service?.toLowerCase();
  const project = reach.kind === "unknown" ? void 0 : reach.project;
  const client = project?.services.find((s) => s.names.includes(service ?? ""));
  if (!client || client.facts.networkMode) return { kind: "unknown" };
  return reach;
}

// src/model/queries/broker-nodes.ts
function brokerNodes(deployment) {
  const out = /* @__PURE__ */ new Map();
  const add = (node, link) => {
    const links = out.get(node) ?? [];
    if (!links.some((l) => l.url.role === link.url.role && spanKey(l.at) === spanKey(link.at))) links.push(link);
    out.set(node, links);
  };
  const urls = [...deployment.clients.urls].sort((a, b) => Number(!a.celery) - Number(!b.celery));
  for (const url of urls) {
    if (url.role !== "broker" && url.role !== "backend") continue;
    const scheme = schemeOf(url);
    for (const target of redisTargetsOf(deployment, url)) {
      const { reach } = target;
      if (reach.kind !== "node") continue;
      if (scheme !== "sentinel") {
        if (reach.node.conf.kind === "redis-conf") add(reach.node, { url, at: target.at });
        continue;
      }
      if (reach.node.conf.kind !== "sentinel-conf") continue;
      const sentinel = reach.node;
      const name = masterNameOf(url);
      if (name === void 0) continue;
      for (const group of groupsMonitoredAs(deployment, sentinel, name)) {
        if (group.master) add(group.master, { url, at: target.at, through: { sentinel, group, role: "master" } });
        for (const replica of group.replicas) {
          if (replica !== group.master) add(replica, { url, at: target.at, through: { sentinel, group, role: "replica" } });
        }
      }
    }
  }
  return out;
}
function masterNameOf(url) {
  const key = url.role === "backend" ? "result_backend_transport_options" : "broker_transport_options";
  const options = url.celery?.settings.get(key)?.resolved.value;
  if (options?.kind !== "dict") return void 0;
  const entry = lookupKey(options, "master_name");
  return entry ? knownText(entry.value) : void 0;
}
function heldFor(links) {
  const broker = links.some((l) => l.url.role === "broker");
  const backend = links.some((l) => l.url.role === "backend");
  return broker && backend ? "the Celery broker and result backend" : broker ? "the Celery broker" : "the Celery result backend";
}
function howReached(link) {
  if (!link.through) return `(${link.at.file}:${link.at.line})`;
  const { sentinel, group, role } = link.through;
  return role === "master" ? `(${link.at.file}:${link.at.line}, through ${sentinel.name}: it is the master of ${group.name})` : `(${link.at.file}:${link.at.line}, through ${sentinel.name}: a replica of ${group.name} that Sentinel may promote)`;
}
function linkLocations(links) {
  return links.map((link) => ({
    at: link.at,
    message: link.through ? `the Celery ${link.url.role === "backend" ? "result backend" : "broker"} asks ${link.through.sentinel.name} for ${link.through.group.name} here` : `the Celery ${link.url.role === "backend" ? "result backend" : "broker"} connects to it here`
  }));
}

// src/model/queries/access-unknown.ts
var sameSpan = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
function isUnknownArg(node, arg) {
  return node.process?.unknownValues.some((u) => sameSpan(u.at, arg.span)) ?? false;
}
function accessUnknown(node) {
  if (hasTemplatedSetting(node.conf, ACCESS_DIRECTIVES)) return true;
  if (node.process && node.process.unknownLines.length > 0) return true;
  if (node.conf.includes.some((include) => !include.resolved)) return true;
  return node.directives.some(
    (d) => d.name !== "requirepass" && ACCESS_DIRECTIVES.includes(d.name) && d.args.some((a) => isUnknownArg(node, a))
  );
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

// src/model/queries/broker-settings.ts
var DURABILITY_DIRECTIVES = ["appendonly", "save", "maxmemory", "maxmemory-policy"];
function durabilityKnown(node, names3 = DURABILITY_DIRECTIVES) {
  if (hasTemplatedSetting(node.conf, names3)) return false;
  if (node.process && (node.process.configUnknown || node.process.unknownLines.length > 0)) return false;
  return !node.directives.some((d) => names3.includes(d.name) && (!d.valid || d.args.some((a) => isUnknownArg(node, a))));
}
function brokerSetting(node, name) {
  if (!durabilityKnown(node, [name])) return { known: false };
  return settingInEffect(node, name);
}
function defaultSettingAt(node) {
  return node.process && node.process.startedBy !== "image" ? node.process.span : node.declaredAt;
}
function flagHere(node, line) {
  if (!node.process) return false;
  return line === void 0 ? !node.mounted : line.file === node.process.span.file;
}

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

// rules/broker-eviction-policy.ts
var broker_eviction_policy_default = defineRule({
  id: "broker-eviction-policy",
  level: "error",
  category: "persistence",
  docs: {
    summary: "A Redis that holds a Celery broker or result backend evicts keys (`maxmemory-policy` other than `noeviction`).",
    breaks: "When memory reaches `maxmemory`, an `allkeys-*` policy deletes any key: the queue lists, kombu's `_kombu.binding.*` sets and the unacked hash go, so queued tasks vanish and workers fail with `InconsistencyError` (RULES.md E24: under `allkeys-lru` the `celery` queue key itself was evicted). A `volatile-*` policy deletes keys that have an expiry, such as the results `result_expires` gives a TTL. The Celery docs allow `allkeys-lru`; sentinel-lint is stricter. With Sentinel, every node of the group counts: a replica with another policy becomes the broker after a failover.",
    fix: "Set `maxmemory-policy noeviction` on every node the broker can reach, so a full Redis refuses writes (`OOM command not allowed`) instead of dropping tasks.",
    example: { bad: "bad-allkeys-lru", good: "good-noeviction" }
  },
  *check(deployment) {
    for (const [node, links] of brokerNodes(deployment)) {
      const policy = brokerSetting(node, "maxmemory-policy");
      if (!policy.known || !policy.directive) continue;
      const value = policy.directive.args[0];
      const name = value?.text.toLowerCase();
      if (!value || !name || name === "noeviction") continue;
      const allKeys = name.startsWith("allkeys-");
      const limit = brokerSetting(node, "maxmemory");
      const bytes = limit.known ? limit.directive ? readMemoryValue(limit.directive.args[0]?.text ?? "")?.bytes : 0 : void 0;
      const when = bytes === 0 ? "once a `maxmemory` limit is set (none is today)" : bytes === void 0 ? "when memory reaches `maxmemory`" : `when memory reaches maxmemory ${limit.known && limit.directive ? limit.directive.args[0].text : ""}`;
      const broker = links.some((l) => l.url.role === "broker");
      const loses = allKeys ? broker ? "deletes any key, queue lists and `_kombu.binding.*` sets included, and the tasks in them are lost" : "deletes any key, stored task results included, and clients waiting for them never get them" : "deletes keys that have an expiry, such as stored task results";
      yield {
        at: value.span,
        level: allKeys ? "error" : "warning",
        message: `${node.name} holds ${heldFor(links)} ${howReached(links[0])} with maxmemory-policy ${name}: ${when}, Redis ${loses}. Use maxmemory-policy noeviction.`,
        related: linkLocations(links)
      };
    }
  }
});

// src/model/queries/persistence.ts
var DEFAULT_SAVE = "3600 1 300 100 60 10000";
function persistenceOf(node) {
  const rdb = saveInEffect(node);
  const aof = settingInEffect(node, "appendonly");
  if (!rdb || !aof.known) return void 0;
  return { rdb, aof: { on: aof.directive?.args[0]?.text.toLowerCase() === "yes", at: aof.directive } };
}
var persists = (p) => p.rdb.on || p.aof.on;
function describePersistence(p) {
  const parts = [];
  if (p.rdb.on) parts.push(p.rdb.at ? "RDB snapshots" : `RDB snapshots (the default save ${DEFAULT_SAVE})`);
  if (p.aof.on) parts.push("an append-only file");
  return parts.join(" and ");
}
function saveInEffect(node) {
  const unread = node.conf.includes.filter((i) => !i.resolved).map((i) => i.path.span);
  const lastUnread = Math.max(-1, ...node.directives.map((d, i) => d.name === "include" && unread.some((s) => sameStart(s, d.args[0]?.span)) ? i : -1));
  if (node.conf.includes.some((i) => !i.resolved) && lastUnread === -1) return void 0;
  const saves = node.directives.filter((d, i) => d.valid && d.name === "save" && i > lastUnread);
  if (saves.length === 0) return lastUnread === -1 ? { on: true } : void 0;
  const last = saves[saves.length - 1];
  const clear = saves.findLast((s) => rulesIn(s) === 0);
  const after = clear ? saves.slice(saves.indexOf(clear) + 1) : saves;
  return after.length ? { on: true, at: after[after.length - 1] } : { on: false, at: last };
}
var rulesIn = (save) => save.args.flatMap((a) => a.text.split(/\s+/)).filter((w) => w !== "").length;
var sameStart = (a, b) => b !== void 0 && a.file === b.file && a.line === b.line && a.column === b.column;

// rules/broker-no-aof.ts
var broker_no_aof_default = defineRule({
  id: "broker-no-aof",
  level: "warning",
  category: "persistence",
  docs: {
    summary: "A Redis that holds a Celery broker or result backend writes RDB snapshots but no append-only file (`appendonly no`, the default).",
    breaks: "RDB snapshots are taken on a schedule (compiled-in default `save 3600 1 300 100 60 10000`, RULES.md \xA71.7; the official image uses it). When Redis crashes or its container is killed, every task published since the last snapshot is lost: up to an hour of a quiet queue. With Sentinel, a replica that is promoted is the broker from then on, so each node of the group counts.",
    fix: "Turn on the append-only file on every node the broker can reach: `appendonly yes` in redis.conf, or `--appendonly yes` in the compose command (`appendfsync everysec`, the default, loses at most about a second).",
    example: { bad: "bad-default-rdb-only", good: "good-appendonly-yes" }
  },
  *check(deployment) {
    for (const [node, links] of brokerNodes(deployment)) {
      if (!durabilityKnown(node, ["appendonly", "save"])) continue;
      const persistence = persistenceOf(node);
      if (!persistence || persistence.aof.on || !persistence.rdb.on) continue;
      const schedule = persistence.rdb.at ? "its save schedule" : `the default save schedule ${DEFAULT_SAVE}`;
      const off = persistence.aof.at;
      yield {
        at: off?.args[0]?.span ?? defaultSettingAt(node),
        message: `${node.name} holds ${heldFor(links)} ${howReached(links[0])} with ${off ? "appendonly no" : "no append-only file (appendonly is off by default)"}: it only writes RDB snapshots on ${schedule}, so a crash loses every ${links.some((l) => l.url.role === "broker") ? "task" : "result"} written since the last snapshot. Set ${flagHere(node, off?.span) ? "--appendonly yes" : "appendonly yes"}.`,
        related: linkLocations(links)
      };
    }
  }
});

// rules/broker-no-persistence.ts
var broker_no_persistence_default = defineRule({
  id: "broker-no-persistence",
  level: "error",
  category: "persistence",
  docs: {
    summary: 'A Redis that holds a Celery broker or result backend writes nothing to disk: `save ""` and `appendonly no`.',
    breaks: 'With RDB snapshots cleared (`save ""`) and no append-only file (appendonly is off by default, RULES.md \xA71.7), Redis keeps its data only in memory. Any restart, a crash, a `docker compose restart` or an upgrade, starts it empty: every queued task, every unacked message and every stored result is gone. With Sentinel, a replica that is promoted is the broker from then on, so each node of the group counts.',
    fix: "Turn on the append-only file (`appendonly yes`, or `--appendonly yes` in compose) on every node the broker can reach, and keep its `dir` on a volume.",
    example: { bad: "bad-save-empty", good: "good-aof-without-rdb" }
  },
  *check(deployment) {
    for (const [node, links] of brokerNodes(deployment)) {
      if (!durabilityKnown(node, ["appendonly", "save"])) continue;
      const persistence = persistenceOf(node);
      if (!persistence || persists(persistence)) continue;
      const lost2 = links.some((l) => l.url.role === "broker") ? "every queued task" : "every stored result";
      yield {
        at: persistence.rdb.at?.span ?? defaultSettingAt(node),
        message: `${node.name} holds ${heldFor(links)} ${howReached(links[0])} but writes nothing to disk (save "" and ${persistence.aof.at ? "appendonly no" : "appendonly off by default"}): a restart loses ${lost2}. Set ${flagHere(node, persistence.aof.at?.span) ? "--appendonly yes" : "appendonly yes"}.`,
        related: [
          ...persistence.aof.at ? [{ at: persistence.aof.at.span, message: "the append-only file is turned off here" }] : [],
          ...linkLocations(links)
        ]
      };
    }
  }
});

// src/model/queries/closest-name.ts
function closestName(wanted, names3) {
  const target = wanted.toLowerCase();
  let best;
  let bestDistance = Infinity;
  let tie = false;
  for (const name of new Set(names3)) {
    const distance = editDistance(target, name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance, tie] = [name, distance, false];
    else if (distance === bestDistance && name !== best) tie = true;
  }
  if (best === void 0 || tie || bestDistance === 0) return void 0;
  return bestDistance <= 2 && bestDistance * 3 < Math.max(target.length, best.length) ? best : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/model/queries/name-list.ts
function nameList(names3) {
  if (names3.length <= 1) return names3[0] ?? "";
  return `${names3.slice(0, -1).join(", ")} and ${names3[names3.length - 1]}`;
}

// src/model/queries/env-written-at.ts
function envWrittenAt(url, at, text) {
  if (text === "") return void 0;
  const uses = url.env.filter((use) => use.entry && sameStart2(use.readAt, at));
  if (uses.length !== 1) return void 0;
  const entry = uses[0].entry;
  const value = entry.value;
  const first = value.text.indexOf(text);
  if (first === -1 || value.text.indexOf(text, first + 1) !== -1) return void 0;
  const span = entry.rawSpan;
  if (span.line !== span.endLine) return void 0;
  const start = value.from[first];
  const end = value.to[first + text.length - 1];
  if (start === void 0 || end === void 0 || end - start !== text.length) return void 0;
  const column = span.column + (start - entry.raw[0]);
  return { file: span.file, line: span.line, column, endLine: span.line, endColumn: column + text.length };
}
var sameStart2 = (read, at) => read.file === at.file && read.line === at.line;

// rules/client-host-unknown.ts
var client_host_unknown_default = defineRule({
  id: "client-host-unknown",
  level: "error",
  category: "network",
  docs: {
    summary: "A client's Redis or Sentinel host is no service, container_name or network alias of the compose project that runs Redis.",
    breaks: 'Inside a compose network, Docker\'s DNS answers only service names, `container_name`s and network aliases (Docker docs, "Networking in Compose"). A host such as `sentinel1` next to a service `sentinel-1` does not resolve: redis-py cannot reach any Sentinel and the worker fails with `MasterNotFoundError` (RULES.md E38), or a plain `redis://` client with a connection error.',
    fix: "Use the service name (or its `container_name` or an alias) as the host, as the compose file spells it.",
    example: { bad: "bad-sentinel-typo", good: "good-service-names" }
  },
  *check(deployment) {
    for (const target of redisClientTargets(deployment)) {
      const { reach, endpoint, url } = target;
      if (reach.kind !== "no-such-host" || !endpoint.host.known || endpoint.host.value === null) continue;
      const project = reach.project;
      if (!runsRedis(project)) continue;
      const host = endpoint.host.value;
      const wanted = schemeOf(url) === "sentinel" ? "sentinel" : "server";
      const candidates2 = project.services.filter((s) => s.nodes.some((n) => n.conf.kind === "sentinel-conf" === (wanted === "sentinel")));
      const suggestion = closestName(host, (candidates2.length ? candidates2 : project.services).flatMap((s) => s.names));
      const services = project.services.filter((s) => s.nodes.length > 0).map((s) => s.facts.name);
      const written = envWrittenAt(url, target.at, host);
      const moved = written !== void 0 && !sameLine(written, target.at);
      const at = moved ? written : target.at;
      yield {
        at,
        message: `${describeUrl(url)} dials ${host}, which is no service, container_name or alias in ${project.file}: inside the compose network the name does not resolve, so the client cannot connect. ` + (suggestion ? `Did you mean ${suggestion}?` : services.length ? `Its Redis services are ${nameList(services)}.` : "Use a service name."),
        related: [
          ...moved ? [{ at: target.at, message: `${target.at.file} reads it from the environment here` }] : [],
          ...url.env.flatMap(
            (use) => use.entry && !moved && !sameLine(use.entry.rawSpan, at) ? [{ at: use.entry.rawSpan, message: `${use.name} in ${use.envFile ?? ".env"} sets it` }] : []
          )
        ]
      };
    }
  }
});
var sameLine = (a, b) => a.file === b.file && a.line === b.line;
function runsRedis(project) {
  return project.services.some((s) => s.nodes.length > 0) || project.unknownProcesses.length > 0;
}
function describeUrl(url) {
  const role = url.role === "broker" ? "Celery broker URL" : url.role === "backend" ? "Celery result backend URL" : "Redis URL";
  return `The ${role} (${url.writtenAs})`;
}

// src/model/queries/loopback-unpublished.ts
function unpublishedListeners(project, port) {
  for (const service of project.services) {
    if (service.facts.networkMode) return [];
    for (const entry of service.facts.ports) {
      if (!entry.mapping.known) return [];
      const { published } = entry.mapping.value;
      if (published && published.start <= port && port <= published.end) return [];
    }
  }
  return project.services.flatMap((s) => s.nodes).filter((n) => n.port.known && n.port.value === port);
}

// rules/client-port-mismatch.ts
var client_port_mismatch_default = defineRule({
  id: "client-port-mismatch",
  level: "error",
  category: "network",
  docs: {
    summary: "A client inside the compose network dials a service on the port it publishes on the host, or a client on the host dials a port no service publishes.",
    breaks: 'Compose `ports: "HOST:CONTAINER"` opens HOST on the Docker host only; containers talk to each other on CONTAINER (Docker docs, "Networking in Compose"). `sentinel-2:26380` from a worker in the network is refused when the Sentinel listens on 26379 there, and `localhost:6379` from the host is refused when no service publishes 6379. The client then fails to connect (`MasterNotFoundError` for a Sentinel list).',
    fix: "Inside the network use the container port (`sentinel-2:26379`); from the host use a published port, or publish the one you dial.",
    example: { bad: "bad-published-port-in-network", good: "good-container-ports" }
  },
  *check(deployment) {
    const project = deployment.compose.length === 1 ? deployment.compose[0] : void 0;
    for (const target of redisClientTargets(deployment)) {
      const finding = inNetwork(target) ?? (project ? fromHost(target, project) : void 0);
      if (finding) yield finding;
    }
  }
});
function inNetwork(target) {
  const { reach, endpoint, url } = target;
  if (reach.kind !== "no-listener" || !endpoint.host.known || !endpoint.port.known) return void 0;
  const port = endpoint.port.value;
  const service = reach.service;
  const listens = listeningPorts(service);
  const host = endpoint.host.value ?? "";
  const at = envWrittenAt(url, target.at, `${host}:${port}`) ?? target.at;
  if (reach.publishedAs !== void 0) {
    const containerPort = containerPortFor(service, port);
    return {
      at,
      message: `${describeUrl2(url)} dials ${host}:${port}, but ${port} is the port service ${service.facts.name} publishes on the Docker host; inside the compose network its container listens on ${containerPort ?? nameList(listens.map(String))}, so the connection is refused. Use ${host}:${containerPort ?? listens[0]}.`,
      related: service.facts.ports.filter((p) => covers(p, port)).map((p) => ({ at: p.span, message: `service ${service.facts.name} publishes ${port} here` }))
    };
  }
  return {
    at,
    message: `${describeUrl2(url)} dials ${host}:${port}, but service ${service.facts.name} listens on ${nameList(listens.map(String))}, not ${port}: the connection is refused. Use ${host}:${listens[0]}.`
  };
}
function fromHost(target, project) {
  const { endpoint, url, reach } = target;
  if (url.origin === "compose" || reach.kind === "node" || !endpoint.host.known || !endpoint.port.known) return void 0;
  if (endpoint.host.value === null || !isLoopback(endpoint.host.value) || endpoint.socket) return void 0;
  const port = endpoint.port.value;
  const nodes = unpublishedListeners(project, port);
  if (nodes.length === 0) return void 0;
  const names3 = [...new Set(nodes.map((n) => n.service?.facts.name).filter((n) => n !== void 0))];
  if (names3.length === 0) return void 0;
  const at = envWrittenAt(url, target.at, `${endpoint.host.value}:${port}`) ?? target.at;
  return {
    at,
    message: `${describeUrl2(url)} dials ${endpoint.host.value}:${port} from the Docker host, but no service of ${project.file} publishes ${port}: ${nameList(names3.map((n) => `service ${n}`))} listen${names3.length === 1 ? "s" : ""} on it inside the compose network only, so the connection is refused. Publish the port (ports: "${port}:${port}") or run the client in the network.`
  };
}
function listeningPorts(service) {
  return [...new Set(service.nodes.flatMap((n) => n.port.known ? [n.port.value] : []))].sort((a, b) => a - b);
}
function covers(entry, port) {
  const published = entry.mapping.known ? entry.mapping.value.published : void 0;
  return published !== void 0 && published.start <= port && port <= published.end;
}
function containerPortFor(service, port) {
  const entry = service.facts.ports.find((p) => covers(p, port));
  if (!entry?.mapping.known) return void 0;
  const { published, target } = entry.mapping.value;
  return target.start + (port - published.start);
}
function describeUrl2(url) {
  const role = url.role === "broker" ? "Celery broker URL" : url.role === "backend" ? "Celery result backend URL" : "Redis URL";
  return `The ${role} (${url.writtenAs})`;
}

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

// src/model/queries/compose-secrets.ts
function commandSecrets(deployment) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const project of deployment.compose) {
    for (const service of project.services) {
      for (const node of service.nodes) {
        if (node.process?.startedBy === "image") continue;
        const flagSpans = new Set((node.process?.flags ?? []).flatMap((line) => line.ok ? line.tokens.map((t) => spanKey2(t.span)) : []));
        for (const { secret, what } of passwordArgs(node.conf)) {
          if (secret.span.file !== project.file || seen.has(spanKey2(secret.span))) continue;
          seen.add(spanKey2(secret.span));
          const viaShell = node.process?.startedBy === "script" || !flagSpans.has(spanKey2(secret.span));
          const dollars = project.facts.dollars?.filter((d) => within(d.span, secret.span));
          out.push({ secret, what, node, service, project, viaShell, ...dollars ? { dollars } : {} });
        }
      }
    }
  }
  return out;
}
var NOT_A_PASSWORD = /^(ALLOW|ENABLE|DISABLE|USE|REQUIRE|SKIP)_|_(FILE|PATH|DIR)$/i;
var SWITCHES = ["yes", "no", "true", "false", "on", "off", "0", "1"];
function environmentSecrets(deployment) {
  return deployment.compose.flatMap(
    (project) => project.services.flatMap(
      (service) => service.facts.environment.filter((v) => (v.secret || v.dollars) && !NOT_A_PASSWORD.test(v.name) && !SWITCHES.some((s) => v.secret?.sameAs(s))).map((variable) => ({ variable, service, project }))
    )
  );
}
function hasLiteralBesideDollars(value, dollars) {
  const inside = dollars.filter((d) => within(d.span, value)).sort((a, b) => a.span.column - b.span.column);
  if (!inside.length || value.line !== value.endLine || inside.some((d) => d.span.line !== value.line || d.span.endLine !== value.line)) return false;
  let before = inside[0].span.column - value.column;
  let after = value.endColumn - inside[inside.length - 1].span.endColumn;
  if (before === 1 && after === 1) before = after = 0;
  let between = 0;
  for (let k = 1; k < inside.length; k++) between += Math.max(0, inside[k].span.column - inside[k - 1].span.endColumn);
  return before + after + between > 0;
}
function within(inner, outer) {
  if (inner.file !== outer.file) return false;
  const startsAfter = inner.line > outer.line || inner.line === outer.line && inner.column >= outer.column;
  const endsBefore = inner.endLine < outer.endLine || inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn;
  return startsAfter && endsBefore;
}
var spanKey2 = (s) => `${s.file}:${s.line}:${s.column}:${s.endLine}:${s.endColumn}`;

// rules/compose-dollar-in-secret.ts
var compose_dollar_in_secret_default = defineRule({
  id: "compose-dollar-in-secret",
  level: "warning",
  category: "security",
  security: { severity: 4 },
  docs: {
    summary: "A password written in a compose file contains `$` followed by a name (`pa$word`), which compose interpolates: the password the container gets is not the one written.",
    breaks: 'Compose replaces `$NAME` in every value with the variable from the shell or `.env` (an empty string when it is unset, with only a warning), before redis-server or the image reads it. The server starts with a different password than the one clients and other nodes were given, so they fail with `WRONGPASS` or `NOAUTH`; with an empty result, `requirepass ""` means no password at all. Only `$` inside literal text is reported: a value that is all variables (`$REDIS_PASSWORD`, `${PW}`) is interpolation on purpose, and `$$` is compose\'s escape for a literal `$`. Covered: `--flags` and script-written lines in `command:` / `entrypoint:`, and `environment:` values whose name contains PASSWORD, PASS, SECRET or TOKEN.',
    fix: "Write `$$` for each literal `$` in the password, or better, keep the password out of the compose file (a secret file, or `.env` that is not committed).",
    example: { bad: "bad-dollar-in-environment-password", good: "good-escaped-dollar" }
  },
  *check(deployment) {
    for (const { secret, what, service, dollars } of commandSecrets(deployment)) {
      const at = interpolatedInLiteral(secret.span, dollars);
      if (at) yield { at, message: explain(`${what} of service ${service.facts.name}`) };
    }
    for (const { variable, service } of environmentSecrets(deployment)) {
      const at = interpolatedInLiteral(variable.value.span, variable.dollars);
      if (at) yield { at, message: explain(`the value of ${variable.name} in the environment of service ${service.facts.name}`) };
    }
  }
});
function interpolatedInLiteral(value, dollars) {
  if (!dollars || !hasLiteralBesideDollars(value, dollars)) return void 0;
  return dollars.find((d) => d.form === "bare")?.span;
}
function explain(what) {
  return `Compose interpolates the $ in ${what}: it replaces $ and the name after it with a variable's value (empty when unset), so the server gets a different password than the one written. Write $$ for a literal $.`;
}

// rules/compose-v1-layout.ts
var compose_v1_layout_default = defineRule({
  id: "compose-v1-layout",
  level: "note",
  category: "compose",
  docs: {
    summary: "A compose file has no `services:` key: its services sit at the top level (the Compose v1 layout).",
    breaks: 'Docker Compose v2 only reads the Compose Specification layout: its schema allows no other top-level keys, so the file is refused ("additional properties \u2026 not allowed", compose-go schema) and nothing starts. Only the retired Python `docker-compose` 1.x ran it (RULES.md \xA72.8, cver); the `links:` such files use are legacy too.',
    fix: "Move the services under a top-level `services:` key (indent them one level), and replace `links:` with the service names, which every container on the project network resolves.",
    example: { bad: "bad-services-at-top-level", good: "good-services-key" }
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const { facts } = project;
      const first = facts.services[0];
      if (!facts.v1Layout || !first) continue;
      const names3 = facts.services.map((s) => s.name);
      const listed = names3.length > 3 ? `${names3.slice(0, 3).join(", ")} and ${names3.length - 3} more` : names3.join(", ");
      yield {
        at: first.span,
        message: `${project.file} has no services: key, so its services (${listed}) sit at the top level as in Compose v1: Docker Compose v2 refuses the file ("additional properties \u2026 not allowed"). Move them under services:.`
      };
    }
  }
});

// rules/compose-version-obsolete.ts
var COMPOSE_WARNING = "the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion";
var compose_version_obsolete_default = defineRule({
  id: "compose-version-obsolete",
  level: "note",
  category: "compose",
  docs: {
    summary: "A compose file has a top-level `version:`.",
    breaks: `Docker Compose v2 follows the Compose Specification, which has no file versions: the key is ignored, so \`version: "3.8"\` neither enables nor restricts anything. Since Compose 2.25 every command warns about it ("${COMPOSE_WARNING}", compose-go loader.go; RULES.md \xA72.7, cver), which hides real warnings in CI logs.`,
    fix: "Delete the `version:` line. Nothing else changes: Compose v2 reads the file the same way without it.",
    example: { bad: "bad-version-3-8", good: "good-no-version" }
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const { version } = project.facts;
      if (!version) continue;
      const written = version.known && version.value !== "" ? ` "${version.value}"` : "";
      yield {
        at: version.span,
        message: `${project.file} sets version${written}, which Docker Compose v2 ignores; every \`docker compose\` command warns "${COMPOSE_WARNING}". Delete the line.`
      };
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

// src/model/queries/mounted-conf.ts
function mountSpan(mounted) {
  return mounted.via.kind === "volume" ? mounted.via.volume.span : mounted.via.config.span;
}
function rewriteBlockedBy(mounted) {
  if (mounted.via.kind === "config") return "it is mounted with `configs:`, which is read-only";
  if (mounted.readOnly) return "it is mounted read-only";
  if (mounted.singleFile) return 'it is a single-file bind mount, and renaming over a mount point fails with "Device or resource busy"';
  return void 0;
}
function readsMountedFileItself(node) {
  const file = node.process?.confFile;
  const content = file?.content;
  return content?.kind === "mounted" || content?.kind === "copied" && content.from === file?.containerPath;
}
function sharedRewritableConfs(nodes) {
  const byFile = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const project = node.service?.project;
    if (!project || !node.mounted || rewriteBlockedBy(node.mounted) || !readsMountedFileItself(node)) continue;
    const key = `${project.rootPath}\0${node.mounted.rootPath}`;
    byFile.set(key, [...byFile.get(key) ?? [], node]);
  }
  for (const [key, sharing] of byFile) if (!runsSeveral(sharing)) byFile.delete(key);
  return byFile;
}
function runsSeveral(nodes) {
  if (nodes.length >= 2) return true;
  const instances2 = nodes[0]?.instances;
  return instances2?.known === true && instances2.value > 1;
}

// rules/conf-file-shared-by-nodes.ts
var conf_file_shared_by_nodes_default = defineRule({
  id: "conf-file-shared-by-nodes",
  level: "warning",
  category: "persistence",
  docs: {
    summary: "One writable repository conf file is mounted into several data nodes: several services, or one service that runs several containers.",
    breaks: "CONFIG REWRITE, which Sentinel sends with every role change, rewrites the file the node was started from, and here that is the file of all of them: after a failover it holds the last writer's `replicaof` (or none), so a restarted node may come back as a replica of itself or of the wrong master, or as a second master (reproduced on 7.0.15).",
    fix: "Give each data node its own conf file in its own mounted folder (a shared `include` can hold the common lines).",
    example: { bad: "bad-replicas-share-folder", good: "good-folder-per-node" }
  },
  *check(deployment) {
    for (const sharing of sharedRewritableConfs(deployment.servers).values()) {
      for (const node of sharing) {
        const others = sharing.filter((other) => other !== node);
        const mounted = node.mounted;
        yield {
          at: mountSpan(mounted),
          message: `${node.name} ${others.length ? `shares ${mounted.rootPath} with ${nameList(others.map(nameOf))}` : `runs ${instances(node)} containers from ${mounted.rootPath}`}: CONFIG REWRITE on any of them (Sentinel sends one with every role change) rewrites the file for all, so a restarted node may come back with another node's role. Give each node its own conf file in its own folder.`,
          related: others.map((other) => ({ at: mountSpan(other.mounted), message: `${other.name} mounts the same file` }))
        };
      }
    }
  }
});
var nameOf = (node) => node.name;
var instances = (node) => node.instances.known ? node.instances.value : "several";

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
          const message2 = value && explain2(directive.name, arg.text, value);
          if (message2) yield { at: arg.span, message: message2 };
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
function explain2(name, text, value) {
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

// rules/data-dir-not-on-volume.ts
import { posix as posix3 } from "node:path";

// src/model/queries/volume-covering.ts
import { posix as posix2 } from "node:path";
function volumeCovering(service, containerPath) {
  const path = posix2.normalize(containerPath);
  let best;
  for (const volume of service.volumes) {
    if (!volume.target.known) return { kind: "unknown" };
    const target = posix2.normalize(volume.target.value).replace(/(.)\/$/, "$1");
    const covers2 = path === target || path.startsWith(target === "/" ? "/" : `${target}/`);
    if (covers2 && (!best || target.length > best.depth)) best = { depth: target.length, volume };
  }
  return best ? { kind: "volume", volume: best.volume } : { kind: "none" };
}
function isDurable(volume) {
  if (volume.type === "bind") return true;
  if (volume.type === "volume") return volume.source !== void 0;
  if (volume.type === "tmpfs") return false;
  return void 0;
}

// rules/data-dir-not-on-volume.ts
var IMAGE_VOLUME = "/data";
var data_dir_not_on_volume_default = defineRule({
  id: "data-dir-not-on-volume",
  level: "warning",
  category: "persistence",
  docs: {
    summary: "A compose data node writes RDB snapshots or an append-only file into a `dir` that no named volume or bind mount holds.",
    breaks: "The official redis image declares `VOLUME /data` and runs redis-server in `/data` (its WORKDIR), so without a mount the dump and the append-only file land in an anonymous volume. `docker compose up` carries it over when it recreates the container, but `docker compose down` followed by `up` creates a new, empty one: the node starts without its data, and a replica that Sentinel promoted comes back empty. A `dir` outside `/data` with no mount is lost with the container itself; a tmpfs at every stop.",
    fix: 'Mount a named volume (`redis_data:/data`) or a folder at the node\'s `dir`, or turn persistence off on purpose (`save ""`, `appendonly no`).',
    example: { bad: "bad-replica-without-volume", good: "good-named-volume" }
  },
  *check(deployment) {
    for (const node of deployment.servers) {
      const finding = check2(node);
      if (finding) yield finding;
    }
  }
});
function check2(node) {
  const service = node.service;
  const image = service?.facts.image;
  const process = node.process;
  if (!service || !process || !image || image.family !== "official" || image.product !== process.product) return void 0;
  const dir = dataDir(node);
  if (!dir) return void 0;
  const persistence = persistenceOf(node);
  if (!persistence || !persists(persistence)) return void 0;
  const covering = volumeCovering(service.facts, dir.path);
  if (covering.kind === "unknown") return void 0;
  const what = `${node.name} writes ${describePersistence(persistence)} to ${dir.path}`;
  let why;
  if (covering.kind === "volume") {
    const durable = isDurable(covering.volume);
    if (durable !== false) return void 0;
    why = covering.volume.type === "tmpfs" ? `its volume there is a tmpfs, which is emptied whenever the container stops` : `its volume there is anonymous: \`docker compose up\` carries it over when it recreates the container, but \`docker compose down\` followed by \`up\` starts the node with a new, empty one`;
  } else if (dir.path === IMAGE_VOLUME || dir.path.startsWith(`${IMAGE_VOLUME}/`)) {
    why = `no named volume or bind mount holds ${IMAGE_VOLUME}, so the image's VOLUME ${IMAGE_VOLUME} puts the data in an anonymous volume: \`docker compose up\` carries it over when it recreates the container, but \`docker compose down\` followed by \`up\` starts the node with a new, empty one`;
  } else {
    why = `no volume holds ${dir.path}, so the data lives in the container's own filesystem and is lost whenever the container is recreated`;
  }
  return {
    // The fix belongs in the service (a volume), so the finding stands at its key; the lines are related.
    at: node.declaredAt,
    message: `${what}, but ${why}. Mount a named volume or a folder at ${dir.path}.`,
    related: [persistence.rdb.on ? persistence.rdb.at : void 0, persistence.aof.on ? persistence.aof.at : void 0].filter((d) => d !== void 0).map((d) => ({ at: d.span, message: `${d.name} turns persistence on here` })).concat(dir.at ? [{ at: dir.at, message: `dir sets the data folder to ${dir.path}` }] : [])
  };
}
function dataDir(node) {
  const setting = settingInEffect(node, "dir");
  if (!setting.known) return void 0;
  const text = setting.directive?.args[0]?.text;
  const at = setting.directive?.span;
  if (text !== void 0 && text.startsWith("/")) return { path: posix3.normalize(text), at };
  if (text !== void 0 && (text === "" || text.startsWith("~") || text.includes("$"))) return void 0;
  if (node.process?.startedBy === "script") return void 0;
  const workingDir = node.service?.facts.workingDir;
  if (workingDir && !workingDir.known) return void 0;
  const cwd = workingDir?.known ? workingDir.value : IMAGE_VOLUME;
  if (!cwd.startsWith("/")) return void 0;
  return { path: posix3.normalize(posix3.join(cwd, text ?? ".")).replace(/(.)\/$/, "$1"), at };
}

// rules/django-namespace-mismatch.ts
var CELERY_PREFIX = "CELERY_";
var django_namespace_mismatch_default = defineRule({
  id: "django-namespace-mismatch",
  level: "warning",
  category: "client",
  docs: {
    summary: "A Celery setting is written without the prefix while the app reads its settings with `namespace='CELERY'`, or with the `CELERY_` prefix while no namespace is used.",
    breaks: "With `app.config_from_object('django.conf:settings', namespace='CELERY')` Celery looks up `CELERY_<NAME>` in the module and then falls back to its own default: `BROKER_TRANSPORT_OPTIONS` (or `broker_transport_options`) in that module is never read, so for instance the Sentinel `master_name` or the `visibility_timeout` it holds are silently not applied (Celery docs, \"First steps with Django\"; RULES.md \xA71.8). Without a namespace it is the other way round: `CELERY_BROKER_URL` or `CELERY_TASK_ACKS_LATE` are not setting names (the old names are `BROKER_URL`, `CELERY_ACKS_LATE`), so they are ignored too. No warning is printed in either case. The rule only fires when the namespace is known from the app (`Celery(...)` / `config_from_object` in the repository) and the name is a Celery setting.",
    fix: "Keep one convention: with `namespace='CELERY'`, prefix every Celery setting (`CELERY_BROKER_TRANSPORT_OPTIONS`); without it, drop the prefix or add `namespace='CELERY'` to `config_from_object`.",
    example: { bad: "bad-django-unprefixed-transport-options", good: "good-django-prefixed" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (config.kind !== "app") continue;
      if (config.namespace) yield* unprefixed(config);
      else if (noNamespace(deployment, config)) yield* prefixedWithout(deployment, config);
    }
  }
});
function* unprefixed(config) {
  const namespace = config.namespace;
  const prefix = namespace.replace(/_+$/, "") + "_";
  const namespaced = new Set(config.written.filter((w) => w.style === "namespaced").map((w) => w.key));
  for (const w of config.written) {
    if (!w.ignored || w.style === "namespaced" || !SETTING_KEYS.has(w.key) || namespaced.has(w.key)) continue;
    const wanted = matchCase(prefix + w.key, prefix);
    yield {
      at: w.at,
      message: `${w.writtenAs} is ignored: ${config.file} reads its settings with namespace='${namespace}', so only ${prefix}-prefixed names count and ${w.key} keeps Celery's default. Rename it to ${wanted}.`,
      related: config.configModule ? [{ at: config.configModule.at, message: `the app reads ${config.configModule.file} with namespace='${namespace}' here` }] : []
    };
  }
}
function noNamespace(deployment, config) {
  const app = config.app;
  if (!app || app.spread.length > 0) return false;
  const given = (value) => value !== void 0 && value.kind !== "none";
  if (given(app.kwargs.find((k) => k.name === "namespace")?.value)) return false;
  const facts = deployment.clients.python.find((p) => p.file === config.file);
  if (!facts) return false;
  return !facts.configFromObject.some((c) => given(c.namespace) || c.kwargs.some((k) => k.name === "namespace"));
}
function* prefixedWithout(deployment, config) {
  const names3 = [];
  for (const w of config.written) if (w.source !== "config-module") names3.push({ name: w.writtenAs, at: w.at, file: w.file });
  const module = config.configModule;
  if (module) {
    const facts = deployment.clients.python.find((p) => p.file === module.file);
    const colon = module.object.lastIndexOf(":");
    const className = module.object === "django.conf:settings" || colon < 0 ? void 0 : module.object.slice(colon + 1);
    const assignments = className ? facts?.classes.filter((c) => c.name === className).at(-1)?.assignments : facts?.assignments;
    for (const a of assignments ?? []) names3.push({ name: a.name, at: a.nameSpan, file: module.file });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const { name, at, file } of names3) {
    const key = meantKey(name);
    if (!key || seen.has(`${file}\0${name}`)) continue;
    seen.add(`${file}\0${name}`);
    yield {
      at,
      message: `${name} is ignored: ${config.file} reads its settings without namespace='CELERY', and ${name} is not a Celery setting name, so ${key} keeps its default. Add namespace='CELERY' to config_from_object (the Django convention)${module?.object === "django.conf:settings" && file === module.file ? "" : `, or name it ${key}`}.`,
      related: module ? [{ at: module.at, message: `the app reads ${module.file} here, with no namespace` }] : []
    };
  }
}
function meantKey(name) {
  if (!name.startsWith(CELERY_PREFIX) || name !== name.toUpperCase() || OLD_SETTING_KEYS.has(name)) return void 0;
  const key = name.slice(CELERY_PREFIX.length).toLowerCase();
  return SETTING_KEYS.has(key) ? key : void 0;
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

// rules/env-overrides-broker-url.ts
var ROLE = { broker_url: "broker URL", result_backend: "result backend URL" };
var env_overrides_broker_url_default = defineRule({
  id: "env-overrides-broker-url",
  level: "warning",
  category: "client",
  docs: {
    summary: "`CELERY_BROKER_URL` or `CELERY_RESULT_BACKEND` in `.env` replaces a different URL that the Celery code sets.",
    breaks: "Celery reads these environment variables before any setting in code (E40), so the URL written in the code is never used while the variable is set, without a warning: edits to the code, or to the variables the code builds its URL from, no longer reach the broker or the result backend. Reported only when both values are known and they differ, or when they agree only because the code builds the same URL from other variables of the same `.env`. The `.env` is taken to reach the process when it lies in the folder of the module that configures Celery or in a folder above it (python-dotenv's `load_dotenv()` search, compose `env_file: .env`). Compose `environment:` values are not compared yet: the model does not tell which service runs which Celery app.",
    fix: 'Keep one source of truth: drop the variable from `.env`, or let the code read it (`os.environ["CELERY_BROKER_URL"]`).',
    example: { bad: "bad-env-differs", good: "good-code-reads-env" }
  },
  *check(deployment) {
    const seen = /* @__PURE__ */ new Set();
    for (const config of deployment.clients.celery) {
      for (const [key, role] of Object.entries(ROLE)) {
        const setting = config.settings.get(key);
        if (!setting || setting.source !== "env-override" || !setting.overrides) continue;
        const finding = compare(setting, setting.overrides, role);
        if (!finding) continue;
        const id = `${spanKey3(finding.at)}|${finding.related?.map((r) => spanKey3(r.at)).join(",")}`;
        if (seen.has(id)) continue;
        seen.add(id);
        yield finding;
      }
    }
  }
});
function compare(env, code, role) {
  const envText = knownText(env.value);
  const codeText = knownText(code.resolved.value);
  if (!envText || codeText === void 0) return void 0;
  const where = `${code.file}:${code.at.line}`;
  const name = code.source === "app-kwarg" ? `${code.writtenAs}=` : code.writtenAs;
  const related2 = [{ at: code.at, message: `the ${role} the code sets (\`${name}\`), never used while ${env.writtenAs} is set` }];
  if (envText !== codeText) {
    return {
      at: env.at,
      message: `${env.writtenAs} in ${env.file} replaces the ${role} set at ${where} (\`${name}\`) with a different URL: Celery reads the environment variable first, so the code's URL is never used. Keep one of the two.`,
      related: related2
    };
  }
  const others = [...new Set(code.resolved.env.filter((u) => u.resolvedFrom === "env-file" && u.name !== env.writtenAs).map((u) => u.name))];
  const asWritten = knownText(code.value);
  if (others.length === 0 || asWritten === void 0 || asWritten === envText) return void 0;
  return {
    at: env.at,
    message: `${env.writtenAs} in ${env.file} replaces the ${role} that ${where} (\`${name}\`) builds from ${others.join(", ")}: both give the same URL today, but Celery reads ${env.writtenAs} first, so a change to ${others.join(" or ")} or to the code no longer reaches the ${role.replace(" URL", "")}. Keep one of the two.`,
    related: related2
  };
}
function spanKey3(at) {
  return `${at.file}:${at.line}:${at.column}`;
}

// rules/env-unquoted-semicolon.ts
var WHAT = { ";": "a `;`", "&": "an `&`", "|": "a `|`" };
var env_unquoted_semicolon_default = defineRule({
  id: "env-unquoted-semicolon",
  level: "warning",
  category: "client",
  docs: {
    summary: "An unquoted `.env` value holding `;`, `&`, `|` or a space.",
    breaks: "docker compose and python-dotenv keep the whole value, but a shell that loads the file (`set -a; . ./.env`, `source .env` in an entrypoint, CI step or Makefile) stops the value there and runs the rest as a command: `REDIS_SENTINEL_HOSTS=sentinel1:26379;sentinel2:26379` sets `sentinel1:26379` and prints `sentinel2:26379: command not found` (E41). After `&`, `|` or a space the variable is not set at all.",
    fix: "Quote the value (`KEY='a;b'`): compose, python-dotenv and sh then all read the same text.",
    example: { bad: "bad-sentinel-hosts", good: "good-quoted-hosts" }
  },
  *check(deployment) {
    for (const file of deployment.clients.envFiles) {
      for (const entry of file.entries) {
        const hazard = entry.shellHazard;
        if (!hazard || entry.quoting !== "none") continue;
        if (hazard.kind !== "command-separator" && hazard.kind !== "word-split") continue;
        const char = hazard.kind === "word-split" ? "a space" : WHAT[charAt(entry.value, hazard.range[0])] ?? "a `;`";
        const effect = char === "a `;`" ? `sets ${entry.name} to the text before it and runs the rest of the value as a command` : `leaves ${entry.name} unset and runs the rest of the value as a command`;
        yield {
          at: hazard.span,
          message: `The unquoted value of ${entry.name} holds ${char}: compose and python-dotenv read it whole, but a shell that loads this file (\`set -a; . ./.env\`) ${effect}. Quote the value: single quotes keep every character as written.`
        };
      }
    }
  }
});
function charAt(value, offset) {
  const i = value.from.indexOf(offset);
  return i === -1 || value.to[i] !== offset + 1 ? "" : value.text[i];
}

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

// src/model/queries/compose-exposure.ts
function composeExposureOf(node, listening) {
  const service = node.service;
  if (!service || !node.port.known) return { kind: "unknown" };
  const port = node.port.value;
  const mode = service.facts.networkMode;
  if (mode && !mode.known) return { kind: "unknown" };
  const remote = networkAddresses(listening);
  if (mode?.known) {
    const value = mode.value.trim().toLowerCase();
    if (value === "host") return remote.length > 0 ? { kind: "host-network", at: mode.span, addresses: remote } : { kind: "not-published" };
    if (value === "none") return { kind: "not-published" };
    if (/^(?:service|container):/.test(value)) return { kind: "unknown" };
  }
  let unknownEntry = false;
  const entries = [];
  for (const entry of service.facts.ports) {
    if (!entry.mapping.known) {
      unknownEntry = true;
      continue;
    }
    const mapping = entry.mapping.value;
    if (mapping.protocol !== "tcp" || port < mapping.target.start || port > mapping.target.end) continue;
    if (mapping.hostIp !== void 0 && isLoopbackAddress(stripBrackets(mapping.hostIp))) continue;
    entries.push({ entry, mapping });
  }
  if (entries.length === 0) return unknownEntry ? { kind: "unknown" } : { kind: "not-published" };
  if (remote.length === 0) return { kind: "not-published" };
  if (!remote.some((a) => a.address === "*" || a.address === "0.0.0.0")) return { kind: "unknown" };
  return { kind: "published", ...entries[0], port };
}
function describePublished(exposure) {
  const { mapping, port } = exposure;
  const { published, target } = mapping;
  let hostPort;
  if (!published) hostPort = "a host port Docker picks";
  else if (published.end - published.start === target.end - target.start) hostPort = `host port ${published.start + (port - target.start)}`;
  else hostPort = `a host port in ${published.start}-${published.end}`;
  const ip = mapping.hostIp === void 0 ? "" : stripBrackets(mapping.hostIp);
  const where = ip === "" || ip === "0.0.0.0" || ip === "::" ? "on every host address" : `on host address ${ip}`;
  return `${hostPort} ${where}`;
}
var stripBrackets = (ip) => ip.replace(/^\[(.*)\]$/, "$1");

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
  const written = node.directives.findLast((d) => d.name === "protected-mode");
  if (written && written.args.some((a) => isUnknownArg(node, a))) return { on: void 0, directive: written };
  const directive = node.setting("protected-mode");
  if (directive) {
    const arg = directive.args[0];
    if (!arg || isUnknownArg(node, arg)) return { on: void 0, directive };
    return { on: arg.text.toLowerCase() === "yes", directive };
  }
  if (isSentinel(node)) return { on: false };
  const image = officialImageOf(node);
  const hidden = (node.process?.unknownLines.length ?? 0) > 0 || node.conf.includes.some((i) => !i.resolved);
  return image && !hidden ? { on: false, image } : { on: void 0 };
}
function officialImageOf(node) {
  const image = node.service?.facts.image;
  return image?.family === "official" && image.product !== void 0 && image.text.known ? image : void 0;
}
function predatesProtectedMode(image) {
  const { version } = image;
  if (image.product !== "redis" || version.kind === "unknown" || version.major === void 0) return false;
  if (version.kind === "floating") return version.major < 3;
  return version.major < 3 || version.major === 3 && version.minor < 2;
}

// rules/image-protected-mode-off.ts
var image_protected_mode_off_default = defineRule({
  id: "image-protected-mode-off",
  level: "note",
  category: "security",
  security: { severity: 5 },
  docs: {
    summary: "A redis-server from the official `redis` or `valkey/valkey` image, with no password and no `protected-mode` line: protected mode is off.",
    breaks: "The official images rewrite the compiled default of `protected-mode` to no in config.c before they build (docker-library/redis and valkey-io/valkey-container Dockerfiles; RULES.md \xA71.7), and the image ships no redis.conf, so `bind` keeps its compiled default `* -::*`. Unless the configuration sets `protected-mode` itself, a server without a password answers every client that reaches it, where a redis-server built from source would answer -DENIED (RULES.md \xA71.6, E22): every container on its networks can read and change every key, and so can anyone once its port is published. Not reported where no-auth-exposed already reports the published port, nor where the server listens on loopback only.",
    fix: "Set `requirepass` (or ACL users with passwords). If only processes in the same container use it, `bind 127.0.0.1` keeps everyone else out; `protected-mode yes` without a password would also turn away its replicas and Sentinels.",
    example: { bad: "bad-official-image-no-password", good: "good-official-image-with-password" }
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      const service = server.service;
      if (!service || accessUnknown(server)) continue;
      const protectedMode = protectedModeOf(server);
      if (!protectedMode.image) continue;
      if (predatesProtectedMode(protectedMode.image)) continue;
      const listening = listeningOf(server);
      if (!listening || networkAddresses(listening).length === 0) continue;
      const user = defaultUserOf(server, deployment);
      if (!user?.nopass || !user.enabled) continue;
      const exposure = composeExposureOf(server, listening);
      if (exposure.kind === "published" || exposure.kind === "host-network") continue;
      if (service.facts.networkMode?.known && service.facts.networkMode.value.trim().toLowerCase() === "none") continue;
      const port = server.port.known ? String(server.port.value) : "its port";
      yield {
        at: protectedMode.image.span,
        message: `Protected mode is off in service ${service.facts.name}: the official ${protectedMode.image.repository} image compiles it off and no protected-mode line turns it on, so with no password every container that reaches port ${port} can read and change every key, and so can anyone once the port is published. Set requirepass.`,
        related: [{ at: service.facts.span, message: `service ${service.facts.name} runs this redis-server` }]
      };
    }
  }
});

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
  const count2 = group.sentinelCount;
  if (!count2.known) return count2;
  const siblings = deployment.masterGroups.filter((g) => g !== group && g.name === group.name && g.scope.id === group.scope.id);
  const rewritten = [group, ...siblings].some((g) => g.monitors.some((m) => m.sentinel.conf.rewrittenByServer));
  if (siblings.length > 0 && rewritten) {
    return unknown(`${group.name} is also monitored at another address by a file Sentinel rewrote (a failover moves the monitor line)`, count2.span);
  }
  return count2;
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

// src/model/queries/sentinel-clients.ts
var UNKNOWN = { kind: "unknown" };
function sentinelClients(deployment) {
  const out = [];
  for (const url of deployment.clients.urls) {
    const client = celeryClient(deployment, url);
    if (client) out.push(client);
  }
  for (const client of deployment.clients.redisPy) out.push(redisPyClient(deployment, client));
  return out;
}
function sentinelsOf(reaches) {
  if (reaches.length === 0) return void 0;
  const found = [];
  for (const reach of reaches) {
    if (reach.kind !== "node" || !isSentinelNode(reach.node)) return void 0;
    if (!found.includes(reach.node)) found.push(reach.node);
  }
  return found;
}
function isSentinelNode(node) {
  return "monitors" in node;
}
function celeryClient(deployment, url) {
  const config = url.celery;
  if (!config || url.role === "redis") return void 0;
  const backend = url.role === "backend";
  const view = backend ? url.parsed.asCeleryBackendSees : url.parsed.asKombuSees;
  if (!view.name.known || view.name.value !== "sentinel" || view.errors.length > 0) return void 0;
  const optionsKey = backend ? "result_backend_transport_options" : "broker_transport_options";
  const options = transportOptions(config, optionsKey);
  const targets = clientTargets(deployment, url);
  const name = options.dict ? lookupKey(options.dict, "master_name") : void 0;
  const nameText = name && !hasUnknownKeys(options.dict) ? knownText(name.value) : void 0;
  return {
    library: "celery",
    describe: `the Celery ${backend ? "result backend" : "broker"} (${url.writtenAs} in ${url.at.file}${url.variant === "code-default" ? ", as the code's defaults build it when the .env does not reach the worker" : ""})`,
    ...url.variant ? { variant: url.variant } : {},
    at: url.at,
    sentinels: sentinelsOf(targets.map((t) => t.reach)),
    sentinelPassword: celerySentinelPassword(config, options, url),
    requests: [
      {
        name: nameText !== void 0 ? { known: true, value: nameText, at: name.value.span } : { known: false },
        password: celeryMasterPassword(config, options, url, view, backend)
      }
    ]
  };
}
function transportOptions(config, key) {
  const setting = config.settings.get(key);
  if (!setting) return { key, unreadable: false };
  const value = setting.resolved.value;
  return value.kind === "dict" ? { key, at: setting.at, dict: value, unreadable: false } : { key, at: setting.at, unreadable: true };
}
function hasUnknownKeys(dict) {
  return dict.opaque.length > 0 || dict.entries.some((e) => e.key.kind !== "str" || knownText(e.key) === void 0);
}
function celerySentinelPassword(config, options, url) {
  if (options.unreadable) return UNKNOWN;
  if (!options.dict) return config.complete ? { kind: "none", at: url.at } : UNKNOWN;
  if (hasUnknownKeys(options.dict)) return UNKNOWN;
  const kwargs = lookupKey(options.dict, "sentinel_kwargs");
  if (!kwargs) return config.complete ? { kind: "none", at: options.at } : UNKNOWN;
  return passwordIn(kwargs.value, kwargs.key.span);
}
function passwordIn(value, at) {
  if (value.kind === "none") return { kind: "none", at };
  if (value.kind !== "dict" || hasUnknownKeys(value)) return UNKNOWN;
  if (lookupKey(value, "credential_provider")) return UNKNOWN;
  const password = lookupKey(value, "password");
  if (!password) return { kind: "none", at };
  const username = lookupKey(value, "username");
  const user = username ? knownText(username.value) : void 0;
  if (username && user === void 0 && username.value.kind !== "none") return UNKNOWN;
  return passwordValue(password.value, password.key.span, user || void 0);
}
function passwordValue(value, at, user) {
  if (value.kind === "none") return { kind: "none", at };
  if (value.kind !== "str") return UNKNOWN;
  const text = knownText(value);
  if (text === "") return { kind: "none", at };
  if (text === void 0 && !value.text.holes.some((h) => h === void 0)) return UNKNOWN;
  return { kind: "set", at, ...value.secret && text !== void 0 ? { secret: value.secret } : {}, ...user ? { user } : {} };
}
function celeryMasterPassword(config, options, url, view, backend) {
  const first = url.parsed.chunks[0];
  if (!first) return UNKNOWN;
  const queryNames = first.query.map((q) => q.name.known ? q.name.value : void 0);
  if (queryNames.some((n) => n === void 0 || n === "credential_provider" || n === "password")) return UNKNOWN;
  const credentialSettings = backend ? ["redis_password", "redis_backend_credential_provider", "redis_username"] : ["broker_password", "broker_user"];
  if (credentialSettings.some((key) => config.settings.has(key))) return UNKNOWN;
  if (options.dict && lookupKey(options.dict, "credential_provider")) return UNKNOWN;
  const user = view.user;
  if (user && !user.known) return UNKNOWN;
  const userName = user?.known ? user.value || void 0 : void 0;
  const [start, end] = first.scheme.known ? first.scheme.range : [first.range[0], first.range[0] + 1];
  const none = { kind: "none", at: url.index.span(start, Math.max(start + 1, end)) };
  if (view.password) {
    const at = url.index.span(...view.password.range);
    if (!view.password.known) return { kind: "set", at, ...userName ? { user: userName } : {} };
    if (view.password.secret.isEmpty) return userName ? UNKNOWN : none;
    return { kind: "set", at, secret: view.password.secret, ...userName ? { user: userName } : {} };
  }
  if (userName) return UNKNOWN;
  if (options.unreadable || options.dict && (hasUnknownKeys(options.dict) || lookupKey(options.dict, "password"))) return UNKNOWN;
  return config.complete ? none : UNKNOWN;
}
function redisPyClient(deployment, client) {
  const reaches = [];
  let known2 = client.endpointsKnown;
  for (const endpoint of client.endpoints) {
    const host = knownText(endpoint.host.value);
    const port = portOf(endpoint.port);
    if (host === void 0 || port === void 0) known2 = false;
    else reaches.push(reachAt(deployment, host, port));
  }
  const spread = client.sentinel.spread.length > 0;
  const sentinels = known2 ? sentinelsOf(reaches) : void 0;
  return {
    library: "redis-py",
    describe: `the redis-py Sentinel in ${client.file}`,
    at: client.at,
    ...sentinels ? { sentinels } : {},
    sentinelPassword: spread ? UNKNOWN : client.sentinelKwargs ? passwordIn(client.sentinelKwargs.value, client.sentinelKwargs.value.span) : { kind: "none", at: client.at },
    requests: client.masters.map((master) => {
      const name = master.name ? knownText(master.name.value) : void 0;
      return {
        name: name !== void 0 ? { known: true, value: name, at: master.name.value.span } : { known: false },
        ...master.kind === "master_for" ? { password: redisPyMasterPassword(client, master) } : {}
      };
    })
  };
}
function portOf(port) {
  const value = port.value;
  if (value.kind === "number" && Number.isInteger(value.value)) return value.value;
  const text = knownText(value);
  return text !== void 0 && /^\d+$/.test(text) ? Number(text) : void 0;
}
function redisPyMasterPassword(client, master) {
  if (client.sentinel.spread.length > 0 || master.call.spread.length > 0) return UNKNOWN;
  const kwargs = [...client.kwargs, ...master.kwargs];
  if (kwargs.some((k) => k.name === "credential_provider" || k.name === "username" || k.name === "connection_pool")) return UNKNOWN;
  if (master.password) return passwordValue(master.password.value, master.password.value.span);
  const fromSentinel = client.kwargs.find((k) => k.name === "password");
  if (fromSentinel) return passwordValue(fromSentinel.value.value, fromSentinel.value.value.span);
  return { kind: "none", at: master.at };
}
function commonLogin(nodes) {
  const out = [];
  let kind;
  for (const node of nodes) {
    if (accessUnknown(node)) return void 0;
    const auth = defaultUserAuth(node);
    if (auth.kind !== "none" && auth.kind !== "password") return void 0;
    if (kind && kind !== auth.kind) return void 0;
    kind = auth.kind;
    out.push({ node, at: auth.at, why: auth.why, ...auth.kind === "password" ? { secrets: auth.secrets } : {} });
  }
  return kind && { kind, nodes: out };
}
function groupsAsked(deployment, sentinels, name) {
  const groups = [];
  for (const sentinel of sentinels) {
    for (const group of groupsMonitoredAs(deployment, sentinel, name)) if (!groups.includes(group)) groups.push(group);
  }
  return groups;
}
function mastersAsked(deployment, sentinels, name) {
  const groups = groupsAsked(deployment, sentinels, name);
  if (groups.length === 0 || groups.some((g) => !g.master)) return void 0;
  return [...new Set(groups.map((g) => g.master))];
}
function oncePerPlace(findings5) {
  const seen = /* @__PURE__ */ new Set();
  return [...findings5].filter((f) => {
    const key = `${f.at.file}:${f.at.line}:${f.at.column}:${f.at.endLine}:${f.at.endColumn}`;
    return !seen.has(key) && seen.add(key) !== void 0;
  });
}

// rules/master-name-mismatch.ts
var master_name_mismatch_default = defineRule({
  id: "master-name-mismatch",
  level: "error",
  category: "topology",
  docs: {
    summary: "Sentinels of one deployment monitor the same master address under different names, or a client asks its Sentinels for a master name none of them monitors.",
    breaks: "Sentinels find each other through hello messages that carry the master name, and drop a hello for a name they do not monitor (sentinel.c sentinelProcessHelloMessage). Sentinels that use different names for one master therefore never count each other: each name forms its own smaller set that reaches its quorum and majority alone, or never. A client that asks a Sentinel for a name it does not know gets no address: \"MasterNotFoundError: No master found for 'X'\" (RULES.md E38). Names are case-sensitive. The client side reads Celery's `broker_transport_options` / `result_backend_transport_options` `master_name` (with the `.env` applied) and redis-py `master_for` / `slave_for` / `discover_master` names, and fires only when every address the client dials is a Sentinel of the repository's compose project; an unknown host, port or name keeps it silent.",
    fix: "Use one master name in every sentinel.conf of the deployment, and the same name as the clients' master_name.",
    example: { bad: "bad-two-names", good: "good-two-masters-two-names" }
  },
  *check(deployment) {
    yield* sentinelSide(deployment);
    yield* oncePerPlace(sentinelClients(deployment).flatMap((client) => [...clientSide(client)]));
  }
});
function* sentinelSide(deployment) {
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
function* clientSide(client) {
  const sentinels = client.sentinels;
  if (!sentinels) return;
  if (sentinels.some((s) => s.monitors.length === 0 || s.monitors.some((m) => hasTemplatePlaceholder(m.name.text)))) return;
  const monitored = new Set(sentinels.flatMap((s) => s.monitors.map((m) => m.name.text)));
  const reported2 = /* @__PURE__ */ new Set();
  for (const request of client.requests) {
    if (!request.name.known || monitored.has(request.name.value) || reported2.has(request.name.value)) continue;
    reported2.add(request.name.value);
    yield {
      at: request.name.at,
      message: `${capitalize(client.describe)} asks for the master "${request.name.value}", but ${nameList(sentinels.map((s) => s.name))} monitor${sentinels.length === 1 ? "s" : ""} only ${nameList([...monitored].map((n) => `"${n}"`))}: it gets "MasterNotFoundError: No master found for '${request.name.value}'". Use the name of the sentinel monitor line (names are case-sensitive).`,
      related: sentinels.flatMap((s) => s.monitors.map((m) => ({ at: m.name.span, message: `${s.name} monitors "${m.name.text}"` })))
    };
  }
}
var capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
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

// rules/master-password-mismatch.ts
var master_password_mismatch_default = defineRule({
  id: "master-password-mismatch",
  level: "error",
  category: "client",
  docs: {
    summary: "The password a client sends to its master is not the password the master requires.",
    breaks: "The master answers the client's AUTH with \"WRONGPASS invalid username-password pair or user is disabled.\" (redis-py raises AuthenticationError), so the broker or result backend cannot publish, consume or store results. The rule follows the client's `master_name` through the Sentinels it dials to the master they monitor and compares the URL's first-chunk password (or redis-py `master_for` password) with that master's `requirepass` (or the ACL user's password when the URL names a user). Passwords are compared, never printed; a password from an unset environment variable, or a template such as `${REDIS_PASSWORD}` on either side, keeps it silent, as does any address of the client that is not a Sentinel of the repository's compose project.",
    fix: "Use the master's password in the client (ideally both from one environment variable or secret).",
    example: { bad: "bad-url-password-differs", good: "good-url-password-matches" }
  },
  check(deployment) {
    return oncePerPlace(findings(deployment));
  }
});
function* findings(deployment) {
  for (const client of sentinelClients(deployment)) {
    if (!client.sentinels) continue;
    for (const request of client.requests) {
      const password = request.password;
      if (!request.name.known || password?.kind !== "set" || !password.secret) continue;
      const masters = mastersAsked(deployment, client.sentinels, request.name.value);
      if (!masters) continue;
      const refused2 = masters.map((m) => refusal(m, password.secret, password.user));
      if (refused2.some((r) => r === void 0)) continue;
      yield {
        at: password.at,
        message: `The password ${client.describe} sends to the master "${request.name.value}" is not the password of ${nameList(masters.map((m) => m.name))}: the master answers WRONGPASS and every command fails. Use the master's password.`,
        related: refused2.map((r) => r)
      };
    }
  }
}
function refusal(master, secret, user) {
  if (accessUnknown(master)) return void 0;
  const auth = user === void 0 ? defaultUserAuth(master) : userAuth(master, user);
  if (auth.kind !== "password" || auth.secrets.some((s) => s.equals(secret))) return void 0;
  return { at: auth.at, message: auth.why };
}

// rules/master-password-missing.ts
var master_password_missing_default = defineRule({
  id: "master-password-missing",
  level: "error",
  category: "client",
  docs: {
    summary: "The master a client gets from Sentinel requires a password, but the client sends none to it.",
    breaks: "kombu and Celery's result backend read the master's password from the first `;` chunk of the URL only (`sentinel://:<password>@host:26379`); redis-py from `master_for(..., password=...)` or the `Sentinel(...)` keyword arguments. `sentinel_kwargs` goes to the Sentinels, never to the master. Without a password every command to the master fails with \"AuthenticationError: Authentication required.\" (RULES.md E38; the seed guide's defect 6). The rule follows the client's `master_name` to the master the Sentinels it dials monitor, and fires only when every address the client dials is a Sentinel of the repository's compose project and that master's file sets `requirepass`. It stays silent when the address, the name or the password settings cannot be read (an unset environment variable, `broker_password` / `redis_password`, a credential provider, a `password` transport option, a user name in the URL).",
    fix: "Put the password in the first URL chunk (`sentinel://:<password>@sentinel-1:26379;sentinel://:<password>@sentinel-2:26379`), from an environment variable rather than a literal; for redis-py pass `master_for(name, password=...)`.",
    example: { bad: "bad-url-without-password", good: "good-url-with-password" }
  },
  check(deployment) {
    return oncePerPlace(findings2(deployment));
  }
});
function* findings2(deployment) {
  for (const client of sentinelClients(deployment)) {
    if (!client.sentinels) continue;
    for (const request of client.requests) {
      if (!request.name.known || request.password?.kind !== "none") continue;
      const masters = mastersAsked(deployment, client.sentinels, request.name.value);
      const login = masters && commonLogin(masters);
      if (login?.kind !== "password") continue;
      yield {
        at: request.password.at,
        message: `${capitalize2(client.describe)} sends no password to the master "${request.name.value}" (${nameList(masters.map((m) => m.name))}), which requires one: every command fails with "Authentication required.". ` + (client.library === "celery" ? `Put the password in the first URL chunk (sentinel://:<password>@host).` : `Pass password= to master_for (or to Sentinel(...)).`),
        related: login.nodes.map((n) => ({ at: n.at, message: n.why }))
      };
    }
  }
}
var capitalize2 = (text) => text.charAt(0).toUpperCase() + text.slice(1);

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

// rules/maxmemory-unset.ts
var maxmemory_unset_default = defineRule({
  id: "maxmemory-unset",
  level: "note",
  category: "persistence",
  docs: {
    summary: "A Redis that holds a Celery broker or result backend has no `maxmemory` limit (0, the default).",
    breaks: "With `maxmemory 0` (the compiled-in default, RULES.md \xA71.7) Redis never refuses a write. When a backlog of tasks outgrows the memory of the machine or of the container's limit, the kernel's OOM killer ends Redis: every client loses its connection at once and, without an append-only file, the queue is lost. With a limit and `noeviction`, publishers get `OOM command not allowed when used memory > 'maxmemory'` and the queued tasks stay.",
    fix: "Set `maxmemory` below the memory Redis may use (leave room for forks and buffers) together with `maxmemory-policy noeviction`.",
    example: { bad: "bad-no-limit", good: "good-limit-set" }
  },
  *check(deployment) {
    for (const [node, links] of brokerNodes(deployment)) {
      const limit = brokerSetting(node, "maxmemory");
      if (!limit.known) continue;
      const written = limit.directive?.args[0];
      if (written && readMemoryValue(written.text)?.bytes !== 0) continue;
      yield {
        at: written?.span ?? defaultSettingAt(node),
        message: `${node.name} holds ${heldFor(links)} ${howReached(links[0])} with ${written ? "maxmemory 0" : "no maxmemory"}: a growing backlog is stopped by the kernel's OOM killer, not by an OOM error to the client. Set maxmemory with maxmemory-policy noeviction.`,
        related: linkLocations(links)
      };
    }
  }
});

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
    (s) => s !== master && s.scope === master.scope && s.replicaof && !s.master && (!s.replicaof.port.known || !master.port.known || s.replicaof.port.value === master.port.value)
  );
  if (unmatched) return unknown(`${unmatched.name} replicates from an address that could be ${master.name}`, master.declaredAt);
  const project = master.scope.project;
  const hidden = project?.unknownProcesses.find((u) => u.mode !== "sentinel");
  if (hidden) return unknown(`what service ${hidden.service.name} runs is not known (${hidden.why})`, master.declaredAt);
  const external = project?.facts.networks.find((n) => n.external);
  if (external) return unknown(`network ${external.name} is external: replicas of other projects may join it`, master.declaredAt);
  return known(deployment.servers.filter((s) => s.master === master), master.declaredAt);
}
function replicaCountOf(deployment, master) {
  const replicas = replicaFilesOf(deployment, master);
  if (!replicas.known) return replicas;
  if (master.scope.kind === "compose") {
    let total = 0;
    for (const replica of replicas.value) {
      if (!replica.instances.known) return unknown(`the number of containers of ${replica.name} is not known`, replica.instances.span);
      total += replica.instances.value;
    }
    return total > 0 ? known(total, master.declaredAt) : unknown("no replica in the compose project replicates from it", master.declaredAt);
  }
  if (replicas.value.length < 2) {
    return unknown("a lone replica file is a template: how many replicas start from it is not known", master.declaredAt);
  }
  return known(replicas.value.length, master.declaredAt);
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
      const count2 = replicaCountOf(deployment, master);
      const replicas = replicaFilesOf(deployment, master);
      if (!count2.known || !replicas.known || wanted.value < count2.value) continue;
      const k = count2.value;
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

// src/model/queries/published-ports.ts
function publishedPortsOf(service) {
  const mode = service.facts.networkMode;
  if (mode && !(mode.known && (mode.value === "bridge" || mode.value === "default"))) return [];
  return service.facts.ports.flatMap((port) => {
    if (!port.mapping.known) return [];
    const { hostIp, published, target, protocol } = port.mapping.value;
    if (!published) return [];
    const entry = { service, span: port.span, published, target, protocol: protocol.toLowerCase() };
    if (hostIp !== void 0 && hostIp !== "") entry.hostIp = hostIp.toLowerCase();
    return [entry];
  });
}
var isPortPool = (port) => size(port.published) > 1 && size(port.target) === 1;
function hostIpsOverlap(a, b) {
  if (a === void 0 || b === void 0 || a === b) return true;
  const covers2 = (any, other) => any === "0.0.0.0" && !other.includes(":") || any === "::" && other.includes(":");
  return covers2(a, b) || covers2(b, a);
}
var size = (range) => range.end - range.start + 1;
function describeHostPorts(port, range) {
  const ports = range.start === range.end ? `${range.start}` : `${range.start}-${range.end}`;
  const ip = port.hostIp === void 0 ? "" : port.hostIp.includes(":") ? `[${port.hostIp}]:` : `${port.hostIp}:`;
  return `${ip}${ports}${port.protocol === "tcp" ? "" : `/${port.protocol}`}`;
}
function startsByDefault(service) {
  return service.facts.profiles.length === 0;
}

// src/model/queries/compose-reach.ts
function reachFrom(from, host, port) {
  const project = from.scope.project;
  const service = from.service;
  if (from.scope.kind !== "compose" || !project || !service || !port.known) return { kind: "unknown" };
  const name = host.text;
  if (name === "" || hasTemplatePlaceholder(name) || !resolvesThroughProject(service)) return { kind: "unknown" };
  const resolved = resolveHost(project, service, name);
  if (resolved.kind === "unknown") return resolved;
  if (resolved.kind === "none") {
    const lower = name.toLowerCase();
    const hostnameMatch = project.services.some((s) => s.facts.hostname && (!s.facts.hostname.known || s.facts.hostname.value.toLowerCase() === lower));
    if (hostnameMatch || hasExternalNetwork(project) || isLoopback(lower)) return { kind: "unknown" };
    return { kind: "no-such-host" };
  }
  const loopback = isLoopback(name.toLowerCase());
  const peers = (loopback ? [service] : resolved.services).map((s) => namespacePeers(project, s));
  if (peers.some((p) => p === void 0)) return { kind: "unknown" };
  const services = [...new Set(peers.flatMap((p) => p))];
  if (!loopback && services.some((s) => s.facts.networkMode !== void 0 && !isNamespaceShare(s))) return { kind: "unknown" };
  if (!services.every((s) => processesKnown(project, s))) return { kind: "unknown" };
  const servers = services.flatMap((s) => s.nodes).filter((n) => n.conf.kind === "redis-conf");
  const ports = servers.map(listeningPorts2);
  if (ports.some((p) => p === void 0)) return { kind: "unknown" };
  const listening = servers.filter((_, i) => ports[i].includes(port.value));
  if (listening.length === 1) return { kind: "node", server: listening[0], services };
  if (listening.length > 1) return { kind: "unknown" };
  const hostPort = services.flatMap(publishedPortsOf).find((p) => p.protocol === "tcp" && port.value >= p.published.start && port.value <= p.published.end && !(p.target.start <= port.value && port.value <= p.target.end));
  return { kind: "no-listener", services, servers, ...hostPort ? { hostPort } : {} };
}
function targetOf(published, hostPort) {
  const { published: range, target } = published;
  return target.start === target.end ? target.start : target.start + (hostPort - range.start);
}
function namespacePeers(project, service) {
  const roots = /* @__PURE__ */ new Map();
  const rootOf = (s, depth = 0) => {
    if (roots.has(s)) return roots.get(s);
    const mode = s.facts.networkMode;
    let root = s;
    if (mode && !mode.known) root = void 0;
    else if (mode?.known) {
      const shared = /^(?:service|container):(.+)$/i.exec(mode.value.trim())?.[1]?.toLowerCase();
      if (shared !== void 0) {
        const target = project.services.find((t) => t.names.includes(shared));
        root = target && depth < project.services.length ? rootOf(target, depth + 1) : void 0;
      }
    }
    roots.set(s, root);
    return root;
  };
  if (project.services.some((s) => rootOf(s) === void 0)) return void 0;
  const mine = rootOf(service);
  return [service, ...project.services.filter((s) => s !== service && rootOf(s) === mine)];
}
function listeningPorts2(server) {
  if (!server.port.known) return void 0;
  const out = server.port.value === 0 ? [] : [server.port.value];
  const tls = server.setting("tls-port")?.args[0]?.text;
  if (tls !== void 0) {
    const value = Number(tls);
    if (!Number.isInteger(value)) return void 0;
    if (value !== 0) out.push(value);
  }
  return out;
}
function processesKnown(project, service) {
  return service.facts.processes.length > 0 && !project.unknownProcesses.some((u) => u.service === service.facts);
}
function resolvesThroughProject(service, depth = 0) {
  const mode = service.facts.networkMode;
  if (!mode) return true;
  if (!mode.known) return false;
  const shared = /^(?:service|container):(.+)$/i.exec(mode.value.trim())?.[1]?.toLowerCase();
  if (shared === void 0 || depth > service.project.services.length) return false;
  const target = service.project.services.find((t) => t.names.includes(shared));
  return target !== void 0 && resolvesThroughProject(target, depth + 1);
}
function isNamespaceShare(service) {
  const mode = service.facts.networkMode;
  return mode?.known === true && /^(?:service|container):/i.test(mode.value.trim());
}
function hasExternalNetwork(project) {
  return project.facts.networks.some((n) => n.external);
}
function explainMiss(reach, host, port, composeFile) {
  if (reach.kind === "no-such-host") {
    return `no service, container_name or network alias in ${composeFile} is called ${host}, so the name does not resolve on the project's network`;
  }
  const names3 = reach.services.map((s) => `service ${s.facts.name}`);
  const who = names3.length === 1 ? names3[0] : `services ${reach.services.map((s) => s.facts.name).join(", ")}`;
  if (reach.hostPort) {
    const target = targetOf(reach.hostPort, port);
    return `${port} is the host port that service ${reach.hostPort.service.facts.name} publishes for its container port ${target}; inside the compose network only the container port ${target} answers`;
  }
  if (reach.servers.length === 0) return `${who} runs no Redis server, only Sentinel`;
  const ports = [...new Set(reach.servers.flatMap((s) => listeningPorts2(s) ?? []))].sort((a, b) => a - b);
  return ports.length === 0 ? `the Redis server of ${who} has no TCP port (port 0)` : `the Redis server of ${who} listens on ${ports.join(" and ")}, not on ${port}`;
}
function missRelated(reach) {
  if (reach.kind === "no-such-host") return [];
  const out = reach.servers.map((s) => ({ at: s.port.span, message: `${s.name} listens on port ${s.port.known ? s.port.value : "?"}` }));
  if (reach.hostPort) {
    const { published, target } = reach.hostPort;
    out.push({ at: reach.hostPort.span, message: `service ${reach.hostPort.service.facts.name} publishes host port ${published.start === published.end ? published.start : `${published.start}-${published.end}`} for container port ${target.start === target.end ? target.start : `${target.start}-${target.end}`}` });
  }
  return out;
}
function namespaceKey(project, service, depth = 0) {
  const mode = service.facts.networkMode;
  if (!mode) return `service:${service.facts.name}`;
  if (!mode.known) return void 0;
  const value = mode.value.trim().toLowerCase();
  if (value === "host") return "host";
  const shared = /^(?:service|container):(.+)$/.exec(value)?.[1];
  if (shared === void 0) return `service:${service.facts.name}`;
  const target = project.services.find((t) => t.names.includes(shared));
  return target && depth < project.services.length ? namespaceKey(project, target, depth + 1) : void 0;
}

// rules/monitor-target-unknown.ts
var monitor_target_unknown_default = defineRule({
  id: "monitor-target-unknown",
  level: "error",
  category: "topology",
  docs: {
    summary: "A compose Sentinel monitors a host:port where no data node of the project listens.",
    breaks: 'Sentinel connects to the monitored address and nothing answers: a name no service, container_name or network alias carries does not resolve on the compose network (with `resolve-hostnames yes` Sentinel starts with an empty address and retries forever; without it it exits, RULES.md E16), and a port the master does not listen on inside its container \u2014 often the host port it publishes, which only the Docker host sees \u2014 refuses the connection. Either way the Sentinel marks the master down (+sdown), finds no replicas and gives clients an address that does not work (RULES.md E36, Docker "Networking in Compose": containers talk to each other on CONTAINER ports).',
    fix: "Monitor the master by its service name (or container_name) and the port its server listens on inside its container, e.g. `sentinel monitor mymaster redis-master 6379 2` with `sentinel resolve-hostnames yes`.",
    example: { bad: "bad-host-port-used", good: "good-container-port" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (sentinel.scope.kind !== "compose") continue;
      for (const monitor of sentinel.monitors) {
        const reach = reachFrom(sentinel, monitor.host, monitor.port);
        if (reach.kind !== "no-such-host" && reach.kind !== "no-listener") continue;
        if (reach.kind === "no-listener" && isLoopback(monitor.host.text.toLowerCase()) && reach.servers.length === 0) continue;
        const port = monitor.port.known ? monitor.port.value : 0;
        const at = reach.kind === "no-such-host" ? monitor.host.span : monitor.portArg.span;
        yield {
          at,
          message: `${sentinel.name} monitors ${monitor.name.text} at ${monitor.host.text}:${port}, but ${explainMiss(reach, monitor.host.text, port, sentinel.scope.project.file)}: the Sentinel sees the master down and finds no replicas. ${advice(reach)}`,
          related: missRelated(reach)
        };
      }
    }
  }
});
function advice(reach) {
  if (reach.kind === "no-such-host") return "Use the master's service name or container_name.";
  if (reach.kind === "no-listener" && reach.servers.length > 0) return "Use the port the server listens on inside its container.";
  return "Monitor the service that runs the master's Redis server.";
}

// rules/no-auth-exposed.ts
var no_auth_exposed_default = defineRule({
  id: "no-auth-exposed",
  level: "error",
  category: "security",
  security: { severity: 9 },
  docs: {
    summary: "A data node that clients on other machines can reach, with protected mode off and no password.",
    breaks: "Anyone who can reach the port reads and changes every key, and can use CONFIG SET dir/dbfilename to write files on the host. redis-server listens on all interfaces unless `bind` says otherwise (the compiled default is `* -::*`), and with protected mode off nothing else stops a client from another host when the default user needs no password (RULES.md \xA71.6, \xA71.7, E22). In compose the node is reachable from outside when a `ports:` entry publishes its port on a host address other than 127.0.0.1/::1, or with `network_mode: host`; the official `redis` and `valkey/valkey` images compile protected mode off, so there a missing `protected-mode` line means off. From a conf file alone this is reported only when the file itself sets `protected-mode no`: redis-server turns protected mode on by default.",
    fix: 'Set `requirepass` (or ACL users with passwords and `user default off`); in compose, publish the port on 127.0.0.1 only (`"127.0.0.1:6379:6379"`) or not at all when only other containers use it.',
    example: { bad: "bad-compose-official-image-published", good: "good-compose-not-published" }
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (accessUnknown(server)) continue;
      const finding = server.service ? composeFinding(server, deployment) : confFinding(server, deployment);
      if (finding) yield finding;
    }
  }
});
var openToAll = (server, deployment) => {
  const user = defaultUserOf(server, deployment);
  return user !== void 0 && user.nopass && user.enabled;
};
function confFinding(server, deployment) {
  const protectedMode = protectedModeOf(server);
  const listening = listeningOf(server);
  if (protectedMode.on !== false || !protectedMode.directive || !listening) return void 0;
  if (networkAddresses(listening).length === 0 || !openToAll(server, deployment)) return void 0;
  const port = server.port.known ? String(server.port.value) : "its port";
  return {
    at: protectedMode.directive.span,
    message: `Anyone who reaches port ${port} can read and change every key without a password: protected mode is off, redis-server listens on ${describeBind(listening)}, and the default user needs no password. Set requirepass (or users with passwords), and bind only the addresses clients use.`,
    related: listening.bind ? [{ at: listening.bind.span, message: "it listens on these addresses" }] : []
  };
}
function composeFinding(server, deployment) {
  const service = server.service;
  const listening = listeningOf(server);
  if (!listening) return void 0;
  const protectedMode = protectedModeOf(server);
  if (protectedMode.on !== false || !openToAll(server, deployment)) return void 0;
  const exposure = composeExposureOf(server, listening);
  const port = server.port.known ? server.port.value : 6379;
  const off = whyOff(protectedMode);
  const related2 = [
    { at: service.facts.span, message: `service ${service.facts.name} runs this redis-server` },
    ...protectedMode.directive ? [{ at: protectedMode.directive.span, message: "protected mode is turned off here" }] : [],
    ...protectedMode.image ? [{ at: protectedMode.image.span, message: imageNote(protectedMode) }] : []
  ];
  if (exposure.kind === "published") {
    return {
      at: exposure.entry.span,
      message: `Anyone who can reach the Docker host can read and change every key without a password: service ${service.facts.name} publishes its port ${port} at ${describePublished(exposure)}, ${off}, and the default user needs no password. Set requirepass (or users with passwords), or publish the port on 127.0.0.1 only.`,
      related: related2
    };
  }
  if (exposure.kind === "host-network") {
    return {
      at: exposure.at,
      message: `Anyone who reaches port ${port} of this host can read and change every key without a password: service ${service.facts.name} runs on the host's network and listens on ${describeBind(listening)}, ${off}, and the default user needs no password. Set requirepass (or users with passwords), and bind only the addresses clients use.`,
      related: [...related2, ...listening.bind ? [{ at: listening.bind.span, message: "it listens on these addresses" }] : []]
    };
  }
  return void 0;
}
function imageNote(protectedMode) {
  return predatesProtectedMode(protectedMode.image) ? "this image predates protected mode" : "this image compiles protected mode off";
}
function whyOff(protectedMode) {
  if (protectedMode.directive) return "protected mode is turned off";
  const image = protectedMode.image;
  if (predatesProtectedMode(image)) return `this Redis version has no protected mode (it came with 3.2)`;
  return `protected mode is off (the official ${image.repository} image compiles it off and nothing turns it on)`;
}

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

// src/model/queries/swarm-stack.ts
function looksLikeSwarmStack(project) {
  const name = project.rootPath.slice(project.rootPath.lastIndexOf("/") + 1).toLowerCase();
  return /(^|[-_.])stack([-_.]|$)/.test(name) || project.services.some((s) => s.facts.placementConstraints.length > 0);
}

// rules/no-restart-policy.ts
var no_restart_policy_default = defineRule({
  id: "no-restart-policy",
  level: "note",
  category: "compose",
  docs: {
    summary: "A compose service that runs Redis or Sentinel has no restart policy.",
    breaks: "Without `restart:` (or `deploy.restart_policy`) Docker never restarts the container: a Redis that crashes, is OOM-killed or exits on a configuration error stays down, and a Sentinel that exits at start (a host name it cannot resolve yet, E16) stays gone, so the failover the setup exists for never comes (RULES.md \xA72.7, \xA73 #26).",
    fix: "Add `restart: unless-stopped` (or `always`) to every Redis and Sentinel service. A process that keeps failing is then retried with a growing delay and shows up in `docker compose ps` as restarting.",
    example: { bad: "bad-sentinel-without-restart", good: "good-restart-unless-stopped" }
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      if (looksLikeSwarmStack(project)) continue;
      for (const service of project.services) {
        const program = redisProgramOf(service);
        if (!program || hasRestartPolicy(service)) continue;
        yield {
          at: service.facts.span,
          message: `service ${service.facts.name} runs ${program} with no restart policy: if it crashes or exits at start, Docker leaves it down until someone runs \`docker compose up\` again. Add \`restart: unless-stopped\`.`
        };
      }
    }
  }
});
function redisProgramOf(service) {
  const { facts } = service;
  const process = facts.processes.find((p) => p.mode === "sentinel") ?? facts.processes[0];
  if (process) {
    const product = process.product === "valkey" ? "Valkey" : "Redis";
    return process.mode === "sentinel" ? `${product} Sentinel (${process.executable})` : `a ${product} server (${process.executable})`;
  }
  if (facts.image?.product && facts.runsUnknown && !facts.command && !facts.entrypoint) return `the ${facts.image.repository} image's server`;
  return void 0;
}
function hasRestartPolicy(service) {
  const { facts } = service;
  return facts.restart !== void 0 || facts.restartPolicy !== void 0 || facts.replicas !== void 0 || facts.placementConstraints.length > 0 || facts.extends !== void 0;
}

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

// src/model/queries/published-guards.ts
function publishedGuards(deployment) {
  const guards = /* @__PURE__ */ new Map();
  for (const node of confNodes(deployment)) {
    if (!node.service) continue;
    const listening = listeningOf(node);
    if (!listening) continue;
    const exposure = composeExposureOf(node, listening);
    let guard;
    if (exposure.kind === "published") guard = { node, at: exposure.entry.span, reach: describePublished(exposure) };
    else if (exposure.kind === "host-network") guard = { node, at: exposure.at, reach: "the host's own network (network_mode: host)" };
    else continue;
    if (node.requirepass) guards.set(node.requirepass, guard);
    for (const user of node.settings("user")) {
      for (const arg of user.args) if (arg.secret && aclRuleKind(arg) === "add") guards.set(arg.secret, guard);
    }
  }
  return guards;
}

// rules/placeholder-password.ts
var MIN_LENGTH = 12;
var REDIS_NAME = /REDIS|SENTINEL|VALKEY/i;
var placeholder_password_default = defineRule({
  id: "placeholder-password",
  level: "warning",
  category: "security",
  security: { severity: 7.5 },
  docs: {
    summary: `A Redis or Sentinel password that is trivially guessable: a placeholder copied from documentation (\`foobared\`, \`changeme\`, \`your_redis_password_here\`, \u2026), shorter than ${MIN_LENGTH} characters, or equal to its user name.`,
    breaks: 'Whoever reaches the port guesses it: redis.conf itself warns that "an outside user can try up to 1 million passwords per second". The password is all that guards the data, and on a Sentinel all that stops strangers from redirecting clients. It is an error when a compose service publishes the port the password guards (`ports:` on a host address other than loopback; the official image also turns protected mode off): then anyone who reaches the host is one guess away. Elsewhere it is a warning: a `bind 0.0.0.0` in a conf file says which interfaces a node listens on, not who can reach that host. Checked: conf files, the lines a compose service hands to the servers (`--flags`, script-written lines), and compose `environment:` passwords of Redis services (`REDIS_PASSWORD=changeme`). Variables (`${VAR}`) are conf-unexpanded-variable\'s business and are skipped here, and so are ACL `#<sha256>` hashes.',
    fix: "Generate a long random password (e.g. `openssl rand -base64 32`) and keep it out of the repository.",
    example: { bad: "bad-foobared", good: "good-long-random-password" }
  },
  *check(deployment) {
    const published = publishedGuards(deployment);
    const reported2 = /* @__PURE__ */ new Set();
    const key = (s) => `${s.span.file}:${s.span.line}:${s.span.column}`;
    for (const conf of deployment.confs) {
      for (const password of passwordArgs(conf)) {
        if (!password.setsPassword || !password.login) continue;
        const weakness = weaknessOf(password.secret, password.user);
        if (!weakness) continue;
        reported2.add(key(password.secret));
        const guard = published.get(password.secret);
        if (!guard) {
          yield {
            at: password.secret.span,
            message: `${capitalize3(password.what)} in ${conf.file} ${weakness}: anyone who reaches the port can guess it. Use a long random password instead.`
          };
          continue;
        }
        const finding = {
          at: password.secret.span,
          level: "error",
          message: `${capitalize3(password.what)} of ${guard.node.name} ${weakness}, and its port is reachable on ${guard.reach}: anyone who reaches the host can guess it. Use a long random password instead.`,
          related: [{ at: guard.at, message: `${guard.node.name} is reachable from outside here` }]
        };
        yield finding;
      }
    }
    for (const { variable, service } of environmentSecrets(deployment)) {
      if (!variable.secret || !(REDIS_NAME.test(variable.name) || service.nodes.length > 0 || service.facts.image?.product)) continue;
      const weakness = weaknessOf(variable.secret, void 0);
      if (!weakness || reported2.has(key(variable.secret))) continue;
      yield {
        at: variable.secret.span,
        message: `The password in ${variable.name} of service ${service.facts.name} ${weakness}: anyone who reaches the port can guess it. Use a long random password instead.`
      };
    }
  }
});
function weaknessOf(secret, user) {
  if (secret.isEmpty || secret.isUnexpandedVariable || secret.isTemplate) return void 0;
  if (secret.isPlaceholder) return "is a well-known placeholder of the kind documentation and examples use";
  if (user !== void 0 && secret.sameAs(user)) return `is the same as its user name`;
  if (secret.length < MIN_LENGTH) return `is shorter than ${MIN_LENGTH} characters`;
  return void 0;
}
var capitalize3 = (text) => text[0].toUpperCase() + text.slice(1);

// rules/port-collision-same-host.ts
var port_collision_same_host_default = defineRule({
  id: "port-collision-same-host",
  level: "warning",
  category: "network",
  docs: {
    summary: "Two Redis or Sentinel processes that share one network namespace listen on the same port.",
    breaks: 'Processes in one container, services with `network_mode: host` (the Docker host\'s own network) and services joined with `network_mode: service:<x>` share one set of ports. Whichever process starts second cannot bind the port and exits with "Failed listening on port N (TCP), aborting." (server.c listenToPort, RULES.md E34); with a restart policy it restarts in a loop, without one it stays down.',
    fix: "Give each process in a shared namespace its own `port` (6379, 6380, \u2026; 26379, 26380, \u2026 for Sentinels), or run them in separate containers on a compose network.",
    example: { bad: "bad-host-network-same-port", good: "good-host-network-distinct-ports" }
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const byNamespace = /* @__PURE__ */ new Map();
      for (const service of project.services) {
        const key = namespaceKey(project, service);
        if (key === void 0) continue;
        byNamespace.set(key, [...byNamespace.get(key) ?? [], ...service.nodes]);
      }
      for (const [key, nodes] of byNamespace) {
        const seen = [];
        for (const node of nodes) {
          const first = seen.find((other) => collides(other, node));
          if (first) {
            const port = node.port.value;
            const how = key === "host" ? "the Docker host's network (network_mode: host)" : sharedHow(first, node);
            yield {
              at: node.setting("port")?.args[0]?.span ?? node.process?.span ?? node.declaredAt,
              message: `${node.name} and ${first.name} both listen on port ${port} in ${how}: whichever starts second exits with "Failed listening on port ${port} (TCP), aborting.". Give each its own port.`,
              related: [{ at: first.setting("port")?.args[0]?.span ?? first.process?.span ?? first.declaredAt, message: `${first.name} listens on port ${port}` }]
            };
          }
          seen.push(node);
        }
      }
    }
  }
});
function sharedHow(a, b) {
  return a.service === b.service ? `one container of service ${a.service.facts.name}` : "one shared network namespace (network_mode: service:\u2026)";
}
function collides(a, b) {
  if (!a.port.known || !b.port.known || a.port.value !== b.port.value || a.port.value === 0) return false;
  const la = listeningOf(a);
  const lb = listeningOf(b);
  if (!la || !lb || unknownBind(la) || unknownBind(lb)) return false;
  return blocks(la, lb) && blocks(lb, la);
}
function blocks(first, second) {
  return second.addresses.filter((s) => !s.optional).some((s) => first.addresses.some((f) => claims(normal(f.address), normal(s.address))));
}
var normal = (address) => address === "*" ? "0.0.0.0" : address === "::*" ? "::" : address.toLowerCase();
function claims(a, b) {
  if (a === b) return true;
  const v6 = (x) => x.includes(":");
  if (a === "0.0.0.0" || b === "0.0.0.0") return !v6(a) && !v6(b);
  if (a === "::" || b === "::") return v6(a) && v6(b);
  return false;
}
var unknownBind = (l) => l.addresses.some((x) => hasTemplatePlaceholder(x.address));

// rules/port-range-single-instance.ts
var port_range_single_instance_default = defineRule({
  id: "port-range-single-instance",
  level: "note",
  category: "compose",
  docs: {
    summary: "A service that runs one container publishes a range of host ports for one container port.",
    breaks: "Docker gives each container one free port of a published host range (`26379-26381:26379`), so a service that runs one container uses one of them and the rest stay unused (RULES.md \xA72.8, Compose ports). The range usually means more Sentinels or replicas were meant than the file starts, and which host port clients reach depends on what else holds ports on the host when the container starts. (Under `docker stack deploy` the ingress publishes every port of the range, so stack files are left alone.)",
    fix: "Publish one host port (`26379:26379`), or run as many containers as the range has ports (`deploy.replicas: 3`, or one service per Sentinel, each with its own host port).",
    example: { bad: "bad-sentinel-range-one-container", good: "good-range-for-three-replicas" }
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      if (looksLikeSwarmStack(project)) continue;
      for (const service of project.services) {
        if (!service.instances.known || service.instances.value !== 1) continue;
        for (const port of publishedPortsOf(service).filter(isPortPool)) {
          const range = describeHostPorts(port, port.published);
          yield {
            at: port.span,
            message: `service ${service.facts.name} runs one container but publishes ${size(port.published)} host ports (${range}) for container port ${port.target.start}: Docker binds one of them and the others stay unused. Publish a single host port, or run as many containers as the range has ports (deploy.replicas, or --scale).`
          };
        }
      }
    }
  }
});

// src/model/queries/celery-settings.ts
function celeryValue(config, key) {
  const setting = config.settings.get(key);
  if (!setting) return config.complete ? { state: "default" } : { state: "unknown" };
  if (setting.conditional) return { state: "unknown" };
  return { state: "set", setting, value: setting.resolved.value };
}
function celeryBool(config, key, fallback) {
  const found = celeryValue(config, key);
  if (found.state === "unknown") return void 0;
  if (found.state === "default") return { value: fallback };
  const value = truthy(found.value);
  return value === void 0 ? void 0 : { value, setting: found.setting };
}
function celeryNumber(config, key, fallback) {
  const found = celeryValue(config, key);
  if (found.state === "unknown") return void 0;
  if (found.state === "default") return { value: fallback };
  const value = numberOf(found.value);
  return value === void 0 ? void 0 : { value, setting: found.setting };
}
function truthy(value) {
  if (value.kind === "bool") return value.value;
  if (value.kind === "number") return value.value !== 0;
  if (value.kind === "none") return false;
  return void 0;
}
function numberOf(value) {
  if (value.kind === "number") return value.value;
  if (value.kind === "none") return null;
  return void 0;
}
function transportOptions2(config, key) {
  const found = celeryValue(config, key);
  if (found.state === "unknown") return void 0;
  if (found.state === "default") return { key };
  if (found.value.kind === "none") return { key, setting: found.setting };
  if (found.value.kind !== "dict" || !closedDict(found.value)) return void 0;
  return { key, setting: found.setting, dict: found.value };
}
function closedDict(dict) {
  return dict.opaque.length === 0 && dict.entries.every((e) => e.key.kind === "str" && knownText(e.key) !== void 0);
}
function optionEntry(options, name) {
  return options.dict ? lookupKey(options.dict, name) : void 0;
}
function optionNumber(options, name, fallback) {
  const entry = optionEntry(options, name);
  if (!entry) return { value: fallback };
  const value = numberOf(entry.value);
  return value === void 0 ? void 0 : { value, entry };
}
function brokerKind(deployment, config) {
  for (const key of ["broker_transport", "broker_read_url", "broker_write_url"]) {
    const found = celeryValue(config, key);
    if (found.state === "unknown" || found.state === "set" && found.value.kind !== "none") return "unknown";
  }
  return kindOf(deployment, config, "broker_url", "broker");
}
function backendKind(deployment, config) {
  return kindOf(deployment, config, "result_backend", "backend");
}
function settingUrl(deployment, config, setting, role) {
  return deployment.clients.urls.find(
    (u) => u.celery === config && u.role === role && u.origin === "python" && u.writtenAs === setting.writtenAs && sameSpan2(u.at, setting.at)
  );
}
function kindOf(deployment, config, key, role) {
  const found = celeryValue(config, key);
  if (found.state === "unknown") return "unknown";
  if (found.state === "default" || found.value.kind === "none") return "other";
  const url = settingUrl(deployment, config, found.setting, role);
  if (!url) {
    const text = knownText(found.value);
    return text !== void 0 && !/^(redis|rediss|sentinel)(\+socket)?:/i.test(text) ? "other" : "unknown";
  }
  const view = role === "broker" ? url.parsed.asKombuSees : url.parsed.asCeleryBackendSees;
  if (!view.name.known) return "unknown";
  const name = view.name.value.toLowerCase();
  if (name === "sentinel") return "sentinel";
  if (name === "redis" || name === "rediss") return "redis";
  return "other";
}
var sameSpan2 = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;
function describeConfig(config) {
  return config.kind === "app" ? `the Celery app in ${config.file}` : `the Celery settings in ${config.file}`;
}

// src/model/queries/transport-options.ts
var REDIS_CHANNEL = [
  "body_encoding",
  "deadletter_queue",
  "sep",
  "ack_emulation",
  "unacked_key",
  "unacked_index_key",
  "unacked_mutex_key",
  "unacked_mutex_expire",
  "visibility_timeout",
  "unacked_restore_limit",
  "unacked_restore_interval",
  "unacked_restore_throttle",
  "fanout_prefix",
  "fanout_patterns",
  "global_keyprefix",
  "socket_timeout",
  "socket_connect_timeout",
  "socket_keepalive",
  "socket_keepalive_options",
  "queue_order_strategy",
  "max_connections",
  "health_check_interval",
  "retry_on_timeout",
  "priority_steps",
  "client_name"
];
var SENTINEL_OPTIONS = ["master_name", "min_other_sentinels", "sentinel_kwargs"];
var REDIS_TRANSPORT = ["polling_interval", "unacked_restore_interval", "health_check_interval", "reauth_check_interval"];
var CONNECTION = ["max_retries", "interval_start", "interval_step", "interval_max", "connect_retries_timeout", "errback", "callback"];
var CELERY_BACKEND = ["retry_policy", "result_chord_ordered", "additional_connection_errors", "global_keyprefix", "master_name", "min_other_sentinels", "sentinel_kwargs"];
var BROKER_OPTIONS = /* @__PURE__ */ new Set([...REDIS_CHANNEL, ...SENTINEL_OPTIONS, ...REDIS_TRANSPORT, ...CONNECTION]);
var BACKEND_OPTIONS = /* @__PURE__ */ new Set([...BROKER_OPTIONS, ...CELERY_BACKEND]);
var DEFAULT_VISIBILITY_TIMEOUT = 3600;
var DEFAULT_BRPOP_TIMEOUT = 1;

// rules/prefetch-with-acks-late.ts
var DEFAULT_PREFETCH_MULTIPLIER = 4;
var prefetch_with_acks_late_default = defineRule({
  id: "prefetch-with-acks-late",
  level: "note",
  category: "client",
  docs: {
    summary: "`task_acks_late=True` with `worker_prefetch_multiplier` above 1 (Celery's default is 4) on a Redis broker.",
    breaks: "Each worker process reserves `worker_prefetch_multiplier` messages ahead. With late acknowledgement the prefetched messages wait unacknowledged behind the running task and age toward the Redis visibility timeout; when it passes they are redelivered to another worker while still reserved here, so they run twice, and short tasks queue behind long ones. Celery's optimizing guide recommends `worker_prefetch_multiplier = 1` with `task_acks_late` for long tasks (the seed guide's defect 19). A multiplier of 0 means no limit at all.",
    fix: "Set `worker_prefetch_multiplier = 1` (and keep `task_acks_late`), or set `worker_disable_prefetch = True` (Celery 5.6, Redis brokers).",
    example: { bad: "bad-default-prefetch", good: "good-prefetch-one" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const kind = brokerKind(deployment, config);
      if (kind !== "redis" && kind !== "sentinel") continue;
      const acksLate = celeryBool(config, "task_acks_late", false);
      if (!acksLate?.value || !acksLate.setting) continue;
      const disabled = celeryBool(config, "worker_disable_prefetch", false);
      const prefetch = celeryNumber(config, "worker_prefetch_multiplier", DEFAULT_PREFETCH_MULTIPLIER);
      if (!disabled || disabled.value || !prefetch || prefetch.value === null || prefetch.value === 1 || prefetch.value < 0) continue;
      const options = transportOptions2(config, "broker_transport_options");
      const visibility = options && optionNumber(options, "visibility_timeout", DEFAULT_VISIBILITY_TIMEOUT);
      const vt = visibility && visibility.value !== null ? ` (${visibility.value} s${visibility.entry ? "" : " by default"})` : "";
      const count2 = prefetch.value === 0 ? "with no limit (0)" : `${prefetch.value} messages per process${prefetch.setting ? "" : " (Celery's default)"}`;
      yield {
        at: prefetch.setting?.at ?? acksLate.setting.at,
        message: `${capitalize4(describeConfig(config))} prefetches ${count2} with task_acks_late=True: the reserved messages wait unacknowledged behind the running task and age toward the visibility timeout${vt}, after which they are redelivered and run twice. Set worker_prefetch_multiplier = 1 for long tasks.`,
        related: prefetch.setting ? [{ at: acksLate.setting.at, message: "task_acks_late is True here" }] : []
      };
    }
  }
});
var capitalize4 = (text) => text.charAt(0).toUpperCase() + text.slice(1);

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
        yield* compare2(group, master, replica);
      }
    }
  }
});
function* compare2(group, master, replica) {
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
  const covers2 = (x, y) => x.secrets.every((s) => y.secrets.some((t) => t.equals(s)));
  return covers2(a, b) && covers2(b, a);
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
    breaks: "Protected mode ignores `bind`: with no password, every client that does not connect from 127.0.0.1 or ::1 gets -DENIED, so a server bound to 0.0.0.0 for remote clients refuses them all (RULES.md \xA71.6, E22). Where the file leaves protected mode to its default, the protection depends on the build: redis-server turns it on, the official Docker image compiles it off, and there the same file is open to anyone who reaches the port. A compose service on the official image is not reported for the default: protected mode is known to be off there (image-protected-mode-off, no-auth-exposed).",
    fix: "Set `requirepass` (or ACL users with passwords): that lets remote clients in and keeps everyone else out.",
    example: { bad: "bad-bind-all-protected-mode-yes", good: "good-bind-all-with-password" }
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (accessUnknown(server)) continue;
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
      } else if (protectedMode.on === void 0 && !protectedMode.directive && listening.bind) {
        yield {
          at: remote[0].span,
          message: `With no password, only protected mode guards ${remote[0].address}: redis-server turns it on by default, so remote clients get -DENIED, but the official Docker image turns it off, and there anyone who reaches the port can read and change every key. Set requirepass.`
        };
      }
    }
  }
});

// rules/published-port-conflict.ts
var published_port_conflict_default = defineRule({
  id: "published-port-conflict",
  level: "error",
  category: "network",
  docs: {
    summary: "Two services of one compose file publish the same host port on the same address and protocol.",
    breaks: "Docker binds each published host port once per address: the container that starts second fails with \"Bind for 0.0.0.0:6379 failed: port is already allocated\", and `docker compose up` stops there (RULES.md \xA72.4, Compose ports). Swarm refuses the second service's port the same way. One service whose replicas share a fixed host port fails only under Compose (Swarm's ingress publishes it once for all replicas), and the file does not say which will run it, so that case is not reported.",
    fix: 'Give each service its own host port (`26380:26379` for the second Sentinel), or leave the host port out (`"26379"`) and let Docker pick a free one.',
    example: { bad: "bad-two-sentinels-26379", good: "good-one-host-port-each" }
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const claims2 = project.services.flatMap((service) => {
        const { instances: instances2 } = service;
        if (!instances2.known || instances2.value < 1 || !startsByDefault(service)) return [];
        return publishedPortsOf(service).map((port) => ({ port, containers: instances2.value }));
      }).filter(({ port }) => isPortPool(port) || size(port.published) === size(port.target));
      for (const [k, later] of claims2.entries()) {
        for (const earlier of claims2.slice(0, k)) {
          if (earlier.port.service === later.port.service) continue;
          const finding = sharedHostPort(earlier, later, project.file);
          if (finding) yield finding;
        }
      }
    }
  }
});
function sharedHostPort(a, b, file) {
  if (a.port.protocol !== b.port.protocol || !hostIpsOverlap(a.port.hostIp, b.port.hostIp)) return void 0;
  const overlap = intersect(a.port.published, b.port.published);
  if (!overlap || !mustCollide(a, b, overlap)) return void 0;
  const [first, second] = [a.port.service.facts.name, b.port.service.facts.name];
  const where = describeHostPorts({ hostIp: b.port.hostIp ?? a.port.hostIp, protocol: b.port.protocol }, overlap);
  const ports = size(overlap) === 1 ? `Host port ${where} is` : `Host ports ${where} are`;
  return {
    at: b.port.span,
    message: `${ports} published by both service ${first} and service ${second} in ${file}: whichever starts second fails with "port is already allocated". Give each service its own host port.`,
    related: [{ at: a.port.span, message: `service ${first} publishes ${describeHostPorts(a.port, a.port.published)}` }]
  };
}
function mustCollide(a, b, overlap) {
  const needA = needed(a);
  const needB = needed(b);
  if (needA && needB && intersect(needA, needB)) return true;
  const starved = (pool, other) => isPortPool(pool.port) && other !== void 0 && size(pool.port.published) - overlapSize(pool.port.published, other) < pool.containers;
  if (starved(a, needB) || starved(b, needA)) return true;
  if (!isPortPool(a.port) || !isPortPool(b.port)) return false;
  const union = size(a.port.published) + size(b.port.published) - size(overlap);
  return a.containers + b.containers > union;
}
function needed({ port, containers }) {
  return !isPortPool(port) || containers >= size(port.published) ? port.published : void 0;
}
function intersect(a, b) {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : void 0;
}
var overlapSize = (a, b) => {
  const shared = intersect(a, b);
  return shared ? size(shared) : 0;
};

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

// rules/reject-on-worker-lost-loop.ts
var reject_on_worker_lost_loop_default = defineRule({
  id: "reject-on-worker-lost-loop",
  level: "note",
  category: "client",
  docs: {
    summary: "`task_reject_on_worker_lost=True` (with `task_acks_late`) requeues a task whose worker process dies.",
    breaks: "When the process running a late-acknowledged task exits abruptly (killed by the OOM killer, a segfault in an extension), the message is rejected and requeued instead of acknowledged. A task that itself kills its worker is then delivered to the next worker and kills it too, again and again: Celery's configuration docs warn that enabling it \"can cause message loops\" (the seed guide's defect 20). Without `task_acks_late` the setting has no effect, so the rule needs both.",
    fix: "Leave `task_reject_on_worker_lost` off unless tasks are idempotent and a poison message is detected (for instance a retry counter in the task that gives up).",
    example: { bad: "bad-reject-on-lost", good: "good-acks-late-only" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      const reject = celeryBool(config, "task_reject_on_worker_lost", false);
      if (!reject?.value || !reject.setting) continue;
      const acksLate = celeryBool(config, "task_acks_late", false);
      if (!acksLate?.value) continue;
      yield {
        at: reject.setting.at,
        message: `task_reject_on_worker_lost=True in ${describeConfig(config)} requeues a late-acknowledged task when its worker process dies: a task that crashes or exhausts its worker is redelivered and crashes the next one, in a loop. Turn it off unless the tasks guard against poison messages.`,
        ...acksLate.setting ? { related: [{ at: acksLate.setting.at, message: "task_acks_late is True here" }] } : {}
      };
    }
  }
});

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

// rules/replica-persistence-asymmetric.ts
var replica_persistence_asymmetric_default = defineRule({
  id: "replica-persistence-asymmetric",
  level: "warning",
  category: "persistence",
  docs: {
    summary: "In a Sentinel group the master writes RDB snapshots or an append-only file and a replica writes neither, or the other way round.",
    breaks: "Sentinel may promote any replica (RULES.md \xA72.5, sdoc). When the master persists and a replica does not, the replica that becomes master after a failover keeps nothing on disk, and its next restart loses every queued task. When only the replicas persist, the master is the node that loses its data: a restarted master with nothing on disk comes back empty and, if it is still master, its empty data set replicates to the others. A node with no `save` line counts with the default schedule `3600 1 300 100 60 10000`.",
    fix: "Give every data node of the group the same persistence: the same `save` schedule and `appendonly` setting.",
    example: { bad: "bad-replica-save-off", good: "good-same-persistence" }
  },
  *check(deployment) {
    const seen = /* @__PURE__ */ new Set();
    for (const group of deployment.masterGroups) {
      const master = group.master;
      if (!master) continue;
      const m = persistenceOf(master);
      if (!m) continue;
      for (const replica of group.replicas) {
        const pair = `${master.name}\0${replica.name}`;
        if (seen.has(pair) || replica === master) continue;
        seen.add(pair);
        const r = persistenceOf(replica);
        if (!r || persists(r) === persists(m)) continue;
        yield persists(m) ? {
          at: offAt(replica, r),
          message: `${replica.name} writes nothing to disk, but its master ${master.name} writes ${describePersistence(m)}: after Sentinel promotes it, ${group.name} keeps no data across a restart. Persist on every node the same way.`,
          related: [onSide(master, m, "the master")]
        } : {
          at: offAt(master, m),
          message: `${master.name}, the master of ${group.name}, writes nothing to disk, while its replica ${replica.name} writes ${describePersistence(r)}: a restart of the master loses its data. Persist on every node the same way.`,
          related: [onSide(replica, r, "a replica")]
        };
      }
    }
  }
});
function offAt(node, p) {
  return p.rdb.at?.span ?? node.replicaof?.declaredAt ?? node.declaredAt;
}
function onSide(node, p, role) {
  const line = (p.aof.on ? p.aof.at : void 0) ?? (p.rdb.on ? p.rdb.at : void 0);
  return {
    at: line?.span ?? node.declaredAt,
    message: `${node.name} (${role}) writes ${describePersistence(p)}`
  };
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

// rules/replicaof-target-mismatch.ts
var replicaof_target_mismatch_default = defineRule({
  id: "replicaof-target-mismatch",
  level: "error",
  category: "topology",
  docs: {
    summary: "A compose data node replicates from an address where no data node listens, or from a replica of the master the Sentinels monitor.",
    breaks: 'redis-server accepts any `replicaof` host at start and resolves it only when it connects (RULES.md E36): a name no service, container_name or alias carries, or a port the master does not listen on inside its container (often the host port it publishes, which only the Docker host sees), loops every second on "Unable to connect to MASTER" and the replica never gets any data. A replica of a replica is not in the master\'s INFO, where Sentinel discovers replicas (sentinel.c sentinelRefreshInstanceInfo): Sentinel never sees it, never promotes it and never reconfigures it after a failover.',
    fix: "Point `replicaof` at the master the Sentinels monitor, by its service name and the port its server listens on inside its container (`replicaof redis-master 6379`).",
    example: { bad: "bad-host-port-used", good: "good-container-port" }
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (server.scope.kind !== "compose" || !server.replicaof) continue;
      const finding = unreachable(server) ?? chained(deployment, server);
      if (finding) yield finding;
    }
  }
});
function unreachable(server) {
  const { host, port } = server.replicaof;
  const reach = reachFrom(server, host, port);
  if (reach.kind !== "no-such-host" && reach.kind !== "no-listener" || !port.known) return void 0;
  return {
    at: reach.kind === "no-such-host" ? host.span : port.span,
    message: `${server.name} replicates from ${host.text}:${port.value}, but ${explainMiss(reach, host.text, port.value, server.scope.project.file)}: it loops on "Unable to connect to MASTER" and never gets any data. ${reach.kind === "no-such-host" ? "Use the master's service name." : "Use the port the master listens on inside its container."}`,
    related: missRelated(reach)
  };
}
function chained(deployment, server) {
  const reach = reachFrom(server, server.replicaof.host, server.replicaof.port);
  if (reach.kind !== "node") return void 0;
  const upstream = reach.server;
  if (upstream === server || !upstream.replicaof || !upstream.master) return void 0;
  if (server.conf.rewrittenByServer || upstream.conf.rewrittenByServer) return void 0;
  const group = deployment.masterGroups.find((g) => g.scope === server.scope && g.master !== void 0 && g.master === upstream.master && g.master !== server);
  if (!group) return void 0;
  const master = group.master;
  const monitor = group.monitors[0];
  return {
    at: server.replicaof.host.span,
    message: `${server.name} replicates from ${upstream.name}, itself a replica of ${master.name}, which the Sentinels monitor as ${group.name}: Sentinel finds replicas only in the master's INFO, so it does not know ${server.name}, cannot promote it and does not repoint it when a failover moves the master. Replicate from ${master.service?.facts.name ?? master.name}${master.port.known ? ` ${master.port.value}` : ""} directly.`,
    related: [
      { at: upstream.replicaof.declaredAt, message: `${upstream.name} replicates from ${master.name}` },
      { at: monitor.declaredAt, message: `${monitor.sentinel.name} monitors ${group.name}` }
    ]
  };
}

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

// rules/role-not-persisted.ts
var role_not_persisted_default = defineRule({
  id: "role-not-persisted",
  level: "warning",
  category: "persistence",
  docs: {
    summary: "A data node in a Sentinel group cannot save the role Sentinel gives it: it runs without a config file, or with one that CONFIG REWRITE cannot replace.",
    breaks: "Sentinel changes a node's role with `MULTI; SLAVEOF \u2026; CONFIG REWRITE; \u2026; EXEC` (sentinel.c sentinelSendSlaveOf). Without a config file CONFIG REWRITE answers `ERR The server is running without a config file` (RULES.md E44); a single-file bind mount refuses the rename (`Device or resource busy`), a read-only mount the write; a file a script writes at each start is written again. The role change holds only in memory: a restarted old master boots as master and takes writes until Sentinel demotes it again, and a promoted replica boots as a replica of the old master.",
    fix: "Start each data node from its own writable config file in a mounted folder (`./redis-1:/usr/local/etc/redis` and `redis-server /usr/local/etc/redis/redis.conf`), written once, not at every start.",
    example: { bad: "bad-flags-only", good: "good-conf-in-mounted-folder" }
  },
  *check(deployment) {
    const seen = /* @__PURE__ */ new Set();
    for (const group of deployment.masterGroups) {
      if (group.scope.kind !== "compose") continue;
      for (const node of groupDataNodes(group)) {
        if (seen.has(node)) continue;
        seen.add(node);
        const finding = check3(group, node);
        if (finding) yield finding;
      }
    }
  }
});
function check3(group, node) {
  const process = node.process;
  if (!process || process.configUnknown || !process.certain) return void 0;
  const file = process.confFile;
  const related2 = group.monitors.slice(0, 1).map((m) => ({ at: m.declaredAt, message: `${m.sentinel.name} monitors ${group.name} and changes its roles` }));
  const lost2 = `so when Sentinel changes its role the change is not saved, and after a restart the node comes back in its old role until Sentinel converts it again`;
  if (!file) {
    return {
      at: process.span,
      message: `${node.name}, ${roleIn(group, node)}, runs from flags only, without a config file: CONFIG REWRITE fails ("ERR The server is running without a config file"), ${lost2}. Start it from a writable config file.`,
      related: related2
    };
  }
  const content = file.content;
  if (content.kind === "written" || content.kind === "copied" && file.containerPath !== void 0 && content.from !== file.containerPath) {
    const path = file.path.known ? file.path.value : "its config file";
    return {
      at: file.path.span,
      message: `${node.name}, ${roleIn(group, node)}, reads ${path}, which its script writes afresh at every start: the role CONFIG REWRITE saves there is overwritten, ${lost2}. Write the file only when it does not exist yet, in a mounted folder.`,
      related: related2
    };
  }
  const blocked = node.mounted && rewriteBlockedBy(node.mounted);
  if (!node.mounted || !blocked) return void 0;
  return {
    at: mountSpan(node.mounted),
    message: `${node.name}, ${roleIn(group, node)}, reads ${node.mounted.rootPath}, but CONFIG REWRITE cannot replace it (${blocked}), ${lost2}. Mount the folder that holds the file, writable, instead.`,
    related: related2
  };
}

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
    const reported2 = /* @__PURE__ */ new Set();
    for (const conf of deployment.confs) {
      for (const { secret, what } of passwordArgs(conf)) {
        if (secret.isEmpty || secret.isUnexpandedVariable || secret.isPlaceholder) continue;
        const key = `${secret.span.file}:${secret.span.line}:${secret.span.column}`;
        if (reported2.has(key)) continue;
        reported2.add(key);
        yield {
          at: secret.span,
          message: `${what[0].toUpperCase()}${what.slice(1)} is written literally in ${conf.file}, which is part of the repository: everyone who can read it has the password. Supply it at deploy time (an include of an uncommitted file) and change it.`
        };
      }
    }
  }
});

// rules/secret-on-command-line.ts
var secret_on_command_line_default = defineRule({
  id: "secret-on-command-line",
  level: "warning",
  category: "security",
  security: { severity: 5.5 },
  docs: {
    summary: "A password is passed on a compose command line: a `--requirepass`/`--masterauth`-style flag, or a `requirepass`/`masterauth`/`sentinel auth-pass`/`sentinel sentinel-pass` line that an `sh -c` script writes.",
    breaks: "Compose stores the command in the container's configuration, so `docker inspect` (and anything that reads it: monitoring agents, `docker compose config` in CI logs) shows the password. A `${VAR}` does not help: compose substitutes it before the container is created, so the value is what is stored. redis-server hides its own arguments once it starts, but a dash-based `sh -c` keeps the whole script in `ps` while it runs (busybox sh execs the last command instead) (RULES.md E15). A `$$VAR` that the container's shell expands at run time, or `$(cat /run/secrets/\u2026)`, is not on the command line and is not reported.",
    fix: "Put the password in a conf file the container reads (a compose `secrets:` or `configs:` file, or one the entrypoint writes from a secret file), not in `command:`. For Sentinel, mount a sentinel.conf that holds `sentinel auth-pass`.",
    example: { bad: "bad-requirepass-flag", good: "good-password-from-secret-file" }
  },
  *check(deployment) {
    for (const found of commandSecrets(deployment)) {
      if (found.secret.isEmpty || !onCommandLine(found)) continue;
      yield { at: found.secret.span, message: explain3(found) };
    }
  }
});
function onCommandLine({ secret, dollars, viaShell, service }) {
  if (dollars === void 0) {
    return !secret.isTemplate && !service.facts.environment.some((v) => v.secret && !v.secret.isTemplate && v.secret.equals(secret));
  }
  if (dollars.some((d) => d.form !== "escape")) return true;
  if (dollars.length) return !viaShell;
  return !secret.isTemplate;
}
function explain3({ what, node, viaShell, dollars }) {
  const where = viaShell ? `the sh -c script of ${node.service ? `service ${node.service.facts.name}` : node.name}` : `the command of service ${node.service?.facts.name}`;
  const variable = dollars?.some((d) => d.form !== "escape") ? " (compose substitutes the variable before it stores the command)" : "";
  return `${what[0].toUpperCase()}${what.slice(1)} is written into ${where}${variable}: docker inspect shows it to anyone who can reach the Docker daemon${viaShell ? " (and, on dash-based images, ps shows the script while it runs)" : ""}. Put it in a conf file the container reads from a secret instead.`;
}

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
var CONTROL = "can control this Sentinel without a password (SENTINEL SET, REMOVE, FAILOVER, MONITOR) and send clients to another master";
var sentinel_exposed_without_auth_default = defineRule({
  id: "sentinel-exposed-without-auth",
  level: "warning",
  category: "security",
  security: { severity: 7.5 },
  docs: {
    summary: "A Sentinel that clients on other machines can reach, with no password.",
    breaks: "Sentinel runs with protected mode off and listens on all interfaces unless `bind` says otherwise (sentinel.c initSentinelConfig, RULES.md \xA71.7, E22). Without `requirepass`, anyone who reaches its port can run SENTINEL SET, REMOVE, FAILOVER or MONITOR, and so send every client to a master of their choosing. In compose that is anyone who reaches a host port that publishes it (on an address other than 127.0.0.1/::1), or its port on the host with `network_mode: host`; a Sentinel whose port is not published is reachable only from the compose networks and is not reported.",
    fix: "Set `requirepass` on every Sentinel (the same one, or `sentinel-user`/`sentinel-pass`), and give clients the Sentinel password (`sentinel_kwargs` in Celery); in compose, publish Sentinel ports only where clients outside the project need them, on 127.0.0.1 when they run on the same host.",
    example: { bad: "bad-bind-all-no-password", good: "good-requirepass-set" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (accessUnknown(sentinel)) continue;
      const listening = listeningOf(sentinel);
      if (!listening || protectedModeOf(sentinel).on !== false) continue;
      const user = defaultUserOf(sentinel, deployment);
      if (!user?.nopass || !user.enabled) continue;
      const finding = sentinel.service ? composeFinding2(sentinel, listening) : confFinding2(sentinel, listening);
      if (finding) yield finding;
    }
  }
});
function confFinding2(sentinel, listening) {
  const remote = networkAddresses(listening);
  if (remote.length === 0) return void 0;
  const port = sentinel.port.known ? String(sentinel.port.value) : "its port";
  const at = listening.bind ? remote[0].span : sentinel.setting("port")?.span ?? sentinel.monitors[0]?.declaredAt ?? sentinel.declaredAt;
  return {
    at,
    message: `Anyone who reaches port ${port} ${CONTROL}: it listens on ${describeBind(listening)}, Sentinel's protected mode is off, and no requirepass is set. Set requirepass on every Sentinel.`
  };
}
function composeFinding2(sentinel, listening) {
  const service = sentinel.service.facts;
  const exposure = composeExposureOf(sentinel, listening);
  const port = sentinel.port.known ? sentinel.port.value : 26379;
  if (exposure.kind === "published") {
    return {
      at: exposure.entry.span,
      message: `Anyone who can reach the Docker host ${CONTROL}: service ${service.name} publishes its Sentinel port ${port} at ${describePublished(exposure)}, Sentinel's protected mode is off, and no requirepass is set. Set requirepass on every Sentinel.`,
      related: [{ at: service.span, message: `service ${service.name} runs this Sentinel` }]
    };
  }
  if (exposure.kind === "host-network") {
    return {
      at: exposure.at,
      message: `Anyone who reaches port ${port} of this host ${CONTROL}: service ${service.name} runs on the host's network and listens on ${describeBind(listening)}, Sentinel's protected mode is off, and no requirepass is set. Set requirepass on every Sentinel.`,
      related: [{ at: service.span, message: `service ${service.name} runs this Sentinel` }]
    };
  }
  return void 0;
}

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

// rules/sentinel-kwargs-drops-timeouts.ts
var TIMEOUTS = ["socket_timeout", "socket_connect_timeout"];
var sentinel_kwargs_drops_timeouts_default = defineRule({
  id: "sentinel-kwargs-drops-timeouts",
  level: "note",
  category: "client",
  docs: {
    summary: "`sentinel_kwargs` is given without `socket_timeout` / `socket_connect_timeout`, so the connections to the Sentinels have no timeout.",
    breaks: "`sentinel_kwargs` holds the options of the Sentinel connections only. When it is absent, redis-py copies the `socket_*` options of the master connection to them; when it is given, it is used as is (redis-py `Sentinel.__init__`), so a `socket_timeout` set in the transport options or on `Sentinel(...)` does not reach the Sentinels. A Sentinel host that is down or blackholed then blocks master discovery for the operating system's connect timeout (minutes), and one that accepts but never answers blocks it for good: start-up and every reconnect hang instead of moving on to the next Sentinel (RULES.md \xA71.8; the seed guide's defect 21). The rule reads Celery's `broker_transport_options` / `result_backend_transport_options` of a `sentinel://` URL and redis-py `Sentinel(..., sentinel_kwargs=...)`, and only literal dicts whose keys can all be listed.",
    fix: "Repeat the timeouts inside `sentinel_kwargs`: `'sentinel_kwargs': {'socket_timeout': 5, 'socket_connect_timeout': 5, ...}`.",
    example: { bad: "bad-password-only", good: "good-timeouts-repeated" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const cases = [
        { key: "broker_transport_options", sentinel: brokerKind(deployment, config) === "sentinel", what: "broker" },
        { key: "result_backend_transport_options", sentinel: backendKind(deployment, config) === "sentinel", what: "result backend" }
      ];
      for (const { key, sentinel, what } of cases) {
        if (!sentinel) continue;
        const options = transportOptions2(config, key);
        const entry = options && optionEntry(options, "sentinel_kwargs");
        if (!entry || !lacksTimeouts(entry.value)) continue;
        const masterTimeout = optionEntry(options, "socket_timeout");
        yield {
          at: entry.key.span,
          message: message(`sentinel_kwargs in ${key} (the ${what} of ${describeConfig(config)})`, masterTimeout ? `the socket_timeout of ${key}` : void 0),
          ...masterTimeout ? { related: [{ at: masterTimeout.key.span, message: "this timeout applies to the master connection only" }] } : {}
        };
      }
    }
    for (const client of deployment.clients.redisPy) {
      const kwarg = client.sentinel.kwargs.find((k) => k.name === "sentinel_kwargs");
      if (!kwarg || !client.sentinelKwargs || !lacksTimeouts(client.sentinelKwargs.value)) continue;
      const masterTimeout = client.kwargs.find((k) => k.name === "socket_timeout");
      yield {
        at: kwarg.nameSpan,
        message: message(`sentinel_kwargs of the redis-py Sentinel in ${client.file}`, masterTimeout ? "the socket_timeout given to Sentinel(...)" : void 0),
        ...masterTimeout ? { related: [{ at: masterTimeout.at, message: "this timeout applies to the master connections only" }] } : {}
      };
    }
  }
});
function lacksTimeouts(value) {
  return value.kind === "dict" && closedDict(value) && TIMEOUTS.every((t) => !lookupKey(value, t));
}
function message(what, dropped) {
  return `${what} sets no socket_timeout or socket_connect_timeout, so the Sentinel connections have none` + (dropped ? ` (${dropped} does not reach them once sentinel_kwargs is given)` : "") + ": an unreachable Sentinel host (packets dropped) or a hung Sentinel blocks master discovery instead of being skipped. Add 'socket_timeout' and 'socket_connect_timeout' to sentinel_kwargs.";
}

// rules/sentinel-kwargs-password-without-sentinel-auth.ts
var sentinel_kwargs_password_without_sentinel_auth_default = defineRule({
  id: "sentinel-kwargs-password-without-sentinel-auth",
  level: "error",
  category: "client",
  docs: {
    summary: "`sentinel_kwargs` gives the Sentinel connections a password, but none of the Sentinels the client asks has `requirepass`.",
    breaks: "`sentinel_kwargs` holds the options of the Sentinel connections only, so its password is sent to the Sentinels (not to the master). A Sentinel without `requirepass` answers the AUTH with \"AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?\": redis-py 4.3 raises it as a ResponseError, 4.4 and later skip every Sentinel and raise MasterNotFoundError, so the broker or result backend never reaches its master (RULES.md E38; the seed guide's defect 5). The rule reads `broker_transport_options` / `result_backend_transport_options` `sentinel_kwargs` for a Celery `sentinel://` URL, and redis-py `Sentinel(..., sentinel_kwargs=...)`. It fires only when every address the client dials is a Sentinel of the repository's compose project; a host name the project does not define, a port nothing listens on, or a value from an unset environment variable keeps it silent.",
    fix: "Remove `password` from `sentinel_kwargs`: the master's password belongs in the URL (`sentinel://:<password>@sentinel-1:26379;sentinel://:<password>@sentinel-2:26379`) or in `master_for(..., password=...)`. Keep it only if you also set `requirepass` (the same value) on every Sentinel.",
    example: { bad: "bad-master-password-sent-to-sentinels", good: "good-sentinels-require-password" }
  },
  check(deployment) {
    return oncePerPlace(findings3(deployment));
  }
});
function* findings3(deployment) {
  for (const client of sentinelClients(deployment)) {
    if (!client.sentinels || client.sentinelPassword.kind !== "set" || client.sentinelPassword.user) continue;
    const login = commonLogin(client.sentinels);
    if (login?.kind !== "none") continue;
    const names3 = client.sentinels.map((s) => s.name);
    yield {
      at: client.sentinelPassword.at,
      message: `sentinel_kwargs of ${client.describe} sends a password to the Sentinels, but ${nameList(names3)} ${names3.length === 1 ? "requires" : "require"} none (no requirepass): each answers the AUTH with an error, so no master is found (MasterNotFoundError). Remove the password from sentinel_kwargs (the master's password goes ${client.library === "celery" ? "in the URL as sentinel://:<password>@host" : "to master_for(..., password=...)"}), or set requirepass on every Sentinel.`,
      related: login.nodes.map((n) => ({ at: n.at, message: n.why }))
    };
  }
}

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

// rules/sentinel-master-name-missing.ts
var sentinel_master_name_missing_default = defineRule({
  id: "sentinel-master-name-missing",
  level: "error",
  category: "client",
  docs: {
    summary: "A `sentinel://` broker or result backend whose transport options do not name the master (`master_name`).",
    breaks: "The Sentinel URL lists only the Sentinels; which master to ask them for comes from `broker_transport_options['master_name']` (kombu) or `result_backend_transport_options['master_name']` (Celery's result backend). Without it the broker fails on its first connection with \"ValueError: 'master_name' transport option must be specified.\", and the result backend asks the Sentinels for the master `None` and fails with \"MasterNotFoundError: No master found for None\" (RULES.md E38, celery/backends/redis.py). The rule fires only when the URL in effect is `sentinel://` and every place that could set the option was read.",
    fix: "Add `'master_name': '<name>'` to the transport options of the broker (and of the result backend when it uses Sentinel too), with the name of the `sentinel monitor` line.",
    example: { bad: "bad-broker-without-master-name", good: "good-master-name-set" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const cases = [
        { url: "broker_url", key: "broker_transport_options", sentinel: brokerKind(deployment, config) === "sentinel", backend: false },
        { url: "result_backend", key: "result_backend_transport_options", sentinel: backendKind(deployment, config) === "sentinel", backend: true }
      ];
      for (const { url, key, sentinel, backend } of cases) {
        if (!sentinel) continue;
        const urlSetting = celeryValue(config, url);
        const options = transportOptions2(config, key);
        if (urlSetting.state !== "set" || !options || options.setting && !options.dict && options.setting.resolved.value.kind !== "none") continue;
        const entry = optionEntry(options, "master_name");
        if (entry && entry.value.kind !== "none") continue;
        const what = backend ? "result backend" : "broker";
        const failure = backend ? 'Celery asks the Sentinels for the master None and every result fails with "MasterNotFoundError: No master found for None"' : `kombu raises "ValueError: 'master_name' transport option must be specified." on the first connection`;
        const where = entry ? `${key} sets master_name to None` : options.setting ? `${key} has no 'master_name'` : `${key} is not set`;
        yield {
          at: entry?.key.span ?? options.setting?.at ?? urlSetting.setting.at,
          message: `The ${what} of ${describeConfig(config)} uses sentinel:// but ${where}: ${failure}. Add 'master_name': '<the name of the sentinel monitor line>' to ${key}.`,
          related: options.setting || entry ? [{ at: urlSetting.setting.at, message: `the ${what} URL (${urlSetting.setting.writtenAs}) uses sentinel://` }] : []
        };
      }
    }
  }
});

// rules/sentinel-monitor-loopback.ts
var sentinel_monitor_loopback_default = defineRule({
  id: "sentinel-monitor-loopback",
  level: "error",
  category: "topology",
  docs: {
    summary: "A compose Sentinel monitors 127.0.0.1, ::1 or localhost, but no data node runs in its container.",
    breaks: "Each compose service has its own network namespace: 127.0.0.1 inside the Sentinel's container is that container, not the Docker host and not the master's container (Docker \"Networking in Compose\"). The Sentinel connects to itself, finds no Redis server, marks the master down and never sees a replica; when the port is one the master publishes on the host, it is also the wrong port. Only `network_mode: host` or a namespace shared with the data node (`network_mode: service:<redis>`) make loopback reach it.",
    fix: "Monitor the master by its service name with `sentinel resolve-hostnames yes` (`sentinel monitor mymaster redis-master 6379 2`), or by a fixed `ipv4_address`, and use the port it listens on inside its container.",
    example: { bad: "bad-loopback-in-own-service", good: "good-shared-namespace" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (sentinel.scope.kind !== "compose" || !sentinel.service) continue;
      for (const monitor of sentinel.monitors) {
        if (!isLoopback(monitor.host.text.toLowerCase())) continue;
        const reach = reachFrom(sentinel, monitor.host, monitor.port);
        if (reach.kind !== "no-listener" || reach.servers.length > 0) continue;
        const port = monitor.port.known ? monitor.port.value : 0;
        const service = sentinel.service.facts.name;
        yield {
          at: monitor.host.span,
          message: `${sentinel.name} monitors ${monitor.name.text} at ${monitor.host.text}:${port}, but inside service ${service}'s container ${monitor.host.text} is that container, where no Redis server runs: the Sentinel sees the master down and never finds its replicas. ${advice2(monitor, port)}`,
          related: hint(monitor, port)
        };
      }
    }
  }
});
function candidates(monitor, port) {
  const project = monitor.sentinel.scope.project;
  const servers = project.services.flatMap((s) => s.nodes).filter((n) => n.conf.kind === "redis-conf");
  const out = [];
  for (const server of servers) {
    const published = publishedPortsOf(server.service).some((p) => p.protocol === "tcp" && p.published.start <= port && port <= p.published.end);
    if (published) out.push({ server, viaHostPort: true });
    else if (!server.replicaof && listeningPorts2(server)?.includes(port)) out.push({ server, viaHostPort: false });
  }
  return out;
}
function advice2(monitor, port) {
  const found = candidates(monitor, port);
  if (found.length !== 1) return "Monitor the master's service name with resolve-hostnames yes, and its container port.";
  const { server, viaHostPort } = found[0];
  const own2 = server.port.known ? server.port.value : port;
  const name = server.service.facts.name;
  return viaHostPort && own2 !== port ? `${port} is the host port of service ${name}; monitor ${name} ${own2} (its container port) with resolve-hostnames yes.` : `Monitor ${name} ${own2} with resolve-hostnames yes.`;
}
function hint(monitor, port) {
  const found = candidates(monitor, port);
  if (found.length !== 1) return [];
  const { server, viaHostPort } = found[0];
  const message2 = viaHostPort ? `service ${server.service.facts.name} publishes host port ${port}` : `${server.name} listens on port ${port} in its own container`;
  return [{ at: server.service.facts.span, message: message2 }];
}

// rules/sentinel-nat-without-announce.ts
var sentinel_nat_without_announce_default = defineRule({
  id: "sentinel-nat-without-announce",
  level: "warning",
  category: "network",
  docs: {
    summary: "A compose Sentinel or replica announces a host address but not the remapped host port that leads to it.",
    breaks: 'Sentinels find each other through the address and port each one announces, and find replicas through the address and port in the master\'s INFO. With `sentinel announce-ip` (or `replica-announce-ip`) set to a Docker host address but no `announce-port` (`replica-announce-port`), the node announces its container port, while on the host only the published port (e.g. 26380 for `26380:26379`) leads to it: the others connect to the wrong port \u2014 often another node \u2014 so Sentinels miss each other and replicas look unreachable; with no good replica there is no failover (redis-doc sentinel.md "Sentinel, Docker, NAT, and possible issues"; sentinel.c sentinelSendHello and replication.c use `port` when no announce port is set). Only what the files prove is reported: the announced address must be a host IP of a `ports:` entry, or be announced by several containers.',
    fix: "Set `sentinel announce-port` (`replica-announce-port`) to the published host port, or publish the port 1:1 (`26379:26379` on each host), or let the nodes talk on the compose network and drop the announce-ip.",
    example: { bad: "bad-announce-ip-without-port", good: "good-announce-ip-and-port" }
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const announces = announcesOf(project);
      for (const announce of announces) {
        const { node, ip } = announce;
        const service = node.service;
        if (service.facts.networkMode !== void 0 || !service.instances.known || service.instances.value !== 1 || !node.port.known) continue;
        if (!isHostAddress(project, announces, announce)) continue;
        const port = node.port.value;
        const published = publishedPortsOf(service).filter((p) => p.protocol === "tcp" && p.target.start <= port && port <= p.target.end);
        const hostPorts = published.map((p) => p.published.start === p.published.end && p.target.start === p.target.end ? p.published.start : void 0);
        if (published.length === 0 || hostPorts.some((h) => h === void 0 || h === port)) continue;
        const hostPort = hostPorts[0];
        yield {
          at: announce.at,
          message: `${node.name} announces ${ip}:${port}, but on ${ip} it is reached on host port ${hostPort} (${hostPort}:${port}): ${node.conf.kind === "sentinel-conf" ? "the other Sentinels connect to the wrong port and miss it" : "Sentinels take that address from the master's INFO, cannot reach the replica and never promote it"}. Add ${announce.portDirective} ${hostPort}.`,
          related: [{ at: published[0].span, message: `service ${service.facts.name} publishes container port ${port} on host port ${hostPort}` }]
        };
      }
    }
  }
});
function announcesOf(project) {
  const out = [];
  for (const service of project.services) {
    for (const node of service.nodes) {
      if (node.conf.kind === "sentinel-conf") {
        const sentinel = node;
        const ip = sentinel.global("announce-ip");
        const text = ip?.args[0]?.text;
        if (!ip || text === void 0 || !isIpLiteral(text) || sentinel.global("announce-port")) continue;
        out.push({ node, ip: text, at: ip.declaredAt, portDirective: "sentinel announce-port" });
      } else {
        const ip = node.setting("replica-announce-ip");
        const text = ip?.args[0]?.text;
        if (!ip || text === void 0 || !isIpLiteral(text) || node.setting("replica-announce-port")) continue;
        out.push({ node, ip: text, at: ip.span, portDirective: "replica-announce-port" });
      }
    }
  }
  return out;
}
function isHostAddress(project, announces, announce) {
  const ip = announce.ip.toLowerCase();
  const fixed = project.services.some((s) => s.facts.networks.some((n) => [n.ipv4Address, n.ipv6Address].some((a) => a?.known && a.value.toLowerCase() === ip)));
  if (fixed) return false;
  const portHostIp = project.services.some((s) => publishedPortsOf(s).some((p) => p.hostIp?.replace(/^\[(.*)\]$/, "$1") === ip));
  const shared = announces.some((other) => other !== announce && other.node.service !== announce.node.service && other.ip.toLowerCase() === ip);
  return portHostIp || shared;
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

// rules/sentinel-password-missing.ts
var sentinel_password_missing_default = defineRule({
  id: "sentinel-password-missing",
  level: "error",
  category: "client",
  docs: {
    summary: "The Sentinels a client asks require a password, but the client gives none in `sentinel_kwargs`.",
    breaks: "A password in the URL (`sentinel://:pw@host`) or in `master_for` is sent to the master only; the Sentinel connections get only `sentinel_kwargs` (redis-py copies just the `socket_*` options when it is absent, and Celery's result backend defaults it to `{}`; RULES.md \xA71.8). A Sentinel with `requirepass` answers `SENTINEL get-master-addr-by-name` with \"NOAUTH Authentication required.\", so every Sentinel fails and the client raises MasterNotFoundError or an AuthenticationError. The rule fires only when every address the client dials is a Sentinel of the repository's compose project and each of them has `requirepass`; otherwise (an unknown host, an ACL file, a Sentinel without a password among them) it stays silent.",
    fix: 'Add the Sentinels\' password to `sentinel_kwargs`: `broker_transport_options = {"master_name": "mymaster", "sentinel_kwargs": {"password": SENTINEL_PASSWORD}}` (and the same in `result_backend_transport_options`), or `Sentinel([...], sentinel_kwargs={"password": SENTINEL_PASSWORD})` in redis-py.',
    example: { bad: "bad-no-sentinel-kwargs", good: "good-sentinel-kwargs-password" }
  },
  check(deployment) {
    return oncePerPlace(findings4(deployment));
  }
});
function* findings4(deployment) {
  for (const client of sentinelClients(deployment)) {
    if (!client.sentinels || client.sentinelPassword.kind !== "none") continue;
    const login = commonLogin(client.sentinels);
    if (login?.kind !== "password") continue;
    const names3 = client.sentinels.map((s) => s.name);
    yield {
      at: client.sentinelPassword.at,
      message: `${capitalize5(client.describe)} sends no password to the Sentinels, but ${nameList(names3)} ${names3.length === 1 ? "requires" : "require"} one: every Sentinel answers NOAUTH, so no master is found. Add the Sentinels' password as sentinel_kwargs={'password': ...} (a password in the URL goes to the master only).`,
      related: login.nodes.map((n) => ({ at: n.at, message: n.why }))
    };
  }
}
var capitalize5 = (text) => text.charAt(0).toUpperCase() + text.slice(1);

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
        const message2 = explain4(sentinel, cannotReach, rejected, sent.get(sentinel), group.name);
        const key = `${own2.at.file}:${own2.at.line}:${own2.at.column}:${message2}`;
        if (reported2.has(key)) continue;
        reported2.add(key);
        yield {
          at: own2.at,
          message: message2,
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
function explain4(sentinel, cannotReach, rejected, sent, master) {
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
var FIX = "Delete the myid line from the copies; each Sentinel generates its own at start.";
var sentinel_shared_identity_default = defineRule({
  id: "sentinel-shared-identity",
  level: "error",
  category: "topology",
  docs: {
    summary: "Several Sentinels of one master have the same `sentinel myid`, or read one mounted sentinel.conf.",
    breaks: "A Sentinel drops every hello message that carries its own id (sentinel.c sentinelReceiveHelloMessages), so Sentinels that share an id never discover each other: each reports num-other-sentinels 0, SENTINEL CKQUORUM answers NOQUORUM, and no failover can be authorised (RULES.md E31). It happens when a sentinel.conf that Sentinel already rewrote (it writes `sentinel myid` on first start) is copied to the other nodes, and when one sentinel.conf is mounted into several Sentinel containers: the first to start writes its id into the file, and every container that starts from it after that takes the same id.",
    fix: "Delete the `sentinel myid` line (and the `known-sentinel`, `known-replica` and epoch lines) from the copies: each Sentinel generates its own id at start. In compose, give each Sentinel its own file in its own mounted folder, or have its script write its own copy in the container.",
    example: { bad: "bad-copied-myid", good: "good-distinct-myids" }
  },
  *check(deployment) {
    const peers = peersOf(deployment);
    const shared = /* @__PURE__ */ new Set();
    yield* sharedMounts(deployment, peers, shared);
    for (const sentinel of deployment.sentinels) {
      const id = idOf(sentinel);
      if (!id || shared.has(sentinel)) continue;
      const twins = [...peers.get(sentinel) ?? []].filter((peer) => !shared.has(peer) && idOf(peer)?.text === id.text);
      if (twins.length > 0) {
        twins.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        yield {
          at: id.span,
          message: `${sentinel.name} has the same sentinel myid as ${nameList(twins.map((t) => t.name))}: a Sentinel ignores hellos that carry its own id, so these Sentinels never see each other and cannot reach a quorum or a majority together. ${FIX}`,
          related: twins.map((twin) => ({ at: idOf(twin).span, message: `${twin.name} has the same myid` }))
        };
      } else if (sentinel.monitors.length > 0 && runsSeveral([sentinel])) {
        yield {
          at: id.span,
          message: `${sentinel.name} runs ${count(sentinel)} containers that all read this sentinel myid: a Sentinel ignores hellos that carry its own id, so they never see each other and cannot reach a quorum or a majority together. Remove the myid line; each container then generates its own.`
        };
      }
    }
  }
});
var idOf = (sentinel) => {
  const arg = sentinel.global("myid")?.args[0];
  return arg && arg.text.length === 40 ? arg : void 0;
};
var count = (sentinel) => sentinel.instances.known ? String(sentinel.instances.value) : "several";
function peersOf(deployment) {
  const peers = /* @__PURE__ */ new Map();
  for (const group of deployment.masterGroups) {
    for (const a of group.monitors) {
      for (const b of group.monitors) {
        if (a.sentinel === b.sentinel) continue;
        peers.set(a.sentinel, (peers.get(a.sentinel) ?? /* @__PURE__ */ new Set()).add(b.sentinel));
      }
    }
  }
  return peers;
}
function* sharedMounts(deployment, peers, shared) {
  const byFile = /* @__PURE__ */ new Map();
  for (const sentinel of deployment.sentinels) {
    const project = sentinel.service?.project;
    if (!project || !sentinel.mounted || !readsMountedFileItself(sentinel) || sentinel.monitors.length === 0) continue;
    const key = `${project.rootPath}\0${sentinel.mounted.rootPath}`;
    byFile.set(key, [...byFile.get(key) ?? [], sentinel]);
  }
  for (const sharing of byFile.values()) {
    const meeting = sharing.filter((s) => sharing.some((o) => o !== s && peers.get(s)?.has(o)) || runsSeveral([s]));
    if (!runsSeveral(meeting)) continue;
    const rewritable = meeting.filter((s) => !rewriteBlockedBy(s.mounted));
    const withId = meeting.filter((s) => rewriteBlockedBy(s.mounted) && idOf(s));
    const affected = [...rewritable, ...withId];
    if (!runsSeveral(affected)) continue;
    for (const sentinel of affected) {
      shared.add(sentinel);
      const others = affected.filter((o) => o !== sentinel);
      const mounted = sentinel.mounted;
      const how = others.length ? `shares ${mounted.rootPath} with ${nameList(others.map((o) => o.name))}` : `runs ${count(sentinel)} containers from ${mounted.rootPath}`;
      const why = idOf(sentinel) ? "the file holds a sentinel myid, so all of them take that id" : "the first Sentinel to start writes its generated myid into the file, and every one that starts from it after that takes the same id";
      yield {
        at: mountSpan(mounted),
        message: `${sentinel.name} ${how}: ${why}. A Sentinel ignores hellos that carry its own id, so they never see each other and cannot reach a quorum or a majority together. Give each Sentinel its own file in its own mounted folder.`,
        related: others.map((o) => ({ at: mountSpan(o.mounted), message: `${o.name} mounts the same file` }))
      };
    }
  }
}

// rules/sentinel-state-ephemeral.ts
var STATE = "its myid, the epochs, the current master after a failover, the known replicas and Sentinels";
var sentinel_state_ephemeral_default = defineRule({
  id: "sentinel-state-ephemeral",
  level: "warning",
  category: "persistence",
  docs: {
    summary: "A compose Sentinel cannot keep the state it writes into its config file: a script writes the file afresh at every start, or the file is a single-file or read-only mount.",
    breaks: "Sentinel saves its state in its config file: its myid, the epochs, the master it follows after a failover, the known replicas and Sentinels (RULES.md \xA71.5, E26). A file that the container's script writes at every start loses all of it at each restart: the Sentinel comes back with a new id, epoch 0 and the master from before the failover. Sentinel saves by writing a temporary file beside the config and renaming it over the file: on a single-file bind mount the rename fails (`Device or resource busy`) and Sentinel logs `WARNING: Sentinel was not able to save the new configuration on disk!!!`; a read-only file stops it at start (`Sentinel config file \u2026 is not writable`, E21).",
    fix: "Mount a folder (a named volume or a bind-mounted directory) at the config file's folder, writable, and write the file there only when it does not exist yet.",
    example: { bad: "bad-script-writes-conf", good: "good-conf-in-mounted-folder" }
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      const finding = check4(sentinel);
      if (finding) yield finding;
    }
  }
});
function check4(sentinel) {
  const process = sentinel.process;
  const file = process?.confFile;
  if (!sentinel.service || !process || !file || process.configUnknown || !process.certain) return void 0;
  const content = file.content;
  const path = file.path.known ? file.path.value : "its config file";
  if (content.kind === "written" || content.kind === "copied" && file.containerPath !== void 0 && content.from !== file.containerPath) {
    return {
      at: file.path.span,
      message: `${sentinel.name}'s script writes ${path} afresh at every start, so what Sentinel saves there (${STATE}) is lost whenever the container restarts or is recreated. Keep the file in a mounted folder and write it only when it does not exist yet.`
    };
  }
  const mounted = sentinel.mounted;
  const blocked = mounted && rewriteBlockedBy(mounted);
  if (!mounted || !blocked) return void 0;
  const outcome = mounted.readOnly ? `Sentinel refuses to start ("Sentinel config file ${file.path.known ? path : "\u2026"} is not writable")` : `Sentinel cannot save its state there (${STATE}): it logs "WARNING: Sentinel was not able to save the new configuration on disk!!!" and forgets it all at the next restart`;
  return {
    at: mountSpan(mounted),
    message: `${sentinel.name} reads ${mounted.rootPath}, but ${blocked}: ${outcome}. Mount the folder that holds the file, writable, instead.`
  };
}

// src/model/queries/sentinel-url-problems.ts
var ORIGIN_RANK = { python: 0, "env-file": 1, compose: 2 };
function sentinelUrlProblems(clients, kinds, where = (_url, problem) => problem.range) {
  const sites = /* @__PURE__ */ new Map();
  const urls = [...clients.urls].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin]);
  for (const url of urls) {
    if (!isSentinelUrl(url)) continue;
    for (const problem of url.parsed.problems) {
      if (!kinds.includes(problem.kind)) continue;
      const span = url.index.span(...where(url, problem));
      const key = `${problem.kind}|${span.file}|${span.line}:${span.column}-${span.endLine}:${span.endColumn}`;
      let site = sites.get(key);
      if (!site) {
        site = { kind: problem.kind, span, uses: [], roles: /* @__PURE__ */ new Set() };
        sites.set(key, site);
      }
      site.uses.push({ url, problem });
      site.roles.add(url.role);
    }
  }
  return [...sites.values()];
}
function isSentinelUrl(url) {
  return url.parsed.scheme.known && url.parsed.scheme.value === "sentinel";
}
function ordinal(chunk) {
  const n = chunk + 1;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}
var PLAIN_HOST = /^[A-Za-z0-9._-]{1,253}$/;
function endpointWords(url, endpoint) {
  const chunk = url.parsed.chunks[endpoint.chunk];
  const hidden = !chunk || chunk.user !== void 0 || chunk.password !== void 0;
  const host = endpoint.host;
  const port = endpoint.port.known ? String(endpoint.port.value) : "an unknown port";
  if (!host.known) return `an unknown host (port ${port})`;
  if (host.value === null) return `the local machine:${port}`;
  if (hidden || !PLAIN_HOST.test(host.value) || url.parsed.secrets.some((s) => s.sameAs(host.value))) return `a host at port ${port}`;
  return `${host.value}:${port}`;
}
function kombuSentinels(url) {
  const words = url.parsed.asKombuSees.endpoints.map((e) => endpointWords(url, e));
  if (words.length <= 1) return words[0] ?? "no sentinel";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function envFileUses(url, wanted = () => true) {
  const out = [];
  for (const use of url.env) {
    if (use.resolvedFrom !== "env-file" || !use.entry) continue;
    if (!wanted(use.entry.value.text)) continue;
    out.push({ at: use.entry.nameSpan, message: `${use.name} is set here; the code reads it into this URL` });
  }
  return out;
}

// rules/sentinel-url-missing-scheme.ts
var sentinel_url_missing_scheme_default = defineRule({
  id: "sentinel-url-missing-scheme",
  level: "error",
  category: "client",
  docs: {
    summary: "A sentinel address after a `;` in a `sentinel://` URL is written without its own `sentinel://`.",
    breaks: "kombu (the Celery broker) drops every `;` entry that does not start with `sentinel://` without a word and asks only the first sentinel: when that one is down the worker fails with `MasterNotFoundError: No master found for 'mymaster'` while the others are up (E37, E38). Celery's Sentinel result backend parses each entry as a URL, so `localhost:26380` becomes the host `380` on port 6379 and `sentinel2:26379` becomes `379:6379` (E39). Found in Python settings (literals, f-strings, values read from `.env`), `.env` entries and compose `environment:` values.",
    fix: "Repeat the scheme before every address: `sentinel://h1:26379;sentinel://h2:26379;sentinel://h3:26379`.",
    example: { bad: "bad-fstring-hosts", good: "good-scheme-on-every-address" }
  },
  *check(deployment) {
    for (const site of sentinelUrlProblems(deployment.clients, ["missing-scheme"], addressRange)) {
      const { url } = site.uses[0];
      const chunks = [...new Set(site.uses.filter((u) => u.url === url).map((u) => u.problem.chunk ?? 0))].sort((a, b) => a - b);
      const which = chunks.length === 1 ? `The ${ordinal(chunks[0])} sentinel address` : `The ${chunks.map(ordinal).join(" and ")} sentinel addresses`;
      const consequences = [];
      const broker = site.uses.find((u) => u.url.role !== "backend");
      if (broker) {
        consequences.push(
          `kombu drops ${chunks.length === 1 ? "it" : "them"} and asks only ${kombuSentinels(broker.url)} for the master, so with that sentinel down the broker fails with \`MasterNotFoundError\` although the others are up`
        );
      }
      const backend = site.uses.find((u) => u.url.role !== "broker");
      if (backend) {
        const dialed = chunks.map((chunk) => backend.url.parsed.asCeleryBackendSees.endpoints.find((e) => e.chunk === chunk)).filter((e) => e !== void 0).map((e) => endpointWords(backend.url, e));
        if (dialed.length) consequences.push(`Celery's result backend dials ${dialed.join(" and ")} as ${dialed.length === 1 ? "a sentinel" : "sentinels"} instead`);
      }
      const role = site.roles.has("backend") && site.roles.has("broker") ? " (broker and result backend)" : "";
      const finding = {
        at: site.span,
        message: `${which}${role} ${chunks.length === 1 ? "has" : "have"} no \`sentinel://\` of ${chunks.length === 1 ? "its" : "their"} own: ${consequences.join("; ")}. Write \`sentinel://\` before every address.`
      };
      const related2 = site.uses.flatMap((u) => envFileUses(u.url, (value) => value.includes(";"))).filter((r, i, all) => all.findIndex((o) => o.at.file === r.at.file && o.at.line === r.at.line) === i).filter((r) => !(r.at.file === site.span.file && r.at.line === site.span.line));
      if (related2.length) finding.related = related2;
      yield finding;
    }
  }
});
function addressRange(url, problem) {
  const chunk = url.parsed.chunks[problem.chunk ?? -1];
  if (!chunk) return problem.range;
  const start = problem.range[0];
  let end = start;
  for (const field of [chunk.scheme, chunk.host, chunk.port]) {
    if (field && field.range[1] > end && field.range[0] >= start) end = field.range[1];
  }
  return end > start ? [start, Math.min(end, problem.range[1])] : problem.range;
}

// rules/sentinel-url-options-not-first.ts
var sentinel_url_options_not_first_default = defineRule({
  id: "sentinel-url-options-not-first",
  level: "warning",
  category: "client",
  docs: {
    summary: "A db, user or password written on a later address of a `sentinel://` URL, not (or differently) on the first.",
    breaks: "kombu and Celery's Sentinel result backend read the db, user and password from the first address only (E37): `sentinel://h1:26379;sentinel://h2:26379/3` uses db 0, and a password on a later address is never sent, so the master answers `Authentication required.` Tasks land in another db than the one configured. A db written as a literal on a later address that equals the db in use is not reported (it changes nothing); one that comes from a variable (`/{REDIS_DB}`) is, whatever its value today.",
    fix: "Put `:password@` and `/db` on the first address (`sentinel://:pw@h1:26379/3;sentinel://:pw@h2:26379/3` is also fine).",
    example: { bad: "bad-db-on-last-address", good: "good-db-on-first-address" }
  },
  *check(deployment) {
    for (const site of sentinelUrlProblems(deployment.clients, ["options-not-first"])) {
      const messages = /* @__PURE__ */ new Set();
      for (const { url, problem } of site.uses) {
        const message3 = describe3(url, problem);
        if (message3) messages.add(message3);
      }
      const [message2] = messages;
      if (message2) yield { at: site.span, message: message2 };
    }
  }
});
function describe3(url, problem) {
  const chunks = url.parsed.chunks;
  const first = chunks[0];
  const chunk = chunks[problem.chunk ?? -1];
  if (!chunk) return void 0;
  const view = url.role === "backend" ? url.parsed.asCeleryBackendSees : url.parsed.asKombuSees;
  const who = url.role === "backend" ? "Celery's result backend" : url.role === "broker" ? "kombu" : "kombu and Celery's result backend";
  const where = `the ${ordinal(chunk.index)} address`;
  if (sameRange(chunk.path?.range, problem.range)) return dbMessage(url, chunk, view, who, where);
  if (sameRange(chunk.password?.range, problem.range)) {
    if (chunk.password?.known && first.password?.known && chunk.password.secret.equals(first.password.secret)) return void 0;
    const used = first.password ? "the first address's password" : "no password";
    return `The password on ${where} is ignored: ${who} reads it from the first address only, so ${used} is sent to the master (\`Authentication required.\` or \`WRONGPASS\` when it differs). Put \`:password@\` on the first address.`;
  }
  if (sameRange(chunk.user?.range, problem.range)) {
    const used = first.user?.known ? `the user \`${first.user.value}\`` : first.user ? "the first address's user" : "the default user";
    return `The user on ${where} is ignored: ${who} reads it from the first address only, so ${used} is used. Put \`user:password@\` on the first address.`;
  }
  return void 0;
}
function dbMessage(url, chunk, view, who, where) {
  const path = chunk.path;
  if (!view.db.known) return void 0;
  const used = view.db.value;
  const written = path.known && /^\/?[0-9]+\/?$/.test(path.value) ? Number(path.value.replace(/\//g, "")) : void 0;
  const literal = path.known && url.index.text.slice(path.range[0], path.range[1]) === path.value;
  if (literal && written === used) return void 0;
  if (written !== void 0 && written !== used) {
    return `The db ${written} on ${where} is ignored: ${who} reads the db from the first address only, so db ${used} is used. Put \`/${written}\` on the first address.`;
  }
  if (literal) return `The db on ${where} is ignored: ${who} reads the db from the first address only, so db ${used} is used. Put the \`/db\` on the first address.`;
  return `The db on ${where} comes from a variable and is ignored: ${who} reads the db from the first address only, so db ${used} is used whatever the variable says. Put the \`/db\` on the first address.`;
}
function sameRange(a, b) {
  return a !== void 0 && a[0] === b[0] && a[1] === b[1];
}

// rules/sentinel-url-separator.ts
var sentinel_url_separator_default = defineRule({
  id: "sentinel-url-separator",
  level: "error",
  category: "client",
  docs: {
    summary: "Sentinel addresses in a `sentinel://` URL separated by `,`, or a URL that ends with `;` (or holds `;;`).",
    breaks: "A `,` is not a separator: `sentinel://h1:26379,sentinel://h2:26379` is read as one address whose port is `26379,sentinel:`, and the app fails at start with `ValueError: Port could not be cast to integer value as \u2026` (E39; the error quotes the URL, password included). A trailing `;` is harmless to kombu, but Celery's Sentinel result backend parses the empty entry as a URL and adds `localhost:6379` to the sentinels it asks (E39). The trailing `;` is reported only where the URL is a result backend.",
    fix: "Separate the addresses with `;` and repeat `sentinel://` before each; drop the `;` at the end.",
    example: { bad: "bad-comma-separated", good: "good-semicolon-separated" }
  },
  *check(deployment) {
    for (const site of sentinelUrlProblems(deployment.clients, ["comma-separator"])) {
      const { url, problem } = site.uses[0];
      const error = parseError(url, problem);
      const effect = error ? `so the URL does not parse: \`${error.type}: ${error.message.replace("{}", "\u2026")}\`${error.when === "connect" ? " when the client connects" : " when the app starts"}` : "so the text around it is read as one address with a bogus host or port";
      yield {
        at: site.span,
        message: `Sentinel addresses are separated by \`,\`: kombu and Celery split on \`;\` only, ${effect}. Use \`;\` with \`sentinel://\` before every address.`
      };
    }
    for (const site of sentinelUrlProblems(deployment.clients, ["trailing-separator", "empty-chunk"], semicolonRange)) {
      const backend = site.uses.find((u) => u.url.role === "backend");
      if (!backend) continue;
      const dials = backend.url.parsed.asCeleryBackendSees.endpoints.find((e) => e.chunk === backend.problem.chunk);
      if (!dials || !dials.host.known || !dials.port.known) continue;
      const what = site.kind === "trailing-separator" ? "The result backend URL ends with `;`" : "The result backend URL holds two `;` in a row";
      const finding = {
        at: site.span,
        message: `${what}: Celery's Sentinel result backend reads the empty entry as an address and adds ${dials.host.value ?? "the local machine"}:${dials.port.value} to the sentinels it asks. Remove the extra \`;\`.`
      };
      yield finding;
    }
  }
});
function parseError(url, problem) {
  const views = url.role === "backend" ? [url.parsed.asCeleryBackendSees, url.parsed.asKombuSees] : [url.parsed.asKombuSees, url.parsed.asCeleryBackendSees];
  for (const view of views) {
    const error = view.errors.find((e) => e.chunk === problem.chunk && e.type === "ValueError");
    if (error) return error;
  }
  return void 0;
}
function semicolonRange(url, problem) {
  const at = problem.range[0];
  return url.index.text[at - 1] === ";" ? [at - 1, at] : problem.range;
}

// rules/sentinels-colocated.ts
var sentinels_colocated_default = defineRule({
  id: "sentinels-colocated",
  level: "note",
  category: "topology",
  docs: {
    summary: "Every Sentinel of a master runs in one compose project with no placement constraints: on one machine.",
    breaks: '`docker compose up` starts every service of a file on one Docker host, and without `deploy.placement` constraints nothing asks a swarm to keep the Sentinels apart. When that machine fails, the master, its replicas and all the Sentinels go together: no majority is left to elect a leader and fail over. The Sentinel documentation asks for Sentinels "placed into computers or virtual machines that are believed to fail in an independent way" (redis-doc sentinel.md, "Fundamental things to know", #2). Fine for development and tests; not high availability.',
    fix: "Run the Sentinels on separate machines: separate compose projects on separate hosts, or a swarm stack with `deploy.placement.constraints` (e.g. `node.labels.zone == a`) or `max_replicas_per_node: 1` per Sentinel service.",
    example: { bad: "bad-three-sentinels-one-file", good: "good-placement-constraints" }
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      if (group.scope.kind !== "compose") continue;
      const count2 = sentinelCountOf(deployment, group);
      if (!count2.known || count2.value < 2) continue;
      const services = [...new Set(group.monitors.flatMap((m) => m.sentinel.service ? [m.sentinel.service] : []))];
      if (services.length === 0 || services.some((s) => s.facts.placementConstraints.length > 0)) continue;
      services.sort((a, b) => a.facts.span.line - b.facts.span.line);
      const [first, ...others] = services;
      const file = group.scope.project.file;
      yield {
        at: first.facts.span,
        message: `All ${count2.value} Sentinels of ${group.name} (${nameList(services.map((s) => `service ${s.facts.name}`))}) come from ${file}: \`docker compose up\` runs them on one machine, and no placement constraint keeps a swarm from doing the same. When that machine fails, no majority (${majorityOf(count2.value)} of ${count2.value}) is left to fail over. Spread them over hosts that fail independently.`,
        related: others.map((s) => ({ at: s.facts.span, message: `service ${s.facts.name} also runs a Sentinel of ${group.name}` }))
      };
    }
  }
});

// rules/setting-names-mixed.ts
var LISTED = 5;
var setting_names_mixed_default = defineRule({
  id: "setting-names-mixed",
  level: "error",
  category: "client",
  docs: {
    summary: "A Celery config mixes old upper-case setting names (`BROKER_URL`, `CELERYD_PREFETCH_MULTIPLIER`) with new lower-case ones (`broker_url`).",
    breaks: "When the app first reads its settings, `detect_settings` (celery/app/utils.py) decides from the majority of the names which style the module uses, and raises `ImproperlyConfigured: Cannot mix new and old setting keys, please rename the following settings to the new format` (or \"Cannot mix new setting names with old setting names\" when the old names win) for every name of the other style whose counterpart is not also set. The worker and every producer fail at start (RULES.md \xA71.8, celery `E_MIX_OLD_INTO_NEW`). The rule reads the module `config_from_object` loads, or the `app.conf` settings when there is none; a namespace (`namespace='CELERY'`) makes Celery read new names only, so it never fires there; a setting inside `if`/`try`, or settings that cannot be listed, keep it silent.",
    fix: "Rename every setting to the new lower-case names (`BROKER_URL` \u2192 `broker_url`, `CELERYD_PREFETCH_MULTIPLIER` \u2192 `worker_prefetch_multiplier`); `celery upgrade settings <module>` does it.",
    example: { bad: "bad-old-name-among-new", good: "good-all-new-names" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (config.kind !== "app" || config.mixed.length === 0 || !config.complete) continue;
      const pool = detectedLines(config);
      if (pool.some((w) => w.conditional)) continue;
      const mixed = [...config.mixed].sort(byPosition);
      const first = mixed[0];
      const toNew = config.keyStyle === "new";
      const winners = pool.filter((w) => w.style === config.keyStyle && (w.style === "old" || SETTING_KEYS.has(w.writtenAs))).sort(byPosition);
      const rename = (w) => toNew ? oldKeyToNew(w.writtenAs) : newKeyToOld(w.writtenAs);
      const others = mixed.length > 1 ? ` (and ${mixed.length - 1} more)` : "";
      yield {
        at: first.at,
        message: toNew ? `${first.writtenAs} is an old setting name among new lower-case ones: Celery refuses the config on first use with "ImproperlyConfigured: Cannot mix new and old setting keys, please rename the following settings to the new format: ${first.writtenAs} -> ${rename(first)}". Rename it${others} to the new name.` : `${first.writtenAs} is a new setting name among mostly old upper-case ones: Celery refuses the config on first use with "ImproperlyConfigured: Cannot mix new setting names with old setting names". Rename all settings to the new lower-case names (${rename(first)} is the old form of this one).`,
        related: [
          ...mixed.slice(1, 1 + LISTED).map((w) => ({ at: w.at, message: `${w.writtenAs} is also refused (${toNew ? "new" : "old"} name: ${rename(w)})` })),
          ...winners.slice(0, LISTED).map((w) => ({ at: w.at, message: `${w.writtenAs} is a${toNew ? " new lower-case" : "n old upper-case"} name` }))
        ]
      };
    }
  }
});
function detectedLines(config) {
  if (config.configModule) return config.written.filter((w) => w.source === "config-module" && w.style !== "namespaced");
  const changes = config.app?.kwargs.find((k) => k.name === "changes")?.value.span;
  return config.written.filter((w) => w.source === "conf" || w.source === "app-kwarg" && changes !== void 0 && within2(w.at, changes));
}
function within2(at, span) {
  const after = at.line > span.line || at.line === span.line && at.column >= span.column;
  const before = at.line < span.endLine || at.line === span.endLine && at.column <= span.endColumn;
  return after && before;
}
function byPosition(a, b) {
  return a.file === b.file ? a.at.line - b.at.line || a.at.column - b.at.column : a.file < b.file ? -1 : 1;
}

// rules/socket-timeout-below-polling.ts
var socket_timeout_below_polling_default = defineRule({
  id: "socket-timeout-below-polling",
  level: "warning",
  category: "client",
  docs: {
    summary: "The Redis broker's `socket_timeout` is not longer than the BRPOP timeout the worker waits for messages with.",
    breaks: "A Celery worker on a Redis broker waits for tasks with `BRPOP <queues> <timeout>`: 1 second (kombu `Transport.brpop_timeout`); from kombu 5.6 the `polling_interval` transport option sets it. The server holds the reply for that long when the queues are empty, and a `socket_timeout` that is not longer makes the read time out first: `TimeoutError` on idle queues, reconnects and errors in the worker log (RULES.md \xA72.6, reasoned from kombu source, not reproduced). The rule reads literal `broker_transport_options` of a `redis://` / `sentinel://` broker.",
    fix: "Keep `socket_timeout` well above the BRPOP timeout (e.g. 5 s or more with the default 1 s polling), or lower `polling_interval`.",
    example: { bad: "bad-timeout-one-second", good: "good-timeout-above-polling" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const kind = brokerKind(deployment, config);
      if (kind !== "redis" && kind !== "sentinel") continue;
      const options = transportOptions2(config, "broker_transport_options");
      if (!options?.dict) continue;
      const timeout = optionNumber(options, "socket_timeout", null);
      const polling = optionNumber(options, "polling_interval", null);
      if (!timeout?.entry || timeout.value === null || timeout.value <= 0 || !polling) continue;
      const t = timeout.value;
      const p = polling.value;
      const older = t <= DEFAULT_BRPOP_TIMEOUT;
      const newer = p === 0 || t <= (p ?? DEFAULT_BRPOP_TIMEOUT);
      if (!older && !newer) continue;
      const wait = p === null ? `${DEFAULT_BRPOP_TIMEOUT} s BRPOP wait (kombu's default)` : `BRPOP wait (${DEFAULT_BRPOP_TIMEOUT} s before kombu 5.6, ${p === 0 ? "no limit from 5.6 with polling_interval 0" : `polling_interval ${p} s from 5.6`})`;
      const which = older && newer ? "" : newer ? " with kombu 5.6 or later" : " with kombu before 5.6";
      yield {
        at: timeout.entry.key.span,
        message: `The broker socket_timeout of ${describeConfig(config)} is ${t} s, not longer than the ${wait} on empty queues${which}: the read times out before Redis answers, so idle workers log TimeoutError and reconnect. Raise socket_timeout well above the BRPOP wait.`,
        ...polling.entry ? { related: [{ at: polling.entry.key.span, message: "polling_interval sets the BRPOP wait from kombu 5.6" }] } : {}
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

// rules/unknown-transport-option.ts
var BELONGS_ELSEWHERE = {
  password: "the master's password goes in the URL (sentinel://:<password>@host:26379), a Sentinel's in sentinel_kwargs",
  username: "the user name goes in the URL (sentinel://<user>:<password>@host:26379)",
  db: "the database number goes at the end of the first URL chunk (\u2026:26379/1)",
  host: "the address goes in the URL",
  port: "the port goes in the URL",
  ssl: "TLS options go in broker_use_ssl / redis_backend_use_ssl",
  master: "the Sentinel master's name option is master_name",
  service_name: "the Sentinel master's name option is master_name"
};
var unknown_transport_option_default = defineRule({
  id: "unknown-transport-option",
  level: "warning",
  category: "client",
  docs: {
    summary: "A key of `broker_transport_options` or `result_backend_transport_options` that the Redis transport and the Redis result backend do not read.",
    breaks: "kombu's Redis and Sentinel transport copy only the option names they list (`from_transport_options`, kombu/transport/redis.py) and the connection retry options; Celery's Redis result backend reads a few more (`retry_policy`, `master_name`, `sentinel_kwargs`, \u2026). Any other key, such as `master` for `master_name`, `password`, or `visibility-timeout` with a hyphen, is ignored without a word: the setting the author meant keeps its default (RULES.md \xA71.8). The rule checks only literal dicts whose keys can all be listed, and only when the broker or backend URL is `redis://`, `rediss://` or `sentinel://`.",
    fix: "Use the option name kombu reads (the message suggests one when the key is a near miss), or move the value where it belongs (a password into the URL).",
    example: { bad: "bad-misspelled-options", good: "good-kombu-options" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      const checks = [
        { key: "broker_transport_options", kind: brokerKind(deployment, config), known: BROKER_OPTIONS, what: "the Redis broker transport" },
        { key: "result_backend_transport_options", kind: backendKind(deployment, config), known: BACKEND_OPTIONS, what: "the Redis result backend" }
      ];
      for (const { key, kind, known: known2, what } of checks) {
        if (kind !== "redis" && kind !== "sentinel") continue;
        const options = transportOptions2(config, key);
        if (!options?.dict) continue;
        for (const entry of options.dict.entries) {
          const name = knownText(entry.key);
          if (known2.has(name)) continue;
          const near = closestName(name.replace(/-/g, "_"), [...known2]) ?? (known2.has(name.replace(/-/g, "_")) ? name.replace(/-/g, "_") : void 0);
          const elsewhere = BELONGS_ELSEWHERE[name.toLowerCase()];
          const hint2 = elsewhere ? `Note: ${elsewhere}.` : near ? `Did you mean ${near}?` : "Remove it or use a name kombu reads.";
          yield {
            at: entry.key.span,
            message: `'${name}' in ${options.setting.writtenAs} is not an option ${what} reads: it is ignored without a word. ${hint2}`
          };
        }
      }
    }
  }
});

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

// rules/visibility-timeout-inconsistent.ts
var visibility_timeout_inconsistent_default = defineRule({
  id: "visibility-timeout-inconsistent",
  level: "warning",
  category: "client",
  docs: {
    summary: "`visibility_timeout` is set in some but not all of `broker_transport_options`, `result_backend_transport_options` and the `visibility_timeout` setting, or with different values.",
    breaks: "Celery's Redis docs (\"Caveats\") require the same visibility timeout in all three places. The one that decides when an unacknowledged task is redelivered is `broker_transport_options['visibility_timeout']`: set only in the other places, the broker keeps kombu's default of 3600 s and long or ETA tasks run twice although the config seems to allow them. The rule fires on a `redis://` / `sentinel://` broker (the result backend place counts when the backend is Redis too), only when the whole config was read and the option dicts can be listed.",
    fix: "Set the same `visibility_timeout` in `broker_transport_options`, `result_backend_transport_options` (with a Redis result backend) and `visibility_timeout`.",
    example: { bad: "bad-only-top-level", good: "good-all-three" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const broker = brokerKind(deployment, config);
      if (broker !== "redis" && broker !== "sentinel") continue;
      const places = [];
      const keys = ["broker_transport_options"];
      const backend = backendKind(deployment, config);
      if (backend === "redis" || backend === "sentinel") keys.push("result_backend_transport_options");
      else if (backend === "unknown") continue;
      let readable = true;
      for (const key of keys) {
        const options = transportOptions2(config, key);
        if (!options) readable = false;
        const entry = options && optionEntry(options, "visibility_timeout");
        places.push({ name: key, ...entry ? { at: entry.key.span, value: entry.value } : {} });
      }
      const top = celeryValue(config, "visibility_timeout");
      if (!readable || top.state === "unknown") continue;
      places.push({ name: "visibility_timeout", ...top.state === "set" ? { at: top.setting.at, value: top.value } : {} });
      const set = places.filter((p) => p.at);
      if (set.length === 0) continue;
      const missing = places.filter((p) => !p.at);
      const first = set[0];
      const related2 = set.slice(1).map((p) => ({ at: p.at, message: `visibility_timeout is also set in ${p.name}` }));
      if (missing.length > 0) {
        const brokerMissing = missing.some((p) => p.name === "broker_transport_options");
        yield {
          at: first.at,
          message: `${describeConfig(config).replace(/^t/, "T")} sets visibility_timeout in ${nameList(set.map((p) => p.name))} but not in ${nameList(missing.map((p) => p.name))}; Celery's Redis docs require all of them` + (brokerMissing ? `, and the broker, which decides when unacknowledged tasks are redelivered, keeps the default 3600 s.` : ".") + ` Set the same value in each.`,
          related: related2
        };
        continue;
      }
      const values = set.map((p) => numberOf(p.value));
      if (values.some((v) => typeof v !== "number") || new Set(values).size === 1) continue;
      yield {
        at: first.at,
        message: `${describeConfig(config).replace(/^t/, "T")} sets different visibility timeouts (${set.map((p, i) => `${p.name} ${values[i]} s`).join(", ")}); Celery's Redis docs require the same value in each, and the broker uses the one in broker_transport_options.`,
        related: related2
      };
    }
  }
});

// rules/visibility-timeout-vs-acks-late.ts
var visibility_timeout_vs_acks_late_default = defineRule({
  id: "visibility-timeout-vs-acks-late",
  level: "warning",
  category: "client",
  docs: {
    summary: "`task_acks_late` on a Redis broker while tasks may run longer than the visibility timeout (no `task_time_limit`, or one not below it).",
    breaks: 'With `task_acks_late=True` a task\'s message stays unacknowledged until the task finishes. The Redis transport redelivers every message not acknowledged within `visibility_timeout` (kombu\'s default 3600 s) to another worker, so a task that runs longer is executed twice; ETA/countdown/retry tasks further away than the timeout are redelivered "again, and again in a loop" (Celery docs, Redis "Caveats"; the seed guide\'s defect 19). The rule fires when `task_time_limit` is not set or is not below the visibility timeout, on a `redis://` / `sentinel://` broker, and only when the whole config was read.',
    fix: "Set `task_time_limit` below the visibility timeout, or raise `visibility_timeout` above the longest task and ETA (in `broker_transport_options`, `result_backend_transport_options` and `visibility_timeout`, as the Celery docs ask).",
    example: { bad: "bad-acks-late-no-time-limit", good: "good-time-limit-below-timeout" }
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (!config.complete) continue;
      const kind = brokerKind(deployment, config);
      if (kind !== "redis" && kind !== "sentinel") continue;
      const acksLate = celeryBool(config, "task_acks_late", false);
      if (!acksLate?.value || !acksLate.setting) continue;
      const options = transportOptions2(config, "broker_transport_options");
      const visibility = options && optionNumber(options, "visibility_timeout", DEFAULT_VISIBILITY_TIMEOUT);
      const limit = celeryNumber(config, "task_time_limit", null);
      if (!visibility || visibility.value === null || !limit) continue;
      if (limit.value !== null && limit.value < visibility.value) continue;
      const vt = `${visibility.value} s${visibility.entry ? "" : " (kombu's default)"}`;
      const why = limit.value === null ? `nothing limits how long a task runs (no task_time_limit)` : `task_time_limit (${limit.value} s) lets a task run that long`;
      yield {
        at: acksLate.setting.at,
        message: `task_acks_late=True in ${describeConfig(config)} keeps a task's message unacknowledged until it finishes, and ${why}, while the Redis broker redelivers messages not acknowledged within the visibility timeout of ${vt}: a longer task (or an ETA/countdown further away) runs again on another worker. Set task_time_limit below the visibility timeout, or raise visibility_timeout in broker_transport_options.`,
        related: [
          ...visibility.entry ? [{ at: visibility.entry.key.span, message: `visibility_timeout is ${visibility.value} s here` }] : options?.setting ? [{ at: options.setting.at, message: `${options.setting.writtenAs} sets no visibility_timeout: kombu uses ${DEFAULT_VISIBILITY_TIMEOUT} s` }] : [],
          ...limit.setting ? [{ at: limit.setting.at, message: `task_time_limit is ${limit.value} s` }] : []
        ]
      };
    }
  }
});

// rules/index.ts
var rules = [
  bind_optional_address_default,
  broker_eviction_policy_default,
  broker_no_aof_default,
  broker_no_persistence_default,
  client_host_unknown_default,
  client_port_mismatch_default,
  compose_dollar_in_secret_default,
  compose_v1_layout_default,
  compose_version_obsolete_default,
  conf_acl_conflict_default,
  conf_bom_default,
  conf_directive_unsupported_default,
  conf_duplicate_directive_default,
  conf_file_shared_by_nodes_default,
  conf_ignored_directive_default,
  conf_include_missing_default,
  conf_inline_comment_default,
  conf_memory_unit_ambiguous_default,
  conf_parse_error_default,
  conf_save_accumulates_default,
  conf_unexpanded_variable_default,
  data_dir_not_on_volume_default,
  django_namespace_mismatch_default,
  down_after_too_low_default,
  env_overrides_broker_url_default,
  env_unquoted_semicolon_default,
  failover_timeout_short_default,
  image_protected_mode_off_default,
  master_missing_masterauth_default,
  master_name_mismatch_default,
  master_password_mismatch_default,
  master_password_missing_default,
  masterauth_mismatch_default,
  maxmemory_unset_default,
  min_replicas_disabled_default,
  min_replicas_unsatisfiable_default,
  monitor_target_unknown_default,
  no_auth_exposed_default,
  no_promotable_replica_default,
  no_restart_policy_default,
  parse_error_default,
  path_outside_root_default,
  placeholder_password_default,
  port_collision_same_host_default,
  port_range_single_instance_default,
  prefetch_with_acks_late_default,
  promotion_asymmetry_default,
  protected_mode_false_safety_default,
  published_port_conflict_default,
  quorum_above_majority_default,
  quorum_below_majority_default,
  quorum_exceeds_sentinels_default,
  reject_on_worker_lost_loop_default,
  rename_command_breaks_sentinel_default,
  replica_persistence_asymmetric_default,
  replica_writable_default,
  replicaof_target_mismatch_default,
  requirepass_ignored_by_aclfile_default,
  role_not_persisted_default,
  secret_in_repo_default,
  secret_on_command_line_default,
  sentinel_auth_pass_mismatch_default,
  sentinel_auth_user_acl_default,
  sentinel_count_even_default,
  sentinel_count_too_low_default,
  sentinel_exposed_without_auth_default,
  sentinel_hostname_not_announced_default,
  sentinel_hostname_without_resolve_default,
  sentinel_kwargs_drops_timeouts_default,
  sentinel_kwargs_password_without_sentinel_auth_default,
  sentinel_lenient_number_default,
  sentinel_master_name_missing_default,
  sentinel_monitor_loopback_default,
  sentinel_nat_without_announce_default,
  sentinel_order_legacy_default,
  sentinel_parse_error_default,
  sentinel_password_missing_default,
  sentinel_protected_mode_blocks_peers_default,
  sentinel_requirepass_ignored_default,
  sentinel_requirepass_inconsistent_default,
  sentinel_script_missing_default,
  sentinel_settings_drift_default,
  sentinel_shared_identity_default,
  sentinel_state_ephemeral_default,
  sentinel_url_missing_scheme_default,
  sentinel_url_options_not_first_default,
  sentinel_url_separator_default,
  sentinels_colocated_default,
  setting_names_mixed_default,
  socket_timeout_below_polling_default,
  state_dir_names_other_node_default,
  tls_incomplete_default,
  tls_replication_missing_default,
  unknown_transport_option_default,
  unused_suppression_default,
  visibility_timeout_inconsistent_default,
  visibility_timeout_vs_acks_late_default
];

export {
  effectiveDirectives,
  makeServer,
  makeSentinel,
  composeNodes,
  dataNodeAt,
  rules
};
