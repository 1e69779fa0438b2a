/**
 * Text that remembers where each of its characters came from in the compose file. A YAML scalar,
 * the interpolated string compose makes of it, a word of a shell script, an echoed conf line:
 * every step of the compose source keeps this map, so a conf token found three layers down still
 * has the exact span of its characters in the YAML (folded blocks, escapes and all).
 */

/** A character whose value cannot be known statically, e.g. `${REDIS_PASSWORD}` with no default. */
export interface Hole {
  /** Why it is unknown, in words for a message (never a value). */
  why: string;
}

export interface MappedText {
  readonly text: string;
  /** File offsets [from[i], to[i]) that produced character i (an escape maps to all of `\t`). */
  readonly from: readonly number[];
  readonly to: readonly number[];
  /** Set on characters that stand for something unknown; they keep the text as written (`${VAR}`). */
  readonly holes: readonly (Hole | undefined)[];
  /** File offsets of the whole source the text came from, for empty texts and their spans. */
  readonly anchor: readonly [number, number];
}

export class MappedTextBuilder {
  #text = '';
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  readonly #holes: (Hole | undefined)[] = [];

  constructor(readonly anchor: readonly [number, number]) {}

  get length(): number {
    return this.#text.length;
  }

  push(char: string, from: number, to: number, hole?: Hole): this {
    for (let i = 0; i < char.length; i++) {
      this.#from.push(from);
      this.#to.push(Math.max(from, to));
      this.#holes.push(hole);
    }
    this.#text += char;
    return this;
  }

  /** Characters [start, end) of another mapped text, keeping their origins. */
  append(source: MappedText, start = 0, end = source.text.length, hole?: Hole): this {
    for (let i = start; i < end; i++) {
      this.#from.push(source.from[i]!);
      this.#to.push(source.to[i]!);
      this.#holes.push(hole ?? source.holes[i]);
    }
    this.#text += source.text.slice(start, end);
    return this;
  }

  /** Text with no characters of its own in the file (the space echo puts between arguments). */
  pushSynthetic(char: string, at: number): this {
    return this.push(char, at, at);
  }

  build(): MappedText {
    return { text: this.#text, from: this.#from, to: this.#to, holes: this.#holes, anchor: this.anchor };
  }
}

/** A text whose characters are the file's own characters [start, start + text.length). */
export function verbatim(text: string, start: number): MappedText {
  const builder = new MappedTextBuilder([start, start + text.length]);
  for (let i = 0; i < text.length; i++) builder.push(text[i]!, start + i, start + i + 1);
  return builder.build();
}

/** Characters [start, end) as a text of their own. */
export function slice(source: MappedText, start: number, end: number = source.text.length): MappedText {
  const range = sourceRange(source, start, end);
  return new MappedTextBuilder(range).append(source, start, end).build();
}

/** File offsets covered by characters [start, end); an empty range sits where it would start. */
export function sourceRange(source: MappedText, start: number, end: number): [number, number] {
  if (end > start) {
    let from = Infinity;
    let to = -Infinity;
    // Escapes and substitutions can map out of order (a folded space maps to a line break), so take the hull.
    for (let i = start; i < end; i++) {
      from = Math.min(from, source.from[i]!);
      to = Math.max(to, source.to[i]!);
    }
    return [from, to];
  }
  const at = start < source.text.length ? source.from[start]! : start > 0 ? source.to[start - 1]! : source.anchor[0];
  return [at, at];
}

/** The first hole among characters [start, end), if any. */
export function holeIn(source: MappedText, start = 0, end = source.text.length): Hole | undefined {
  for (let i = start; i < end; i++) if (source.holes[i]) return source.holes[i];
  return undefined;
}
