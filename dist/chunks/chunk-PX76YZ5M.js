#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/model/address.ts
function isIpLiteral(host) {
  return isIPv4(host) || isIPv6(host);
}
function isIPv4(host) {
  const parts = host.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}
function isIPv6(host) {
  if (!host.includes(":") || !/^[0-9a-fA-F:.]+$/.test(host)) return false;
  const doubleColons = host.split("::").length - 1;
  if (doubleColons > 1) return false;
  const groups = host.split(":").filter((g) => g !== "");
  const last = groups[groups.length - 1];
  const embedsV4 = last !== void 0 && last.includes(".");
  if (embedsV4 && !isIPv4(last)) return false;
  const hexGroups = embedsV4 ? groups.slice(0, -1) : groups;
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const width = hexGroups.length + (embedsV4 ? 2 : 0);
  return doubleColons === 1 ? width < 8 : width === 8;
}
function isLoopback(host) {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

export {
  isIpLiteral,
  isLoopback
};
