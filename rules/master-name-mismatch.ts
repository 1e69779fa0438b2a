import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment, Monitor } from '../src/model/deployment.js';
import { isIpLiteral, isLoopback } from '../src/model/address.js';
import { monitorsByFile } from '../src/model/queries/group-sentinels.js';
import { nameList } from '../src/model/queries/name-list.js';
import { oddOnesOut } from '../src/model/queries/odd-ones-out.js';
import { oncePerPlace, sentinelClients, type SentinelClient } from '../src/model/queries/sentinel-clients.js';
import { hasTemplatePlaceholder } from '../src/model/template.js';

// Two sides: Sentinels that monitor one address under different names, and a client (Celery
// master_name, redis-py master_for) asking its Sentinels for a name none of them monitors.
export default defineRule({
  id: 'master-name-mismatch',
  level: 'error',
  category: 'topology',
  docs: {
    summary:
      'Sentinels of one deployment monitor the same master address under different names, or a client asks its ' +
      'Sentinels for a master name none of them monitors.',
    breaks:
      'Sentinels find each other through hello messages that carry the master name, and drop a hello for a name ' +
      'they do not monitor (sentinel.c sentinelProcessHelloMessage). Sentinels that use different names for one ' +
      'master therefore never count each other: each name forms its own smaller set that reaches its quorum and ' +
      'majority alone, or never. A client that asks a Sentinel for a name it does not know gets no address: ' +
      '"MasterNotFoundError: No master found for \'X\'" (RULES.md E38). Names are case-sensitive. The client side ' +
      'reads Celery\'s `broker_transport_options` / `result_backend_transport_options` `master_name` (with the `.env` ' +
      'applied) and redis-py `master_for` / `slave_for` / `discover_master` names, and fires only when every address ' +
      'the client dials is a Sentinel of the repository\'s compose project; an unknown host, port or name keeps it silent.',
    fix: 'Use one master name in every sentinel.conf of the deployment, and the same name as the clients\' master_name.',
    example: { bad: 'bad-two-names', good: 'good-two-masters-two-names' },
  },
  *check(deployment) {
    yield* sentinelSide(deployment);
    yield* oncePerPlace(sentinelClients(deployment).flatMap((client) => [...clientSide(client)]));
  },
});

function* sentinelSide(deployment: Deployment): Iterable<Finding> {
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
}

/**
 * redis-py's `discover_master` asks each Sentinel in turn and moves on when the name is not
 * among its masters: the client fails only when none of its Sentinels monitors the name.
 */
function* clientSide(client: SentinelClient): Iterable<Finding> {
  const sentinels = client.sentinels;
  if (!sentinels) return;
  // A Sentinel with no monitor line may be given one at run time (SENTINEL MONITOR from a script).
  if (sentinels.some((s) => s.monitors.length === 0 || s.monitors.some((m) => hasTemplatePlaceholder(m.name.text)))) return;
  const monitored = new Set(sentinels.flatMap((s) => s.monitors.map((m) => m.name.text)));
  const reported = new Set<string>();
  for (const request of client.requests) {
    if (!request.name.known || monitored.has(request.name.value) || reported.has(request.name.value)) continue;
    reported.add(request.name.value);
    yield {
      at: request.name.at,
      message:
        `${capitalize(client.describe)} asks for the master "${request.name.value}", but ${nameList(sentinels.map((s) => s.name))} ` +
        `monitor${sentinels.length === 1 ? 's' : ''} only ${nameList([...monitored].map((n) => `"${n}"`))}: it gets ` +
        `"MasterNotFoundError: No master found for '${request.name.value}'". Use the name of the sentinel monitor line (names are case-sensitive).`,
      related: sentinels.flatMap((s) => s.monitors.map((m) => ({ at: m.name.span, message: `${s.name} monitors "${m.name.text}"` }))),
    };
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
