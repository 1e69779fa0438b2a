import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment, Sentinel } from '../src/model/deployment.js';
import { nameList } from '../src/model/queries/name-list.js';
import { mountSpan, readsMountedFileItself, rewriteBlockedBy, runsSeveral } from '../src/model/queries/mounted-conf.js';

const FIX = 'Delete the myid line from the copies; each Sentinel generates its own at start.';

export default defineRule({
  id: 'sentinel-shared-identity',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'Several Sentinels of one master have the same `sentinel myid`, or read one mounted sentinel.conf.',
    breaks:
      'A Sentinel drops every hello message that carries its own id (sentinel.c sentinelReceiveHelloMessages), so ' +
      'Sentinels that share an id never discover each other: each reports num-other-sentinels 0, SENTINEL CKQUORUM ' +
      'answers NOQUORUM, and no failover can be authorised (RULES.md E31). It happens when a sentinel.conf that ' +
      'Sentinel already rewrote (it writes `sentinel myid` on first start) is copied to the other nodes, and when one ' +
      'sentinel.conf is mounted into several Sentinel containers: the first to start writes its id into the file, and ' +
      'every container that starts from it after that takes the same id.',
    fix:
      'Delete the `sentinel myid` line (and the `known-sentinel`, `known-replica` and epoch lines) from the copies: ' +
      'each Sentinel generates its own id at start. In compose, give each Sentinel its own file in its own mounted ' +
      'folder, or have its script write its own copy in the container.',
    example: { bad: 'bad-copied-myid', good: 'good-distinct-myids' },
  },
  *check(deployment) {
    const peers = peersOf(deployment);
    const shared = new Set<Sentinel>();
    yield* sharedMounts(deployment, peers, shared);
    for (const sentinel of deployment.sentinels) {
      const id = idOf(sentinel);
      if (!id || shared.has(sentinel)) continue;
      const twins = [...(peers.get(sentinel) ?? [])].filter((peer) => !shared.has(peer) && idOf(peer)?.text === id.text);
      if (twins.length > 0) {
        twins.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        yield {
          at: id.span,
          message:
            `${sentinel.name} has the same sentinel myid as ${nameList(twins.map((t) => t.name))}: a Sentinel ignores ` +
            `hellos that carry its own id, so these Sentinels never see each other and cannot reach a quorum or a ` +
            `majority together. ${FIX}`,
          related: twins.map((twin) => ({ at: idOf(twin)!.span, message: `${twin.name} has the same myid` })),
        };
      } else if (sentinel.monitors.length > 0 && runsSeveral([sentinel])) {
        // One configuration with a myid line, started in several containers: every one of them takes that id.
        yield {
          at: id.span,
          message:
            `${sentinel.name} runs ${count(sentinel)} containers that all read this sentinel myid: a Sentinel ignores ` +
            `hellos that carry its own id, so they never see each other and cannot reach a quorum or a majority together. ` +
            `Remove the myid line; each container then generates its own.`,
        };
      }
    }
  },
});

const idOf = (sentinel: Sentinel) => {
  const arg = sentinel.global('myid')?.args[0];
  return arg && arg.text.length === 40 ? arg : undefined; // another length is refused at start (sentinel-parse-error)
};

const count = (sentinel: Sentinel) => (sentinel.instances.known ? String(sentinel.instances.value) : 'several');

/** Only Sentinels that monitor a master together meet: an id shared with an unrelated deployment does no harm. */
function peersOf(deployment: Deployment): Map<Sentinel, Set<Sentinel>> {
  const peers = new Map<Sentinel, Set<Sentinel>>();
  for (const group of deployment.masterGroups) {
    for (const a of group.monitors) {
      for (const b of group.monitors) {
        if (a.sentinel === b.sentinel) continue;
        peers.set(a.sentinel, (peers.get(a.sentinel) ?? new Set()).add(b.sentinel));
      }
    }
  }
  return peers;
}

/**
 * One repository sentinel.conf that several Sentinel containers of a compose project read. Sentinel
 * writes its generated myid into its file on first start (sentinel.c sentinelIsRunning), so a
 * file they can rewrite soon holds one id for all; a file they cannot rewrite shares an id only
 * when it already holds one.
 */
function* sharedMounts(deployment: Deployment, peers: Map<Sentinel, Set<Sentinel>>, shared: Set<Sentinel>): Generator<Finding> {
  const byFile = new Map<string, Sentinel[]>();
  for (const sentinel of deployment.sentinels) {
    const project = sentinel.service?.project;
    if (!project || !sentinel.mounted || !readsMountedFileItself(sentinel) || sentinel.monitors.length === 0) continue;
    const key = `${project.rootPath}\0${sentinel.mounted.rootPath}`;
    byFile.set(key, [...(byFile.get(key) ?? []), sentinel]);
  }
  for (const sharing of byFile.values()) {
    // Several services meet only when they monitor a master together.
    const meeting = sharing.filter((s) => sharing.some((o) => o !== s && peers.get(s)?.has(o)) || runsSeveral([s]));
    if (!runsSeveral(meeting)) continue;
    const rewritable = meeting.filter((s) => !rewriteBlockedBy(s.mounted!));
    const withId = meeting.filter((s) => rewriteBlockedBy(s.mounted!) && idOf(s));
    const affected = [...rewritable, ...withId];
    if (!runsSeveral(affected)) continue;
    for (const sentinel of affected) {
      shared.add(sentinel);
      const others = affected.filter((o) => o !== sentinel);
      const mounted = sentinel.mounted!;
      const how = others.length ? `shares ${mounted.rootPath} with ${nameList(others.map((o) => o.name))}` : `runs ${count(sentinel)} containers from ${mounted.rootPath}`;
      const why = idOf(sentinel)
        ? 'the file holds a sentinel myid, so all of them take that id'
        : 'the first Sentinel to start writes its generated myid into the file, and every one that starts from it after that takes the same id';
      yield {
        at: mountSpan(mounted),
        message:
          `${sentinel.name} ${how}: ${why}. A Sentinel ignores hellos that carry its own id, so they never see each other ` +
          `and cannot reach a quorum or a majority together. Give each Sentinel its own file in its own mounted folder.`,
        related: others.map((o) => ({ at: mountSpan(o.mounted!), message: `${o.name} mounts the same file` })),
      };
    }
  }
}
