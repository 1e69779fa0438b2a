import { defineRule } from '../src/engine/rule.js';
import { commandSecrets, environmentSecrets, hasLiteralBesideDollars, type DollarFact } from '../src/model/queries/compose-secrets.js';
import type { Span } from '../src/model/span.js';

export default defineRule({
  id: 'compose-dollar-in-secret',
  level: 'warning',
  category: 'security',
  security: { severity: 4 },
  docs: {
    summary:
      'A password written in a compose file contains `$` followed by a name (`pa$word`), which compose ' +
      'interpolates: the password the container gets is not the one written.',
    breaks:
      'Compose replaces `$NAME` in every value with the variable from the shell or `.env` (an empty string when ' +
      'it is unset, with only a warning), before redis-server or the image reads it. The server starts with a ' +
      'different password than the one clients and other nodes were given, so they fail with `WRONGPASS` or ' +
      '`NOAUTH`; with an empty result, `requirepass ""` means no password at all. Only `$` inside literal text ' +
      'is reported: a value that is all variables (`$REDIS_PASSWORD`, `${PW}`) is interpolation on purpose, and ' +
      '`$$` is compose\'s escape for a literal `$`. Covered: `--flags` and script-written lines in `command:` / ' +
      '`entrypoint:`, and `environment:` values whose name contains PASSWORD, PASS, SECRET or TOKEN.',
    fix: 'Write `$$` for each literal `$` in the password, or better, keep the password out of the compose file (a secret file, or `.env` that is not committed).',
    example: { bad: 'bad-dollar-in-environment-password', good: 'good-escaped-dollar' },
  },
  *check(deployment) {
    for (const { secret, what, service, dollars } of commandSecrets(deployment)) {
      const at = interpolatedInLiteral(secret.span, dollars);
      if (at) yield { at, message: explain(`${what} of service ${service.facts.name}`) };
    }
    for (const { variable, service } of environmentSecrets(deployment)) {
      const at = interpolatedInLiteral(variable.value.span, variable.dollars);
      if (at) yield { at, message: explain(`the value of ${variable.name} in the environment of service ${service.facts.name}`) };
    }
  },
});

/** The first `$NAME` compose replaces inside a value that also holds literal text. */
function interpolatedInLiteral(value: Span, dollars: DollarFact[] | undefined): Span | undefined {
  if (!dollars || !hasLiteralBesideDollars(value, dollars)) return undefined;
  return dollars.find((d) => d.form === 'bare')?.span;
}

function explain(what: string): string {
  // The text after `$` is part of the password: the message names neither.
  return (
    `Compose interpolates the $ in ${what}: it replaces $ and the name after it with a variable's value ` +
    `(empty when unset), so the server gets a different password than the one written. Write $$ for a literal $.`
  );
}
