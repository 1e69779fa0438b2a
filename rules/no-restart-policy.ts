import { defineRule } from '../src/engine/rule.js';
import type { ServiceNode } from '../src/model/deployment.js';
import { looksLikeSwarmStack } from '../src/model/queries/swarm-stack.js';

export default defineRule({
  id: 'no-restart-policy',
  level: 'note',
  category: 'compose',
  docs: {
    summary: 'A compose service that runs Redis or Sentinel has no restart policy.',
    breaks:
      'Without `restart:` (or `deploy.restart_policy`) Docker never restarts the container: a Redis that crashes, is ' +
      'OOM-killed or exits on a configuration error stays down, and a Sentinel that exits at start (a host name it ' +
      'cannot resolve yet, E16) stays gone, so the failover the setup exists for never comes (RULES.md §2.7, §3 #26).',
    fix:
      'Add `restart: unless-stopped` (or `always`) to every Redis and Sentinel service. A process that keeps failing ' +
      'is then retried with a growing delay and shows up in `docker compose ps` as restarting.',
    example: { bad: 'bad-sentinel-without-restart', good: 'good-restart-unless-stopped' },
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      if (looksLikeSwarmStack(project)) continue; // Swarm restarts tasks by default (condition: any)
      for (const service of project.services) {
        const program = redisProgramOf(service);
        if (!program || hasRestartPolicy(service)) continue;
        yield {
          at: service.facts.span,
          message:
            `service ${service.facts.name} runs ${program} with no restart policy: if it crashes or exits at start, ` +
            'Docker leaves it down until someone runs `docker compose up` again. Add `restart: unless-stopped`.',
        };
      }
    }
  },
});

/** What the service runs, when it is known to run a Redis or Sentinel server. */
function redisProgramOf(service: ServiceNode): string | undefined {
  const { facts } = service;
  const process = facts.processes.find((p) => p.mode === 'sentinel') ?? facts.processes[0];
  if (process) {
    const product = process.product === 'valkey' ? 'Valkey' : 'Redis';
    return process.mode === 'sentinel' ? `${product} Sentinel (${process.executable})` : `a ${product} server (${process.executable})`;
  }
  // No command or entrypoint: the image's own default runs its server (Bitnami's builds flags from env).
  if (facts.image?.product && facts.runsUnknown && !facts.command && !facts.entrypoint) return `the ${facts.image.repository} image's server`;
  return undefined;
}

/**
 * A `restart:` of any value (even "no": a choice), a `deploy.restart_policy` (Docker Compose v2
 * applies it too: compose create.go getRestartPolicy), or one the model cannot see: replicas or
 * placement constraints suggest a Swarm deployment, which restarts by default, and an `extends:`
 * that was not read may bring a `restart:` from its base (one that was read is merged in).
 */
function hasRestartPolicy(service: ServiceNode): boolean {
  const { facts } = service;
  return facts.restart !== undefined || facts.restartPolicy !== undefined || facts.replicas !== undefined ||
    facts.placementConstraints.length > 0 || facts.extendsUnknown !== undefined;
}
