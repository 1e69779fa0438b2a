import { defineRule } from '../src/engine/rule.js';
import type { Sentinel } from '../src/model/deployment.js';
import { nameList } from '../src/model/queries/name-list.js';

// The conf side: the same `sentinel myid` in several files. One sentinel.conf mounted into several
// Sentinels is the same mistake and comes with the compose source.
export default defineRule({
  id: 'sentinel-shared-identity',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'Several Sentinels of one master have the same `sentinel myid`.',
    breaks:
      'A Sentinel drops every hello message that carries its own id (sentinel.c sentinelReceiveHelloMessages), so ' +
      'Sentinels that share an id never discover each other: each reports num-other-sentinels 0, SENTINEL CKQUORUM ' +
      'answers NOQUORUM, and no failover can be authorised (RULES.md E31). It happens when a sentinel.conf that ' +
      'Sentinel already rewrote (it writes `sentinel myid` on first start) is copied to the other nodes.',
    fix:
      'Delete the `sentinel myid` line (and the `known-sentinel`, `known-replica` and epoch lines) from the copies: ' +
      'each Sentinel generates its own id at start.',
    example: { bad: 'bad-copied-myid', good: 'good-distinct-myids' },
  },
  *check(deployment) {
    const idOf = (sentinel: Sentinel) => {
      const arg = sentinel.global('myid')?.args[0];
      return arg && arg.text.length === 40 ? arg : undefined; // another length is refused at start (sentinel-parse-error)
    };
    // Only Sentinels that monitor a master together meet: an id shared with an unrelated deployment does no harm.
    const peers = new Map<Sentinel, Set<Sentinel>>();
    for (const group of deployment.masterGroups) {
      for (const a of group.monitors) {
        for (const b of group.monitors) {
          if (a.sentinel === b.sentinel) continue;
          peers.set(a.sentinel, (peers.get(a.sentinel) ?? new Set()).add(b.sentinel));
        }
      }
    }
    for (const sentinel of deployment.sentinels) {
      const id = idOf(sentinel);
      if (!id) continue;
      const twins = [...(peers.get(sentinel) ?? [])].filter((peer) => idOf(peer)?.text === id.text);
      if (twins.length === 0) continue;
      twins.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      yield {
        at: id.span,
        message:
          `${sentinel.name} has the same sentinel myid as ${nameList(twins.map((t) => t.name))}: a Sentinel ignores ` +
          `hellos that carry its own id, so these Sentinels never see each other and cannot reach a quorum or a ` +
          `majority together. Delete the myid line from the copies; each Sentinel generates its own at start.`,
        related: twins.map((twin) => ({ at: idOf(twin)!.span, message: `${twin.name} has the same myid` })),
      };
    }
  },
});
