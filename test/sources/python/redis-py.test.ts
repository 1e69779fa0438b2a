import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/model/span.js';
import { parsePython } from '../../../src/sources/python/parse-python.js';
import { knownText } from '../../../src/sources/python/py-text.js';
import { at, facts, str } from './helpers.js';

describe('parsePython: redis-py and kombu clients', () => {
  it("reads the seed's monitor.py: Sentinel, discover_master, master_for on it", () => {
    const path = 'fixtures/seed-example/monitor.py';
    const text = readFileSync(path, 'utf8');
    const { facts: f } = parsePython({ path, text, index: new LineIndex(path, text) });
    expect(f.redisCalls.map((c) => [c.kind, c.callee, c.boundTo])).toEqual([
      ['Sentinel', 'Sentinel', 'sentinel'],
      ['discover_master', 'sentinel.discover_master', 'master'],
      ['master_for', 'sentinel.master_for', 'master_conn'],
    ]);
    const [sentinel, , masterFor] = f.redisCalls;
    expect(sentinel!.args[0]).toMatchObject({ kind: 'list', items: [{ kind: 'list', tuple: true, items: [{ kind: 'str' }, { kind: 'number', value: 26379 }] }, {}, {}] });
    expect(sentinel!.kwargs).toMatchObject([{ name: 'socket_timeout', value: { value: 0.1 } }]);
    expect(masterFor!.receiver).toBe(sentinel);
    expect(knownText(masterFor!.args[0])).toBe('mymaster');
    expect(f.secrets).toHaveLength(1);
    expect(f.secrets[0]!.isPlaceholder).toBe(true);
    expect(f.secrets[0]!.span).toMatchObject({ line: 20, column: 15, endColumn: 39 });
  });

  it('reads sentinel_kwargs and **kw, Redis(...), from_url, ConnectionPool and kombu.Connection', () => {
    const f = facts(
      "import redis\nfrom redis.sentinel import Sentinel as S\nfrom kombu import Connection\nKW = {'socket_timeout': 1}\n" +
        "s = S([('s1', 26379)], sentinel_kwargs={'password': 'sentinel-pw'}, **KW)\nm = s.master_for('mymaster', password='master-pw', db=0)\n" +
        "r = redis.Redis(host='h', port=6380, password='rpw')\nu = redis.Redis.from_url('redis://:urlpw@h:6379/0')\np = redis.ConnectionPool(host='h')\n" +
        "c = Connection('sentinel://s1:26379', transport_options={'master_name': 'mymaster'})\n",
    );
    expect(f.redisCalls.map((c) => [c.kind, c.callee])).toEqual([
      ['Sentinel', 'S'],
      ['master_for', 's.master_for'],
      ['Redis', 'redis.Redis'],
      ['from_url', 'redis.Redis.from_url'],
      ['ConnectionPool', 'redis.ConnectionPool'],
      ['kombu.Connection', 'Connection'],
    ]);
    expect(f.redisCalls[0]!.spread).toMatchObject([{ kind: 'dict', entries: [{ value: { value: 1 } }] }]);
    expect(f.redisCalls[1]!.receiver).toBe(f.redisCalls[0]);
    expect(f.redisCalls[2]!.kwargs.map((k) => k.name)).toEqual(['host', 'port', 'password']);
    expect(f.redisCalls[2]!.span).toEqual(at(7, 5, 7, 53));
    expect(f.secrets.map((s) => s.span.line)).toEqual([5, 6, 7, 8]);
    expect(f.secrets[3]!.sameAs('urlpw')).toBe(true);
  });

  it('finds clients in chained and nested calls, and in with statements', () => {
    const f = facts("from redis import Redis, ConnectionPool\nm = Sentinel([('a', 1)]).master_for('x')\nclient = Redis(connection_pool=ConnectionPool(host='h'))\nwith Redis(host='w') as r:\n    pass\n");
    expect(f.redisCalls.map((c) => c.kind)).toEqual(['Sentinel', 'master_for', 'ConnectionPool', 'Redis', 'Redis']);
    expect(f.redisCalls[1]!.receiver).toBe(f.redisCalls[0]);
    expect(f.redisCalls[3]!.kwargs[0]!.value).toMatchObject({ kind: 'call', redisCall: f.redisCalls[2] });
    expect(f.redisCalls[4]!.conditional).toBe(false); // a with header always runs
  });

  it('keeps a URL passed to from_url with its characters mapped', () => {
    const text = "import redis\nr = redis.from_url('redis://' + 'h:1')\n";
    const url = str(facts(text).redisCalls[0]!.args[0]);
    expect(url.text.text).toBe('redis://h:1');
    expect(new LineIndex('x', text).span(url.text.from[8]!, url.text.to[8]!)).toMatchObject({ line: 2, column: 34 });
  });
});
