import type { Target } from '../../model/deployment.js';
import type { ParseProblem } from '../../model/facts.js';
import { Secret } from '../../model/secret.js';
import type { SourceFile } from '../../model/source-file.js';
import type { Span } from '../../model/span.js';
import type { ConfLine } from '../conf/conf-lines.js';
import type { RepoFiles } from '../conf/include-path.js';
import { parseConf } from '../conf/parse-conf.js';
import { VERSIONS } from '../conf/directives/index.js';
import type { ComposeFacts, ComposeService, ImageFact, RedisProcess } from './facts.js';

export interface ProcessConfChecks {
  problems: ParseProblem[];
  secrets: Secret[];
  secretLineTails: Span[];
}

/**
 * The conf lines a compose service hands to redis-server or redis-sentinel (its `--flags`, the
 * lines its `sh -c` script writes), checked line by line as the servers read them, at their
 * spans inside the YAML. Only a process whose whole configuration is in the compose file is
 * checked: with a mounted conf file the flags alone are not the configuration (a flag may name a
 * master that the file monitors), and that file is linted as a conf file of its own.
 */
export function checkProcessConfs(file: SourceFile, facts: ComposeFacts, fallback: Target, repoFiles: RepoFiles): ProcessConfChecks {
  const out: ProcessConfChecks = { problems: [], secrets: collectSecrets(facts), secretLineTails: [] };
  for (const service of facts.services) {
    for (const process of service.processes) {
      const lines = wholeConfiguration(process);
      if (!lines) continue;
      const view: SourceFile = { ...file, kind: process.mode === 'sentinel' ? 'sentinel-conf' : 'redis-conf' };
      const parsed = parseConf(view, targetOf(service, process, fallback), repoFiles, lines);
      out.problems.push(...parsed.problems);
      out.secrets.push(...parsed.facts.secrets);
      out.secretLineTails.push(...parsed.facts.secretLineTails);
    }
  }
  return out;
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

/** Every Secret the facts hold (environment, healthchecks): their spans are masked in every code frame. */
function collectSecrets(value: unknown, found: Secret[] = [], seen = new Set<object>()): Secret[] {
  if (value instanceof Secret) found.push(value);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const child of Object.values(value)) collectSecrets(child, found, seen);
  }
  return found;
}
