import type { Deployment, MasterGroup, Monitor } from '../deployment.js';
import { unknown, type Value } from '../value.js';

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

/**
 * How many Sentinels monitor the group's master: the model's count, except where a Sentinel's own
 * rewrite may have split one deployment. After a failover Sentinel rewrites its `monitor` line to
 * the new master's address, so a committed rewritten file lands in another group (same name, other
 * address) while it still belongs to the same Sentinels: the count of either group is then unproven.
 */
export function sentinelCountOf(deployment: Deployment, group: MasterGroup): Value<number> {
  const count = group.sentinelCount;
  if (!count.known) return count;
  const siblings = deployment.masterGroups.filter((g) => g !== group && g.name === group.name && g.scope.id === group.scope.id);
  const rewritten = [group, ...siblings].some((g) => g.monitors.some((m) => m.sentinel.conf.rewrittenByServer));
  if (siblings.length > 0 && rewritten) {
    return unknown(`${group.name} is also monitored at another address by a file Sentinel rewrote (a failover moves the monitor line)`, count.span);
  }
  return count;
}

/** A monitor line of a group whose Sentinel count is proven, with what the quorum rules need. */
export interface CountedQuorum {
  group: MasterGroup;
  monitor: Monitor;
  quorum: number;
  /** How many Sentinels monitor the master. */
  sentinels: number;
  /** The other Sentinels' monitor lines, for related locations. */
  others: Monitor[];
}

/**
 * Every known quorum of a group whose instance count is proven, one per Sentinel file: the quorum
 * rules compare the two. Lone templates (count unknown) and quorums the server refuses (< 1) are left out.
 */
export function* countedQuorums(deployment: Deployment): Generator<CountedQuorum> {
  for (const group of deployment.masterGroups) {
    const sentinels = sentinelCountOf(deployment, group);
    if (!sentinels.known) continue;
    const monitors = monitorsByFile(group);
    for (const monitor of monitors) {
      if (!monitor.quorum.known || monitor.quorum.value < 1) continue;
      yield { group, monitor, quorum: monitor.quorum.value, sentinels: sentinels.value, others: monitors.filter((m) => m !== monitor) };
    }
  }
}

/** "sentinel-2.conf also monitors mymaster", at each other Sentinel's quorum. */
export function alsoMonitors({ group, others }: CountedQuorum): { at: Monitor['declaredAt']; message: string }[] {
  return others.map((other) => ({ at: other.quorum.span, message: `${other.sentinel.name} also monitors ${group.name}` }));
}
