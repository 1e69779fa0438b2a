import { defineRule } from '../src/engine/rule.js';
import { firstFromOffset, toAt, type MappedText } from '../src/sources/compose/mapped-text.js';

/**
 * RULES.md §2.6, facts §1.8, E41. Compose and python-dotenv read an unquoted `.env` value to the
 * end of the line; a shell that sources the file (`set -a; . ./.env`, `source .env`) reads it as
 * shell code. Checked here with dash and bash: `A=x;cmd` sets A to `x` and runs `cmd`; `A=x&y`,
 * `A=x|y` and `A=x y` leave A unset and run `y`. No message prints a value (it may be a password).
 */
const WHAT: Record<string, string> = { ';': 'a `;`', '&': 'an `&`', '|': 'a `|`' };

export default defineRule({
  id: 'env-unquoted-semicolon',
  level: 'warning',
  category: 'client',
  docs: {
    summary: 'An unquoted `.env` value holding `;`, `&`, `|` or a space.',
    breaks:
      'docker compose and python-dotenv keep the whole value, but a shell that loads the file (`set -a; . ./.env`, ' +
      '`source .env` in an entrypoint, CI step or Makefile) stops the value there and runs the rest as a command: ' +
      '`REDIS_SENTINEL_HOSTS=sentinel1:26379;sentinel2:26379` sets `sentinel1:26379` and prints ' +
      '`sentinel2:26379: command not found` (E41). After `&`, `|` or a space the variable is not set at all.',
    fix: "Quote the value (`KEY='a;b'`): compose, python-dotenv and sh then all read the same text.",
    example: { bad: 'bad-sentinel-hosts', good: 'good-quoted-hosts' },
  },
  *check(deployment) {
    for (const file of deployment.clients.envFiles) {
      for (const entry of file.entries) {
        const hazard = entry.shellHazard;
        if (!hazard || entry.quoting !== 'none') continue;
        if (hazard.kind !== 'command-separator' && hazard.kind !== 'word-split') continue;
        const char = hazard.kind === 'word-split' ? 'a space' : (WHAT[charAt(entry.value, hazard.range[0])] ?? 'a `;`');
        const effect =
          char === 'a `;`'
            ? `sets ${entry.name} to the text before it and runs the rest of the value as a command`
            : `leaves ${entry.name} unset and runs the rest of the value as a command`;
        yield {
          at: hazard.span,
          message: `The unquoted value of ${entry.name} holds ${char}: compose and python-dotenv read it whole, but a shell that loads this file (\`set -a; . ./.env\`) ${effect}. Quote the value: single quotes keep every character as written.`,
        };
      }
    }
  },
});

/** The value's character that stands at a file offset ('' when the value does not hold it as written). */
function charAt(value: MappedText, offset: number): string {
  const i = firstFromOffset(value, offset);
  return i === -1 || toAt(value, i) !== offset + 1 ? '' : value.text[i]!;
}
