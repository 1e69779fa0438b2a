import { posix } from 'node:path';
import { defineRule } from '../src/engine/rule.js';
import type { Server } from '../src/model/deployment.js';
import type { Span } from '../src/model/span.js';
import { describePersistence, persistenceOf, persists } from '../src/model/queries/persistence.js';
import { settingInEffect } from '../src/model/queries/setting-in-effect.js';
import { isDurable, volumeCovering } from '../src/model/queries/volume-covering.js';

/** The official redis and valkey images: `VOLUME /data` and `WORKDIR /data` (docker-library/redis, valkey-container Dockerfiles). */
const IMAGE_VOLUME = '/data';

export default defineRule({
  id: 'data-dir-not-on-volume',
  level: 'warning',
  category: 'persistence',
  docs: {
    summary: 'A compose data node writes RDB snapshots or an append-only file into a `dir` that no named volume or bind mount holds.',
    breaks:
      'The official redis image declares `VOLUME /data` and runs redis-server in `/data` (its WORKDIR), so without a ' +
      'mount the dump and the append-only file land in an anonymous volume. `docker compose up` carries it over when it ' +
      'recreates the container, but `docker compose down` followed by `up` creates a new, empty one: the node starts ' +
      'without its data, and a replica that Sentinel promoted comes back empty. A `dir` outside `/data` with no mount ' +
      'is lost with the container itself; a tmpfs at every stop.',
    fix: 'Mount a named volume (`redis_data:/data`) or a folder at the node\'s `dir`, or turn persistence off on purpose (`save ""`, `appendonly no`).',
    example: { bad: 'bad-replica-without-volume', good: 'good-named-volume' },
  },
  *check(deployment) {
    for (const node of deployment.servers) {
      const finding = check(node);
      if (finding) yield finding;
    }
  },
});

function check(node: Server) {
  const service = node.service;
  const image = service?.facts.image;
  const process = node.process;
  if (!service || !process || !image || image.family !== 'official' || image.product !== process.product) return undefined;
  const dir = dataDir(node);
  if (!dir) return undefined;
  const persistence = persistenceOf(node);
  if (!persistence || !persists(persistence)) return undefined;
  const covering = volumeCovering(service.facts, dir.path);
  if (covering.kind === 'unknown') return undefined;
  const what = `${node.name} writes ${describePersistence(persistence)} to ${dir.path}`;
  let why: string;
  if (covering.kind === 'volume') {
    const durable = isDurable(covering.volume);
    if (durable !== false) return undefined;
    why = covering.volume.type === 'tmpfs'
      ? `its volume there is a tmpfs, which is emptied whenever the container stops`
      : `its volume there is anonymous: \`docker compose up\` carries it over when it recreates the container, but \`docker compose down\` followed by \`up\` starts the node with a new, empty one`;
  } else if (dir.path === IMAGE_VOLUME || dir.path.startsWith(`${IMAGE_VOLUME}/`)) {
    why = `no named volume or bind mount holds ${IMAGE_VOLUME}, so the image's VOLUME ${IMAGE_VOLUME} puts the data in an anonymous volume: \`docker compose up\` carries it over when it recreates the container, but \`docker compose down\` followed by \`up\` starts the node with a new, empty one`;
  } else {
    why = `no volume holds ${dir.path}, so the data lives in the container's own filesystem and is lost whenever the container is recreated`;
  }
  return {
    // The fix belongs in the service (a volume), so the finding stands at its key; the lines are related.
    at: node.declaredAt,
    message: `${what}, but ${why}. Mount a named volume or a folder at ${dir.path}.`,
    related: [persistence.rdb.on ? persistence.rdb.at : undefined, persistence.aof.on ? persistence.aof.at : undefined]
      .filter((d) => d !== undefined)
      .map((d) => ({ at: d.span, message: `${d.name} turns persistence on here` }))
      .concat(dir.at ? [{ at: dir.at, message: `dir sets the data folder to ${dir.path}` }] : []),
  };
}

/**
 * The folder the server writes to: `dir`, resolved against its working directory, which the
 * official image sets to /data unless compose's `working_dir` changes it, or the directory a
 * script has `cd`-ed to when it starts the server (unknown when the script's `cd` is not).
 */
function dataDir(node: Server): { path: string; at?: Span } | undefined {
  const setting = settingInEffect(node, 'dir');
  if (!setting.known) return undefined;
  const text = setting.directive?.args[0]?.text;
  const at = setting.directive?.span;
  if (text !== undefined && text.startsWith('/')) return { path: posix.normalize(text), at };
  if (text !== undefined && (text === '' || text.startsWith('~') || text.includes('$'))) return undefined;
  // A script's server starts where the script is when it runs it (its `cd`s followed); unknown stays silent.
  const workingDir = node.service?.facts.workingDir;
  if (workingDir && !workingDir.known) return undefined;
  const cwd = node.process?.startedBy === 'script' ? node.process.workingDir : workingDir?.known ? workingDir.value : IMAGE_VOLUME;
  if (cwd === undefined || !cwd.startsWith('/')) return undefined;
  return { path: posix.normalize(posix.join(cwd, text ?? '.')).replace(/(.)\/$/, '$1'), at };
}
