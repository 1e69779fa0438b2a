import { oncePer } from '../../once-per.js';
import type { ClientUrl } from '../clients.js';
import type { Deployment, MasterGroup, Sentinel, Server } from '../deployment.js';
import type { Span } from '../span.js';
import { knownText } from '../../sources/python/py-text.js';
import { lookupKey } from '../../sources/python/dict-lookup.js';
import { groupsMonitoredAs } from './client-targets.js';
import { redisTargetsOf, schemeOf } from './redis-client-targets.js';
import { spanKey } from '../span.js';

/** How a Celery broker or result backend URL reaches one data node. */
export interface BrokerLink {
  url: ClientUrl;
  /** The host and port as written in the URL. */
  at: Span;
  /** Through Sentinel: the Sentinel asked, the master name, and whether the node is that master now or a replica it may promote. */
  through?: { sentinel: Sentinel; group: MasterGroup; role: 'master' | 'replica' };
}

/**
 * The data nodes that hold Celery's queues or results (RULES.md §2.5): the server a `redis://`
 * broker or backend URL proves to reach, and for `sentinel://` the master of the group the
 * Sentinel answers for under the client's `master_name`, with its replicas, since Sentinel may
 * promote any of them. Only proven links count: an address or a master name that is not known
 * links nothing.
 */
export const brokerNodes: (deployment: Deployment) => ReadonlyMap<Server, readonly BrokerLink[]> = oncePer(linkBrokerNodes); // four rules ask

function linkBrokerNodes(deployment: Deployment): Map<Server, BrokerLink[]> {
  const out = new Map<Server, BrokerLink[]>();
  const add = (node: Server, link: BrokerLink) => {
    const links = out.get(node) ?? [];
    // The same `.env` line is the env-file URL and the Python setting it overrides: one link.
    if (!links.some((l) => l.url.role === link.url.role && spanKey(l.at) === spanKey(link.at))) links.push(link);
    out.set(node, links);
  };
  // URLs with a Celery app first: only they carry the `master_name` a Sentinel link needs.
  const urls = [...deployment.clients.urls].sort((a, b) => Number(!a.celery) - Number(!b.celery));
  for (const url of urls) {
    if (url.role !== 'broker' && url.role !== 'backend') continue;
    const scheme = schemeOf(url);
    for (const target of redisTargetsOf(deployment, url)) {
      const { reach } = target;
      if (reach.kind !== 'node') continue;
      if (scheme !== 'sentinel') {
        if (reach.node.conf.kind === 'redis-conf') add(reach.node as Server, { url, at: target.at });
        continue;
      }
      if (reach.node.conf.kind !== 'sentinel-conf') continue; // a Sentinel client that reaches a data node fails: no broker there
      const sentinel = reach.node as Sentinel;
      const name = masterNameOf(url);
      if (name === undefined) continue;
      for (const group of groupsMonitoredAs(deployment, sentinel, name)) {
        if (group.master) add(group.master, { url, at: target.at, through: { sentinel, group, role: 'master' } });
        for (const replica of group.replicas) {
          if (replica !== group.master) add(replica, { url, at: target.at, through: { sentinel, group, role: 'replica' } });
        }
      }
    }
  }
  return out;
}

/**
 * The `master_name` the client asks the Sentinels for: `broker_transport_options` for the broker,
 * `result_backend_transport_options` for the backend (kombu SentinelChannel, celery
 * SentinelBackend), with the environment applied. Undefined when it is not known.
 */
function masterNameOf(url: ClientUrl): string | undefined {
  const key = url.role === 'backend' ? 'result_backend_transport_options' : 'broker_transport_options';
  const options = url.celery?.settings.get(key)?.resolved.value;
  if (options?.kind !== 'dict') return undefined;
  const entry = lookupKey(options, 'master_name');
  return entry ? knownText(entry.value) : undefined;
}

/** What a node holds for Celery, for a message: "the Celery broker", "the Celery broker and result backend". */
export function heldFor(links: readonly BrokerLink[]): string {
  const broker = links.some((l) => l.url.role === 'broker');
  const backend = links.some((l) => l.url.role === 'backend');
  return broker && backend ? 'the Celery broker and result backend' : broker ? 'the Celery broker' : 'the Celery result backend';
}

/** How the node is reached, for a message: "through Sentinel service sentinel-1 as the master of mymaster". */
export function howReached(link: BrokerLink): string {
  if (!link.through) return `(${link.at.file}:${link.at.line})`;
  const { sentinel, group, role } = link.through;
  return role === 'master'
    ? `(${link.at.file}:${link.at.line}, through ${sentinel.name}: it is the master of ${group.name})`
    : `(${link.at.file}:${link.at.line}, through ${sentinel.name}: a replica of ${group.name} that Sentinel may promote)`;
}

/** The URLs that reach the node, as related locations. */
export function linkLocations(links: readonly BrokerLink[]): { at: Span; message: string }[] {
  return links.map((link) => ({
    at: link.at,
    message: link.through
      ? `the Celery ${link.url.role === 'backend' ? 'result backend' : 'broker'} asks ${link.through.sentinel.name} for ${link.through.group.name} here`
      : `the Celery ${link.url.role === 'backend' ? 'result backend' : 'broker'} connects to it here`,
  }));
}
