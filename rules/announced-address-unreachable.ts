import { defineRule, type Finding } from '../src/engine/rule.js';
import { isIpLiteral, isLoopback } from '../src/model/address.js';
import { resolveHost } from '../src/model/compose-topology.js';
import type { ComposeProject, Deployment, MasterGroup, Monitor, Sentinel, Server } from '../src/model/deployment.js';
import { hasTemplatePlaceholder } from '../src/model/template.js';
import { runsOnDockerHost } from '../src/model/queries/host-side-client.js';
import { nameList } from '../src/model/queries/name-list.js';
import { groupsAsked, oncePerPlace, sentinelClients, type SentinelClient } from '../src/model/queries/sentinel-clients.js';
import { settingInEffect } from '../src/model/queries/setting-in-effect.js';

export default defineRule({
  id: 'announced-address-unreachable',
  level: 'warning',
  category: 'network',
  docs: {
    summary:
      'A client on the Docker host finds its master through published Sentinel ports, but the Sentinels hand out the ' +
      'master\'s address inside the compose network.',
    breaks:
      'A Sentinel client asks `SENTINEL get-master-addr-by-name` and then connects to the address it gets (redis-py ' +
      '`master_for`, which kombu and Celery use). Sentinel answers with the address its `sentinel monitor` line names ' +
      '(the resolved IP, or the name itself with `announce-hostnames yes`; sentinel.c `announceSentinelAddr`, RULES.md ' +
      'E32), and after a failover with the address the promoted replica connected from, unless `replica-announce-ip` ' +
      'says otherwise. When the monitor line names a compose service, that is the container\'s IP on the project ' +
      'network, which the Docker host reaches only on a Linux engine on the same machine (not through Docker Desktop or ' +
      'a remote Docker host), or a service name only Docker\'s DNS resolves, which the host cannot resolve at all. ' +
      'Publishing 6379 does not help: the client never dials it (the seed guide\'s defects 11 and 24). The rule fires ' +
      'only when every Sentinel address the client dials is a loopback address that a service of the one compose ' +
      'project publishes, the client\'s module is neither bind-mounted into a service nor possibly built into one (every ' +
      'service runs a Redis or Valkey image), and the master\'s Sentinels monitor it by its service name or fixed ' +
      'container IP, with no data node of the group setting `replica-announce-ip`.',
    fix:
      'Run the client inside the compose network (a service of the project, dialing `sentinel-1:26379` …), or make ' +
      'the addresses Sentinel hands out reachable from the host: monitor the master at an address the host can reach ' +
      'and set `replica-announce-ip` / `replica-announce-port` on every data node (or run the data nodes with ' +
      '`network_mode: host`).',
    example: { bad: 'bad-host-client-container-master', good: 'good-client-in-network' },
  },
  check(deployment) {
    return oncePerPlace(findings(deployment));
  },
});

/** What a Sentinel hands out for the master: its container IP, or a name only Docker's DNS knows. */
type Answer = 'ip' | 'name';

function* findings(deployment: Deployment): Iterable<Finding> {
  for (const client of sentinelClients(deployment)) {
    const project = fromHostThroughPorts(client);
    if (!project || !client.sentinels || !runsOnDockerHost(project, client.modules)) continue;
    for (const request of client.requests) {
      if (!request.name.known) continue;
      const groups = groupsAsked(deployment, client.sentinels, request.name.value);
      const answers = groups.map((g) => containerAnswer(g, client.sentinels!));
      if (groups.length === 0 || answers.some((a) => a === undefined)) continue;
      yield finding(client, request.name.value, groups, answers.flatMap((a) => a!));
    }
  }
}

/** The project whose published ports every Sentinel address of the client reaches from the Docker host. */
function fromHostThroughPorts(client: SentinelClient): ComposeProject | undefined {
  if (client.service || client.dials.length === 0) return undefined;
  let project: ComposeProject | undefined;
  for (const { reach } of client.dials) {
    if (reach.kind !== 'node' || reach.via !== 'published') return undefined;
    if (project && project !== reach.project) return undefined;
    project = reach.project;
  }
  return project;
}

interface MonitorAnswer {
  monitor: Monitor;
  answer: Answer;
}

/**
 * What each of the client's Sentinels of a group hands out, when the files prove it is a container
 * address: the monitor host names the master's service (or its fixed IP) on the project network,
 * and nothing of the group announces another address. Undefined when that is not proven.
 */
function containerAnswer(group: MasterGroup, sentinels: readonly Sentinel[]): MonitorAnswer[] | undefined {
  const project = group.scope.project;
  const master = group.master;
  if (!project || !master?.service) return undefined;
  const dataNodes = [master, ...group.replicas];
  if (!dataNodes.every((node) => onProjectNetwork(node) && announcesNothing(node))) return undefined;
  const monitors = group.monitors.filter((m) => sentinels.includes(m.sentinel));
  if (monitors.length === 0) return undefined;
  const out: MonitorAnswer[] = [];
  for (const monitor of monitors) {
    const { sentinel } = monitor;
    const host = monitor.host.text;
    if (!sentinel.service || !onProjectNetwork(sentinel) || host === '' || hasTemplatePlaceholder(host) || isLoopback(host.toLowerCase())) return undefined;
    const resolved = resolveHost(project, sentinel.service, host);
    if (resolved.kind !== 'services' || !resolved.services.includes(master.service)) return undefined;
    if (isIpLiteral(host)) {
      out.push({ monitor, answer: 'ip' });
      continue;
    }
    // sentinel.c announceSentinelAddr: the hostname with announce-hostnames yes, else the resolved IP.
    if (sentinel.conf.includes.length > 0) return undefined;
    const announce = sentinel.global('announce-hostnames')?.args[0]?.text.toLowerCase();
    out.push({ monitor, answer: announce === 'yes' ? 'name' : 'ip' });
  }
  return out;
}

/** The node's service runs on the project's network (no `network_mode`: host, another container's, …). */
const onProjectNetwork = (node: Server | Sentinel) => node.service !== undefined && node.service.facts.networkMode === undefined;

/** No `replica-announce-ip` (the address a promoted replica is handed out at), and none that an unread include may set. */
function announcesNothing(node: Server): boolean {
  const setting = settingInEffect(node, 'replica-announce-ip');
  return setting.known && setting.directive === undefined;
}

function finding(client: SentinelClient, name: string, groups: MasterGroup[], answers: MonitorAnswer[]): Finding {
  const masters = nameList([...new Set(groups.map((g) => g.master!.name))]);
  const kinds = new Set(answers.map((a) => a.answer));
  const hosts = [...new Set(answers.map((a) => a.monitor.host.text))];
  const what = kinds.has('name')
    ? `${kinds.size > 1 ? 'its container IP or ' : ''}the name ${nameList(hosts)}, which only Docker's DNS inside the compose network resolves (the host would need an /etc/hosts entry and the same ports published)`
    : `its container IP, which the host reaches only on a Linux Docker engine on the same machine, never through Docker Desktop or a remote engine`;
  const failover = groups.some((g) => g.replicas.length > 0) ? ' (after a failover, the promoted replica\'s container address)' : '';
  return {
    at: client.dials[0]!.at,
    message:
      `${capitalize(client.describe)} asks the Sentinels for "${name}" from the Docker host, through published ports, ` +
      `and they hand out the address of ${masters}${failover}: ${what}; a published Redis port is never dialed. ` +
      `Run the client in the compose network, or announce addresses the host can reach.`,
    related: answers.map(({ monitor }) => ({
      at: monitor.host.span,
      message: `${monitor.sentinel.name} monitors ${name} at ${monitor.host.text}, an address inside the compose network`,
    })),
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
