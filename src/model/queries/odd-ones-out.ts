/**
 * Members that disagree with the rest, for drift between nodes that should be configured alike.
 * Items are split into classes of equal values; when one class holds a strict majority, every
 * item outside it is an outlier and the majority is what it disagrees with. Without a strict
 * majority nobody can say which side is right, so every item is an outlier. Nothing when all agree.
 */
export function oddOnesOut<T>(items: readonly T[], same: (a: T, b: T) => boolean): { outliers: T[]; majority: T[] } {
  const classes: T[][] = [];
  for (const item of items) {
    const found = classes.find((c) => same(c[0]!, item));
    if (found) found.push(item);
    else classes.push([item]);
  }
  if (classes.length <= 1) return { outliers: [], majority: [...items] };
  const majority = classes.find((c) => c.length * 2 > items.length);
  if (!majority) return { outliers: [...items], majority: [] };
  return { outliers: items.filter((i) => !majority.includes(i)), majority };
}
