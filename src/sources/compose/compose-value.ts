import type { ParseProblem } from '../../model/facts.js';
import type { LineIndex, Span } from '../../model/span.js';
import { known, unknown, type Value } from '../../model/value.js';
import type { DollarFact } from './facts.js';
import { interpolate } from './interpolate.js';
import { holeIn, type MappedText } from './mapped-text.js';
import type { YamlTree } from './yaml-tree.js';

/**
 * Scalars of a compose file as compose sees them: interpolated from `.env` first (compose does
 * that to every string value before reading it), each with its span. Interpolation errors are
 * collected as problems, once per scalar.
 */
export class ComposeValues {
  readonly #interpolated = new Map<MappedText, MappedText>();
  /** Every `$` compose read in the scalars interpolated so far, once per scalar (aliases share theirs). */
  readonly dollars: DollarFact[] = [];
  readonly #dollarsAt: { at: readonly [number, number]; fact: DollarFact }[] = [];

  constructor(
    readonly tree: YamlTree,
    readonly index: LineIndex,
    readonly env: ReadonlyMap<string, string>,
    readonly problems: ParseProblem[],
  ) {}

  span(node: unknown): Span {
    const [start, end] = this.tree.range(node);
    return this.index.span(start, end);
  }

  /** The interpolated text of a scalar, each character mapped to the file. */
  mapped(node: unknown): MappedText | undefined {
    const raw = this.tree.text(node);
    if (!raw) return undefined;
    let done = this.#interpolated.get(raw);
    if (!done) {
      const result = interpolate(raw, this.env);
      if (result.error) {
        this.problems.push({
          rule: 'parse-error',
          at: this.index.span(...result.error.at),
          message: `docker compose will not start: "${result.error.message}" in this value. Write "$$" for a literal "$".`,
        });
      }
      for (const { form, at } of result.dollars) {
        const fact: DollarFact = { form, span: this.index.span(...at) };
        this.dollars.push(fact);
        this.#dollarsAt.push({ at, fact });
      }
      done = result.text;
      this.#interpolated.set(raw, done);
    }
    return done;
  }

  /** The `$`s compose read within file offsets [start, end) of scalars already interpolated. */
  dollarsWithin(start: number, end: number): DollarFact[] {
    return this.#dollarsAt.filter(({ at }) => at[0] >= start && at[1] <= end).map(({ fact }) => fact);
  }

  /** A scalar as a string: unknown when it holds a variable that is not set. */
  string(node: unknown): Value<string> | undefined {
    // Most values hold no `$`: interpolation leaves them as they are and no hole can appear, so
    // their characters are not mapped (mapping them took over 100 ms of compose reading in a CPU
    // profile of the 2 000-file repository).
    const value = this.tree.value(node);
    if (value === undefined) return undefined;
    if (!value.includes('$')) return known(value, this.span(node));
    const text = this.mapped(node);
    if (!text) return undefined;
    const span = this.span(node);
    const hole = holeIn(text);
    return hole ? unknown(hole.why, span) : known(text.text, span);
  }

  number(node: unknown): Value<number> | undefined {
    const value = this.string(node);
    if (!value || !value.known) return value;
    const n = Number(value.value.trim());
    return Number.isInteger(n) && value.value.trim() !== '' ? known(n, value.span) : unknown(`"${value.value}" is not a whole number`, value.span);
  }

  /** A list of scalars, or one scalar standing for a list of one. */
  strings(node: unknown): Value<string>[] {
    const items = this.tree.seq(node) ?? (this.tree.scalar(node) ? [node] : []);
    return items.map((item) => this.string(item)).filter((v): v is Value<string> => v !== undefined);
  }
}
