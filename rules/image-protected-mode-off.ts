import { defineRule } from '../src/engine/rule.js';
import { accessUnknown } from '../src/model/queries/access-unknown.js';
import { composeExposureOf } from '../src/model/queries/compose-exposure.js';
import { defaultUserOf } from '../src/model/queries/default-user.js';
import { listeningOf, networkAddresses } from '../src/model/queries/listen-addresses.js';
import { predatesProtectedMode, protectedModeOf } from '../src/model/queries/protected-mode.js';

export default defineRule({
  id: 'image-protected-mode-off',
  level: 'note',
  category: 'security',
  security: { severity: 5 },
  docs: {
    summary: 'A redis-server from the official `redis` or `valkey/valkey` image, with no password and no `protected-mode` line: protected mode is off.',
    breaks:
      'The official images rewrite the compiled default of `protected-mode` to no in config.c before they build ' +
      '(docker-library/redis and valkey-io/valkey-container Dockerfiles; RULES.md §1.7), and the image ships no redis.conf, ' +
      'so `bind` keeps its compiled default `* -::*`. Unless the configuration sets `protected-mode` itself, a server ' +
      'without a password answers every client that reaches it, where a redis-server built from source would answer ' +
      '-DENIED (RULES.md §1.6, E22): every container on its networks can read and change every key, and so can anyone ' +
      'once its port is published. Not reported where no-auth-exposed already reports the published port, nor where the ' +
      'server listens on loopback only.',
    fix:
      'Set `requirepass` (or ACL users with passwords). If only processes in the same container use it, `bind 127.0.0.1` ' +
      'keeps everyone else out; `protected-mode yes` without a password would also turn away its replicas and Sentinels.',
    example: { bad: 'bad-official-image-no-password', good: 'good-official-image-with-password' },
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      const service = server.service;
      if (!service || accessUnknown(server)) continue; // filled in by a tool or at run time: unknown
      const protectedMode = protectedModeOf(server);
      if (!protectedMode.image) continue; // a line sets it, or the image is not an official one
      if (predatesProtectedMode(protectedMode.image)) continue; // no protected mode to speak of before 3.2
      const listening = listeningOf(server);
      if (!listening || networkAddresses(listening).length === 0) continue; // bind keeps others out
      const user = defaultUserOf(server, deployment);
      if (!user?.nopass || !user.enabled) continue;
      const exposure = composeExposureOf(server, listening);
      if (exposure.kind === 'published' || exposure.kind === 'host-network') continue; // no-auth-exposed reports it
      if (service.facts.networkMode?.known && service.facts.networkMode.value.trim().toLowerCase() === 'none') continue;
      const port = server.port.known ? String(server.port.value) : 'its port';
      yield {
        at: protectedMode.image.span,
        message:
          `Protected mode is off in service ${service.facts.name}: the official ${protectedMode.image.repository} image ` +
          'compiles it off and no protected-mode line turns it on, so with no password every container that reaches ' +
          `port ${port} can read and change every key, and so can anyone once the port is published. Set requirepass.`,
        related: [{ at: service.facts.span, message: `service ${service.facts.name} runs this redis-server` }],
      };
    }
  },
});
