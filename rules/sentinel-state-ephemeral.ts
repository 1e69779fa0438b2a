import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Sentinel } from '../src/model/deployment.js';
import { mountSpan, rewriteBlockedBy } from '../src/model/queries/mounted-conf.js';

/** What Sentinel writes into its config file as it runs (RULES.md §1.5 "Lines Sentinel writes itself"). */
const STATE = 'its myid, the epochs, the current master after a failover, the known replicas and Sentinels';

export default defineRule({
  id: 'sentinel-state-ephemeral',
  level: 'warning',
  category: 'persistence',
  docs: {
    summary: 'A compose Sentinel cannot keep the state it writes into its config file: a script writes the file afresh at every start, or the file is a single-file or read-only mount.',
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
