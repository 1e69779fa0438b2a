import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment, Server } from '../src/model/deployment.js';
import type { Secret } from '../src/model/secret.js';
import type { Span } from '../src/model/span.js';
import { nameList } from '../src/model/queries/name-list.js';
import { defaultUserAuth, userAuth } from '../src/model/queries/node-auth.js';
import { accessUnknown } from '../src/model/queries/access-unknown.js';
import { askedMasters, oncePerPlace } from '../src/model/queries/sentinel-clients.js';

export default defineRule({
  id: 'master-password-mismatch',
  level: 'error',
  category: 'client',
  docs: {
    summary: 'The password a client sends to its master is not the password the master requires.',
    breaks:
      'The master answers the client\'s AUTH with "WRONGPASS invalid username-password pair or user is disabled." ' +
      '(redis-py raises AuthenticationError), so the broker or result backend cannot publish, consume or store ' +
      'results. The rule follows the client\'s `master_name` through the Sentinels it dials to the master they ' +
      'monitor and compares the URL\'s first-chunk password (or redis-py `master_for` password) with that master\'s ' +
      '`requirepass` (or the ACL user\'s password when the URL names a user). Passwords are compared, never printed; ' +
      'a password from an unset environment variable, or a template such as `${REDIS_PASSWORD}` on either side, keeps ' +
      'it silent, as does any address of the client that is not a Sentinel of the repository\'s compose project.',
    fix: 'Use the master\'s password in the client (ideally both from one environment variable or secret).',
    example: { bad: 'bad-url-password-differs', good: 'good-url-password-matches' },
  },
  check(deployment) {
    return oncePerPlace(findings(deployment));
  },
});

function* findings(deployment: Deployment): Iterable<Finding> {
  for (const { client, request, masters } of askedMasters(deployment)) {
    const password = request.password;
    if (password?.kind !== 'set' || !password.secret) continue;
    const refused = masters.map((m) => refusal(m, password.secret!, password.user));
    if (refused.some((r) => r === undefined)) continue; // one of them may accept it
    yield {
      at: password.at,
      message:
        `The password ${client.describe} sends to the master "${request.name.value}" is not the password of ` +
        `${nameList(masters.map((m) => m.name))}: the master answers WRONGPASS and every command fails. Use the ` +
        `master's password.`,
      related: refused.map((r) => r!),
    };
  }
}

/** Where the master says which password it wants, when it proves this one wrong. */
function refusal(master: Server, secret: Secret, user: string | undefined): { at: Span; message: string } | undefined {
  if (accessUnknown(master)) return undefined;
  const auth = user === undefined ? defaultUserAuth(master) : userAuth(master, user);
  if (auth.kind !== 'password' || auth.secrets.some((s) => s.equals(secret))) return undefined;
  return { at: auth.at, message: auth.why };
}
