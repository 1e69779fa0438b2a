import { defineRule } from '../src/engine/rule.js';
import type { Sentinel, Server } from '../src/model/deployment.js';
import { namespaceKey } from '../src/model/queries/compose-reach.js';
import { listeningOf, type Listening } from '../src/model/queries/listen-addresses.js';
import { hasTemplatePlaceholder } from '../src/model/template.js';

type Node = Server | Sentinel;

// A sentinel.conf started several times on one host is sentinel-shared-identity's (RULES.md §3 #17):
// here only distinct processes that the compose file puts in one network namespace.
export default defineRule({
  id: 'port-collision-same-host',
  level: 'warning',
  category: 'network',
  docs: {
    summary: 'Two Redis or Sentinel processes that share one network namespace listen on the same port.',
    breaks:
      'Processes in one container, services with `network_mode: host` (the Docker host\'s own network) and services ' +
      'joined with `network_mode: service:<x>` share one set of ports. Whichever process starts second cannot bind ' +
      'the port and exits with "Failed listening on port N (TCP), aborting." (server.c listenToPort, RULES.md E34); ' +
      'with a restart policy it restarts in a loop, without one it stays down.',
    fix: 'Give each process in a shared namespace its own `port` (6379, 6380, …; 26379, 26380, … for Sentinels), or run them in separate containers on a compose network.',
    example: { bad: 'bad-host-network-same-port', good: 'good-host-network-distinct-ports' },
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const byNamespace = new Map<string, Node[]>();
      for (const service of project.services) {
        const key = namespaceKey(project, service);
        if (key === undefined) continue;
        byNamespace.set(key, [...(byNamespace.get(key) ?? []), ...service.nodes]);
      }
      for (const [key, nodes] of byNamespace) {
        const seen: Node[] = [];
        for (const node of nodes) {
          const first = seen.find((other) => collides(other, node));
          if (first) {
            const port = (node.port as { value: number }).value;
            const how = key === 'host' ? "the Docker host's network (network_mode: host)" : sharedHow(first, node);
            yield {
              at: node.setting('port')?.args[0]?.span ?? node.process?.span ?? node.declaredAt,
              message:
                `${node.name} and ${first.name} both listen on port ${port} in ${how}: whichever starts second exits with ` +
                `"Failed listening on port ${port} (TCP), aborting.". Give each its own port.`,
              related: [{ at: first.setting('port')?.args[0]?.span ?? first.process?.span ?? first.declaredAt, message: `${first.name} listens on port ${port}` }],
            };
          }
          seen.push(node);
        }
      }
    }
  },
});

function sharedHow(a: Node, b: Node): string {
  return a.service === b.service ? `one container of service ${a.service!.facts.name}` : 'one shared network namespace (network_mode: service:…)';
}

/** Both listen on one known TCP port and on addresses that claim each other's, whichever starts first. */
function collides(a: Node, b: Node): boolean {
  if (!a.port.known || !b.port.known || a.port.value !== b.port.value || a.port.value === 0) return false;
  const la = listeningOf(a);
  const lb = listeningOf(b);
  if (!la || !lb || unknownBind(la) || unknownBind(lb)) return false;
  return blocks(la, lb) && blocks(lb, la);
}

/** Started after `first`, `second` fails: one of its required addresses is taken by one of `first`'s. */
function blocks(first: Listening, second: Listening): boolean {
  return second.addresses.filter((s) => !s.optional).some((s) => first.addresses.some((f) => claims(normal(f.address), normal(s.address))));
}

const normal = (address: string) => (address === '*' ? '0.0.0.0' : address === '::*' ? '::' : address.toLowerCase());

/** Linux: a wildcard holds every address of its family (Redis sets IPV6_V6ONLY, so the families stay apart). */
function claims(a: string, b: string): boolean {
  if (a === b) return true;
  const v6 = (x: string) => x.includes(':');
  if (a === '0.0.0.0' || b === '0.0.0.0') return !v6(a) && !v6(b);
  if (a === '::' || b === '::') return v6(a) && v6(b);
  return false;
}

const unknownBind = (l: Listening) => l.addresses.some((x) => hasTemplatePlaceholder(x.address));
