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
  /**
   * File offsets [from[i], to[i]) that produced character i (an escape maps to all of `\t`). Texts
   * keep them as segments and make these arrays on first read: fromAt/toAt read one without that.
   */
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
  /**
   * The offsets as segments (see RunText): a word copied from the file is one segment however
   * long it is, where per-character arrays cost two numbers a character for as long as the model lives.
   */
  #runs: number[] = [];
  #length = 0;
  /** Made at the first hole (earlier characters get undefined): most texts never have one. */
  #holes: (Hole | undefined)[] | undefined;
  /**
   * Characters [#runStart, #runEnd) of #run, appended but not yet copied. Lexers append a word one
   * character at a time; adjacent appends of one source only move #runEnd, so a word costs one
   * string slice and one copy of its segments instead of a string and a segment check per character.
   */
  #run: MappedText | undefined;
  #runStart = 0;
  #runEnd = 0;
  #runHole: Hole | undefined;

  constructor(readonly anchor: readonly [number, number]) {}

  get length(): number {
    return this.#length + (this.#run === undefined ? 0 : this.#runEnd - this.#runStart);
  }

  #hole(at: number, hole: Hole | undefined): void {
    if (hole !== undefined && this.#holes === undefined) this.#holes = new Array<Hole | undefined>(at).fill(undefined);
    if (this.#holes !== undefined) this.#holes.push(hole);
  }

  /**
   * `count` more characters, the k-th of them from [from + step·k, to + step·k). It extends the last
   * segment when it continues it, which is what appending the next characters of one source does.
   */
  #map(from: number, to: number, step: 0 | 1, count: number): void {
    if (count <= 0) return;
    const runs = this.#runs;
    const last = runs.length - 4;
    if (last >= 0) {
      const done = this.#length - runs[last]!;
      const lastStep = runs[last + 3]!;
      const continues = from === runs[last + 1]! + lastStep * done && to === runs[last + 2]! + lastStep * done;
      if (continues && (step === lastStep || count === 1)) {
        this.#length += count;
        return;
      }
      // A lone character has no step yet: the characters after it decide it.
      const next = from - runs[last + 1]!;
      if (done === 1 && (next === 0 || next === 1) && to === runs[last + 2]! + next && (step === next || count === 1)) {
        runs[last + 3] = next;
        this.#length += count;
        return;
      }
    }
    runs.push(this.#length, from, to, count === 1 ? 1 : step);
    this.#length += count;
  }

  push(char: string, from: number, to: number, hole?: Hole): this {
    if (this.#run !== undefined) this.#copyRun();
    for (let i = 0; i < char.length; i++) this.#hole(this.#length + i, hole);
    this.#map(from, Math.max(from, to), 0, char.length);
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
      const at = this.#length;
      for (let i = start; i < end; i++) this.#hole(at + i - start, hole ?? source.holes[i]);
    }
    if (source instanceof VerbatimText) {
      this.#map(source.start + start, source.start + start + 1, 1, end - start);
    } else if (source instanceof RunText) {
      source.forEachSegment(start, end, (from, to, step, count) => this.#map(from, to, step, count));
    } else {
      for (let i = start; i < end; i++) this.#map(source.from[i]!, source.to[i]!, 1, 1);
    }
    this.#text += source.text.slice(start, end);
  }

  /** Text with no characters of its own in the file (the space echo puts between arguments). */
  pushSynthetic(char: string, at: number): this {
    return this.push(char, at, at);
  }

  build(): MappedText {
    const source = this.#run;
    if (source !== undefined && this.#length === 0 && this.#runHole === undefined && this.#runStart === 0 && this.#runEnd === source.text.length) {
      // The whole of one text: its offsets are shared (texts are never changed once built).
      if (source.anchor[0] === this.anchor[0] && source.anchor[1] === this.anchor[1]) return source;
      if (source instanceof RunText) return new RunText(source.text, source.runs, source.holes, this.anchor);
    }
    if (source !== undefined) this.#copyRun();
    // Copies, not the builder's arrays: an array grown by push() keeps room for 16 more numbers, which
    // the text would keep for as long as the model lives (about half the segments' memory).
    return new RunText(this.#text, this.#runs.slice(), this.#holes?.slice() ?? noHoles(this.#length), this.anchor);
  }
}

/**
 * A text whose offsets are segments of four numbers: the segment's first character, then `from`,
 * `to` and `step`; its k-th character came from [from + step·k, to + step·k). A word copied from
 * the file is one segment of step 1; an escape or a substitution, whose characters all stand for
 * one stretch of the file, is one segment of step 0.
 */
class RunText implements MappedText {
  #from: number[] | undefined;
  #to: number[] | undefined;

  constructor(
    readonly text: string,
    readonly runs: readonly number[],
    readonly holes: readonly (Hole | undefined)[],
    readonly anchor: readonly [number, number],
  ) {}

  get from(): Offsets {
    return (this.#from ??= this.#offsets(1));
  }

  get to(): Offsets {
    return (this.#to ??= this.#offsets(2));
  }

  /** The start (field 1) or end (field 2) offset of every character, for readers that index. */
  #offsets(field: 1 | 2): number[] {
    const out = new Array<number>(this.text.length);
    let at = 0;
    this.forEachSegment(0, this.text.length, (from, to, step, count) => {
      const first = field === 1 ? from : to;
      for (let k = 0; k < count; k++) out[at++] = first + step * k;
    });
    return out;
  }

  /** The segment holding character i. */
  segmentOf(i: number): number {
    const runs = this.runs;
    let low = 0;
    let high = runs.length / 4 - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (runs[mid * 4]! <= i) low = mid;
      else high = mid - 1;
    }
    return low * 4;
  }

  fromAt(i: number): number {
    const k = this.segmentOf(i);
    return this.runs[k + 1]! + this.runs[k + 3]! * (i - this.runs[k]!);
  }

  toAt(i: number): number {
    const k = this.segmentOf(i);
    return this.runs[k + 2]! + this.runs[k + 3]! * (i - this.runs[k]!);
  }

  /** Calls `each` with the part of every segment inside characters [start, end), in order. */
  forEachSegment(start: number, end: number, each: (from: number, to: number, step: 0 | 1, count: number) => void): void {
    const runs = this.runs;
    for (let k = start < end ? this.segmentOf(start) : runs.length; k < runs.length; k += 4) {
      const first = runs[k]!;
      if (first >= end) break;
      const last = k + 4 < runs.length ? runs[k + 4]! : this.text.length;
      const from = Math.max(first, start);
      const to = Math.min(last, end);
      if (to <= from) continue;
      const step = runs[k + 3]! as 0 | 1;
      each(runs[k + 1]! + step * (from - first), runs[k + 2]! + step * (from - first), step, to - from);
    }
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

/** The file offset where character i came from (`from[i]`), without making a per-character array. */
export function fromAt(source: MappedText, i: number): number {
  if (source instanceof VerbatimText) return source.start + i;
  if (source instanceof RunText) return source.fromAt(i);
  return source.from[i]!;
}

/** The file offset where character i ends (`to[i]`), without making a per-character array. */
export function toAt(source: MappedText, i: number): number {
  if (source instanceof VerbatimText) return source.start + i + 1;
  if (source instanceof RunText) return source.toAt(i);
  return source.to[i]!;
}

/** The first character whose offsets start at `offset` (`from.indexOf(offset)`), or -1. */
export function firstFromOffset(source: MappedText, offset: number): number {
  for (let i = 0; i < source.text.length; i++) if (fromAt(source, i) === offset) return i;
  return -1;
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
  const runs = source instanceof RunText ? source : (new MappedTextBuilder(source.anchor).append(source).build() as RunText);
  const moved = runs.runs.map((n, i) => (i % 4 === 1 || i % 4 === 2 ? n + by : n));
  return new RunText(source.text, moved, source.holes, [source.anchor[0] + by, source.anchor[1] + by]);
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
    if (source instanceof RunText) {
      source.forEachSegment(start, end, (first, firstTo, step, count) => {
        from = Math.min(from, first);
        to = Math.max(to, firstTo + step * (count - 1));
      });
    } else {
      for (let i = start; i < end; i++) {
        from = Math.min(from, source.from[i]!);
        to = Math.max(to, source.to[i]!);
      }
    }
    return [from, to];
  }
  const at = start < source.text.length ? fromAt(source, start) : start > 0 ? toAt(source, start - 1) : source.anchor[0];
  return [at, at];
}

/** The first hole among characters [start, end), if any. */
export function holeIn(source: MappedText, start = 0, end = source.text.length): Hole | undefined {
  if (source instanceof VerbatimText) return undefined;
  for (let i = start; i < end; i++) if (source.holes[i]) return source.holes[i];
  return undefined;
}
