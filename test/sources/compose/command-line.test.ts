import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/model/span.js';
import type { ConfLine } from '../../../src/sources/conf/conf-lines.js';
import { readServerArgs } from '../../../src/sources/compose/command-line.js';
import { verbatim } from '../../../src/sources/compose/mapped-text.js';
import type { Word } from '../../../src/sources/compose/shell-words.js';

/** Arguments laid out as in `a b c` (one space apart), each a word of its own. */
function argv(...args: string[]): { words: Word[]; index: LineIndex } {
  const text = args.join(' ');
  const words: Word[] = [];
  let at = 0;
  for (const arg of args) {
    words.push({ value: verbatim(arg, at), raw: [at, at + arg.length] });
    at += arg.length + 1;
  }
  return { words, index: new LineIndex('c.yml', text) };
}
const lines = (made: ConfLine[]) => made.map((l) => (l.ok ? l.tokens.map((t) => t.value) : 'unbalanced'));

describe('readServerArgs (server.c main, 7.0.15)', () => {
  it('takes a first argument without "-" as the config file, then one line per --name', () => {
    const { words, index } = argv('/etc/redis.conf', '--port', '6380', '--replicaof', 'redis-master', '6379', '--sentinel');
    const result = readServerArgs(words, index);
    expect(result.confFile?.value.text).toBe('/etc/redis.conf');
    expect(lines(result.lines)).toEqual([['port', '6380'], ['replicaof', 'redis-master', '6379'], ['sentinel']]);
    expect(result.sentinelFlag).toBe(true);
  });

  it('reads "--port 6380" as one argument like a file line', () => {
    const { words, index } = argv('--port 6380', '--save', '900 1');
    expect(lines(readServerArgs(words, index).lines)).toEqual([['port', '6380'], ['save', '900 1']]);
  });

  it('makes a bare --save "save \\"\\"", last or before another option', () => {
    const { words, index } = argv('--save', '--appendonly', 'no', '--save');
    expect(lines(readServerArgs(words, index).lines)).toEqual([['save', ''], ['appendonly', 'no'], ['save', '']]);
  });

  it('takes the argument right after a bare name as its value even if it starts with --', () => {
    const { words, index } = argv('--requirepass', '--weird--', '--port', '1');
    expect(lines(readServerArgs(words, index).lines)).toEqual([['requirepass', '--weird--'], ['port', '1']]);
  });

  it('puts each value token on its argument, and the name on the text after --', () => {
    const { words, index } = argv('--requirepass', 'pw');
    const [line] = readServerArgs(words, index).lines;
    expect(line?.ok && line.tokens.map((t) => [t.span.column, t.span.endColumn, t.quoted])).toEqual([[3, 14, false], [15, 17, true]]);
  });

  it('reports stdin and print-and-exit arguments', () => {
    expect(readServerArgs(argv('-', '--port', '1').words, argv('-').index).readsStdin).toBe(true);
    expect(readServerArgs(argv('--version').words, argv('--version').index).exitsWith).toBe('--version');
  });
});
