import { fromAt, MappedTextBuilder, toAt, type MappedText } from '../compose/mapped-text.js';
import { HOLE_CHAR, PyText } from './urlparse-text.js';

/**
 * kombu's `url_to_parts` (kombu/utils/url.py; Celery's Redis backends call it as `_parse_url`)
 * on top of CPython 3.11's `urllib.parse`, transcribed as behaviour:
 *
 * - `scheme = urlparse(url).scheme`: leading C0 controls and spaces are stripped and `\t\r\n`
 *   removed first; the scheme is the text before the first `:` when it starts with an ASCII
 *   letter and holds only letters, digits, `+-.`; it is lower-cased. So `localhost:26380` has the
 *   scheme `localhost` (Python ≥ 3.9).
 * - `schemeless = url[len(scheme) + 3:]` is cut from the *original* string: it assumes `://`
 *   follows the scheme. `localhost:26380` leaves `380`; a leading space shifts the cut by one.
 * - The rest is parsed as `'http://' + schemeless`: the netloc runs to the first `/`, `?` or `#`;
 *   a `#` starts the fragment (dropped), a `?` the query. The user info is what precedes the *last*
 *   `@`; the user is cut from the password at the *first* `:`. The host is lower-cased (except an
 *   IPv6 zone); the port must be ASCII digits ≤ 65535, or `ValueError`. One leading `/` of the
 *   path is dropped. Host, user, password and path are percent-decoded (UTF-8, bad bytes → U+FFFD)
 *   and an empty one is None. The query is `dict(parse_qsl(query))`: `&`-separated, `+` is a space,
 *   fields without `=` or with an empty value are dropped, the last of a repeated name wins.
 */
export interface UrlParts {
  /** The scheme as written; '' when there is none. */
  scheme: PyText;
  /** Lower-cased, as urlparse returns it. */
  schemeName: string;
  /** The scheme is followed by `://` as url_to_parts assumes (a chunk like `localhost:26380` is not). */
  schemeSeparator: boolean;
  host?: Field;
  /** The port as written; `port` is its value when Python accepts it. */
  portText?: PyText;
  port?: number;
  user?: Field;
  password?: Field;
  /** The path without its first `/`: the vhost (db). */
  path?: Field;
  query: QueryField[];
  /** What Python raises while parsing; `quoted` is the text its message quotes. */
  error?: PyError;
}

/** A decoded part and the raw characters it came from. */
export interface Field {
  raw: PyText;
  value: MappedText;
}

export interface QueryField {
  name: Field;
  value: Field;
  /** The whole `name=value` as written. */
  raw: PyText;
}

export interface PyError {
  type: 'ValueError' | 'TypeError' | 'KeyError';
  /** Python's words, with `{}` where it quotes `quoted` (which may hold a secret: never print it). */
  message: string;
  quoted?: PyText;
}

const C0_OR_SPACE = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(i)).join('');
const UNSAFE = '\t\r\n';
const SCHEME_CHARS = /^[A-Za-z0-9+\-.]+$/;

/** `urlsplit(url).scheme` and the netloc it checks (it raises on a bad one). */
export function pyScheme(url: PyText): { scheme: PyText; error?: PyError } {
  let rest = url.lstrip(C0_OR_SPACE).filter((c) => !UNSAFE.includes(c));
  let scheme = rest.slice(0, 0);
  const i = rest.indexOf(':');
  if (i > 0 && /^[A-Za-z]/.test(rest.text) && SCHEME_CHARS.test(rest.text.slice(0, i))) {
    scheme = rest.slice(0, i);
    rest = rest.slice(i + 1);
  }
  if (!rest.text.startsWith('//')) return { scheme };
  const error = checkNetloc(splitNetloc(rest.slice(2)).netloc);
  return error ? { scheme, error } : { scheme };
}

export function urlToParts(source: MappedText, url: PyText): UrlParts {
  const { scheme, error: schemeError } = pyScheme(url);
  const schemeSeparator = scheme.length > 0 && url.text.startsWith(`${scheme.text}://`);
  const parts: UrlParts = { scheme, schemeName: scheme.text.toLowerCase(), schemeSeparator, query: [] };
  if (schemeError) return { ...parts, error: schemeError };

  const rest = url.slice(scheme.length + 3).filter((c) => !UNSAFE.includes(c));
  const { netloc, after } = splitNetloc(rest);
  const netlocError = checkNetloc(netloc);
  if (netlocError) return { ...parts, error: netlocError };

  let pathAndQuery = after;
  const hash = pathAndQuery.indexOf('#');
  if (hash !== -1) pathAndQuery = pathAndQuery.slice(0, hash);
  const [pathWithParams, , query] = pathAndQuery.partition('?');
  const path = splitParams(pathWithParams);

  const [userinfo, hasUserinfo, hostinfo] = netloc.rpartition('@');
  if (hasUserinfo) {
    const [user, hasPassword, password] = userinfo.partition(':');
    // `unquote(x or '') or None`: an empty user or password is None.
    if (user.length > 0) parts.user = field(source, user);
    if (hasPassword && password.length > 0) parts.password = field(source, password);
  }
  const [, bracketed, inBracket] = hostinfo.partition('[');
  let host: PyText;
  let port: PyText;
  if (bracketed) {
    [host] = inBracket.partition(']');
    [, , port] = inBracket.partition(']')[2].partition(':');
  } else {
    [host, , port] = hostinfo.partition(':');
  }
  if (host.length > 0) parts.host = field(source, host, lowerHost(source, host));
  if (port.length > 0) {
    parts.portText = port;
    if (port.text.includes(HOLE_CHAR)) {
      // An unknown port: neither a value nor an error can be claimed.
    } else if (!/^[0-9]+$/.test(port.text)) {
      parts.error = { type: 'ValueError', message: 'Port could not be cast to integer value as {}', quoted: port };
    } else if (Number(port.text) > 65535) {
      parts.error = { type: 'ValueError', message: 'Port out of range 0-65535' };
    } else parts.port = Number(port.text);
  }
  const vhost = path.text.startsWith('/') ? path.slice(1) : path;
  if (vhost.length > 0) parts.path = field(source, vhost);
  parts.query = parseQsl(source, query);
  return parts;
}

function splitNetloc(url: PyText): { netloc: PyText; after: PyText } {
  let end = url.length;
  for (const c of '/?#') {
    const i = url.indexOf(c);
    if (i !== -1) end = Math.min(end, i);
  }
  return { netloc: url.slice(0, end), after: url.slice(end) };
}

/** urlsplit's checks of a netloc: brackets, the bracketed host, NFKC look-alikes. */
function checkNetloc(netloc: PyText): PyError | undefined {
  const text = netloc.text;
  const open = text.includes('[');
  const close = text.includes(']');
  if (open !== close) return { type: 'ValueError', message: 'Invalid IPv6 URL' };
  if (open && close) {
    const hostAndPort = text.slice(text.lastIndexOf('@') + 1);
    const bracket = hostAndPort.indexOf('[');
    let host: string;
    if (bracket !== -1) {
      if (bracket > 0) return { type: 'ValueError', message: 'Invalid IPv6 URL' };
      const inner = hostAndPort.slice(bracket + 1);
      const end = inner.indexOf(']');
      host = end === -1 ? inner : inner.slice(0, end);
      const afterBracket = end === -1 ? '' : inner.slice(end + 1);
      if (afterBracket && !afterBracket.startsWith(':')) return { type: 'ValueError', message: 'Invalid IPv6 URL' };
    } else host = hostAndPort.split(':')[0]!;
    if (!host.includes(HOLE_CHAR)) {
      if (host.startsWith('v')) {
        if (!/^v[a-fA-F0-9]+\..+$/s.test(host)) return { type: 'ValueError', message: 'IPvFuture address is invalid' };
      } else if (isIPv4(host)) return { type: 'ValueError', message: 'An IPv4 address cannot be in brackets' };
      else if (!isIPv6(host)) return { type: 'ValueError', message: '{} does not appear to be an IPv4 or IPv6 address' };
    }
  }
  if (/^[\x00-\x7f]*$/.test(text) || text.includes(HOLE_CHAR)) return undefined;
  const n = text.replace(/[@:#?]/g, '');
  const normal = n.normalize('NFKC');
  if (n !== normal && /[/?#@:]/.test(normal)) {
    return { type: 'ValueError', message: 'netloc {} contains invalid characters under NFKC normalization', quoted: netloc };
  }
  return undefined;
}

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

/** ipaddress.IPv6Address: 8 groups of ≤ 4 hex digits, one `::`, an IPv4 tail, a `%zone`. */
function isIPv6(text: string): boolean {
  const [address = '', ...zone] = text.split('%');
  if (zone.length > 1 || (zone.length === 1 && zone[0] === '')) return false;
  let groups = address.split(':');
  let limit = 8;
  const last = groups[groups.length - 1]!;
  if (last.includes('.')) {
    if (!isIPv4(last)) return false;
    groups = groups.slice(0, -1);
    limit = 6;
    if (groups[groups.length - 1] === '' && groups.length >= 2 && groups[groups.length - 2] === '') groups.pop();
    else if (groups[groups.length - 1] === '') groups.push('');
  }
  if (groups.length < 2 && limit === 8) return false;
  const doubles = address.split('::').length - 1;
  if (doubles > 1) return false;
  if (doubles === 0) return groups.length === limit && groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g));
  const [head = '', tail = ''] = address.replace(/:[0-9.]+$/, limit === 6 ? '' : '$&').split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  return (
    headGroups.length + tailGroups.length < limit &&
    [...headGroups, ...tailGroups].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))
  );
}

/** `parse_qsl(query)`, every field in order (the dict keeps the last of a name). */
function parseQsl(source: MappedText, query: PyText): QueryField[] {
  const fields: QueryField[] = [];
  if (query.length === 0) return fields;
  for (const item of query.split('&')) {
    if (item.length === 0) continue;
    const [name, hasEquals, value] = item.partition('=');
    if (!hasEquals || value.length === 0) continue;
    fields.push({ name: field(source, name, undefined, true), value: field(source, value, undefined, true), raw: item });
  }
  return fields;
}

function field(source: MappedText, raw: PyText, lowered?: MappedText, plusIsSpace = false): Field {
  const text = lowered ?? mapped(source, raw);
  return { raw, value: unquote(text, plusIsSpace) };
}

/** The characters of `raw` as mapped text (hole characters keep their text and their hole). */
export function mapped(source: MappedText, raw: PyText): MappedText {
  const out = new MappedTextBuilder(anchorOf(source, raw));
  for (const i of raw.at) out.append(source, i, i + 1);
  return out.build();
}

function anchorOf(source: MappedText, raw: PyText): [number, number] {
  if (raw.at.length === 0) return [source.anchor[0], source.anchor[0]];
  return [fromAt(source, raw.at[0]!), toAt(source, raw.at[raw.at.length - 1]!)];
}

/** urlparse's `_splitparams` for `http`: `;params` after the last `/` leave the path. */
function splitParams(path: PyText): PyText {
  if (!path.text.includes(';')) return path;
  const from = path.text.includes('/') ? path.text.lastIndexOf('/') : 0;
  const i = path.indexOf(';', from);
  return i === -1 ? path : path.slice(0, i);
}

/** `hostname.lower()`, except an IPv6 zone after `%`. */
function lowerHost(source: MappedText, host: PyText): MappedText {
  const out = new MappedTextBuilder(anchorOf(source, host));
  const percent = host.text.indexOf('%');
  for (let k = 0; k < host.at.length; k++) {
    const i = host.at[k]!;
    const char = source.text[i]!;
    const lower = percent !== -1 && k > percent ? char : char.toLowerCase();
    out.push(lower, fromAt(source, i), toAt(source, i), source.holes[i]);
  }
  return out.build();
}

/**
 * `urllib.parse.unquote` on mapped text: runs of ASCII are percent-decoded as UTF-8 with
 * U+FFFD for each maximal invalid subpart (what both CPython and the WHATWG decoder do); other
 * characters pass through. A decoded character maps to all the `%XX` that made it.
 */
export function unquote(text: MappedText, plusIsSpace = false): MappedText {
  const out = new MappedTextBuilder(text.anchor);
  const s = text.text;
  if (!s.includes('%') && !(plusIsSpace && s.includes('+'))) return text;
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 || text.holes[i]) {
      out.append(text, i, i + 1);
      i++;
      continue;
    }
    // An ASCII run: collect its bytes with where each came from.
    const bytes: { byte: number; start: number; end: number }[] = [];
    while (i < s.length && s.charCodeAt(i) < 0x80 && !text.holes[i]) {
      const hex = s.slice(i + 1, i + 3);
      if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push({ byte: parseInt(hex, 16), start: i, end: i + 3 });
        i += 3;
      } else {
        const byte = plusIsSpace && s[i] === '+' ? 0x20 : s.charCodeAt(i);
        bytes.push({ byte, start: i, end: i + 1 });
        i++;
      }
    }
    decodeUtf8(bytes, (char, start, end) => {
      if (end - start === 1 && char === s[start]) out.append(text, start, end);
      else out.push(char, fromAt(text, start), toAt(text, end - 1));
    });
  }
  return out.build();
}

/** The WHATWG UTF-8 decoder (replacement mode), reporting the input span of each character. */
function decodeUtf8(bytes: { byte: number; start: number; end: number }[], emit: (char: string, start: number, end: number) => void): void {
  let k = 0;
  while (k < bytes.length) {
    const first = bytes[k]!;
    const b = first.byte;
    let need = 0;
    let code = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b < 0x80) {
      emit(String.fromCharCode(b), first.start, first.end);
      k++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      code = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
      need = 2;
      code = b & 0xf;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
      need = 3;
      code = b & 0x7;
    } else {
      emit('\uFFFD', first.start, first.end);
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
      lower = 0x80;
      upper = 0xbf;
      code = (code << 6) | (next.byte & 0x3f);
    }
    emit(ok ? String.fromCodePoint(code) : '\uFFFD', first.start, bytes[j - 1]!.end);
    k = j;
  }
}
