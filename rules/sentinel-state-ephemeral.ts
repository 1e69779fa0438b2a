import { defineRule, type Finding } from '../src/engine/rule.js';
import { posix } from 'node:path';
import type { Sentinel } from '../src/model/deployment.js';
import type { ComposeService, RedisProcess } from '../src/sources/compose/facts.js';
import { isDurable, volumeCovering } from '../src/model/queries/volume-covering.js';
import { mountSpan, rewriteBlockedBy } from '../src/model/queries/mounted-conf.js';

/** What Sentinel writes into its config file as it runs (RULES.md §1.5 "Lines Sentinel writes itself"). */
const STATE = 'its myid, the epochs, the current master after a failover, the known replicas and Sentinels';

export default defineRule({
  id: 'sentinel-state-ephemeral',
  level: 'warning',
  category: 'persistence',
  docs: {
    summary: 'A compose Sentinel cannot keep the state it writes into its config file: a script writes the file afresh at every start, the file is a single-file or read-only mount, or it lives in an anonymous volume.',
    breaks:
      'Sentinel saves its state in its config file: its myid, the epochs, the master it follows after a failover, the ' +
      'known replicas and Sentinels (RULES.md §1.5, E26). A file that the container\'s script writes at every start loses ' +
      'all of it at each restart: the Sentinel comes back with a new id, epoch 0 and the master from before the failover. ' +
      'Sentinel saves by writing a temporary file beside the config and renaming it over the file: on a single-file bind ' +
      'mount the rename fails (`Device or resource busy`) and Sentinel logs `WARNING: Sentinel was not able to save the ' +
      'new configuration on disk!!!`; a read-only file stops it at start (`Sentinel config file … is not writable`, E21).',
    fix:
      'Mount a folder (a named volume or a bind-mounted directory) at the config file\'s folder, writable, and write the ' +
      'file there only when it does not exist yet.',
    example: { bad: 'bad-script-writes-conf', good: 'good-conf-in-mounted-folder' },
  },
  *check(deployment) {
    for (const sentinel of deployment.sentinels) {
      const finding = check(sentinel);
      if (finding) yield finding;
    }
    // Sentinels whose file is not in the repository (the model does not know their lines) may still be provably ephemeral.
    for (const project of deployment.compose) {
      for (const service of project.services) {
        for (const process of service.facts.processes) {
          const finding = checkVolumeHeld(service.facts, process);
          if (finding) yield finding;
        }
      }
    }
  },
});

function check(sentinel: Sentinel): Finding | undefined {
  const process = sentinel.process;
  const file = process?.confFile;
  if (!sentinel.service || !process || !file || process.configUnknown || !process.certain) return undefined;
  const content = file.content;
  const path = file.path.known ? file.path.value : 'its config file';
  if (content.kind === 'written' || (content.kind === 'copied' && file.containerPath !== undefined && content.from !== file.containerPath)) {
    return {
      at: file.path.span,
      message:
        `${sentinel.name}'s script writes ${path} afresh at every start, so what Sentinel saves there (${STATE}) is lost ` +
        `whenever the container restarts or is recreated. Keep the file in a mounted folder and write it only when it does not exist yet.`,
    };
  }
  const mounted = sentinel.mounted;
  const blocked = mounted && rewriteBlockedBy(mounted);
  if (!mounted || !blocked) return undefined;
  const outcome = mounted.readOnly
    ? `Sentinel refuses to start ("Sentinel config file ${file.path.known ? path : '…'} is not writable")`
    : `Sentinel cannot save its state there (${STATE}): it logs "WARNING: Sentinel was not able to save the new configuration on disk!!!" and forgets it all at the next restart`;
  return {
    at: mountSpan(mounted),
    message: `${sentinel.name} reads ${mounted.rootPath}, but ${blocked}: ${outcome}. Mount the folder that holds the file, writable, instead.`,
  };
}

/**
 * A Sentinel that reads its file where the script left it alone, from an anonymous volume: the
 * file comes from the image into a volume that `docker compose up` carries over but `down` throws
 * away, and with it what Sentinel saved. A named volume or a bind mount keeps the state (silent);
 * the image's own filesystem is not provable without its Dockerfile's VOLUMEs (silent).
 */
function checkVolumeHeld(service: ComposeService, process: RedisProcess): Finding | undefined {
  const file = process.confFile;
  if (process.mode !== 'sentinel' || !process.certain || process.configUnknown || !file?.containerPath || file.content.kind !== 'mounted') return undefined;
  const path = file.containerPath;
  // A `configs:` entry at the path or above it is a file of its own (the model's mounted case).
  for (const config of service.configs) {
    const target = config.target ? (config.target.known ? config.target.value : undefined) : config.source.known ? `/${config.source.value}` : undefined;
    if (target === undefined || path === posix.normalize(target) || path.startsWith(`${posix.normalize(target)}/`)) return undefined;
  }
  const covering = volumeCovering(service, path);
  if (covering.kind !== 'volume' || covering.volume.type !== 'volume' || isDurable(covering.volume) !== false) return undefined;
  return {
    at: file.path.span,
    message:
      `service ${service.name}'s Sentinel reads ${path} from an anonymous volume: \`docker compose up\` carries it over when it ` +
      `recreates the container, but \`docker compose down\` followed by \`up\` starts from the image's file again, and what ` +
      `Sentinel saved there (${STATE}) is lost. Mount a named volume at the file's folder.`,
    related: [{ at: covering.volume.span, message: 'this volume has no name' }],
  };
}
