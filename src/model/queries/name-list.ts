/** How messages list files or nodes: "a.conf", "a.conf and b.conf", "a.conf, b.conf and c.conf". */
export function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
