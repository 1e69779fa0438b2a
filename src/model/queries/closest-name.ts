/**
 * The name in `names` closest to `wanted` by edit distance, when it is close enough to be a typo
 * (`sentinel1` for `sentinel-1`): at most 2 edits and fewer than a third of the name. Ties give
 * no answer, since a message must not guess between two services.
 */
export function closestName(wanted: string, names: readonly string[]): string | undefined {
  const target = wanted.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const name of new Set(names)) {
    const distance = editDistance(target, name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance, tie] = [name, distance, false];
    else if (distance === bestDistance && name !== best) tie = true;
  }
  if (best === undefined || tie || bestDistance === 0) return undefined;
  return bestDistance <= 2 && bestDistance * 3 < Math.max(target.length, best.length) ? best : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
