import { defineRule, type Finding } from '../src/engine/rule.js';
import type { MasterGroup, Server } from '../src/model/deployment.js';
import { groupDataNodes, roleIn } from '../src/model/queries/group-nodes.js';
import { mountSpan, rewriteBlockedBy } from '../src/model/queries/mounted-conf.js';

export default defineRule({
  id: 'role-not-persisted',
  level: 'warning',
  category: 'persistence',
  docs: {
    summary: 'A data node in a Sentinel group cannot save the role Sentinel gives it: it runs without a config file, or with one that CONFIG REWRITE cannot replace.',
    breaks:
      'Sentinel changes a node\'s role with `MULTI; SLAVEOF …; CONFIG REWRITE; …; EXEC` (sentinel.c sentinelSendSlaveOf). ' +
      'Without a config file CONFIG REWRITE answers `ERR The server is running without a config file` (RULES.md E44); a ' +
      'single-file bind mount refuses the rename (`Device or resource busy`), a read-only mount the write; a file a script ' +
      'writes at each start is written again. The role change holds only in memory: a restarted old master boots as ' +
      'master and takes writes until Sentinel demotes it again, and a promoted replica boots as a replica of the old master.',
    fix:
      'Start each data node from its own writable config file in a mounted folder (`./redis-1:/usr/local/etc/redis` and ' +
      '`redis-server /usr/local/etc/redis/redis.conf`), written once, not at every start.',
    example: { bad: 'bad-flags-only', good: 'good-conf-in-mounted-folder' },
  },
  *check(deployment) {
    const seen = new Set<Server>();
    for (const group of deployment.masterGroups) {
      if (group.scope.kind !== 'compose') continue;
      for (const node of groupDataNodes(group)) {
        if (seen.has(node)) continue;
        seen.add(node);
        const finding = check(group, node);
        if (finding) yield finding;
      }
    }
  },
});

function check(group: MasterGroup, node: Server): Finding | undefined {
  const process = node.process;
  if (!process || process.configUnknown || !process.certain) return undefined;
  const file = process.confFile;
  const related = group.monitors.slice(0, 1).map((m) => ({ at: m.declaredAt, message: `${m.sentinel.name} monitors ${group.name} and changes its roles` }));
  const lost = `so when Sentinel changes its role the change is not saved, and after a restart the node comes back in its old role until Sentinel converts it again`;
  if (!file) {
    return {
      at: process.span,
      message: `${node.name}, ${roleIn(group, node)}, runs from flags only, without a config file: CONFIG REWRITE fails (\"ERR The server is running without a config file\"), ${lost}. Start it from a writable config file.`,
      related,
    };
  }
  const content = file.content;
  if (content.kind === 'written' || (content.kind === 'copied' && file.containerPath !== undefined && content.from !== file.containerPath)) {
    const path = file.path.known ? file.path.value : 'its config file';
    return {
      at: file.path.span,
      message: `${node.name}, ${roleIn(group, node)}, reads ${path}, which its script writes afresh at every start: the role CONFIG REWRITE saves there is overwritten, ${lost}. Write the file only when it does not exist yet, in a mounted folder.`,
      related,
    };
  }
  const blocked = node.mounted && rewriteBlockedBy(node.mounted);
  if (!node.mounted || !blocked) return undefined;
  return {
    at: mountSpan(node.mounted),
    message: `${node.name}, ${roleIn(group, node)}, reads ${node.mounted.rootPath}, but CONFIG REWRITE cannot replace it (${blocked}), ${lost}. Mount the folder that holds the file, writable, instead.`,
    related,
  };
}
