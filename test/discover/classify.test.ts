import { describe, expect, it } from 'vitest';
import { classifyConf, looksLikeCompose } from '../../src/discover/classify.js';
import { isKnownDirectiveName } from '../../src/sources/conf/validate-directive.js';

const kind = (name: string, text: string) => classifyConf(name, text, isKnownDirectiveName);

describe('classifyConf: content first, the base name only breaks ties', () => {
  it('calls any file with a sentinel monitor line a Sentinel config', () => {
    expect(kind('node-3.conf', 'port 26379\nsentinel monitor m 10.0.0.1 6379 2\n')).toBe('sentinel-conf');
  });

  it('calls a file of Redis directives a server config, even when its name mentions sentinel', () => {
    expect(kind('redis-ha-sentinel-primary.conf', 'port 6379\nappendonly yes\nmaxmemory 1gb\n')).toBe('redis-conf');
  });

  it('keeps stray sentinel lines in a redis.conf a server config, where the server refuses them', () => {
    expect(kind('redis.conf', 'port 6379\nsentinel auth-pass m pw\n')).toBe('redis-conf');
  });

  it('uses the name for sentinel lines without a monitor in a file named like a Sentinel config', () => {
    expect(kind('sentinel.conf', 'port 26379\nsentinel down-after-milliseconds m 5000\n')).toBe('sentinel-conf');
  });

  it('uses the name for empty and all-comment files, and claims no other', () => {
    expect(kind('sentinel-2.conf', '# filled in at deploy time\n')).toBe('sentinel-conf');
    expect(kind('redis.conf', '')).toBe('redis-conf');
    expect(kind('app.conf', '# nothing\n')).toBeUndefined();
  });

  it('leaves nginx and supervisord files alone', () => {
    expect(kind('nginx.conf', 'worker_processes 1;\nevents { worker_connections 1024; }\nhttp {\n  server { listen 80; }\n}\n')).toBeUndefined();
    expect(kind('supervisord.conf', '[program:redis]\ncommand=redis-server /etc/redis.conf\nuser=redis\n')).toBeUndefined();
  });
});

describe('looksLikeCompose: a compose file by its content, whatever its name', () => {
  const compose = 'services:\n  cache:\n    image: redis:7.2\n    command: redis-server --appendonly yes\n';

  it('claims a top-level services map with images that mentions Redis', () => {
    expect(looksLikeCompose(compose)).toBe(true);
    expect(looksLikeCompose('version: "3"\nservices:   # the stack\n  sentinel:\n    build: ./sentinel\n    command: valkey-sentinel /s.conf\n')).toBe(true);
  });

  it('leaves workflows, Kubernetes manifests and compose files without Redis alone', () => {
    expect(looksLikeCompose('on: push\njobs:\n  test:\n    services:\n      redis:\n        image: redis\n')).toBe(false);
    expect(looksLikeCompose('apiVersion: v1\nkind: Pod\nservices:\n  x:\n    image: redis\n')).toBe(false);
    expect(looksLikeCompose('services:\n  web:\n    image: nginx\n')).toBe(false);
    expect(looksLikeCompose('redis:\n  image: redis\n')).toBe(false);
  });
});
