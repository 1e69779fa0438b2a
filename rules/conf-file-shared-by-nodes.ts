import { defineRule } from '../src/engine/rule.js';
import type { Server } from '../src/model/deployment.js';
import { nameList } from '../src/model/queries/name-list.js';
import { mountSpan, sharedRewritableConfs } from '../src/model/queries/mounted-conf.js';

export default defineRule({
  id: 'conf-file-shared-by-nodes',
  level: 'warning',
  category: 'persistence',
  docs: {
    summary: 'One writable repository conf file is mounted into several data nodes: several services, or one service that runs several containers.',
    breaks:
      'CONFIG REWRITE, which Sentinel sends with every role change, rewrites the file the node was started from, and ' +
      'here that is the file of all of them: after a failover it holds the last writer\'s `replicaof` (or none), so a ' +
      'restarted node may come back as a replica of itself or of the wrong master, or as a second master ' +
      '(reproduced on 7.0.15).',
    fix: 'Give each data node its own conf file in its own mounted folder (a shared `include` can hold the common lines).',
    example: { bad: 'bad-replicas-share-folder', good: 'good-folder-per-node' },
  },
  *check(deployment) {
    for (const sharing of sharedRewritableConfs(deployment.servers).values()) {
      for (const node of sharing) {
        const others = sharing.filter((other) => other !== node);
        const mounted = node.mounted!;
        yield {
          at: mountSpan(mounted),
          message: `${node.name} ${others.length ? `shares ${mounted.rootPath} with ${nameList(others.map(nameOf))}` : `runs ${instances(node)} containers from ${mounted.rootPath}`}: ` +
            `CONFIG REWRITE on any of them (Sentinel sends one with every role change) rewrites the file for all, so a restarted ` +
            `node may come back with another node's role. Give each node its own conf file in its own folder.`,
          related: others.map((other) => ({ at: mountSpan(other.mounted!), message: `${other.name} mounts the same file` })),
        };
      }
    }
  },
});

const nameOf = (node: Server) => node.name;
const instances = (node: Server) => (node.instances.known ? node.instances.value : 'several');
