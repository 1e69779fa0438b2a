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

/** What readers of a text's offsets use (number[] or a typed array). */
export interface Offsets {
  readonly length: number;
  readonly [i: number]: number;
  indexOf(offset: number): number;
}

export interface MappedText {
  readonly text: string;
  /** File offsets [from[i], to[i]) that produced character i (an escape maps to all of `\t`). */
  readonly from: Offsets;
  readonly to: Offsets;
  /**
   * Set on characters that stand for something unknown; they keep the text as written (`${VAR}`).
   * One entry per character; a text without holes shares a frozen all-undefined array of its length.
   */
  readonly holes: readonly (Hole | undefined)[];
  /** File offsets of the whole source the text came from, for empty texts and their spans. */
  readonly anchor: readonly [number, number];
}

/** Shared hole arrays for texts with no hole, by length (most texts are short and have none). */
const NO_HOLES: (readonly undefined[])[] = [];
const SHARED_NO_HOLES_UP_TO = 256;

function noHoles(length: number): readonly undefined[] {
  if (length > SHARED_NO_HOLES_UP_TO) return new Array<undefined>(length).fill(undefined);
  return (NO_HOLES[length] ??= Object.freeze(new Array<undefined>(length).fill(undefined)));
}

export class MappedTextBuilder {
  #text = '';
  // number[], not Int32Array: a typed array costs a runtime call to allocate and to grow, which
  // made compose parsing of the 2 000-file repository 15 % slower than the arrays it saves.
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  /** Made at the first hole (earlier characters get undefined): most texts never have one. */
  #holes: (Hole | undefined)[] | undefined;

  constructor(readonly anchor: readonly [number, number]) {}

  get length(): number {
    return this.#text.length;
  }

  #hole(at: number, hole: Hole | undefined): void {
    if (hole !== undefined && this.#holes === undefined) this.#holes = new Array<Hole | undefined>(at).fill(undefined);
    if (this.#holes !== undefined) this.#holes.push(hole);
  }

  push(char: string, from: number, to: number, hole?: Hole): this {
    const end = Math.max(from, to);
    for (let i = 0; i < char.length; i++) {
      this.#hole(this.#from.length, hole);
      this.#from.push(from);
      this.#to.push(end);
    }
    this.#text += char;
    return this;
  }

  /** Characters [start, end) of another mapped text, keeping their origins. */
  append(source: MappedText, start = 0, end = source.text.length, hole?: Hole): this {
    for (let i = start; i < end; i++) {
      this.#hole(this.#from.length, hole ?? source.holes[i]);
      this.#from.push(source.from[i]!);
      this.#to.push(source.to[i]!);
    }
    this.#text += source.text.slice(start, end);
    return this;
  }

  /** Text with no characters of its own in the file (the space echo puts between arguments). */
  pushSynthetic(char: string, at: number): this {
    return this.push(char, at, at);
  }

  build(): MappedText {
    return { text: this.#text, from: this.#from, to: this.#to, holes: this.#holes ?? noHoles(this.#from.length), anchor: this.anchor };
  }
}

/** A text whose characters are the file's own characters [start, start + text.length). */
export function verbatim(text: string, start: number): MappedText {
  // Filled directly rather than pushed a character at a time: most scalars of a compose file are verbatim.
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; i++) {
    from.push(start + i);
    to.push(start + i + 1);
  }
  return { text, from, to, holes: noHoles(text.length), anchor: [start, start + text.length] };
}

/** The text without its first `cut` characters, still anchored where the whole text was. */
export function withoutFirst(source: MappedText, cut: number): MappedText {
  return new MappedTextBuilder(source.anchor).append(source, cut).build();
}

/** The same text with its offsets moved by `by` (a file's offsets inside a project's offset space). */
export function shifted(source: MappedText, by: number): MappedText {
  if (by === 0) return source;
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < source.from.length; i++) {
    from.push(source.from[i]! + by);
    to.push(source.to[i]! + by);
  }
  return { ...source, from, to, anchor: [source.anchor[0] + by, source.anchor[1] + by] };
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
