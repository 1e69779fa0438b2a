import type { ShWord, Token } from './sh-lexer.js';
import { withoutFirst } from './mapped-text.js';

/**
 * The grammar of POSIX sh (2.9 Shell Commands), enough to follow what a compose script does:
 * lists joined by `;`, `&`, newlines, `&&` and `||`; pipelines; simple commands with assignments
 * and redirections; and compound commands (`if`, `while`, `until`, `for`, `case`, `{ }`, `( )`,
 * functions), whose bodies run zero or more times — so the interpreter treats what they do as
 * uncertain.
 */

export type Redirection = Extract<Token, { kind: 'redir' }>;

export interface Assignment {
  name: string;
  value: ShWord;
}

export type Command =
  | { kind: 'simple'; assignments: Assignment[]; words: ShWord[]; redirections: Redirection[]; at: number }
  | { kind: 'compound'; keyword: string; bodies: List[]; words: ShWord[]; redirections: Redirection[]; at: number };

export interface Pipeline {
  commands: Command[];
}

export interface AndOr {
  /** `&&` or `||` before each pipeline after the first. */
  pipelines: { op: '' | '&&' | '||'; pipeline: Pipeline }[];
  background: boolean;
}

export type List = AndOr[];

export type Parsed = { ok: true; list: List } | { ok: false; why: string; at: number };

const CLOSERS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);

class SyntaxError extends Error {
  constructor(readonly why: string, readonly at: number) {
    super(why);
  }
}

export function parseScript(tokens: Token[]): Parsed {
  try {
    const parser = new Parser(tokens);
    const list = parser.list();
    const rest = parser.peek();
    if (rest) throw new SyntaxError(`unexpected "${describe(rest)}"`, at(rest));
    return { ok: true, list };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, why: error.why, at: error.at };
    throw error;
  }
}

/** The word as a plain unquoted literal (a reserved word only counts when written that way). */
function bare(word: ShWord): string | undefined {
  const [part, ...rest] = word.parts;
  return part && rest.length === 0 && part.kind === 'lit' && !part.quoted ? part.text.text : undefined;
}

const at = (t: Token) => (t.kind === 'word' ? t.word.start : t.at);
const describe = (t: Token) => (t.kind === 'word' ? (bare(t.word) ?? 'word') : t.op === 'newline' ? 'end of line' : t.op);

class Parser {
  i = 0;
  constructor(readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.i];
  }

  peekWord(): string | undefined {
    const t = this.peek();
    return t?.kind === 'word' ? bare(t.word) : undefined;
  }

  isOp(op: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.op === op;
  }

  skipNewlines(): void {
    while (this.isOp('newline')) this.i++;
  }

  expectWord(word: string): void {
    this.skipNewlines();
    if (this.peekWord() !== word) {
      const t = this.peek();
      throw new SyntaxError(`expected "${word}"`, t ? at(t) : Number.MAX_SAFE_INTEGER);
    }
    this.i++;
  }

  /** A list up to a closing reserved word, `)`, `;;` or the end. */
  list(): List {
    const list: List = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (!t || (t.kind === 'op' && (t.op === ')' || t.op === ';;'))) return list;
      const word = this.peekWord();
      if (word !== undefined && CLOSERS.has(word)) return list;
      const andOr = this.andOr();
      list.push(andOr);
      if (this.isOp('&')) {
        andOr.background = true;
        this.i++;
      } else if (this.isOp(';') || this.isOp('newline')) {
        this.i++;
      }
    }
  }

  andOr(): AndOr {
    const pipelines: AndOr['pipelines'] = [{ op: '', pipeline: this.pipeline() }];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.peek() as { op: '&&' | '||' }).op;
      this.i++;
      this.skipNewlines();
      pipelines.push({ op, pipeline: this.pipeline() });
    }
    return { pipelines, background: false };
  }

  pipeline(): Pipeline {
    if (this.peekWord() === '!') this.i++;
    const commands = [this.command()];
    while (this.isOp('|')) {
      this.i++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return { commands };
  }

  command(): Command {
    const t = this.peek();
    if (!t) throw new SyntaxError('a command is missing at the end', Number.MAX_SAFE_INTEGER);
    const start = at(t);
    const word = this.peekWord();
    if (t.kind === 'op' && t.op === '(') {
      this.i++;
      const body = this.list();
      this.expectOp(')');
      return this.compound('(', [body], [], start);
    }
    switch (word) {
      case '{': {
        this.i++;
        const body = this.list();
        this.expectWord('}');
        return this.compound('{', [body], [], start);
      }
      case 'if': {
        this.i++;
        const bodies = [this.list()];
        this.expectWord('then');
        bodies.push(this.list());
        while (this.peekWord() === 'elif') {
          this.i++;
          bodies.push(this.list());
          this.expectWord('then');
          bodies.push(this.list());
        }
        if (this.peekWord() === 'else') {
          this.i++;
          bodies.push(this.list());
        }
        this.expectWord('fi');
        return this.compound('if', bodies, [], start);
      }
      case 'while':
      case 'until': {
        this.i++;
        const condition = this.list();
        this.expectWord('do');
        const body = this.list();
        this.expectWord('done');
        return this.compound(word, [condition, body], [], start);
      }
      case 'for': {
        this.i++;
        const words: ShWord[] = [];
        if (this.peek()?.kind === 'word') words.push((this.tokens[this.i++] as { word: ShWord }).word);
        if (this.isOp(';')) this.i++;
        this.skipNewlines();
        if (this.peekWord() === 'in') {
          this.i++;
          while (this.peek()?.kind === 'word') words.push((this.tokens[this.i++] as { word: ShWord }).word);
        }
        if (this.isOp(';') || this.isOp('newline')) this.i++;
        this.expectWord('do');
        const body = this.list();
        this.expectWord('done');
        return this.compound('for', [body], words, start);
      }
      case 'case':
        return this.caseCommand(start);
      default:
        break;
    }
    // A function definition: `name() compound`.
    if (word !== undefined && this.tokens[this.i + 1]?.kind === 'op' && (this.tokens[this.i + 1] as { op: string }).op === '(' &&
        this.tokens[this.i + 2]?.kind === 'op' && (this.tokens[this.i + 2] as { op: string }).op === ')') {
      this.i += 3;
      this.skipNewlines();
      const body = this.command();
      return { kind: 'compound', keyword: 'function', bodies: body.kind === 'compound' ? body.bodies : [], words: [], redirections: [], at: start };
    }
    return this.simple(start);
  }

  caseCommand(start: number): Command {
    this.i++;
    const subject = this.peek();
    if (subject?.kind !== 'word') throw new SyntaxError('"case" needs a word', start);
    this.i++;
    this.expectWord('in');
    const bodies: List[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.peekWord() === 'esac') break;
      if (this.isOp('(')) this.i++;
      while (this.peek()?.kind === 'word' || this.isOp('|')) this.i++;
      this.expectOp(')');
      bodies.push(this.list());
      if (this.isOp(';;')) this.i++;
    }
    this.expectWord('esac');
    return this.compound('case', bodies, [subject.word], start);
  }

  compound(keyword: string, bodies: List[], words: ShWord[], start: number): Command {
    const redirections: Redirection[] = [];
    while (this.peek()?.kind === 'redir') redirections.push(this.tokens[this.i++] as Redirection);
    return { kind: 'compound', keyword, bodies, words, redirections, at: start };
  }

  expectOp(op: string): void {
    if (!this.isOp(op)) {
      const t = this.peek();
      throw new SyntaxError(`expected "${op}"`, t ? at(t) : Number.MAX_SAFE_INTEGER);
    }
    this.i++;
  }

  simple(start: number): Command {
    const assignments: Assignment[] = [];
    const words: ShWord[] = [];
    const redirections: Redirection[] = [];
    for (;;) {
      const t = this.peek();
      if (t?.kind === 'redir') {
        redirections.push(t);
        this.i++;
      } else if (t?.kind === 'word') {
        const assignment = words.length === 0 ? asAssignment(t.word) : undefined;
        if (assignment) assignments.push(assignment);
        else words.push(t.word);
        this.i++;
      } else {
        break;
      }
    }
    if (assignments.length === 0 && words.length === 0 && redirections.length === 0) {
      const t = this.peek()!;
      throw new SyntaxError(`unexpected "${describe(t)}"`, at(t));
    }
    return { kind: 'simple', assignments, words, redirections, at: start };
  }
}

/** `NAME=value` before the command name is an assignment (POSIX 2.9.1). */
function asAssignment(word: ShWord): Assignment | undefined {
  const first = word.parts[0];
  if (first?.kind !== 'lit' || first.quoted) return undefined;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text.text);
  if (!match) return undefined;
  const cut = match[0].length;
  const { text } = first;
  const rest = {
    kind: 'lit' as const,
    quoted: false,
    text: withoutFirst(text, cut),
  };
  const parts = rest.text.text.length > 0 ? [rest, ...word.parts.slice(1)] : word.parts.slice(1);
  return { name: match[1]!, value: { parts, start: word.start + cut, end: word.end } };
}
