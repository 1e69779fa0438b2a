import { describe, expect, it } from 'vitest';
import { at, charSpan, facts, holes, str, valueOf } from './helpers.js';

describe('parsePython: values read statically', () => {
  it('reads literals: strings with escapes and prefixes, numbers, bools, None, lists, tuples, dicts', () => {
    const f = facts(
      "A = 'a\\tb\\x41\\u00e9'\nB = r'\\d+'\nC = \"\"\"x\ny\"\"\"\nD = -1.5\nE = 0x1F\nF = 1_000\nG = True\nH = None\nI = [1, 'two']\nJ = (1,)\nK = {'x': {'y': [False]}}\n",
    );
    expect(str(valueOf(f, 'A')).text.text).toBe('a\tbAé');
    expect(str(valueOf(f, 'B')).text.text).toBe('\\d+');
    expect(str(valueOf(f, 'C')).text.text).toBe('x\ny');
    expect(valueOf(f, 'D')).toMatchObject({ kind: 'number', value: -1.5, float: true });
    expect(valueOf(f, 'E')).toMatchObject({ kind: 'number', value: 31 });
    expect(valueOf(f, 'F')).toMatchObject({ kind: 'number', value: 1000 });
    expect(valueOf(f, 'G')).toMatchObject({ kind: 'bool', value: true });
    expect(valueOf(f, 'H')).toMatchObject({ kind: 'none' });
    expect(valueOf(f, 'I')).toMatchObject({ kind: 'list', tuple: false, items: [{ kind: 'number', value: 1 }, { kind: 'str' }] });
    expect(valueOf(f, 'J')).toMatchObject({ kind: 'list', tuple: true });
    const k = valueOf(f, 'K');
    if (k.kind !== 'dict') throw new Error('dict');
    expect(str(k.entries[0]!.key).text.text).toBe('x');
    expect(k.entries[0]!.key.span).toEqual(at(12, 6, 12, 9)); // C spans two lines
    expect(k.entries[0]!.value).toMatchObject({ kind: 'dict', entries: [{ value: { kind: 'list', items: [{ kind: 'bool', value: false }] } }] });
  });

  it('maps an escape to all of its characters', () => {
    const text = "A = 'a\\tb'\n";
    const a = str(valueOf(facts(text), 'A'));
    expect(charSpan(text, a, 1)).toEqual(at(1, 7, 1, 9));
    expect(charSpan(text, a, 2)).toEqual(at(1, 9, 1, 10));
  });

  it('keeps every character of a concatenated URL at its origin', () => {
    const text = "HOST = 'redis-1'\nPORT = 26379\nURL = 'sentinel://' + HOST + ':' + str(PORT) + '/0'\n";
    const url = str(valueOf(facts(text), 'URL'));
    expect(url.text.text).toBe('sentinel://redis-1:26379/0');
    // 'r' of redis-1 is line 1 column 9; ':' is the third literal on line 3.
    expect(charSpan(text, url, 11)).toEqual(at(1, 9, 1, 10));
    expect(charSpan(text, url, 18)).toEqual(at(3, 31, 3, 32));
    expect(charSpan(text, url, 19)).toEqual(at(3, 36, 3, 45)); // str(PORT): the whole call
    expect(url.span).toEqual(at(3, 7, 3, 52));
  });

  it('reads f-strings: known names substituted, unknown ones as holes with a reason', () => {
    const text = "import os\nH = 'h1'\nU = f'redis://{H}:{port}/{n:>2}{{x}}'\n";
    const u = str(valueOf(facts(text), 'U'));
    expect(u.text.text).toBe('redis://h1:{port}/{n:>2}{x}');
    expect(holes(u)).toEqual(['port is not assigned in this file', 'an f-string replacement with a conversion or format spec']);
    expect(charSpan(text, u, 8)).toEqual(at(2, 6, 2, 7));
    expect(charSpan(text, u, 11)).toEqual(at(3, 19, 3, 20)); // the '{' of {port}
  });

  it('joins implicit concatenation of plain and f-strings', () => {
    const f = facts("A = 'x'\nB = ('sentinel://a:1;'\n     f'sentinel://{A}:2')\n");
    expect(str(valueOf(f, 'B')).text.text).toBe('sentinel://a:1;sentinel://x:2');
  });

  it("formats '%s' % x and '{}'.format(x) with known parts", () => {
    const f = facts("H = 'h'\nA = 'redis://%s:%d/%%' % (H, 6379)\nB = '%(h)s-%r' % {'h': H}\nC = '{}:{port}/{0}{{'.format(H, port=1)\nD = '{:>3}'.format(H)\nE = ';'.join(['a', H])\n");
    expect(str(valueOf(f, 'A')).text.text).toBe('redis://h:6379/%');
    expect(str(valueOf(f, 'B')).text.text).toBe('h-%r');
    expect(holes(str(valueOf(f, 'B')))).toEqual(['a `%` conversion that is not read']);
    expect(str(valueOf(f, 'C')).text.text).toBe('h:1/h{');
    expect(holes(str(valueOf(f, 'D')))).toEqual(['a `.format` field that is not read']);
    expect(str(valueOf(f, 'E')).text.text).toBe('a;h');
  });

  it('resolves names assigned earlier, in file order, and self-references use the previous value', () => {
    const f = facts("A = 'x'\nB = A\nA = A + 'y'\nA += 'z'\nN = 1\nN += 2\n");
    expect(str(valueOf(f, 'B')).text.text).toBe('x');
    expect(str(valueOf(f, 'A')).text.text).toBe('xyz');
    expect(valueOf(f, 'N')).toMatchObject({ kind: 'number', value: 3 });
    expect(f.assignments.filter((a) => a.name === 'A')).toHaveLength(3);
    expect(f.assignments.at(-1)).toMatchObject({ name: 'N', augmented: true });
  });

  it('binds chained, annotated and unpacked assignments', () => {
    const f = facts("A = B = 'x'\nC: str = 'c'\nD, E = 1, 'e'\nF, G = thing()\n");
    expect(f.assignments.map((a) => a.name)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(valueOf(f, 'E')).toMatchObject({ kind: 'str' });
    expect(valueOf(f, 'G')).toMatchObject({ kind: 'unknown', why: 'unpacked from a value not known statically' });
    expect(f.assignments[2]!.nameSpan).toEqual(at(2, 1, 2, 2));
  });

  it('reads dict(a=1), dict lookups and ** merges', () => {
    const f = facts("BASE = {'a': 1}\nD = dict(BASE, b=2, **more)\nX = D['b']\nY = BASE.get('zz', 'dflt')\n");
    const d = valueOf(f, 'D');
    expect(d).toMatchObject({ kind: 'dict', entries: [{ value: { value: 1 } }, { value: { value: 2 } }], opaque: [{ kind: 'unknown' }] });
    if (d.kind === 'dict') expect(d.entries[1]!.key.span).toEqual(at(2, 16, 2, 17));
    expect(valueOf(f, 'X')).toMatchObject({ kind: 'number', value: 2 });
    expect(str(valueOf(f, 'Y')).text.text).toBe('dflt');
  });

  it('says why anything else is unknown', () => {
    const f = facts('from .base import REDIS\nA = REDIS\nB = compute()\nC = x if y else z\nD = settings.BROKER\nE = [i for i in y]\n');
    expect(valueOf(f, 'A')).toMatchObject({ kind: 'unknown', why: 'REDIS is imported from .base.REDIS' });
    expect(valueOf(f, 'B')).toMatchObject({ kind: 'unknown', why: 'the result of compute() is known at run time only' });
    expect(valueOf(f, 'C')).toMatchObject({ kind: 'unknown', why: 'chosen at run time (`x if c else y`)' });
    expect(valueOf(f, 'D')).toMatchObject({ kind: 'unknown', why: 'settings.BROKER is read at run time' });
    expect(valueOf(f, 'E')).toMatchObject({ kind: 'unknown' });
  });
});

describe('parsePython: environment variables', () => {
  it('reads os.getenv, os.environ.get, os.environ[...] and `or` defaults', () => {
    const text = "import os\nfrom os import getenv\nA = os.getenv('A_URL', 'redis://a')\nB = os.environ.get('B', 3)\nC = os.environ['C']\nD = getenv('D')\nE = os.getenv('E') or 'e'\nF = int(os.getenv('F', '5'))\n";
    const f = facts(text);
    expect(valueOf(f, 'A')).toMatchObject({ kind: 'env', name: 'A_URL', via: 'os.getenv', nameSpan: at(3, 15, 3, 22), default: { kind: 'str' } });
    expect(valueOf(f, 'B')).toMatchObject({ kind: 'env', name: 'B', via: 'os.environ.get', default: { kind: 'number', value: 3 } });
    expect(valueOf(f, 'C')).toMatchObject({ kind: 'env', name: 'C', via: 'os.environ[]' });
    expect(valueOf(f, 'C')).not.toHaveProperty('default');
    expect(valueOf(f, 'D')).toMatchObject({ kind: 'env', name: 'D', via: 'os.getenv' });
    expect(valueOf(f, 'E')).toMatchObject({ kind: 'env', name: 'E', via: 'os.getenv or', default: { kind: 'str' } });
    expect(valueOf(f, 'F')).toMatchObject({ kind: 'env', name: 'F', cast: 'int' });
  });

  it('reads django-environ and python-decouple', () => {
    const f = facts("import environ\nfrom decouple import config\nenv = environ.Env()\nA = env('A', default='redis://x')\nB = env.int('B', 5)\nC = env.str('C')\nD = config('D', default=1, cast=int)\n");
    expect(valueOf(f, 'A')).toMatchObject({ kind: 'env', name: 'A', via: 'env', default: { kind: 'str' } });
    expect(valueOf(f, 'B')).toMatchObject({ kind: 'env', name: 'B', via: 'env.int', cast: 'int', default: { value: 5 } });
    expect(valueOf(f, 'C')).toMatchObject({ kind: 'env', name: 'C', via: 'env.str' });
    expect(valueOf(f, 'D')).toMatchObject({ kind: 'env', name: 'D', via: 'config', cast: 'int', default: { value: 1 } });
  });

  it('substitutes the default into an f-string and marks the slot; no default is a hole', () => {
    const text = "import os\nH = os.getenv('HOSTS', 'a:1;b:2')\nP = os.getenv('PW')\nU = f'sentinel://:{P}@{H}/0'\n";
    const u = str(valueOf(facts(text), 'U'));
    expect(u.text.text).toBe('sentinel://:{P}@a:1;b:2/0');
    expect(u.env.map((s) => [s.start, s.end, s.env.name])).toEqual([[12, 15, 'PW'], [16, 23, 'HOSTS']]);
    expect(holes(u)).toEqual(['PW is read from the environment and has no default']);
    expect(charSpan(text, u, 16)).toEqual(at(2, 25, 2, 26)); // 'a' inside the default
  });
});
