import { defineRule } from '../src/engine/rule.js';
import type { Monitor } from '../src/model/deployment.js';
import { isIpLiteral, isLoopback } from '../src/model/address.js';
import { monitorsByFile } from '../src/model/queries/group-sentinels.js';
import { nameList } from '../src/model/queries/name-list.js';
import { oddOnesOut } from '../src/model/queries/odd-ones-out.js';

// The Sentinel side of the rule: Sentinels that monitor one address under different names. The
// client side (a Celery master_name no Sentinel monitors) comes with the Python sources.
export default defineRule({
  id: 'master-name-mismatch',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'Sentinels of one deployment monitor the same master address under different names.',
    breaks:
      'Sentinels find each other through hello messages that carry the master name, and drop a hello for a name ' +
      'they do not monitor (sentinel.c sentinelProcessHelloMessage). Sentinels that use different names for one ' +
      'master therefore never count each other: each name forms its own smaller set that reaches its quorum and ' +
      'majority alone, or never. A client that asks a Sentinel for a name it does not know gets no address: ' +
      '"MasterNotFoundError: No master found for \'X\'" (RULES.md E38). Names are case-sensitive.',
    fix: 'Use one master name in every sentinel.conf of the deployment, and the same name as the clients\' master_name.',
    example: { bad: 'bad-two-names', good: 'good-two-masters-two-names' },
  },
  *check(deployment) {
    const byAddress = new Map<string, Monitor[]>();
    for (const group of deployment.masterGroups) {
      for (const monitor of monitorsByFile(group)) {
        if (!monitor.port.known) continue;
        const key = addressKey(monitor, group.scope.id);
        byAddress.set(key, [...(byAddress.get(key) ?? []), monitor]);
      }
    }
    for (const monitors of byAddress.values()) {
      const { outliers, majority } = oddOnesOut(monitors, (a, b) => a.name.text === b.name.text);
      for (const monitor of outliers) {
        const others = (majority.length > 0 ? majority : monitors).filter(
          (m) => m.name.text !== monitor.name.text && m.sentinel !== monitor.sentinel,
        );
        if (others.length === 0) continue; // one file monitoring an address twice is not a disagreement between Sentinels
        const address = `${monitor.host.text}:${monitor.port.known ? monitor.port.value : '?'}`;
        yield {
          at: monitor.name.span,
          message:
            `${monitor.sentinel.name} calls the master at ${address} "${monitor.name.text}", while ${describe(others)}: ` +
            `Sentinels ignore each other's hellos for a name they do not monitor, so they never count each other for ` +
            `the quorum or the vote, and a client asking this Sentinel for another name gets "No master found". ` +
            `Use one name everywhere.`,
          related: others.map((m) => ({ at: m.name.span, message: `${m.sentinel.name} monitors it as "${m.name.text}"` })),
        };
      }
    }
  },
});

/**
 * Where a monitored address means the same machine. A routable IP does everywhere (DESIGN.md
 * "assemble"); a host name or a loopback address only inside its scope, and since one folder of
 * conf files per host is a common layout, only inside one folder here.
 */
function addressKey(monitor: Monitor, scope: string): string {
  const host = monitor.host.text.toLowerCase();
  const port = monitor.port.known ? monitor.port.value : -1;
  if (isIpLiteral(host) && !isLoopback(host)) return `${host}\0${port}`;
  const folder = monitor.sentinel.name.includes('/') ? monitor.sentinel.name.slice(0, monitor.sentinel.name.lastIndexOf('/')) : '';
  return `${scope}\0${folder}\0${host}\0${port}`;
}

/** `sentinel-1.conf and sentinel-2.conf call it "mymaster"`, one clause per other name. */
function describe(others: Monitor[]): string {
  const byName = new Map<string, string[]>();
  for (const m of others) byName.set(m.name.text, [...(byName.get(m.name.text) ?? []), m.sentinel.name]);
  return [...byName].map(([name, files]) => `${nameList(files)} call${files.length === 1 ? 's' : ''} it "${name}"`).join(', and ');
}
