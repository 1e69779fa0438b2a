import type { ConfDirective, ConfFacts } from './facts.js';

/**
 * A node's directives with its includes expanded in place, as redis-server reads them: the
 * included lines count where the `include` line stands, so a later line still wins over them.
 * Include cycles and unknown files contribute nothing.
 */
export function effectiveDirectives(conf: ConfFacts, byRootPath: ReadonlyMap<string, ConfFacts>, seen = new Set<ConfFacts>()): ConfDirective[] {
  if (seen.has(conf)) return [];
  seen.add(conf);
  const out: ConfDirective[] = [];
  let include = 0;
  for (const directive of conf.directives) {
    out.push(directive);
    if (directive.name !== 'include' || !directive.valid) continue;
    const fact = conf.includes[include++];
    const included = fact?.resolved ? byRootPath.get(fact.resolved) : undefined;
    if (included) out.push(...effectiveDirectives(included, byRootPath, seen));
  }
  seen.delete(conf);
  return out;
}
