import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verbatim } from '../../../src/sources/compose/mapped-text.js';
import { splitComposeWords } from '../../../src/sources/compose/shell-words.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

const split = (text: string) => splitComposeWords(verbatim(text, 0));
const words = (text: string) => {
  const result = split(text);
  if (!result.ok) throw new Error(result.message);
  return result.words.map((w) => w.value.text);
};

describe('splitComposeWords (go-shellwords v1.0.12, as compose-go calls it)', () => {
  it('groups quoted text and applies backslashes, in and out of double quotes', () => {
    expect(words(`sh -c "echo 'a b' > /x && \\"y\\"" z\\ w`)).toEqual(['sh', '-c', `echo 'a b' > /x && "y"`, 'z w']);
    expect(words(`a 'b\\c' "d\\$e"`)).toEqual(['a', 'b\\c', 'd$e']);
  });

  it('keeps an empty quoted argument', () => {
    expect(words(`redis-server --save "" --appendonly no`)).toEqual(['redis-server', '--save', '', '--appendonly', 'no']);
  });

  it('stops at an unquoted ; & | < > and says where compose drops the rest', () => {
    const result = split('redis-server --port 6379 & redis-sentinel /s.conf');
    expect(result.ok && result.words.map((w) => w.value.text)).toEqual(['redis-server', '--port', '6379']);
    expect(result.ok && result.droppedFrom).toEqual([25, 49]);
    expect(words('cmd 2>/dev/null')).toEqual(['cmd']);
  });

  it('keeps $( … ) together and refuses a bare parenthesis', () => {
    expect(words('echo $(cat /f) x')).toEqual(['echo', '$(cat /f)', 'x']);
    expect(split('echo (x)')).toMatchObject({ ok: false, message: 'invalid command line string' });
    expect(split('echo "open')).toMatchObject({ ok: false });
  });

  it('gives each word its raw span, quotes included', () => {
    const result = split(`a "b c" 'd'`);
    expect(result.ok && result.words.map((w) => w.raw)).toEqual([[0, 1], [2, 7], [8, 11]]);
  });

  it('never throws, and keeps every word inside the input', () => {
    const alphabet = fc.constantFrom('a', ' ', '"', "'", '\\', '$', '(', ')', '`', ';', '>', '2', '\n', '-');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        const result = split(text);
        if (!result.ok) return;
        for (const word of result.words) {
          expect(word.raw[0]).toBeGreaterThanOrEqual(0);
          expect(word.raw[1]).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));
});
