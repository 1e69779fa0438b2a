import { MappedTextBuilder, sourceRange, type Hole, type MappedText } from './mapped-text.js';
import type { Part, ShWord } from './sh-lexer.js';

/** A shell variable as far as it can be known: a value, or why not. */
export type ShellValue = { known: true; text: string } | { known: false; why: string };

/** Where variable values come from; a name it does not know is unknown (image ENV, env_file, …). */
export type ShellVariables = (name: string) => ShellValue | undefined;

/**
 * POSIX word expansion (2.6) of one word: parameters are replaced by their values, command
 * substitutions by holes (their output is known only by running them), and the results of
 * unquoted expansions are split into fields on blanks. Quote removal was done by the lexer.
 * A hole keeps the expression as written (`$REDIS_IP`) when that is one word, so a conf line
 * made from it reads as a template; otherwise a short form (`${NAME}`, `$(cat)`) stands for it.
 */
export function expandWord(script: MappedText, word: ShWord, vars: ShellVariables): MappedText[] {
  const fields: MappedText[] = [];
  let field = new MappedTextBuilder(sourceRange(script, word.start, word.end));
  let keep = false; // a field that holds a quoted part exists even when empty ("")
  const close = () => {
    if (field.length > 0 || keep) fields.push(field.build());
    field = new MappedTextBuilder(sourceRange(script, word.start, word.end));
    keep = false;
  };
  for (const part of word.parts) {
    if (part.kind === 'lit') {
      field.append(part.text);
      keep ||= part.quoted;
      continue;
    }
    const expanded = expandPart(part, vars);
    if (expanded.kind === 'hole') {
      appendHole(field, part, expanded.hole);
      keep = true;
      continue;
    }
    const [from, to] = part.raw.anchor;
    if (part.quoted) {
      for (const char of expanded.text) field.push(char, from, to);
      keep = true;
      continue;
    }
    // Field splitting of an unquoted expansion on the default IFS (space, tab, newline).
    for (const char of expanded.text) {
      if (char === ' ' || char === '\t' || char === '\n') close();
      else field.push(char, from, to);
    }
  }
  close();
  return fields;
}

type Expanded = { kind: 'text'; text: string } | { kind: 'hole'; hole: Hole };

function expandPart(part: Exclude<Part, { kind: 'lit' }>, vars: ShellVariables): Expanded {
  if (part.kind === 'subst') return { kind: 'hole', hole: { why: `the output of "${part.label}" is known only when the script runs` } };
  const value = /^[A-Za-z_]/.test(part.name) ? vars(part.name) : undefined;
  const unknownWhy = value && !value.known ? value.why : `$${part.name} is set only when the container runs`;
  const literalOperand = /^[^$`'"\\]*$/.test(part.operand.text) ? part.operand.text : undefined;
  const set = value?.known === true;
  const text = set ? value.text : '';
  switch (part.op) {
    case '':
      return set ? { kind: 'text', text } : { kind: 'hole', hole: { why: unknownWhy } };
    case ':-':
    case '-':
    case ':=':
    case '=':
      if (set && (part.op.startsWith(':') ? text !== '' : true)) return { kind: 'text', text };
      return { kind: 'hole', hole: { why: unknownWhy } };
    case ':+':
    case '+':
      if (!set) return { kind: 'hole', hole: { why: unknownWhy } };
      if (part.op === ':+' && text === '') return { kind: 'text', text: '' };
      return literalOperand !== undefined ? { kind: 'text', text: literalOperand } : { kind: 'hole', hole: { why: unknownWhy } };
    case ':?':
    case '?':
      return set ? { kind: 'text', text } : { kind: 'hole', hole: { why: unknownWhy } };
    default:
      return { kind: 'hole', hole: { why: `\${${part.name}${part.op}…} is worked out only when the script runs` } };
  }
}

/** Holes keep the text as written when it is one word; a short stand-in otherwise. */
function appendHole(field: MappedTextBuilder, part: Exclude<Part, { kind: 'lit' }>, hole: Hole): void {
  const raw = part.raw;
  if (/^[^\s'"\\]+$/.test(raw.text)) {
    field.append(raw, 0, raw.text.length, hole);
    return;
  }
  const stand = part.kind === 'param' ? `\${${part.name}}` : `$(${part.label.replace(/[\s'"\\]/g, '')})`;
  const [from, to] = raw.anchor;
  for (const char of stand) field.push(char, from, to, hole);
}
