import { fromAt, MappedTextBuilder, toAt, type MappedText } from './mapped-text.js';
import type { Word } from './shell-words.js';

/** What a command prints, when it can be known; `copyOf` when it prints a file's content. */
export type Output = { known: true; text: MappedText } | { known: false; why: string; copyOf?: string };

/** echo's arguments joined by spaces, with a line feed unless `-n`. */
export function echo(args: Word[]): Output {
  let i = 0;
  let newline = true;
  for (; i < args.length && /^-[neE]+$/.test(args[i]!.value.text); i++) {
    // dash's echo prints "-e" itself; bash's and busybox's read it as an option.
    if (args[i]!.value.text.includes('e')) return { known: false, why: 'echo -e prints differently in dash and bash' };
    if (args[i]!.value.text.includes('n')) newline = false;
  }
  const words = args.slice(i);
  // dash's echo (Debian images' /bin/sh) turns `\n` into a line feed, busybox's and bash's do not.
  if (words.some((w) => w.value.text.includes('\\'))) return { known: false, why: 'echo prints backslashes differently in dash and bash' };
  const anchor = words.length > 0 ? words[0]!.raw : ([0, 0] as [number, number]);
  const out = new MappedTextBuilder(anchor);
  words.forEach((w, k) => {
    if (k > 0) out.pushSynthetic(' ', w.raw[0]);
    out.append(w.value);
  });
  if (newline) out.pushSynthetic('\n', words.length > 0 ? words[words.length - 1]!.raw[1] : anchor[1]);
  return { known: true, text: out.build() };
}

const PRINTF_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" };

/** printf with `%s`, `%d`, `%%` and the common escapes; the format is reused while arguments remain (POSIX). */
export function printf(args: Word[]): Output {
  const [format, ...rest] = args;
  if (!format) return { known: false, why: 'printf has no format' };
  const out = new MappedTextBuilder(format.raw);
  let next = 0;
  do {
    const f = format.value;
    for (let i = 0; i < f.text.length; i++) {
      const c = f.text[i]!;
      if (c === '\\') {
        const escaped = PRINTF_ESCAPES[f.text[i + 1] ?? ''];
        if (escaped === undefined) return { known: false, why: 'printf uses an escape sentinel-lint does not follow' };
        out.push(escaped, fromAt(f, i), toAt(f, i + 1));
        i++;
      } else if (c === '%') {
        const directive = f.text[i + 1];
        if (directive === '%') out.push('%', fromAt(f, i), toAt(f, i + 1));
        else if (directive === 's' || directive === 'd') {
          const arg = rest[next++];
          if (arg) out.append(arg.value);
        } else return { known: false, why: 'printf uses a format sentinel-lint does not follow' };
        i++;
      } else {
        out.append(f, i, i + 1);
      }
    }
  } while (next > 0 && next < rest.length);
  return { known: true, text: out.build() };
}
