import { defineRule } from '../src/engine/rule.js';
import type { MasterGroup, Monitor } from '../src/model/deployment.js';
import type { ConfDirective, SentinelOptionFact } from '../src/model/facts.js';
import type { Span } from '../src/model/span.js';
import { groupDataNodes } from '../src/model/queries/group-nodes.js';
import { repeatedSetting } from '../src/model/queries/setting-in-effect.js';
import { monitorOptions } from '../src/model/queries/sentinel-options.js';

/**
 * The commands Sentinel 7.0 sends to data nodes (sentinel.c `sentinelInstanceMapCommand`), and what
 * breaks without each. MULTI is left out: without it the commands of the transaction simply run one
 * by one and the failover still works (checked on 7.0.15).
 */
const SENT: Record<string, string> = {
  config: "Sentinel's failover transaction (MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC) is aborted and no node is reconfigured",
  slaveof: "Sentinel's failover transaction (MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC) is aborted and no node is reconfigured",
  exec: "Sentinel's failover transaction is never executed, and every later command on its connection, PING included, is only queued, so the node looks down",
  client: "Sentinel's failover transaction (MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC) is aborted and no node is reconfigured",
  ping: "Sentinel's PINGs fail and it sees the node as down",
  info: "Sentinel cannot read the node's role and replicas, so it cannot pick a replica to promote",
  subscribe: 'the Sentinels cannot hear each other on __sentinel__:hello',
  publish: 'the Sentinels cannot announce themselves on __sentinel__:hello',
  script: 'Sentinel cannot stop a busy script (SCRIPT KILL)',
  auth: 'Sentinel cannot log in with its auth-pass',
};

interface Rename { command: string; to: string; at: Span }

export default defineRule({
  id: 'rename-command-breaks-sentinel',
  level: 'error',
  category: 'security',
  docs: {
    summary: 'A data node renames or disables a command that Sentinel sends to it (CONFIG, SLAVEOF, EXEC, CLIENT, PING, INFO, …) without the same `sentinel rename-command` in every Sentinel, or a Sentinel renames one that a node does not.',
    breaks:
      'Sentinel sends the command under the name it knows and gets "unknown command". A failover reconfigures nodes ' +
      'with MULTI, SLAVEOF, CONFIG REWRITE, CLIENT KILL, EXEC: one unknown command aborts the whole transaction, so ' +
      'the failover promotes nobody (sentinel.conf "REDIS COMMANDS RENAMING"). Renaming PING or INFO makes the node ' +
      'look down; renaming EXEC leaves the connection inside MULTI, so even PING is only queued. Sentinel sends ' +
      'SLAVEOF, not REPLICAOF, so renaming REPLICAOF alone is harmless, and so is renaming MULTI (the commands then run ' +
      'one by one). A command renamed to "" cannot be sent at all.',
    fix:
      'Add `sentinel rename-command <master> <command> <new-name>` with the same new name to every Sentinel that ' +
      'monitors the master, and rename the command the same way on every data node of the group.',
    example: { bad: 'bad-config-renamed-on-nodes', good: 'good-rename-told-to-sentinel' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) yield* checkGroup(group);
  },
});

function* checkGroup(group: MasterGroup) {
  const sentinels = group.monitors.flatMap((monitor) => {
    const lines = monitorOptions(monitor, 'rename-command');
    return lines ? [{ monitor, renames: lines.flatMap(sentinelRename) }] : [];
  });
  const nodes = groupDataNodes(group).flatMap((node) => {
    const lines = repeatedSetting(node, 'rename-command');
    return lines ? [{ node, renames: lines.flatMap(nodeRename) }] : [];
  });
  const sentBy = (monitor: Monitor, command: string) => command !== 'auth' || monitor.option('auth-pass') !== undefined;

  // A node renames a command: every Sentinel must send it under the same new name.
  for (const { node, renames } of nodes) {
    for (const rename of renames) {
      const unaware = sentinels.filter(({ monitor, renames: theirs }) => {
        if (!sentBy(monitor, rename.command)) return false;
        const told = theirs.find((r) => r.command === rename.command);
        return rename.to === '' || !told || told.to.toLowerCase() !== rename.to.toLowerCase();
      });
      if (unaware.length === 0) continue;
      const who = unaware.map((s) => s.monitor.sentinel.name).join(', ');
      const one = unaware.length === 1;
      const what = rename.to === ''
        ? `disables ${rename.command.toUpperCase()}, which ${who} still ${one ? 'sends' : 'send'}`
        : `renames ${rename.command.toUpperCase()}, but ${who} ${one ? 'does' : 'do'} not send it under that name`;
      yield {
        at: rename.at,
        message:
          `${node.name} ${what}: ${SENT[rename.command]}. ` +
          (rename.to === ''
            ? `Rename it instead of disabling it, and add "sentinel rename-command ${group.name} ${rename.command.toUpperCase()} <new-name>" to every Sentinel.`
            : `Add "sentinel rename-command ${group.name} ${rename.command.toUpperCase()} <the same new name>" to every Sentinel.`),
        related: unaware.map(({ monitor, renames: theirs }) => {
          const told = theirs.find((r) => r.command === rename.command);
          return told
            ? { at: told.at, message: `${monitor.sentinel.name} renames it to a different name` }
            : { at: monitor.declaredAt, message: `${monitor.sentinel.name} monitors ${group.name} without renaming it` };
        }),
      };
    }
  }

  // A Sentinel renames a command: every node must have it under that name.
  for (const { monitor, renames } of sentinels) {
    for (const rename of renames) {
      if (!sentBy(monitor, rename.command)) continue;
      const unrenamed = nodes.filter(({ renames: theirs }) => !theirs.some((r) => r.command === rename.command));
      if (unrenamed.length === 0) continue;
      yield {
        at: rename.at,
        message:
          `${monitor.sentinel.name} sends ${rename.command.toUpperCase()} to ${group.name}'s nodes under a new name, but ` +
          `${unrenamed.map((n) => n.node.name).join(', ')} ${unrenamed.length === 1 ? 'does' : 'do'} not rename it: ` +
          `${SENT[rename.command]}. Rename the command the same way on every data node, or remove this line.`,
        related: unrenamed.map(({ node }) => ({ at: node.replicaof?.declaredAt ?? node.declaredAt, message: `${node.name} keeps ${rename.command.toUpperCase()} under its own name` })),
      };
    }
  }
}

function nodeRename(line: ConfDirective): Rename[] {
  const [from, to] = line.args;
  const command = from?.text.toLowerCase();
  return command && to && Object.hasOwn(SENT, command) ? [{ command, to: to.text, at: line.span }] : [];
}

function sentinelRename(line: SentinelOptionFact): Rename[] {
  const [from, to] = line.args;
  const command = from?.text.toLowerCase();
  return command && to && Object.hasOwn(SENT, command) ? [{ command, to: to.text, at: line.declaredAt }] : [];
}
