import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../../src/model/source-file.js';
import { interpolate } from '../../../src/sources/compose/interpolate.js';
import { verbatim } from '../../../src/sources/compose/mapped-text.js';
import { parseCompose } from '../../../src/sources/compose/parse-compose.js';

const dollarsOf = (text: string, env: Record<string, string> = {}) =>
  interpolate(verbatim(text, 100), new Map(Object.entries(env))).dollars.map(({ form, at }) => [form, text.slice(at[0] - 100, at[1] - 100)]);

describe('the $ compose reads, as interpolate reports them', () => {
  it('reports $$, $NAME and ${…} with the offsets of what is written', () => {
    expect(dollarsOf('a$$b pa$word ${X} ${Y:-d}')).toEqual([
      ['escape', '$$'], ['bare', '$word'], ['braced', '${X}'], ['braced', '${Y:-d}'],
    ]);
  });

  it('reports what sits inside a default that compose reads, and nothing compose leaves alone', () => {
    expect(dollarsOf('${NOPE:-x$$y}')).toEqual([['braced', '${NOPE:-x$$y}'], ['escape', '$$']]);
    expect(dollarsOf('$1 $ a$')).toEqual([]);
  });
});

describe('dollars in compose facts', () => {
  const text = [
    'services:',
    '  s:',
    '    environment:',
    '      - REDIS_PASSWORD=pa$word-long',
    '      - OTHER=pa$word',
    '      - ESCAPED_PASS=pa$$word',
    '  t:',
    '    environment:',
    '      SENTINEL_PASSWORD: "x${NOPE}y"',
    '      PLAIN_SECRET: no-dollar-here',
  ].join('\n');
  const { facts } = parseCompose(sourceFile('docker-compose.yml', text, 'compose'), new Map([['word', 'W']]));
  const [s, t] = facts.services;

  it('keeps the $s of values whose name says they hold a secret, at their spans', () => {
    expect(s!.environment.map((e) => e.dollars?.map((d) => d.form))).toEqual([['bare'], undefined, ['escape']]);
    expect(s!.environment[0]!.dollars![0]!.span).toMatchObject({ line: 4, column: 26, endColumn: 31 });
    expect(t!.environment.map((e) => e.dollars?.map((d) => d.form))).toEqual([['braced'], undefined]);
  });

  it('keeps them even when the value is not known', () => {
    const unknownValue = t!.environment[0]!;
    expect(unknownValue.value.known).toBe(false);
    expect(unknownValue.dollars![0]!.span).toMatchObject({ line: 9, column: 28, endColumn: 35 });
  });
});
