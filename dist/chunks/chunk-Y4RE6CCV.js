#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);

// src/sources/compose/mapped-text.ts
var MappedTextBuilder = class {
  constructor(anchor) {
    this.anchor = anchor;
  }
  anchor;
  #text = "";
  #from = [];
  #to = [];
  #holes = [];
  get length() {
    return this.#text.length;
  }
  push(char, from, to, hole) {
    for (let i = 0; i < char.length; i++) {
      this.#from.push(from);
      this.#to.push(Math.max(from, to));
      this.#holes.push(hole);
    }
    this.#text += char;
    return this;
  }
  /** Characters [start, end) of another mapped text, keeping their origins. */
  append(source, start = 0, end = source.text.length, hole) {
    for (let i = start; i < end; i++) {
      this.#from.push(source.from[i]);
      this.#to.push(source.to[i]);
      this.#holes.push(hole ?? source.holes[i]);
    }
    this.#text += source.text.slice(start, end);
    return this;
  }
  /** Text with no characters of its own in the file (the space echo puts between arguments). */
  pushSynthetic(char, at) {
    return this.push(char, at, at);
  }
  build() {
    return { text: this.#text, from: this.#from, to: this.#to, holes: this.#holes, anchor: this.anchor };
  }
};
function verbatim(text, start) {
  const builder = new MappedTextBuilder([start, start + text.length]);
  for (let i = 0; i < text.length; i++) builder.push(text[i], start + i, start + i + 1);
  return builder.build();
}
function slice(source, start, end = source.text.length) {
  const range = sourceRange(source, start, end);
  return new MappedTextBuilder(range).append(source, start, end).build();
}
function sourceRange(source, start, end) {
  if (end > start) {
    let from = Infinity;
    let to = -Infinity;
    for (let i = start; i < end; i++) {
      from = Math.min(from, source.from[i]);
      to = Math.max(to, source.to[i]);
    }
    return [from, to];
  }
  const at = start < source.text.length ? source.from[start] : start > 0 ? source.to[start - 1] : source.anchor[0];
  return [at, at];
}
function holeIn(source, start = 0, end = source.text.length) {
  for (let i = start; i < end; i++) if (source.holes[i]) return source.holes[i];
  return void 0;
}

export {
  MappedTextBuilder,
  verbatim,
  slice,
  sourceRange,
  holeIn
};
