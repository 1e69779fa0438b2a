import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment, MasterGroup, Server } from '../src/model/deployment.js';
import type { Span } from '../src/model/span.js';
import { nameList } from '../src/model/queries/name-list.js';
import { askedMasters, oncePerPlace } from '../src/model/queries/sentinel-clients.js';
import { settingInEffect, yesNoInEffect, type ConfNode } from '../src/model/queries/setting-in-effect.js';

export default defineRule({
  id: 'tls-replication-missing',
  level: 'error',
  category: 'security',
  docs: {
    summary:
      'A Sentinel, a replica or a Sentinel client talks without TLS to a data node that listens only on its `tls-port` ' +
      '(`port 0`): the Sentinel or replica lacks `tls-replication yes`, the client `broker_use_ssl` / `ssl=True`.',
    breaks:
      'Sentinel and replicas use TLS for their outgoing connections only with `tls-replication yes` (sentinel.c, ' +
      'replication.c; TLS documentation). Without it a Sentinel sees a TLS-only node as "s_down,disconnected" and ' +
      'never promotes it, and a replica cannot reach a TLS-only master. A replica that listens only on TLS (`port 0`) ' +
      'and lacks `tls-replication yes` also tells its master it listens on port 0, so nobody can reach it (checked on ' +
      'redis 7.0.15). A client that finds the master through Sentinel gets ' +
      'that TLS port and connects to it with the connection class its settings choose: kombu uses TLS to the master ' +
      'only with a `broker_use_ssl` dict, Celery\'s result backend with a `redis_backend_use_ssl` dict, redis-py with ' +
      '`ssl=True` (kombu `_connparams`, celery/backends/redis.py, redis-py `SentinelConnectionPool`); otherwise it ' +
      'speaks plain RESP to a TLS listener and every connection fails. The client check fires only when every address ' +
      'the client dials is a Sentinel of the compose project and every master it can be handed is TLS-only.',
    fix:
      'Set `tls-replication yes` (with the certificate, key and CA settings) on every Sentinel and data node of a ' +
      'TLS-only group, or keep a plaintext `port` for them. Give Celery `broker_use_ssl = {\'ssl_cert_reqs\': ' +
      '\'required\', \'ssl_ca_certs\': …}` (and `redis_backend_use_ssl` for a Sentinel result backend), redis-py ' +
      '`master_for(..., ssl=True, ssl_ca_certs=…)`.',
    example: { bad: 'bad-sentinel-without-tls-replication', good: 'good-tls-replication-everywhere' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      yield* checkMaster(group);
      yield* checkTlsOnlyReplicas(group);
    }
    yield* oncePerPlace(checkClients(deployment));
  },
});

/** Where a node listens for TLS: its `tls-port` line, when one is in effect and not 0. */
function tlsListener(node: ConfNode): { port: number; at: Span } | undefined {
  const setting = settingInEffect(node, 'tls-port');
  if (!setting.known || !setting.directive) return undefined;
  const port = Number(setting.directive.args[0]?.text);
  return Number.isInteger(port) && port > 0 ? { port, at: setting.directive.span } : undefined;
}

const speaksTls = (node: ConfNode) => yesNoInEffect(node, 'tls-replication', false)?.value;

/** The monitored address is the master's TLS port: every Sentinel and replica must speak TLS to it. */
function* checkMaster(group: MasterGroup): Generator<Finding> {
  const master = group.master;
  const monitored = group.monitors[0]!.port;
  const tls = master && tlsListener(master);
  if (!master || !tls || !monitored.known || tls.port !== monitored.value) return;
  const related = [{ at: tls.at, message: `${master.name} listens for TLS on port ${tls.port}` }];
  for (const monitor of group.monitors) {
    if (speaksTls(monitor.sentinel) !== false) continue;
    yield {
      at: monitor.port.span,
      message:
        `${monitor.sentinel.name} monitors ${group.name} on ${master.name}'s TLS port ${tls.port} without ` +
        `tls-replication yes: it connects without TLS, sees the master as down and cannot fail it over. Set tls-replication yes.`,
      related,
    };
  }
  for (const replica of group.replicas) {
    if (speaksTls(replica) !== false) continue;
    yield {
      at: replica.replicaof!.declaredAt,
      message:
        `${replica.name} replicates from ${master.name}'s TLS port ${tls.port} without tls-replication yes: it ` +
        `connects without TLS and replication never starts. Set tls-replication yes.`,
      related,
    };
  }
}

/** Replicas with `port 0` and a `tls-port` can only be reached over TLS. */
function* checkTlsOnlyReplicas(group: MasterGroup): Generator<Finding> {
  const reachable: { replica: Server; tls: { port: number; at: Span }; portAt: Span }[] = [];
  for (const replica of group.replicas) {
    const tls = tlsListener(replica);
    const port = settingInEffect(replica, 'port');
    const announce = settingInEffect(replica, 'replica-announce-port');
    const ownTls = speaksTls(replica);
    if (!tls || !port.known || !port.directive || Number(port.directive.args[0]?.text) !== 0) continue;
    if (ownTls === undefined || !announce.known) continue;
    if (ownTls || announce.directive) {
      reachable.push({ replica, tls, portAt: port.directive.span });
      continue;
    }
    // replication.c: REPLCONF listening-port is the tls-port only with tls-replication; else `port`, here 0.
    yield {
      at: port.directive.span,
      message:
        `${replica.name} is a replica of ${group.name} that listens only on TLS port ${tls.port}, but without ` +
        `tls-replication yes it tells its master it listens on port 0: Sentinel cannot reach it and never promotes it. ` +
        `Set tls-replication yes (or replica-announce-port ${tls.port} if its master does not speak TLS).`,
      related: [{ at: tls.at, message: `${replica.name} listens for TLS on port ${tls.port}` }],
    };
  }
  if (reachable.length === 0) return;
  const names = reachable.map((r) => r.replica.name).join(', ');
  for (const monitor of group.monitors) {
    if (speaksTls(monitor.sentinel) !== false) continue;
    yield {
      at: monitor.declaredAt,
      message:
        `${monitor.sentinel.name} monitors ${group.name} without tls-replication yes, but ${names} ` +
        `${reachable.length === 1 ? 'listens' : 'listen'} only on TLS: Sentinel connects without TLS, sees ` +
        `${reachable.length === 1 ? 'that replica as down and never promotes it' : 'those replicas as down and never promotes them'}. Set tls-replication yes.`,
      related: reachable.map(({ replica, portAt }) => ({ at: portAt, message: `${replica.name} has no plaintext port (port 0)` })),
    };
  }
}

/** A node with `port 0` and a `tls-port`: plaintext clients find nothing to talk to. */
function tlsOnly(node: Server): { port: number; at: Span } | undefined {
  const tls = tlsListener(node);
  const port = settingInEffect(node, 'port');
  if (!tls || !port.known || !port.directive || Number(port.directive.args[0]?.text) !== 0) return undefined;
  return tls;
}

/** Sentinel clients that reach a TLS-only master without TLS. */
function* checkClients(deployment: Deployment): Generator<Finding> {
  for (const { client, request, masters } of askedMasters(deployment)) {
    const tls = client.masterTls;
    // discover_master only asks the Sentinels: redis-py requests without a password field never talk to the master.
    if (tls.kind !== 'plain' || !request.password) continue;
    const listeners = masters.map(tlsOnly);
    if (listeners.some((l) => l === undefined)) continue;
    const ports = [...new Set(listeners.map((l) => l!.port))].join(' and ');
    const fix = client.library === 'redis-py'
      ? 'Pass ssl=True (with ssl_ca_certs) to master_for.'
      : `Set ${tls.setting} to a dict of TLS options (ssl_cert_reqs, ssl_ca_certs, …).`;
    yield {
      at: tls.at,
      message:
        `${capitalize(client.describe)} connects to the master "${request.name.value}" without TLS, but ` +
        `${nameList(masters.map((m) => m.name))} listen${masters.length === 1 ? 's' : ''} only on TLS port ${ports} ` +
        `(port 0): every connection to the master fails. ${fix}`,
      related: masters.map((m, i) => ({ at: listeners[i]!.at, message: `${m.name} listens for TLS on port ${listeners[i]!.port}, with no plaintext port` })),
    };
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
