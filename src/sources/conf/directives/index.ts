import { TABLE as REDIS_7_0 } from './redis-7.0.js';
import { DELTA as REDIS_6_2 } from './redis-6.2.js';
import { DELTA as REDIS_7_2 } from './redis-7.2.js';
import { DELTA as REDIS_7_4 } from './redis-7.4.js';
import { DELTA as REDIS_8_0 } from './redis-8.0.js';
import { DELTA as VALKEY_7_2 } from './valkey-7.2.js';
import { DELTA as VALKEY_8_0 } from './valkey-8.0.js';
import type { Directive, DirectiveDelta, DirectiveTable } from './types.js';

export type { Directive, DirectiveTable, NumericFlag, NumericKind } from './types.js';

export type Product = 'redis' | 'valkey';

/** A table ready for lookups: every name and alias, lower-case, to its directive. */
export interface ResolvedTable extends DirectiveTable {
  /** `redis-7.2`: the table actually used for a target. */
  key: string;
  byName: ReadonlyMap<string, Directive>;
  deprecatedNames: ReadonlySet<string>;
}

const DELTAS: DirectiveDelta[] = [REDIS_6_2, REDIS_7_2, REDIS_7_4, REDIS_8_0, VALKEY_7_2, VALKEY_8_0];

/** "7.2" → [7, 2]; a patch level is ignored (DESIGN.md "Versions"). */
const parsedVersions = new Map<string, readonly [number, number]>();

export function parseVersion(version: string): [number, number] {
  let parsed = parsedVersions.get(version);
  if (!parsed) {
    const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
    parsedVersions.set(version, (parsed = [major, minor]));
  }
  return [parsed[0], parsed[1]];
}

export function compareVersions(a: string, b: string): number {
  const [am, an] = parseVersion(a);
  const [bm, bn] = parseVersion(b);
  return am - bm || an - bn;
}

function index(key: string, table: DirectiveTable): ResolvedTable {
  const byName = new Map<string, Directive>();
  for (const d of table.directives) {
    byName.set(d.name, d);
    if (d.alias) byName.set(d.alias, d);
  }
  return { ...table, key, byName, deprecatedNames: new Set(table.deprecated) };
}

/** Tables indexed so far: each on first use, as most runs need one. */
const built = new Map<string, ResolvedTable>();

function build(key: string): ResolvedTable {
  const done = built.get(key);
  if (done) return done;
  if (key === 'redis-7.0') {
    const table = index(key, REDIS_7_0);
    built.set(key, table);
    return table;
  }
  const delta = DELTAS.find((d) => `${d.product}-${d.version}` === key);
  if (!delta) throw new Error(`no directive table ${key}`);
  const base = build(delta.base);
  const removed = new Set(delta.remove);
  const replaced = new Map(delta.set.map((d) => [d.name, d]));
  const directives = base.directives
    .filter((d) => !removed.has(d.name))
    .map((d) => replaced.get(d.name) ?? d);
  const known = new Set(directives.map((d) => d.name));
  directives.push(...delta.set.filter((d) => !known.has(d.name)));
  const table = index(key, {
    product: delta.product, version: delta.version, source: delta.source, deprecated: delta.deprecated, directives,
  });
  built.set(key, table);
  return table;
}

/** The versions each product has a table for, oldest first. */
export const VERSIONS: Record<Product, string[]> = {
  redis: [REDIS_6_2, REDIS_7_0, REDIS_7_2, REDIS_7_4, REDIS_8_0].map((t) => t.version),
  valkey: [VALKEY_7_2, VALKEY_8_0].map((t) => t.version),
};

/**
 * The table for a target: the newest known version of the product that is not newer than the
 * target (8.2 uses 8.0's table), or the oldest one for an older target.
 */
const tables = new Map<string, ResolvedTable>();

export function tableFor(product: Product, version: string): ResolvedTable {
  const key = `${product}-${version}`;
  let table = tables.get(key);
  if (!table) {
    const versions = VERSIONS[product];
    const usable = versions.filter((v) => compareVersions(v, version) <= 0);
    tables.set(key, (table = build(`${product}-${usable.at(-1) ?? versions[0]!}`)));
  }
  return table;
}

export const productTitle = (product: Product) => (product === 'redis' ? 'Redis' : 'Valkey');

/**
 * Why a name the target does not know exists elsewhere: "locale-collate was added in Redis 7.2",
 * "gopher-enabled was removed in Redis 7.0", "primaryauth is a Valkey 8.0 directive".
 * Undefined when no known version has it.
 */
export function otherVersionNote(name: string, product: Product, version: string): string | undefined {
  const has = (p: Product, v: string) => {
    const t = build(`${p}-${v}`);
    return t.byName.has(name) || t.deprecatedNames.has(name);
  };
  const versions = VERSIONS[product];
  const later = versions.find((v) => compareVersions(v, version) > 0 && has(product, v));
  if (later) return `${name} was added in ${productTitle(product)} ${later}`;
  const earlier = versions.filter((v) => compareVersions(v, version) <= 0 && has(product, v)).at(-1);
  if (earlier) {
    const gone = versions.find((v) => compareVersions(v, earlier) > 0 && !has(product, v));
    return `${name} was removed in ${productTitle(product)} ${gone}`;
  }
  const other: Product = product === 'redis' ? 'valkey' : 'redis';
  const there = VERSIONS[other].find((v) => has(other, v));
  return there ? `${name} is a ${productTitle(other)} ${there} directive` : undefined;
}
