import { defineRule } from '../src/engine/rule.js';
import { passwordArgs, type PasswordArg } from '../src/model/queries/password-args.js';

/** redis.conf: "an outside user can try up to 1 million passwords per second": short ones fall fast. */
const MIN_LENGTH = 12;

export default defineRule({
  id: 'placeholder-password',
  level: 'warning',
  category: 'security',
  security: { severity: 7.5 },
  docs: {
    summary:
      'A password in redis.conf or sentinel.conf that is trivially guessable: a placeholder copied from documentation ' +
      `(\`foobared\`, \`changeme\`, \`your_redis_password_here\`, …), shorter than ${MIN_LENGTH} characters, or equal to its user name.`,
    breaks:
      'Whoever reaches the port guesses it: redis.conf itself warns that "an outside user can try up to 1 million ' +
      'passwords per second". The password is all that guards the data, and on a Sentinel all that stops strangers ' +
      'from redirecting clients. RULES.md makes it an error when the port is published; conf files alone never ' +
      'prove publication (a `bind 0.0.0.0` says which interfaces of its host a node listens on, not who can reach ' +
      'that host), so in a folder of conf files this is a warning. Variables (`${VAR}`) are conf-unexpanded-variable\'s ' +
      'business and are skipped here, and so are ACL `#<sha256>` hashes.',
    fix: 'Generate a long random password (e.g. `openssl rand -base64 32`) and keep it out of the repository.',
    example: { bad: 'bad-foobared', good: 'good-long-random-password' },
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      for (const password of passwordArgs(conf)) {
        if (!password.setsPassword || !password.login) continue;
        const weakness = weaknessOf(password);
        if (!weakness) continue;
        yield {
          at: password.secret.span,
          message:
            `${capitalize(password.what)} in ${conf.file} ${weakness}: anyone who reaches the port can guess it. ` +
            `Use a long random password instead.`,
        };
      }
    }
  },
});

function weaknessOf({ secret, user }: PasswordArg): string | undefined {
  if (secret.isEmpty || secret.isUnexpandedVariable) return undefined;
  if (secret.isPlaceholder) return 'is a well-known placeholder of the kind documentation and examples use';
  if (user !== undefined && secret.sameAs(user)) return `is the same as its user name`;
  if (secret.length < MIN_LENGTH) return `is shorter than ${MIN_LENGTH} characters`;
  return undefined;
}

const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);
