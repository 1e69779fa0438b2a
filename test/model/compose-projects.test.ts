import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/model/assemble.js';
import { resolveHost } from '../../src/model/compose-topology.js';
import { sourceFile } from '../../src/model/source-file.js';
import { checkProcessConfs } from '../../src/sources/compose/process-conf.js';
import { composeEnvOf } from '../../src/sources/compose/project-env.js';
import { loadComposeProjects, projectSource } from '../../src/sources/compose/project.js';

const target = { product: 'redis', version: '7.0' } as const;

/** The deployment lint assembles from these compose files (root-relative path → text). */
function deploymentOf(files: Record<string, string>) {
  const sources = Object.entries(files).map(([path, text]) => sourceFile(path, text, 'compose'));
  const projects = loadComposeProjects(sources, { files: new Map(sources.map((s) => [s.rootPath, s])), envOf: composeEnvOf(sources) });
  const compose = projects.map((p) => ({
    rootPath: p.main.rootPath,
    facts: p.parsed.facts,
    processes: checkProcessConfs(projectSource(p), p.parsed.facts, target, new Set()).processes,
  }));
  return assemble({ confs: [], compose, problems: [], fileCount: sources.length, target });
}

const sentinel = (monitor: string) => `
    image: redis:7.0
    command: >
      sh -c "echo 'sentinel resolve-hostnames yes' > /tmp/s.conf &&
             echo 'sentinel monitor mymaster ${monitor} 6379 2' >> /tmp/s.conf &&
             exec redis-sentinel /tmp/s.conf"`;

describe('compose projects in the Deployment', () => {
  it('makes a base file and its override one scope, whose Sentinels count together', () => {
    const deployment = deploymentOf({
      'compose.yaml': `services:\n  redis-master:\n    image: redis:7.0\n    command: redis-server\n  sentinel-1:${sentinel('redis-master')}\n`,
      'compose.override.yaml': `services:\n  sentinel-2:${sentinel('redis-master')}\n  sentinel-1:\n    deploy: {replicas: 2}\n`,
    });
    expect(deployment.compose).toHaveLength(1);
    expect(deployment.scopes.filter((s) => s.kind === 'compose')).toHaveLength(1);
    const [group] = deployment.masterGroups;
    expect(group!.sentinelCount).toMatchObject({ known: true, value: 3 });
    expect(group!.master?.name).toBe('service redis-master');
    // The override's Sentinel reads the lines its own file writes.
    const second = deployment.sentinels.find((s) => s.name === 'service sentinel-2')!;
    expect(second.monitors[0]!.declaredAt.file).toBe('compose.override.yaml');
  });

  it('resolves names of included services, and counts included Sentinels', () => {
    const deployment = deploymentOf({
      'compose.yaml': `include: [ha/compose.yaml]\nservices:\n  redis-master:\n    image: redis:7.0\n    command: redis-server\n`,
      'ha/compose.yaml': `services:\n  sentinel-1:${sentinel('redis-master')}\n  sentinel-2:${sentinel('redis-master')}\n  sentinel-3:${sentinel('redis-master')}\n`,
    });
    expect(deployment.compose).toHaveLength(1);
    expect(deployment.masterGroups[0]!.sentinelCount).toMatchObject({ known: true, value: 3 });
    expect(deployment.masterGroups[0]!.master?.name).toBe('service redis-master');
  });

  it('proves nothing about names or counts when an included file was not read', () => {
    const deployment = deploymentOf({
      'compose.yaml': `include: [../other/compose.yaml]\nservices:\n  sentinel-1:${sentinel('redis-master')}\n`,
    });
    const project = deployment.compose[0]!;
    expect(resolveHost(project, project.services[0], 'redis-master')).toEqual({ kind: 'unknown' });
    expect(deployment.masterGroups[0]!.sentinelCount.known).toBe(false);
  });

  it('still says a name is not in a complete project', () => {
    const deployment = deploymentOf({ 'compose.yaml': `services:\n  sentinel-1:${sentinel('redis-primary')}\n` });
    const project = deployment.compose[0]!;
    expect(resolveHost(project, project.services[0], 'redis-primary')).toEqual({ kind: 'none' });
  });
});
