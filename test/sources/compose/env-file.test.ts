import { describe, expect, it } from 'vitest';
import { readEnvFile } from '../../../src/sources/compose/env-file.js';

describe('readEnvFile (compose interpolation values)', () => {
  it('reads plain, quoted and exported values, and skips comments', () => {
    const env = readEnvFile(
      '# comment\nA=1\nexport B=two words # trailing\nC=\'lit${X}\'\nD="line\\nnext"\nE=sentinel://a:1;sentinel://b:2\n\nnot a line\n',
    );
    expect([...env]).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', 'lit${X}'],
      ['D', 'line\nnext'],
      ['E', 'sentinel://a:1;sentinel://b:2'],
    ]);
  });
});
