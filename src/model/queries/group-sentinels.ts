import type { MasterGroup, Monitor } from '../deployment.js';

/**
 * A group's monitor lines, one per Sentinel file, in file order. A file monitors a master at most
 * once (a second line is "Duplicate master name."), but a file the server refuses may still hold
 * two; its first one stands for the file.
 */
export function monitorsByFile(group: MasterGroup): Monitor[] {
  const seen = new Set<string>();
  const out: Monitor[] = [];
  for (const monitor of group.monitors) {
    if (seen.has(monitor.sentinel.name)) continue;
    seen.add(monitor.sentinel.name);
    out.push(monitor);
  }
  return out.sort((a, b) => compareText(a.sentinel.name, b.sentinel.name));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
