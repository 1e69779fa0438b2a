import type { Deployment, Sentinel, Server } from '../deployment.js';
import type { ConfFacts } from '../facts.js';

/** A process started from a conf file: a data node or a Sentinel. */
export type ConfNode = Server | Sentinel;

export function confNodes(deployment: Deployment): ConfNode[] {
  return [...deployment.servers, ...deployment.sentinels];
}

export function isSentinel(node: ConfNode): node is Sentinel {
  return node.conf.kind === 'sentinel-conf';
}

/** Conf files that are no node's own file: fragments that some node `include`s. */
export function includedFragments(deployment: Deployment): ConfFacts[] {
  const own = new Set(confNodes(deployment).map((node) => node.conf));
  return deployment.confs.filter((conf) => !own.has(conf));
}
