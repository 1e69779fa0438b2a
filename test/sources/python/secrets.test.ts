import { describe, expect, it } from 'vitest';
import { at, facts, str, valueOf } from './helpers.js';

describe('parsePython: secrets', () => {
  it('makes secrets of values bound to PASSWORD/PASS/SECRET/TOKEN names, keys and keyword arguments', () => {
    const f = facts("REDIS_PASSWORD = 'hunter2'\nSECRET_KEY = 'k'\nOPTS = {'sentinel_kwargs': {'password': 'spw'}}\nX = connect(auth_token='tok')\nHOST = 'not-a-secret'\n");
    expect(f.secrets.map((s) => s.span)).toEqual([at(1, 19, 1, 26), at(2, 15, 2, 16), at(3, 42, 3, 45), at(4, 25, 4, 28)]);
    expect(str(valueOf(f, 'REDIS_PASSWORD')).secret).toBe(f.secrets[0]);
    expect(f.secrets[0]!.sameAs('hunter2')).toBe(true);
  });

  it('finds the :password@ of redis://, rediss:// and sentinel:// URLs, percent-decoded', () => {
    const f = facts("A = 'redis://user:p%40ss@h:6379/0'\nB = 'sentinel://:spw@s1:26379;sentinel://:spw@s2:26379'\nC = 'rediss://nopass@h'\nD = 'https://u:p@example.com'\n");
    expect(f.secrets.map((s) => s.span)).toEqual([at(1, 19, 1, 25), at(2, 18, 2, 21), at(2, 43, 2, 46)]);
    expect(f.secrets[0]!.sameAs('p@ss')).toBe(true);
  });

  it('takes the secret from where its characters are written, and skips holes', () => {
    const f = facts("import os\nPW = 'shh'\nA = f'redis://:{PW}@h'\nB = f'redis://:{os.getenv(\"X\")}@h'\n");
    expect(f.secrets).toHaveLength(1); // PW by its name; the URL's password is the same characters
    expect(f.secrets[0]!.span).toEqual(at(2, 7, 2, 10));
  });

  it('never prints a secret in the facts', () => {
    const f = facts("REDIS_PASSWORD = 'canary-9f2c'\n");
    expect(JSON.stringify(f.secrets)).not.toContain('canary');
    expect(String(f.secrets[0])).toBe('«redacted»');
  });
});
