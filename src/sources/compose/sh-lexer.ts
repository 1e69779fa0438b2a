import { MappedTextBuilder, slice, type MappedText } from './mapped-text.js';

/**
 * The tokens of a POSIX shell script (the `sh -c` scripts compose files run), with every word
 * split into the parts the shell expands: literal text (quotes removed, backslashes applied),
 * parameters (`$VAR`, `${VAR:-x}`), and command substitutions. Here-document bodies are read
 * after the line that opens them. Only what a compose script needs is known; anything else is
 * kept as an opaque part so the interpreter can say it cannot follow it.
 */

export type Part =
  | { kind: 'lit'; text: MappedText; quoted: boolean }
  | {
      kind: 'param';
      name: string;
      /** `:-`, `-`, `:+`, `+`, `:=`, `=`, `:?`, `?`, `#`, `%`… or '' for `$VAR` / `${VAR}`. */
      op: string;
      /** The operand as written (`x` of `${VAR:-x}`). */
      operand: MappedText;
      /** The expression as written. */
      raw: MappedText;
      quoted: boolean;
    }
  /** `$(…)`, `` `…` ``, `$((…))`: output known only by running it. */
  | { kind: 'subst'; raw: MappedText; label: string; quoted: boolean };

export interface ShWord {
  parts: Part[];
  /** Script offsets of the word as written. */
  start: number;
  end: number;
}

export interface Heredoc {
  /** No expansion in the body: the delimiter was quoted (`<<'EOF'`). */
  literal: boolean;
  body: ShWord;
}

export type Token =
  | { kind: 'word'; word: ShWord }
  | { kind: 'op'; op: string; at: number }
  | { kind: 'redir'; op: string; fd: number | undefined; at: number; target?: ShWord; heredoc?: Heredoc };

export type Lexed = { ok: true; tokens: Token[] } | { ok: false; why: string; at: number };

const OPERATORS = ['&&', '||', ';;', '&>>', '&>', '<<-', '<<', '>>', '>|', '>&', '<&', '<>', ';', '&', '|', '(', ')', '>', '<'];
const REDIRECTIONS = new Set(['&>>', '&>', '<<-', '<<', '>>', '>|', '>&', '<&', '<>', '>', '<']);
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const endsWord = (c: string | undefined) => c === undefined || isBlank(c) || c === '\n' || ';&|<>()'.includes(c);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

class LexError extends Error {
  constructor(readonly why: string, readonly at: number) {
    super(why);
  }
}

export function lexScript(script: MappedText): Lexed {
  try {
    return { ok: true, tokens: new Lexer(script).run() };
  } catch (error) {
    if (error instanceof LexError) return { ok: false, why: error.why, at: error.at };
    throw error;
  }
}

class Lexer {
  readonly s: string;
  i = 0;
  readonly tokens: Token[] = [];
  readonly pending: { token: Extract<Token, { kind: 'redir' }>; delimiter: string; literal: boolean; stripTabs: boolean }[] = [];

  constructor(readonly script: MappedText) {
    this.s = script.text;
  }

  run(): Token[] {
    const { s } = this;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (this.script.holes[this.i]) {
        this.tokens.push({ kind: 'word', word: this.word() });
      } else if (isBlank(c) || c === '\r') {
        this.i++;
      } else if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2;
      } else if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (c === '\n') {
        this.tokens.push({ kind: 'op', op: 'newline', at: this.i++ });
        this.readHeredocs();
      } else {
        const op = OPERATORS.find((o) => s.startsWith(o, this.i));
        if (op) this.operator(op, undefined);
        else this.wordOrIoNumber();
      }
    }
    this.readHeredocs();
    return this.tokens;
  }

  operator(op: string, fd: number | undefined): void {
    const at = this.i;
    this.i += op.length;
    if (!REDIRECTIONS.has(op)) {
      this.tokens.push({ kind: 'op', op, at });
      return;
    }
    while (isBlank(this.s[this.i])) this.i++;
    if (endsWord(this.s[this.i])) throw new LexError(`a "${op}" redirection has no target`, at);
    const target = this.word();
    const token: Extract<Token, { kind: 'redir' }> = { kind: 'redir', op, fd, at, target };
    if (op === '<<' || op === '<<-') {
      const literal = target.parts.some((p) => p.kind === 'lit' && p.quoted) || this.s.slice(target.start, target.end).includes('\\');
      const delimiter = target.parts.map((p) => (p.kind === 'lit' ? p.text.text : p.raw.text)).join('');
      this.pending.push({ token, delimiter, literal, stripTabs: op === '<<-' });
    }
    this.tokens.push(token);
  }

  wordOrIoNumber(): void {
    const digits = /^[0-9]+/.exec(this.s.slice(this.i, this.i + 10))?.[0];
    if (digits && (this.s[this.i + digits.length] === '>' || this.s[this.i + digits.length] === '<')) {
      this.i += digits.length;
      const op = OPERATORS.find((o) => REDIRECTIONS.has(o) && this.s.startsWith(o, this.i))!;
      this.operator(op, Number(digits));
      return;
    }
    this.tokens.push({ kind: 'word', word: this.word() });
  }

  /** A word up to the next unquoted blank or operator character. */
  word(): ShWord {
    const { s } = this;
    const start = this.i;
    const parts: Part[] = [];
    let lit = new MappedTextBuilder(this.script.anchor);
    let litQuoted = false;
    const flush = () => {
      if (lit.length > 0) parts.push({ kind: 'lit', text: lit.build(), quoted: litQuoted });
      lit = new MappedTextBuilder(this.script.anchor);
    };
    const literal = (from: number, to: number, quoted: boolean) => {
      if (quoted !== litQuoted) flush();
      litQuoted = quoted;
      lit.append(this.script, from, to);
    };
    while (this.script.holes[this.i] || !endsWord(s[this.i])) {
      const c = s[this.i]!;
      if (this.script.holes[this.i]) {
        // A value compose could not know: the shell gets it already substituted, as literal text.
        literal(this.i, this.i + 1, true);
        this.i++;
      } else if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        if (close === -1) throw new LexError('a single quote is never closed', this.i);
        if (close === this.i + 1) {
          flush();
          parts.push({ kind: 'lit', text: slice(this.script, close, close), quoted: true }); // '' is an empty word
        } else {
          literal(this.i + 1, close, true);
        }
        this.i = close + 1;
      } else if (c === '"') {
        const open = this.i++;
        let empty = true;
        while (s[this.i] !== '"') {
          if (this.i >= s.length) throw new LexError('a double quote is never closed', open);
          empty = false;
          const d = s[this.i]!;
          if (d === '\\' && '$`"\\\n'.includes(s[this.i + 1] ?? '')) {
            if (s[this.i + 1] !== '\n') literal(this.i + 1, this.i + 2, true);
            this.i += 2;
          } else if (d === '$' || d === '`') {
            const part = this.expansion(true);
            if (part) {
              flush();
              parts.push(part);
            } else {
              literal(this.i, this.i + 1, true);
              this.i++;
            }
          } else {
            literal(this.i, this.i + 1, true);
            this.i++;
          }
        }
        if (empty) {
          flush();
          parts.push({ kind: 'lit', text: slice(this.script, this.i, this.i), quoted: true });
        }
        this.i++;
      } else if (c === '\\') {
        if (s[this.i + 1] === '\n') this.i += 2;
        else if (this.i + 1 < s.length) {
          literal(this.i + 1, this.i + 2, true);
          this.i += 2;
        } else {
          this.i++;
        }
      } else if (c === '$' || c === '`') {
        const part = this.expansion(false);
        if (part) {
          flush();
          parts.push(part);
        } else {
          literal(this.i, this.i + 1, false);
          this.i++;
        }
      } else {
        literal(this.i, this.i + 1, false);
        this.i++;
      }
    }
    flush();
    return { parts, start, end: this.i };
  }

  /** `$…` or `` `…` `` at this.i; undefined when the `$` is a literal dollar. */
  expansion(quoted: boolean): Part | undefined {
    const { s } = this;
    const at = this.i;
    if (s[at] === '`') {
      let j = at + 1;
      while (j < s.length && s[j] !== '`') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) throw new LexError('a backquote is never closed', at);
      this.i = j + 1;
      return { kind: 'subst', raw: slice(this.script, at, j + 1), label: labelOf(s.slice(at + 1, j)), quoted };
    }
    const next = s[at + 1];
    if (next === '(') {
      const close = matchingClose(s, at + 1, '(', ')');
      if (close === -1) throw new LexError('a "$(" is never closed', at);
      this.i = close + 1;
      const inner = s.slice(at + 2, close);
      return { kind: 'subst', raw: slice(this.script, at, close + 1), label: labelOf(inner.startsWith('(') ? 'arithmetic' : inner), quoted };
    }
    if (next === '{') {
      const close = matchingClose(s, at + 1, '{', '}');
      if (close === -1) throw new LexError('a "${" is never closed', at);
      this.i = close + 1;
      const inner = s.slice(at + 2, close);
      const name = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(inner);
      if (!name) throw new LexError('a "${…}" expansion is malformed', at);
      const opMatch = /^(:?[-+=?]|##?|%%?)?/.exec(inner.slice(name[0].length))![0];
      const operandStart = at + 2 + name[0].length + opMatch.length;
      return {
        kind: 'param',
        name: name[1] ? `#${name[2]}` : name[2]!,
        op: opMatch,
        operand: slice(this.script, operandStart, close),
        raw: slice(this.script, at, close + 1),
        quoted,
      };
    }
    const named = NAME.exec(s.slice(at + 1, at + 200))?.[0] ?? (next && /[0-9@*#?$!-]/.test(next) ? next : undefined);
    if (!named) return undefined;
    this.i = at + 1 + named.length;
    return { kind: 'param', name: named, op: '', operand: slice(this.script, this.i, this.i), raw: slice(this.script, at, this.i), quoted };
  }

  /** Here-document bodies start on the line after the one that opened them (POSIX 2.7.4). */
  readHeredocs(): void {
    const { s } = this;
    for (const doc of this.pending.splice(0)) {
      const bodyStart = this.i;
      let bodyEnd = s.length;
      let after = s.length;
      for (let lineStart = this.i; lineStart < s.length; ) {
        let lineEnd = s.indexOf('\n', lineStart);
        if (lineEnd === -1) lineEnd = s.length;
        let text = s.slice(lineStart, lineEnd).replace(/\r$/, '');
        if (doc.stripTabs) text = text.replace(/^\t+/, '');
        if (text === doc.delimiter) {
          bodyEnd = lineStart;
          after = Math.min(s.length, lineEnd + 1);
          break;
        }
        lineStart = lineEnd + 1;
      }
      // A body that reaches the end of the script is accepted by bash and dash (with a warning).
      const body = this.heredocBody(bodyStart, bodyEnd, doc.literal, doc.stripTabs);
      doc.token.heredoc = { literal: doc.literal, body };
      this.i = after;
    }
  }

  heredocBody(start: number, end: number, literal: boolean, stripTabs: boolean): ShWord {
    const { s } = this;
    const parts: Part[] = [];
    let lit = new MappedTextBuilder(this.script.anchor);
    const flush = () => {
      if (lit.length > 0) parts.push({ kind: 'lit', text: lit.build(), quoted: true });
      lit = new MappedTextBuilder(this.script.anchor);
    };
    let i = start;
    let lineStart = true;
    while (i < end) {
      if (lineStart && stripTabs) while (i < end && s[i] === '\t') i++;
      lineStart = false;
      const c = s[i]!;
      if (c === '\n') lineStart = true;
      if (!literal && c === '\\' && '$`\\\n'.includes(s[i + 1] ?? '')) {
        if (s[i + 1] !== '\n') lit.append(this.script, i + 1, i + 2);
        i += 2;
      } else if (!literal && (c === '$' || c === '`')) {
        this.i = i;
        const part = this.expansion(true);
        if (part) {
          flush();
          parts.push(part);
          i = this.i;
        } else {
          lit.append(this.script, i, i + 1);
          i++;
        }
      } else {
        lit.append(this.script, i, i + 1);
        i++;
      }
    }
    flush();
    if (parts.length === 0) parts.push({ kind: 'lit', text: slice(this.script, start, start), quoted: true });
    return { parts, start, end };
  }
}

/** The first word of a substituted command, for messages: `$(cat …)` is "cat". */
function labelOf(command: string): string {
  return /^\s*([^\s;&|()]+)/.exec(command)?.[1] ?? 'a command';
}

/**
 * Offset of the bracket that closes the one at `open` (`(` … `)` or `{` … `}`), skipping quotes
 * and nested pairs; -1 if none.
 */
function matchingClose(s: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === "'") {
      i = s.indexOf("'", i + 1);
      if (i === -1) return -1;
    } else if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
    } else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i;
  }
  return -1;
}
