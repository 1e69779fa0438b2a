import type { Target } from '../../model/deployment.js';
import type { ParseProblem } from '../../model/facts.js';
import type { Secret } from '../../model/secret.js';
import { sourceFileAs, type SourceFile } from '../../model/source-file.js';
import type { Span } from '../../model/span.js';
import type { ConfLine } from '../conf/conf-lines.js';
import type { RepoFiles } from '../conf/include-path.js';
import { parseConf } from '../conf/parse-conf.js';
import { VERSIONS } from '../conf/directives/index.js';
import type { ConfFacts } from '../../model/facts.js';
import type { ComposeFacts, ComposeService, ImageFact, RedisProcess } from './facts.js';
import { mountAt, type MountedFile } from './mounts.js';

export interface ProcessConfChecks {
  problems: ParseProblem[];
  secrets: Secret[];
  secretLineTails: Span[];
  /** Every Redis or Sentinel process of the file with the configuration it reads, for the model. */
  processes: ProcessConf[];
}

/** One process a compose service runs, with what is known of the configuration it reads. */
export interface ProcessConf {
  service: ComposeService;
  process: RedisProcess;
  /** The version the process runs: its image's tag, else the configured target. */
  target: Target;
  /** The conf lines compose itself holds (written by a script, appended, `--flags`), in reading order. */
  lines?: ConfFacts;
  /** The repository conf file the process reads first, when it is mounted from the repository. */
  mounted?: MountedFile;
  /** Why the whole configuration is not known, when it is not: rules stay silent on the process then. */
  unknown?: string;
}

/**
 * The conf lines a compose service hands to redis-server or redis-sentinel (its `--flags`, the
 * lines its `sh -c` script writes), checked line by line as the servers read them, at their
 * spans inside the YAML. Only a process whose whole configuration is in the compose file is
 * checked: with a mounted conf file the flags alone are not the configuration (a flag may name a
 * master that the file monitors), and that file is linted as a conf file of its own.
 */
export function checkProcessConfs(file: SourceFile, facts: ComposeFacts, fallback: Target, repoFiles: RepoFiles): ProcessConfChecks {
  const out: ProcessConfChecks = { problems: [], secrets: collectSecrets(facts), secretLineTails: [], processes: [] };
  for (const service of facts.services) {
    for (const process of service.processes) {
      const target = targetOf(service, process, fallback);
      const view = sourceFileAs(file, { kind: process.mode === 'sentinel' ? 'sentinel-conf' : 'redis-conf' });
      const whole = wholeConfiguration(process);
      const source = whole ? undefined : configurationSource(process, service, facts, repoFiles);
      const lines = whole ?? source?.lines;
      const parsed = lines?.length ? parseConf(view, target, repoFiles, lines) : undefined;
      // Problems count only where the compose file holds the whole configuration: flags alone are
      // not what the server reads when a mounted file comes first (that file is linted on its own).
      if (whole) out.problems.push(...parsed!.problems);
      if (parsed) {
        out.secrets.push(...parsed.facts.secrets);
        out.secretLineTails.push(...parsed.facts.secretLineTails);
      }
      const unknown = whole ? undefined : source?.unknown ?? process.configUnknown ?? (!process.certain ? 'the script starts it only on some paths' : undefined);
      out.processes.push({ service, process, target, lines: parsed?.facts, mounted: source?.mounted, unknown });
    }
  }
  return out;
}

/**
 * Where a process's configuration comes from when compose does not hold all of it: a repository
 * file mounted at the path it reads (as is, or copied by the script with lines appended), then
 * the flags. Anything else (the image's own file, a named volume, a path not known) is unknown.
 */
function configurationSource(process: RedisProcess, service: ComposeService, compose: ComposeFacts, repoFiles: RepoFiles): { lines: ConfLine[]; mounted?: MountedFile; unknown?: string } {
  const file = process.confFile;
  if (process.configUnknown || !process.certain) return { lines: process.flags };
  // Sentinel exits without a config file ("Sentinel started without a config file"); a server runs on its defaults.
  if (!file) return { lines: process.flags, unknown: process.mode === 'sentinel' ? 'redis-sentinel is started without a config file' : undefined };
  const content = file.content;
  const containerPath = content.kind === 'copied' ? content.from : file.containerPath;
  if (content.kind === 'unknown') return { lines: process.flags, unknown: content.why };
  if (!containerPath) return { lines: process.flags, unknown: 'the path of its config file is not known statically' };
  const mount = mountAt(containerPath, service, compose, repoFiles);
  const lines = content.kind === 'copied' ? [...content.appended, ...process.flags] : process.flags;
  if (mount.kind === 'repository') return { lines, mounted: mount.file };
  const why = mount.kind === 'unknown' ? mount.why
    : mount.kind === 'volume' ? `its config file ${containerPath} lives in a volume, not in the repository`
    : `its config file ${containerPath} comes from the image, not from the repository`;
  return { lines, unknown: why };
}

/** The lines of a process whose configuration the compose file holds entirely, else undefined. */
function wholeConfiguration(process: RedisProcess): ConfLine[] | undefined {
  if (process.configUnknown || !process.certain) return undefined;
  const file = process.confFile;
  if (!file) return process.mode === 'server' && process.flags.length ? process.flags : undefined;
  return file.content.kind === 'written' ? [...file.content.lines, ...process.flags] : undefined;
}

/** The image's own version when its tag names one (`redis:7.2-alpine`); otherwise the configured target. */
function targetOf(service: ComposeService, process: RedisProcess, fallback: Target): Target {
  const image: ImageFact | undefined = service.image;
  const product = process.product;
  const version = image?.product === product ? image.version : undefined;
  if (version?.kind === 'exact') return { product, version: `${version.major}.${version.minor}` };
  if (version?.kind === 'floating' && version.major !== undefined) {
    // A floating tag (`redis:7-alpine`) means the newest release of that line the table knows.
    const line = VERSIONS[product].filter((v) => v.startsWith(`${version.major}.`));
    if (line.length) return { product, version: line[line.length - 1]! };
  }
  return product === fallback.product ? fallback : { product, version: VERSIONS[product][VERSIONS[product].length - 1]! };
}

/**
 * Every Secret the facts hold: `environment:` values and healthcheck passwords, the only places
 * compose facts keep one (facts.ts). Their spans are masked in every code frame. Named rather
 * than found by walking every object of the facts, which visited each span and offset array and
 * took 75 ms of a 2 000-file run (CPU profile).
 */
function collectSecrets(facts: ComposeFacts): Secret[] {
  const found: Secret[] = [];
  for (const service of facts.services) {
    for (const v of service.environment) if (v.secret) found.push(v.secret);
    if (service.healthcheck?.password) found.push(service.healthcheck.password);
  }
  return found;
}
