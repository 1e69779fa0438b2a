import type { ComposeProject } from '../deployment.js';

/**
 * A compose file written for `docker stack deploy`, where Swarm, not Compose, decides: it ignores
 * `restart:` and restarts tasks by default, and its ingress publishes each host port once per
 * service, not once per container. Read from what the facts show: a file named like a stack
 * (`stack.yml`, `docker-stack.yml`, `redis-stack.yaml`) or placement constraints, which only Swarm applies.
 */
export function looksLikeSwarmStack(project: ComposeProject): boolean {
  const name = project.rootPath.slice(project.rootPath.lastIndexOf('/') + 1).toLowerCase();
  return /(^|[-_.])stack([-_.]|$)/.test(name) || project.services.some((s) => s.facts.placementConstraints.length > 0);
}
