import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Sentinel } from '../src/model/deployment.js';
import { accessUnknown } from '../src/model/queries/access-unknown.js';
import { composeExposureOf, describePublished } from '../src/model/queries/compose-exposure.js';
import { defaultUserOf } from '../src/model/queries/default-user.js';
import { describeBind, listeningOf, networkAddresses, type Listening } from '../src/model/queries/listen-addresses.js';
import { protectedModeOf } from '../src/model/queries/protected-mode.js';

const CONTROL = 'can control this Sentinel without a password (SENTINEL SET, REMOVE, FAILOVER, MONITOR) and send clients to another master';

export default defineRule({
  id: 'sentinel-exposed-without-auth',
  level: 'warning',
  category: 'security',
  security: { severity: 7.5 },
  docs: {
    summary: 'A Sentinel that clients on other machines can reach, with no password.',
    breaks:
      'Sentinel runs with protected mode off and listens on all interfaces unless `bind` says otherwise (sentinel.c ' +
      'initSentinelConfig, RULES.md §1.7, E22). Without `requirepass`, anyone who reaches its port can run SENTINEL SET, ' +
      'REMOVE, FAILOVER or MONITOR, and so send every client to a master of their choosing. In compose that is anyone ' +
      'who reaches a host port that publishes it (on an address other than 127.0.0.1/::1), or its port on the host ' +
      'with `network_mode: host`; a Sentinel whose port is not published is reachable only from the compose networks ' +
      'and is not reported.',
    fix:
      'Set `requirepass` on every Sentinel (the same one, or `sentinel-user`/`sentinel-pass`), and give clients the ' +
      'Sentinel password (`sentinel_kwargs` in Celery); in compose, publish Sentinel ports only where clients outside ' +
      'the project need them, on 127.0.0.1 when they run on the same host.',
    example: { bad: 'bad-bind-all-no-password', good: 'good-requirepass-set' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      if (accessUnknown(sentinel)) continue; // filled in by a tool or at run time: unknown
      const listening = listeningOf(sentinel);
      if (!listening || protectedModeOf(sentinel).on !== false) continue;
      const user = defaultUserOf(sentinel, deployment);
      if (!user?.nopass || !user.enabled) continue;
      const finding = sentinel.service ? composeFinding(sentinel, listening) : confFinding(sentinel, listening);
      if (finding) yield finding;
    }
  },
});

/** A sentinel.conf on its own: exposed when it listens beyond loopback. */
function confFinding(sentinel: Sentinel, listening: Listening): Finding | undefined {
  const remote = networkAddresses(listening);
  if (remote.length === 0) return undefined;
  const port = sentinel.port.known ? String(sentinel.port.value) : 'its port';
  // Report at what exposes it: the bind address, else the port it listens on, else what it controls.
  const at = listening.bind
    ? remote[0]!.span
    : (sentinel.setting('port')?.span ?? sentinel.monitors[0]?.declaredAt ?? sentinel.declaredAt);
  return {
    at,
    message:
      `Anyone who reaches port ${port} ${CONTROL}: it listens on ${describeBind(listening)}, Sentinel's protected ` +
      'mode is off, and no requirepass is set. Set requirepass on every Sentinel.',
  };
}

/** A compose Sentinel: exposed when its port is published beyond loopback, or it runs on the host's network. */
function composeFinding(sentinel: Sentinel, listening: Listening): Finding | undefined {
  const service = sentinel.service!.facts;
  const exposure = composeExposureOf(sentinel, listening);
  const port = sentinel.port.known ? sentinel.port.value : 26379;
  if (exposure.kind === 'published') {
    return {
      at: exposure.entry.span,
      message:
        `Anyone who can reach the Docker host ${CONTROL}: service ${service.name} publishes its Sentinel port ${port} at ` +
        `${describePublished(exposure)}, ` +
        "Sentinel's protected mode is off, and no requirepass is set. Set requirepass on every Sentinel.",
      related: [{ at: service.span, message: `service ${service.name} runs this Sentinel` }],
    };
  }
  if (exposure.kind === 'host-network') {
    return {
      at: exposure.at,
      message:
        `Anyone who reaches port ${port} of this host ${CONTROL}: service ${service.name} runs on the host's network and ` +
        `listens on ${describeBind(listening)}, Sentinel's protected mode is off, and no requirepass is set. Set ` +
        'requirepass on every Sentinel.',
      related: [{ at: service.span, message: `service ${service.name} runs this Sentinel` }],
    };
  }
  return undefined;
}
