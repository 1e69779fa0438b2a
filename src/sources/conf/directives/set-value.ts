import {
  asciiLower, cString, memtollExact, memtoullExact, string2ll, strtoll, strtollWhole,
} from '../memory.js';
import { compareVersions, type Directive, type Product } from './index.js';

/** What the set functions need to know about where the line is read. */
export interface SetContext {
  product: Product;
  /** The version of the table in use ("7.0"). */
  version: string;
  mode: 'server' | 'sentinel';
}

/** A set function's refusal: its message, and which value (index into the values) to underline. */
export interface SetError {
  message: string;
  at?: number;
}

export const isLegacy = (ctx: SetContext) => ctx.product === 'redis' && compareVersions(ctx.version, '7.0') < 0;
export const isValkeyAtLeast = (ctx: SetContext, version: string) =>
  ctx.product === 'valkey' && compareVersions(ctx.version, version) >= 0;

/** config.c's error buffer (`loadbuf`) holds 255 characters. */
const LOADBUF = (text: string) => text.slice(0, 255);

/** `yesnotoi`. */
export const yesno = (value: string): boolean | undefined => {
  const v = asciiLower(cString(value));
  return v === 'yes' ? true : v === 'no' ? false : undefined;
};

/** `boolConfigSet`, `stringConfigSet`/`sdsConfigSet`, `enumConfigSet`, `numericConfigSet`. */
export function setTyped(d: Directive, values: string[], ctx: SetContext): SetError | undefined {
  switch (d.type) {
    case 'bool': {
      if (yesno(values[0]!) === undefined) return { message: "argument must be 'yes' or 'no'", at: 0 };
      // `activedefrag yes` is refused only by builds without Redis's bundled jemalloc ("Active defragmentation
      // cannot be enabled…", Debian's package): the official images accept it.
      return undefined;
    }
    case 'string':
      return checkString(d.check, values[0]!, ctx);
    case 'enum':
      return setEnum(d, values, ctx);
    case 'numeric':
      return setNumeric(d, values[0]!, ctx);
    case 'special':
      return undefined;
  }
}

function setEnum(d: Directive & { type: 'enum' }, values: string[], ctx: SetContext): SetError | undefined {
  const names = new Set(d.values.map(asciiLower));
  // configEnumGetValue: exactly one value, or (MULTI_ARG_CONFIG) one or more flags; each a known name.
  const countOk = d.multiArg ? values.length > 0 : values.length === 1;
  const bad = values.findIndex((v) => !names.has(asciiLower(cString(v))));
  if (!countOk || bad !== -1) {
    const prefix = isLegacy(ctx) ? 'argument must be one of the following: ' : 'argument(s) must be one of the following: ';
    return { message: LOADBUF(prefix + d.values.join(', ')), at: countOk ? bad : undefined };
  }
  if (d.check === 'shutdown-flags') {
    const set = new Set(values.map((v) => asciiLower(cString(v))));
    if (set.has('save') && set.has('nosave')) {
      return { message: "shutdown options SAVE and NOSAVE can't be used simultaneously" };
    }
  }
  return undefined;
}

const UNSIGNED = new Set(['ulong-long', 'uint', 'size_t']);

function setNumeric(d: Directive & { type: 'numeric' }, value: string, ctx: SetContext): SetError | undefined {
  const flags = d.flags ?? [];
  const parsed = isLegacy(ctx) ? parseNumeric62(flags, value) : parseNumeric(flags, value);
  if (typeof parsed === 'string') return { message: parsed, at: 0 };
  const min = BigInt(d.min);
  const max = BigInt(d.max);
  // numericBoundaryCheck: unsigned types compare the bits as unsigned long long (Valkey 8 adds ulong).
  const unsigned = UNSIGNED.has(d.kind) || (d.kind === 'ulong' && isValkeyAtLeast(ctx, '8.0'));
  if (unsigned) {
    const ull = BigInt.asUintN(64, parsed);
    if (ull > BigInt.asUintN(64, max) || ull < BigInt.asUintN(64, min)) {
      const show = (n: bigint) => BigInt.asUintN(64, n).toString(flags.includes('octal') ? 8 : 10);
      return { message: `argument must be between ${show(min)} and ${show(max)} inclusive`, at: 0 };
    }
    return undefined;
  }
  if (flags.includes('percent') && parsed < 0n) {
    // Percentages are stored negated: -100 is 100%.
    if (parsed < min) return { message: `percentage argument must be less or equal to ${-min}`, at: 0 };
    return undefined;
  }
  if (parsed > max || parsed < min) return { message: `argument must be between ${min} and ${max} inclusive`, at: 0 };
  return undefined;
}

/** 7.0+ `numericParseString`: the value as the long long it is stored in, or the error text. */
function parseNumeric(flags: string[], value: string): bigint | string {
  if (flags.includes('memory')) {
    const bytes = memtoullExact(value);
    if (bytes !== undefined) return BigInt.asIntN(64, bytes);
  }
  if (flags.includes('percent') && value.length > 1 && value.endsWith('%')) {
    const percent = string2ll(value.slice(0, -1));
    if (percent !== undefined && percent >= 0n) return -percent;
  }
  if (flags.includes('octal')) {
    const r = strtoll(value, 8);
    if (!r.overflow && strtollWhole(value, r)) return r.value;
  }
  if (flags.length === 0) {
    const n = string2ll(value);
    if (n !== undefined) return n;
  }
  if (flags.includes('memory') && flags.includes('percent')) return 'argument must be a memory or percent value';
  if (flags.includes('memory')) return 'argument must be a memory value';
  if (flags.includes('octal')) return "argument couldn't be parsed as an octal number";
  return "argument couldn't be parsed into an integer";
}

/** 6.2 `numericConfigSet`: memory values through memtoll (negative refused), the rest through string2ll. */
function parseNumeric62(flags: string[], value: string): bigint | string {
  if (flags.includes('memory')) {
    const bytes = memtollExact(value);
    return bytes === undefined || bytes < 0n ? 'argument must be a memory value' : bytes;
  }
  return string2ll(value) ?? "argument couldn't be parsed into an integer";
}

/** The `is_valid_fn` of string configs. */
function checkString(check: string | undefined, raw: string, ctx: SetContext): SetError | undefined {
  const value = cString(raw);
  const refuse = (message: string): SetError => ({ message, at: 0 });
  const isPath = value.includes('/') || value.includes('\\');
  switch (check) {
    case 'dbfilename':
      if (value === '' && isValkeyAtLeast(ctx, '8.0')) return refuse("dbfilename can't be empty");
      return isPath ? refuse("dbfilename can't be a path, just a filename") : undefined;
    case 'appendfilename':
      if (value === '') return refuse("appendfilename can't be empty");
      return isPath ? refuse("appendfilename can't be a path, just a filename") : undefined;
    case 'appenddirname':
      if (value === '') return refuse("appenddirname can't be empty");
      return isPath ? refuse("appenddirname can't be a path, just a dirname") : undefined;
    case 'cluster-config-file':
      return value === '' ? refuse("cluster-config-file can't be empty") : undefined;
    case 'hostname':
      if (value.length >= 256) return refuse('Hostnames must be less than 256 characters');
      return /^[A-Za-z0-9.-]*$/.test(value)
        ? undefined
        : refuse('Hostnames may only contain alphanumeric characters, hyphens or dots');
    case 'nodename':
      // cluster.c isValidAuxString runs over the whole sds, so a NUL byte is refused too.
      return /[!#$%&()*+:;<>?@[\]^{|}~\0]/.test(raw)
        ? refuse('Announced human node name contained invalid character')
        : undefined;
    case 'ipv4':
      return value === '' || isIPv4(value) ? undefined : refuse('Invalid IPv4 address');
    case 'ipv6':
      return value === '' || isIPv6(value) ? undefined : refuse('Invalid IPv6 address');
    case 'proc-title-template':
      return isValidProcTitleTemplate(value, ctx)
        ? undefined
        : refuse('template format is invalid or contains unknown variables');
    default:
      return undefined;
  }
}

/** inet_pton(AF_INET): four decimal parts 0–255, no leading zeros beyond one digit. */
function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** inet_pton(AF_INET6): RFC 4291 text form, `::` once, an optional dotted IPv4 tail. */
function isIPv6(s: string): boolean {
  let text = s;
  let groupsNeeded = 8;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    if (!isIPv4(text.slice(lastColon + 1))) return false;
    text = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const all = halves.flatMap(groups);
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? all.length < groupsNeeded : all.length === groupsNeeded;
}

/**
 * server.c `validateProcTitleTemplate`: sds.c `sdstemplate` must expand it, and the result, trimmed
 * of spaces, must not be empty. `{title}` is empty while validating; `{server-mode}` is empty
 * outside sentinel mode (unless cluster-enabled was read before); `{unixsocket}` may be empty.
 */
function isValidProcTitleTemplate(template: string, ctx: SetContext): boolean {
  const variables: Record<string, string | undefined> = {
    title: '', 'listen-addr': '*:6379', 'server-mode': ctx.mode === 'sentinel' ? '[sentinel]' : '',
    'config-file': '-', port: '6379', 'tls-port': '0', unixsocket: '?',
  };
  let out = '';
  let p = 0;
  while (p < template.length) {
    const open = template.indexOf('{', p);
    if (open === -1) { out += template.slice(p); break; }
    out += template.slice(p, open);
    if (open + 1 >= template.length) return false;
    if (template[open + 1] === '{') { out += '{'; p = open + 2; continue; }
    const close = template.indexOf('}', open + 1);
    if (close === -1) return false;
    const value = variables[template.slice(open + 1, close)];
    if (value === undefined) return false;
    out += value;
    p = close + 1;
  }
  return out.replace(/^ +| +$/g, '') !== '';
}
