/**
 * Whether Sentinel accepts a host without `resolve-hostnames yes`: anetResolve with ANET_IP_ONLY
 * (getaddrinfo + AI_NUMERICHOST) takes IPv4 and IPv6 literals only; `localhost` is a name.
 * Written without node:net, which a lint must not load.
 */
export function isIpLiteral(host: string): boolean {
  return isIPv4(host) || isIPv6(host);
}

export function isIPv4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

export function isIPv6(host: string): boolean {
  if (!host.includes(':') || !/^[0-9a-fA-F:.]+$/.test(host)) return false;
  const doubleColons = host.split('::').length - 1;
  if (doubleColons > 1) return false;
  const groups = host.split(':').filter((g) => g !== '');
  const last = groups[groups.length - 1];
  const embedsV4 = last !== undefined && last.includes('.');
  if (embedsV4 && !isIPv4(last)) return false;
  const hexGroups = embedsV4 ? groups.slice(0, -1) : groups;
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const width = hexGroups.length + (embedsV4 ? 2 : 0);
  return doubleColons === 1 ? width < 8 : width === 8;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
