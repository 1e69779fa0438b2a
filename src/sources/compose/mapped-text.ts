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
  #from: number[] = [];
  #to: number[] = [];
  /** Made at the first hole (earlier characters get undefined): most texts never have one. */
  #holes: (Hole | undefined)[] | undefined;
  /**
   * Characters [#runStart, #runEnd) of #run, appended but not yet copied. Lexers append a word one
   * character at a time; adjacent appends of one source only move #runEnd, so a word costs one
   * string slice and one copy of its offsets instead of a string and two array growths per character.
   */
  #run: MappedText | undefined;
  #runStart = 0;
  #runEnd = 0;
  #runHole: Hole | undefined;

  constructor(readonly anchor: readonly [number, number]) {}

  get length(): number {
    return this.#text.length + (this.#run === undefined ? 0 : this.#runEnd - this.#runStart);
  }

  #hole(at: number, hole: Hole | undefined): void {
    if (hole !== undefined && this.#holes === undefined) this.#holes = new Array<Hole | undefined>(at).fill(undefined);
    if (this.#holes !== undefined) this.#holes.push(hole);
  }

  push(char: string, from: number, to: number, hole?: Hole): this {
    if (this.#run !== undefined) this.#copyRun();
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
    if (end <= start) return this;
    if (this.#run === source && this.#runEnd === start && this.#runHole === hole) {
      this.#runEnd = end;
      return this;
    }
    if (this.#run !== undefined) this.#copyRun();
    this.#run = source;
    this.#runStart = start;
    this.#runEnd = end;
    this.#runHole = hole;
    return this;
  }

  #copyRun(): void {
    const source = this.#run!;
    const start = this.#runStart;
    const end = this.#runEnd;
    const hole = this.#runHole;
    this.#run = undefined;
    if (hole !== undefined || this.#holes !== undefined || holeIn(source, start, end) !== undefined) {
      const at = this.#from.length;
      for (let i = start; i < end; i++) this.#hole(at + i - start, hole ?? source.holes[i]);
    }
    if (source instanceof VerbatimText && this.#from.length === 0) {
      this.#from = countingFrom(source.start + start, end - start);
      this.#to = countingFrom(source.start + start + 1, end - start);
    } else if (source instanceof VerbatimText) {
      for (let i = start; i < end; i++) {
        this.#from.push(source.start + i);
        this.#to.push(source.start + i + 1);
      }
    } else if (this.#from.length === 0 && Array.isArray(source.from) && Array.isArray(source.to)) {
      // One allocation of the exact size (a slice of small integers is a copy of memory).
      this.#from = (source.from as number[]).slice(start, end);
      this.#to = (source.to as number[]).slice(start, end);
    } else {
      for (let i = start; i < end; i++) {
        this.#from.push(source.from[i]!);
        this.#to.push(source.to[i]!);
      }
    }
    this.#text += source.text.slice(start, end);
  }

  /** Text with no characters of its own in the file (the space echo puts between arguments). */
  pushSynthetic(char: string, at: number): this {
    return this.push(char, at, at);
  }

  build(): MappedText {
    const source = this.#run;
    if (source !== undefined && this.#text === '' && this.#runHole === undefined && this.#runStart === 0 && this.#runEnd === source.text.length) {
      // The whole of one text: its offsets are shared (texts are never changed once built).
      if (source.anchor[0] === this.anchor[0] && source.anchor[1] === this.anchor[1]) return source;
      return { text: source.text, from: source.from, to: source.to, holes: source.holes, anchor: this.anchor };
    }
    if (source !== undefined) this.#copyRun();
    return { text: this.#text, from: this.#from, to: this.#to, holes: this.#holes ?? noHoles(this.#from.length), anchor: this.anchor };
  }
}

/**
 * A text whose characters are the file's own characters [start, start + text.length): most scalars
 * of a compose file and most Python strings. Its offsets are arithmetic, so they are made only if
 * something reads them by index; appending, shifting and measuring it never do.
 */
class VerbatimText implements MappedText {
  #from: number[] | undefined;
  #to: number[] | undefined;
  readonly holes: readonly undefined[];
  readonly anchor: readonly [number, number];

  constructor(
    readonly text: string,
    readonly start: number,
  ) {
    this.holes = noHoles(text.length);
    this.anchor = [start, start + text.length];
  }

  get from(): Offsets {
    return (this.#from ??= countingFrom(this.start, this.text.length));
  }

  get to(): Offsets {
    return (this.#to ??= countingFrom(this.start + 1, this.text.length));
  }
}

/** first, first + 1, … (count numbers), in an array of exactly that size. */
function countingFrom(first: number, count: number): number[] {
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) out[i] = first + i;
  return out;
}

/** A text whose characters are the file's own characters [start, start + text.length). */
export function verbatim(text: string, start: number): MappedText {
  return new VerbatimText(text, start);
}

/** The text without its first `cut` characters, still anchored where the whole text was. */
export function withoutFirst(source: MappedText, cut: number): MappedText {
  return new MappedTextBuilder(source.anchor).append(source, cut).build();
}

/** The same text with its offsets moved by `by` (a file's offsets inside a project's offset space). */
export function shifted(source: MappedText, by: number): MappedText {
  if (by === 0) return source;
  if (source instanceof VerbatimText) return new VerbatimText(source.text, source.start + by);
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
  if (end > start && source instanceof VerbatimText) return [source.start + start, source.start + end];
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
  if (source instanceof VerbatimText) return undefined;
  for (let i = start; i < end; i++) if (source.holes[i]) return source.holes[i];
  return undefined;
}
