import type { Secret } from '../secret.js';
import type { Span } from '../span.js';
import { aclRuleKind } from './acl-user.js';
import { composeExposureOf, describePublished } from './compose-exposure.js';
import { confNodes, type ConfNode } from './conf-node.js';
import type { Deployment } from '../deployment.js';
import { listeningOf } from './listen-addresses.js';

/** A password that guards a compose node's port which clients outside the project reach. */
export interface PublishedGuard {
  node: ConfNode;
  /** The `ports:` entry, or the `network_mode: host` line. */
  at: Span;
  /** "host port 6379 on every host address", "the host's network (network_mode: host)". */
  reach: string;
}

/**
 * The passwords in effect on compose nodes whose port is published (or on the host network):
 * the `requirepass` in effect and the passwords of ACL users. `masterauth` and `auth-pass` are
 * the passwords of other nodes and guard their ports, not this one.
 */
export function publishedGuards(deployment: Deployment): Map<Secret, PublishedGuard> {
  const guards = new Map<Secret, PublishedGuard>();
  for (const node of confNodes(deployment)) {
    if (!node.service) continue;
    const listening = listeningOf(node);
    if (!listening) continue;
    const exposure = composeExposureOf(node, listening);
    let guard: PublishedGuard;
    if (exposure.kind === 'published') guard = { node, at: exposure.entry.span, reach: describePublished(exposure) };
    else if (exposure.kind === 'host-network') guard = { node, at: exposure.at, reach: "the host's own network (network_mode: host)" };
    else continue;
    if (node.requirepass) guards.set(node.requirepass, guard);
    for (const user of node.settings('user')) {
      for (const arg of user.args) if (arg.secret && aclRuleKind(arg) === 'add') guards.set(arg.secret, guard);
    }
  }
  return guards;
}
