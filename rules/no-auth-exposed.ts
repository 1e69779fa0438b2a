import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment, Server } from '../src/model/deployment.js';
import { accessUnknown } from '../src/model/queries/access-unknown.js';
import { composeExposureOf, describePublished } from '../src/model/queries/compose-exposure.js';
import { defaultUserOf } from '../src/model/queries/default-user.js';
import { describeBind, listeningOf, networkAddresses } from '../src/model/queries/listen-addresses.js';
import { predatesProtectedMode, protectedModeOf, type ProtectedMode } from '../src/model/queries/protected-mode.js';

export default defineRule({
  id: 'no-auth-exposed',
  level: 'error',
  category: 'security',
  security: { severity: 9 },
  docs: {
    summary: 'A data node that clients on other machines can reach, with protected mode off and no password.',
    breaks:
      'Anyone who can reach the port reads and changes every key, and can use CONFIG SET dir/dbfilename to write files ' +
      'on the host. redis-server listens on all interfaces unless `bind` says otherwise (the compiled default is ' +
      '`* -::*`), and with protected mode off nothing else stops a client from another host when the default user ' +
      'needs no password (RULES.md §1.6, §1.7, E22). In compose the node is reachable from outside when a `ports:` entry ' +
      'publishes its port on a host address other than 127.0.0.1/::1, or with `network_mode: host`; the official `redis` ' +
      'and `valkey/valkey` images compile protected mode off, so there a missing `protected-mode` line means off. From a ' +
      'conf file alone this is reported only when the file itself sets `protected-mode no`: redis-server turns protected ' +
      'mode on by default.',
    fix:
      'Set `requirepass` (or ACL users with passwords and `user default off`); in compose, publish the port on ' +
      '127.0.0.1 only (`"127.0.0.1:6379:6379"`) or not at all when only other containers use it.',
    example: { bad: 'bad-compose-official-image-published', good: 'good-compose-not-published' },
  },
  *check(deployment) {
    for (const server of deployment.servers) {
      if (accessUnknown(server)) continue; // filled in by a tool or at run time: unknown
      const finding = server.service ? composeFinding(server, deployment) : confFinding(server, deployment);
      if (finding) yield finding;
    }
  },
});

const openToAll = (server: Server, deployment: Deployment) => {
  const user = defaultUserOf(server, deployment);
  return user !== undefined && user.nopass && user.enabled;
};

/** A conf file on its own: exposed when it says `protected-mode no` and listens beyond loopback. */
function confFinding(server: Server, deployment: Deployment): Finding | undefined {
  const protectedMode = protectedModeOf(server);
  const listening = listeningOf(server);
  if (protectedMode.on !== false || !protectedMode.directive || !listening) return undefined;
  if (networkAddresses(listening).length === 0 || !openToAll(server, deployment)) return undefined;
  const port = server.port.known ? String(server.port.value) : 'its port';
  return {
    at: protectedMode.directive.span,
    message:
      `Anyone who reaches port ${port} can read and change every key without a password: protected mode is off, ` +
      `redis-server listens on ${describeBind(listening)}, and the default user needs no password. Set requirepass ` +
      '(or users with passwords), and bind only the addresses clients use.',
    related: listening.bind ? [{ at: listening.bind.span, message: 'it listens on these addresses' }] : [],
  };
}

/** A compose node: exposed when its port is published beyond loopback, or it runs on the host's network. */
function composeFinding(server: Server, deployment: Deployment): Finding | undefined {
  const service = server.service!;
  const listening = listeningOf(server);
  if (!listening) return undefined;
  const protectedMode = protectedModeOf(server);
  if (protectedMode.on !== false || !openToAll(server, deployment)) return undefined;
  const exposure = composeExposureOf(server, listening);
  const port = server.port.known ? server.port.value : 6379;
  const off = whyOff(protectedMode);
  const related = [
    { at: service.facts.span, message: `service ${service.facts.name} runs this redis-server` },
    ...(protectedMode.directive ? [{ at: protectedMode.directive.span, message: 'protected mode is turned off here' }] : []),
    ...(protectedMode.image ? [{ at: protectedMode.image.span, message: imageNote(protectedMode) }] : []),
  ];
  if (exposure.kind === 'published') {
    return {
      at: exposure.entry.span,
      message:
        'Anyone who can reach the Docker host can read and change every key without a password: service ' +
        `${service.facts.name} publishes its port ${port} at ${describePublished(exposure)}, ${off}, and the default user ` +
        'needs no password. Set requirepass (or users with passwords), or publish the port on 127.0.0.1 only.',
      related,
    };
  }
  if (exposure.kind === 'host-network') {
    return {
      at: exposure.at,
      message:
        `Anyone who reaches port ${port} of this host can read and change every key without a password: service ` +
        `${service.facts.name} runs on the host's network and listens on ${describeBind(listening)}, ${off}, and the ` +
        'default user needs no password. Set requirepass (or users with passwords), and bind only the addresses clients use.',
      related: [...related, ...(listening.bind ? [{ at: listening.bind.span, message: 'it listens on these addresses' }] : [])],
    };
  }
  return undefined;
}

function imageNote(protectedMode: ProtectedMode): string {
  return predatesProtectedMode(protectedMode.image!) ? 'this image predates protected mode' : 'this image compiles protected mode off';
}

function whyOff(protectedMode: ProtectedMode): string {
  if (protectedMode.directive) return 'protected mode is turned off';
  const image = protectedMode.image!;
  if (predatesProtectedMode(image)) return `this Redis version has no protected mode (it came with 3.2)`;
  return `protected mode is off (the official ${image.repository} image compiles it off and nothing turns it on)`;
}
