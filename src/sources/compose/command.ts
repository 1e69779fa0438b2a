import type { ParseProblem } from '../../model/facts.js';
import type { ComposeValues } from './compose-value.js';
import type { CommandFact } from './facts.js';
import { splitComposeWords, type Word } from './shell-words.js';

export interface ReadCommand {
  fact: CommandFact;
  words: Word[];
  /** Why the arguments are not known (an unknown value with spaces in a string command). */
  uncertain?: string;
}

/**
 * `command:` or `entrypoint:` as the arguments compose passes: a list is taken item by item, a
 * string is split the way compose-go splits it (go-shellwords, see shell-words.ts). A string
 * compose cannot split stops compose: that is a parse-error.
 */
export function readCommand(values: ComposeValues, node: unknown, problems: ParseProblem[]): ReadCommand | undefined {
  const { tree, index } = values;
  const span = values.span(node);
  const list = tree.seq(node);
  if (list) {
    const words: Word[] = [];
    for (const item of list) {
      const value = values.mapped(item);
      if (value) words.push({ value, raw: tree.range(item) });
    }
    return { fact: { form: 'list', span, args: words.map((w) => index.span(...w.raw)) }, words };
  }
  const text = values.mapped(node);
  if (!text) return undefined;
  const split = splitComposeWords(text);
  if (!split.ok) {
    problems.push({
      rule: 'parse-error',
      at: index.span(...split.at),
      message: `docker compose will not start: "${split.message}": compose splits a string command like a shell line without running one. Close the quote, or write the command as a list.`,
    });
    return { fact: { form: 'string', span, args: [] }, words: [] };
  }
  const fact: CommandFact = { form: 'string', span, args: split.words.map((w) => index.span(...w.raw)) };
  if (split.droppedFrom) fact.dropped = index.span(...split.droppedFrom);
  return { fact, words: split.words, ...(split.uncertain ? { uncertain: split.uncertain } : {}) };
}
