import { assemble } from '../../../src/model/assemble.js';
import type { Deployment } from '../../../src/model/deployment.js';
import { sourceFile } from '../../../src/model/source-file.js';
import { parseConf } from '../../../src/sources/conf/parse-conf.js';

const target = { product: 'redis' as const, version: '7.0' };

/** A deployment from conf texts by file name; a file with a `sentinel monitor` line is a Sentinel's. */
export function deploymentOf(files: Record<string, string>): Deployment {
  const repoFiles = new Set(Object.keys(files));
  const confs = Object.entries(files).map(([path, text]) => {
    const kind = /^\s*sentinel\s+monitor\s/im.test(text) ? 'sentinel-conf' : 'redis-conf';
    return { facts: parseConf(sourceFile(path, text, kind), target, repoFiles).facts, rootPath: path };
  });
  return assemble({ confs, problems: [], fileCount: confs.length, target });
}

/** The data node of a single redis.conf. */
export function serverOf(text: string) {
  return deploymentOf({ 'redis.conf': text }).servers[0]!;
}
