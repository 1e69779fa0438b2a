import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../../src/model/source-file.js';
import { parseCompose } from '../../../src/sources/compose/parse-compose.js';

const processOf = (command: string, extra = '', image = 'redis:7.0') =>
  parseCompose(sourceFile('compose.yaml', `services:\n  r:\n    image: ${image}\n    command: ${command}\n${extra}`, 'compose'), new Map()).facts.services[0]!.processes[0]!;

describe('the directory a compose-run server starts in', () => {
  it('is the official image WORKDIR /data, or working_dir', () => {
    expect(processOf('redis-server --appendonly yes').workingDir).toBe('/data');
    expect(processOf('redis-server --appendonly yes', '    working_dir: /srv\n').workingDir).toBe('/srv');
    expect(processOf('redis-server --appendonly yes', '', 'example/redis:1').workingDir).toBeUndefined();
  });

  it('follows the cd of an sh -c script, and is unknown after a cd it cannot follow', () => {
    expect(processOf('sh -c "exec redis-server --appendonly yes"').workingDir).toBe('/data');
    expect(processOf('sh -c "cd /state && exec redis-server --appendonly yes"').workingDir).toBe('/state');
    expect(processOf('sh -c "cd $$DIR && exec redis-server --appendonly yes"').workingDir).toBeUndefined();
  });

  it('resolves a relative conf path of a script against the directory it has moved to', () => {
    const process = processOf('sh -c "cd /etc/redis && exec redis-sentinel sentinel.conf"');
    expect(process.confFile?.containerPath).toBe('/etc/redis/sentinel.conf');
  });
});
