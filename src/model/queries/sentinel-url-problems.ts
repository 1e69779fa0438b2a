import type { Endpoint, Range, UrlProblem, UrlProblemKind } from '../../sources/client/broker-url.js';
import type { ClientFacts, ClientRole, ClientUrl } from '../clients.js';
import type { Span } from '../span.js';

/**
 * The problems the broker-URL reader found (`parsed.problems`), once per place in the files.
 *
 * One text reaches `clients.urls` several times: a `.env` `CELERY_BROKER_URL` is both an env-file
 * URL and the broker setting it overrides, and `Celery(broker=url, backend=url)` is a broker and a
 * backend read from the same characters. A rule reports each span once, knowing every role that
 * text plays (the broker's kombu and the backend's Celery read it differently).
 */
export interface UrlProblemSite {
  kind: UrlProblemKind;
  span: Span;
  /** The URLs (python first) whose problem sits here, and the problem in each. */
  uses: { url: ClientUrl; problem: UrlProblem }[];
  roles: Set<ClientRole>;
}

/** Python settings know the Celery role and the app; env-file and compose entries only their names. */
const ORIGIN_RANK = { python: 0, 'env-file': 1, compose: 2 } as const;

/** Problems of `kinds` in `sentinel://` URLs, grouped by the span `where` picks (default: the problem's range). */
export function sentinelUrlProblems(
  clients: ClientFacts,
  kinds: readonly UrlProblemKind[],
  where: (url: ClientUrl, problem: UrlProblem) => Range = (_url, problem) => problem.range,
): UrlProblemSite[] {
  const sites = new Map<string, UrlProblemSite>();
  const urls = [...clients.urls].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin]);
  for (const url of urls) {
    if (!isSentinelUrl(url)) continue;
    for (const problem of url.parsed.problems) {
      if (!kinds.includes(problem.kind)) continue;
      const span = url.index.span(...where(url, problem));
      const key = `${problem.kind}|${span.file}|${span.line}:${span.column}-${span.endLine}:${span.endColumn}`;
      let site = sites.get(key);
      if (!site) {
        site = { kind: problem.kind, span, uses: [], roles: new Set() };
        sites.set(key, site);
      }
      site.uses.push({ url, problem });
      site.roles.add(url.role);
    }
  }
  return [...sites.values()];
}

export function isSentinelUrl(url: ClientUrl): boolean {
  return url.parsed.scheme.known && url.parsed.scheme.value === 'sentinel';
}

/** `2nd`, `3rd`: chunk 1 is the second address. */
export function ordinal(chunk: number): string {
  const n = chunk + 1;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const PLAIN_HOST = /^[A-Za-z0-9._-]{1,253}$/;

/**
 * `host:port` of an address a client dials, for a message. A host is printed only when it is a
 * plain name or number from a part of the URL that holds no user or password (a chunk written
 * without `sentinel://` is cut at odd places, and the cut must not show part of a password).
 */
export function endpointWords(url: ClientUrl, endpoint: Endpoint): string {
  const chunk = url.parsed.chunks[endpoint.chunk];
  const hidden = !chunk || chunk.user !== undefined || chunk.password !== undefined;
  const host = endpoint.host;
  const port = endpoint.port.known ? String(endpoint.port.value) : 'an unknown port';
  if (!host.known) return `an unknown host (port ${port})`;
  if (host.value === null) return `the local machine:${port}`;
  if (hidden || !PLAIN_HOST.test(host.value) || url.parsed.secrets.some((s) => s.sameAs(host.value!))) return `a host at port ${port}`;
  return `${host.value}:${port}`;
}

/** The sentinels kombu asks for the master, in words: `sentinel1:26379` or `a:26379 and b:26379`. */
export function kombuSentinels(url: ClientUrl): string {
  const words = url.parsed.asKombuSees.endpoints.map((e) => endpointWords(url, e));
  if (words.length <= 1) return words[0] ?? 'no sentinel';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** How a URL is named in a message: `CELERY_BROKER_URL in .env`, `the result backend of celery_sentinel.py`. */
export function urlWords(url: ClientUrl): string {
  if (url.origin === 'env-file') return `${url.writtenAs} in ${url.at.file}`;
  if (url.origin === 'compose') return `${url.writtenAs} of service ${url.service ?? '?'} in ${url.at.file}`;
  const role = url.role === 'broker' ? 'broker URL' : url.role === 'backend' ? 'result backend URL' : 'Redis URL';
  return `the ${role} (\`${url.writtenAs}\`, ${url.at.file}:${url.at.line})`;
}

/** `.env` variables the URL's text came through, for `related`. Their values are never printed. */
export function envFileUses(url: ClientUrl, wanted: (value: string) => boolean = () => true): { at: Span; message: string }[] {
  const out: { at: Span; message: string }[] = [];
  for (const use of url.env) {
    if (use.resolvedFrom !== 'env-file' || !use.entry) continue;
    if (!wanted(use.entry.value.text)) continue;
    out.push({ at: use.entry.nameSpan, message: `${use.name} is set here; the code reads it into this URL` });
  }
  return out;
}
