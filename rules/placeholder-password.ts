import { defineRule, type Finding } from '../src/engine/rule.js';
import { environmentSecrets } from '../src/model/queries/compose-secrets.js';
import { passwordArgs } from '../src/model/queries/password-args.js';
import { publishedGuards } from '../src/model/queries/published-guards.js';
import type { Secret } from '../src/model/secret.js';

/** redis.conf: "an outside user can try up to 1 million passwords per second": short ones fall fast. */
const MIN_LENGTH = 12;

/** Variables named for Redis, Sentinel or Valkey, or set on a service that runs one. */
const REDIS_NAME = /REDIS|SENTINEL|VALKEY/i;

export default defineRule({
  id: 'placeholder-password',
  level: 'warning',
  category: 'security',
  security: { severity: 7.5 },
  docs: {
    summary:
      'A Redis or Sentinel password that is trivially guessable: a placeholder copied from documentation ' +
      `(\`foobared\`, \`changeme\`, \`your_redis_password_here\`, …), shorter than ${MIN_LENGTH} characters, or equal to its user name.`,
    breaks:
      'Whoever reaches the port guesses it: redis.conf itself warns that "an outside user can try up to 1 million ' +
      'passwords per second". The password is all that guards the data, and on a Sentinel all that stops strangers ' +
      'from redirecting clients. It is an error when a compose service publishes the port the password guards ' +
      '(`ports:` on a host address other than loopback; the official image also turns protected mode off): then ' +
      'anyone who reaches the host is one guess away. Elsewhere it is a warning: a `bind 0.0.0.0` in a conf file ' +
      'says which interfaces a node listens on, not who can reach that host. Checked: conf files, the lines a ' +
      'compose service hands to the servers (`--flags`, script-written lines), and compose `environment:` ' +
      'passwords of Redis services (`REDIS_PASSWORD=changeme`). Variables (`${VAR}`) are conf-unexpanded-variable\'s ' +
      'business and are skipped here, and so are ACL `#<sha256>` hashes.',
    fix: 'Generate a long random password (e.g. `openssl rand -base64 32`) and keep it out of the repository.',
    example: { bad: 'bad-foobared', good: 'good-long-random-password' },
  },
  *check(deployment) {
    const published = publishedGuards(deployment);
    // An environment value that an image turns into a conf line (Bitnami's REDIS_PASSWORD) is one password, reported once.
    const reported = new Set<string>();
    const key = (s: Secret) => `${s.span.file}:${s.span.line}:${s.span.column}`;
    for (const conf of deployment.confs) {
      for (const password of passwordArgs(conf)) {
        if (!password.setsPassword || !password.login) continue;
        const weakness = weaknessOf(password.secret, password.user);
        if (!weakness) continue;
        reported.add(key(password.secret));
        const guard = published.get(password.secret);
        if (!guard) {
          yield {
            at: password.secret.span,
            message: `${capitalize(password.what)} in ${password.secret.span.file} ${weakness}: anyone who reaches the port can guess it. Use a long random password instead.`,
          };
          continue;
        }
        const finding: Finding = {
          at: password.secret.span,
          level: 'error',
          message:
            `${capitalize(password.what)} of ${guard.node.name} ${weakness}, and its port is reachable on ${guard.reach}: ` +
            `anyone who reaches the host can guess it. Use a long random password instead.`,
          related: [{ at: guard.at, message: `${guard.node.name} is reachable from outside here` }],
        };
        yield finding;
      }
    }
    for (const { variable, service } of environmentSecrets(deployment)) {
      if (!variable.secret || !(REDIS_NAME.test(variable.name) || service.nodes.length > 0 || service.facts.image?.product)) continue;
      const weakness = weaknessOf(variable.secret, undefined);
      if (!weakness || reported.has(key(variable.secret))) continue;
      yield {
        at: variable.secret.span,
        message:
          `The password in ${variable.name} of service ${service.facts.name} ${weakness}: anyone who reaches the port can guess it. ` +
          `Use a long random password instead.`,
      };
    }
  },
});

function weaknessOf(secret: Secret, user: string | undefined): string | undefined {
  if (secret.isEmpty || secret.isUnexpandedVariable || secret.isTemplate) return undefined;
  if (secret.isPlaceholder) return 'is a well-known placeholder of the kind documentation and examples use';
  if (user !== undefined && secret.sameAs(user)) return `is the same as its user name`;
  if (secret.length < MIN_LENGTH) return `is shorter than ${MIN_LENGTH} characters`;
  return undefined;
}

const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);
