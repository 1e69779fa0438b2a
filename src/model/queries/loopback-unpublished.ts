import type { ComposeProject, Sentinel, Server } from '../deployment.js';

/**
 * The nodes of a project that listen on `port` inside their containers while no service
 * publishes that port on the Docker host: a client on the host that dials `localhost:port`
 * means one of them and reaches none. Empty when that is not proven: a port mapping that is not
 * known, any publication of the port (on whatever address), a service on the host's network
 * (or one that is not known), or nothing of the project listening on it.
 */
export function unpublishedListeners(project: ComposeProject, port: number): (Server | Sentinel)[] {
  for (const service of project.services) {
    if (service.facts.networkMode) return [];
    for (const entry of service.facts.ports) {
      if (!entry.mapping.known) return [];
      const { published } = entry.mapping.value;
      if (published && published.start <= port && port <= published.end) return [];
    }
  }
  return project.services.flatMap((s) => s.nodes).filter((n) => n.port.known && n.port.value === port);
}
