import { describe, expect, it } from 'vitest';
import { sourceFile, type SourceFile } from '../../../src/model/source-file.js';
import { loadComposeProjects, projectSource, type LoadedProject } from '../../../src/sources/compose/project.js';
import { checkProcessConfs } from '../../../src/sources/compose/process-conf.js';
import { composeEnvOf, projectEnv } from '../../../src/sources/compose/project-env.js';
import type { ComposeService } from '../../../src/sources/compose/facts.js';

/** A repository of files (root-relative path → text): its compose projects, as lint reads them. */
function load(files: Record<string, string>): LoadedProject[] {
  const sources = Object.entries(files).map(([path, text]) => sourceFile(path, text, /(^|\/)\.env$/.test(path) ? 'env' : 'compose'));
  const compose = sources.filter((s) => s.kind === 'compose');
  return loadComposeProjects(compose, { files: new Map(compose.map((s) => [s.rootPath, s])), envOf: composeEnvOf(sources) });
}
const only = (files: Record<string, string>) => {
  const projects = load(files);
  expect(projects).toHaveLength(1);
  return projects[0]!;
};
const service = (project: LoadedProject, name: string): ComposeService => project.parsed.facts.services.find((s) => s.name === name)!;
/** 1-based line and column of `needle` in `text`. */
function at(text: string, needle: string) {
  const offset = text.indexOf(needle);
  const line = text.slice(0, offset).split('\n').length;
  return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}

const BASE = `services:
  redis:
    image: redis:7.0
    container_name: cache
    command: redis-server --appendonly yes
    ports: ["6379:6379"]
    expose: ["6379"]
    volumes:
      - data:/data
      - ./conf:/usr/local/etc/redis
    environment:
      A: base
      B: base
    networks:
      back:
        aliases: [primary]
volumes:
  data:
networks:
  back:
`;
const OVERRIDE = `services:
  redis:
    image: redis:7.2
    command: redis-server --appendonly no --port 6380
    ports: ["16379:6379"]
    expose: ["6380"]
    volumes:
      - other:/data
    environment:
      - B=override
      - C=new
    networks:
      back:
        aliases: [master]
  extra:
    image: busybox
volumes:
  other:
`;

describe('loadComposeProjects: an override file merged into its base', () => {
  const project = only({ 'docker-compose.yml': BASE, 'docker-compose.override.yml': OVERRIDE });
  const redis = service(project, 'redis');

  it('makes one project of the two files, named by the base', () => {
    expect(project.main.path).toBe('docker-compose.yml');
    expect(project.parsed.facts.files).toEqual(['docker-compose.yml', 'docker-compose.override.yml']);
    expect(project.parsed.facts.services.map((s) => s.name)).toEqual(['redis', 'extra']);
    expect(project.parsed.problems).toEqual([]);
  });

  it('replaces scalars and the command, keeping what the override does not say', () => {
    expect(redis.image?.text).toMatchObject({ known: true, value: 'redis:7.2' });
    expect(redis.containerName).toMatchObject({ known: true, value: 'cache' });
    expect(redis.processes).toHaveLength(1);
    const flags = redis.processes[0]!.flags.map((l) => (l.ok ? l.tokens.map((t) => t.value).join(' ') : '?'));
    expect(flags).toEqual(['appendonly no', 'port 6380']);
  });

  it('appends ports and expose, merges volumes by target, environment by name and networks by name', () => {
    expect(redis.ports.map((p) => p.mapping.known && p.mapping.value.published?.start)).toEqual([6379, 16379]);
    expect(redis.expose.map((e) => e.known && e.value)).toEqual(['6379', '6380']);
    expect(redis.volumes.map((v) => `${v.source?.known && v.source.value}:${v.target.known && v.target.value}`)).toEqual(['other:/data', './conf:/usr/local/etc/redis']);
    expect(redis.environment.map((e) => `${e.name}=${e.value.known && e.value.value}`)).toEqual(['A=base', 'B=override', 'C=new']);
    expect(redis.networks).toHaveLength(1);
    expect(redis.networks[0]!.aliases.map((a) => a.known && a.value)).toEqual(['primary', 'master']);
    expect(project.parsed.facts.volumes.map((v) => v.name)).toEqual(['data', 'other']);
  });

  it('keeps the span of the file that wrote each fact', () => {
    expect(redis.span).toMatchObject({ file: 'docker-compose.yml', ...at(BASE, 'redis:') });
    expect(redis.command!.span).toMatchObject({ file: 'docker-compose.override.yml', ...at(OVERRIDE, 'redis-server') });
    expect(redis.processes[0]!.flags[1]!.span).toMatchObject({ file: 'docker-compose.override.yml', ...at(OVERRIDE, 'port 6380') });
    expect(redis.containerName!.span).toMatchObject({ file: 'docker-compose.yml', ...at(BASE, 'cache') });
    expect(redis.environment[1]!.nameSpan).toMatchObject({ file: 'docker-compose.override.yml', ...at(OVERRIDE, 'B=') });
    expect(redis.volumes[0]!.span).toMatchObject({ file: 'docker-compose.override.yml', ...at(OVERRIDE, 'other:/data') });
  });

  it('parses the lines the override holds at their spans in the override file', () => {
    const checked = checkProcessConfs(projectSource(project), project.parsed.facts, { product: 'redis', version: '7.2' }, new Set());
    const port = checked.processes[0]!.lines!.directives.find((d) => d.name === 'port')!;
    expect(port.span).toMatchObject({ file: 'docker-compose.override.yml', ...at(OVERRIDE, 'port 6380') });
  });
});

describe('loadComposeProjects: which files merge', () => {
  it('merges the first default name with the first override name of the folder, whatever their spelling', () => {
    const projects = load({ 'a/compose.yaml': 'services: {x: {image: redis}}\n', 'a/docker-compose.override.yaml': 'services: {x: {container_name: y}}\n' });
    expect(projects.map((p) => p.parsed.facts.files)).toEqual([['a/compose.yaml', 'a/docker-compose.override.yaml']]);
  });

  it('keeps docker-compose.prod.yml and a second base name as projects of their own', () => {
    const projects = load({
      'compose.yaml': 'services: {x: {image: redis}}\n',
      'docker-compose.yml': 'services: {y: {image: redis}}\n',
      'docker-compose.prod.yml': 'services: {x: {image: redis:7}}\n',
      'compose.override.yml': 'services: {x: {container_name: z}}\n',
    });
    expect(projects.map((p) => p.parsed.facts.files)).toEqual([['compose.yaml', 'compose.override.yml'], ['docker-compose.yml'], ['docker-compose.prod.yml']]);
  });

  it('lets an override file stand alone when there is no base beside it', () => {
    expect(load({ 'compose.override.yml': 'services: {x: {image: redis}}\n' })).toHaveLength(1);
  });

  it('honours !reset and !override', () => {
    const project = only({
      'compose.yaml': 'services:\n  r:\n    image: redis\n    ports: ["1:1", "2:2"]\n    environment: {A: "1"}\n    command: redis-server --port 1\n',
      'compose.override.yaml': 'services:\n  r:\n    ports: !override ["3:3"]\n    command: !reset null\n    environment: !reset {}\n',
    });
    const r = service(project, 'r');
    expect(r.ports.map((p) => p.mapping.known && p.mapping.value.target.start)).toEqual([3]);
    expect(r.command).toBeUndefined();
    expect(r.environment).toEqual([]);
  });

  it('interpolates both files with the folder .env, read by the one .env reader', () => {
    const project = only({
      'compose.yaml': 'services:\n  r:\n    image: redis:${TAG}\n',
      'compose.override.yaml': 'services:\n  r:\n    container_name: ${NAME:-none}\n',
      '.env': 'TAG="7.2"  \nexport NAME=cache # comment\n',
    });
    expect(service(project, 'r').image?.text).toMatchObject({ value: 'redis:7.2' });
    expect(service(project, 'r').containerName).toMatchObject({ value: 'cache' });
  });
});

describe('loadComposeProjects: extends', () => {
  it('takes what a service extends in the same file, then its own settings', () => {
    const text = 'services:\n  base:\n    image: redis:7.0\n    command: redis-sentinel /etc/s.conf\n    environment: {A: "1"}\n  s1:\n    extends: base\n    environment: {B: "2"}\n';
    const s1 = service(only({ 'compose.yaml': text }), 's1');
    expect(s1.processes.map((p) => p.mode)).toEqual(['sentinel']);
    expect(s1.processes[0]!.span).toMatchObject({ file: 'compose.yaml', ...at(text, 'redis-sentinel') });
    expect(s1.environment.map((e) => e.name)).toEqual(['A', 'B']);
    expect(s1.extends?.service).toMatchObject({ value: 'base' });
  });

  it('reads `file:` within the repository, with paths relative to that file', () => {
    const projects = load({
      'compose.yaml': 'services:\n  s1:\n    extends: {file: common/base.yml, service: base}\n',
      'common/base.yml': 'services:\n  base:\n    image: redis:7.0\n    volumes: ["./conf:/conf"]\n',
    });
    // common/base.yml is still a project of its own (`docker compose -f common/base.yml`); s1 is in compose.yaml's.
    expect(projects.map((p) => p.parsed.facts.files)).toEqual([['compose.yaml'], ['common/base.yml']]);
    const s1 = service(projects[0]!, 's1');
    expect(s1.image?.text).toMatchObject({ value: 'redis:7.0' });
    expect(s1.volumes[0]!.hostPath?.rootPath).toBe('common/conf');
    expect(s1.runsUnknown).toBeUndefined();
  });

  it('leaves a service that extends a file it did not read unknown, never guessed', () => {
    const text = 'services:\n  s1:\n    image: redis:7.0\n    command: redis-sentinel /etc/s.conf\n    extends: {file: ../outside.yml, service: base}\n';
    const s1 = service(only({ 'compose.yaml': text }), 's1');
    expect(s1.processes).toEqual([]);
    expect(s1.runsUnknown).toContain('did not read');
    expect(s1.extraNames).toBe(true);
  });

  it('stops on a loop', () => {
    const s = service(only({ 'compose.yaml': 'services:\n  a: {extends: b, image: redis}\n  b: {extends: a}\n' }), 'a');
    expect(s.runsUnknown).toContain('loops');
  });
});

describe('loadComposeProjects: include', () => {
  it('joins the included services to the project, interpolated with their own folder .env', () => {
    const projects = load({
      'compose.yaml': 'include:\n  - sentinels/compose.yaml\nservices:\n  redis: {image: "redis:${TAG}"}\n',
      'sentinels/compose.yaml': 'services:\n  sentinel: {image: "redis:${TAG}", command: redis-sentinel /s.conf}\n',
      '.env': 'TAG=7.0\n',
      'sentinels/.env': 'TAG=7.2\n',
    });
    expect(projects).toHaveLength(1);
    const project = projects[0]!;
    expect(project.parsed.facts.files).toEqual(['compose.yaml', 'sentinels/compose.yaml']);
    expect(service(project, 'redis').image?.text).toMatchObject({ value: 'redis:7.0' });
    expect(service(project, 'sentinel').image?.text).toMatchObject({ value: 'redis:7.2', span: { file: 'sentinels/compose.yaml' } });
    expect(project.parsed.facts.incomplete).toBeUndefined();
  });

  it('resolves an included file\'s paths and .env against its project_directory', () => {
    const project = only({
      'compose.yaml': 'include:\n  - path: infra/compose.yaml\n    project_directory: .\n',
      'infra/compose.yaml': 'services:\n  redis: {image: "redis:${TAG}", volumes: ["./conf:/conf"]}\n',
      '.env': 'TAG=7.0\n',
    });
    const redis = service(project, 'redis');
    expect(redis.volumes[0]!.hostPath?.rootPath).toBe('conf');
    expect(redis.image?.text).toMatchObject({ value: 'redis:7.0' });
  });

  it('says the project is incomplete when an included file was not read', () => {
    const project = only({ 'compose.yaml': 'include: [../elsewhere/compose.yaml]\nservices:\n  redis: {image: redis}\n' });
    expect(project.parsed.facts.incomplete).toContain('includes a file');
  });
});

describe('projectEnv: the .env values compose interpolates with', () => {
  const env = (text: string) => [...projectEnv(sourceFile('.env', text, 'env'))];
  it('reads plain, quoted and exported values, and skips comments', () => {
    expect(env('# comment\nA=1\nexport B=two words # trailing\nC=\'lit${X}\'\nD="line\\nnext"\nE=sentinel://a:1;sentinel://b:2\n')).toEqual([
      ['A', '1'], ['B', 'two words'], ['C', 'lit${X}'], ['D', 'line\nnext'], ['E', 'sentinel://a:1;sentinel://b:2'],
    ]);
  });
  it('resolves earlier variables and leaves an unknown one out', () => {
    expect(env('A=x\nB=${A}y\nC=${NOT_SET}\n')).toEqual([['A', 'x'], ['B', 'xy']]);
  });
  it('gives nothing for a file compose refuses, and for no file', () => {
    expect(env('A=1\nB="open\n')).toEqual([]);
    expect([...projectEnv(undefined)]).toEqual([]);
  });
});

// Keep the type import used when the file is read alone.
export type { SourceFile };
