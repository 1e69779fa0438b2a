import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment } from '../src/model/deployment.js';
import { nameList } from '../src/model/queries/name-list.js';
import { askedMasters, commonLogin, oncePerPlace } from '../src/model/queries/sentinel-clients.js';

export default defineRule({
  id: 'master-password-missing',
  level: 'error',
  category: 'client',
  docs: {
    summary: 'The master a client gets from Sentinel requires a password, but the client sends none to it.',
    breaks:
      'kombu and Celery\'s result backend read the master\'s password from the first `;` chunk of the URL only ' +
      '(`sentinel://:<password>@host:26379`); redis-py from `master_for(..., password=...)` or the `Sentinel(...)` ' +
      'keyword arguments. `sentinel_kwargs` goes to the Sentinels, never to the master. Without a password every ' +
      'command to the master fails with "AuthenticationError: Authentication required." (RULES.md E38; the seed ' +
      'guide\'s defect 6). The rule follows the client\'s `master_name` to the master the Sentinels it dials ' +
      'monitor, and fires only when every address the client dials is a Sentinel of the repository\'s compose ' +
      'project and that master\'s file sets `requirepass`. It stays silent when the address, the name or the password ' +
      'settings cannot be read (an unset environment variable, `broker_password` / `redis_password`, a credential ' +
      'provider, a `password` transport option, a user name in the URL).',
    fix:
      'Put the password in the first URL chunk (`sentinel://:<password>@sentinel-1:26379;sentinel://:<password>@' +
      'sentinel-2:26379`), from an environment variable rather than a literal; for redis-py pass ' +
      '`master_for(name, password=...)`.',
    example: { bad: 'bad-url-without-password', good: 'good-url-with-password' },
  },
  check(deployment) {
    return oncePerPlace(findings(deployment));
  },
});

function* findings(deployment: Deployment): Iterable<Finding> {
  for (const { client, request, masters } of askedMasters(deployment)) {
    if (request.password?.kind !== 'none') continue;
    const login = commonLogin(masters);
    if (login?.kind !== 'password') continue;
    yield {
      at: request.password.at,
      message:
        `${capitalize(client.describe)} sends no password to the master "${request.name.value}" ` +
        `(${nameList(masters.map((m) => m.name))}), which requires one: every command fails with ` +
        `"Authentication required.". ` +
        (client.library === 'celery'
          ? `Put the password in the first URL chunk (sentinel://:<password>@host).`
          : `Pass password= to master_for (or to Sentinel(...)).`),
      related: login.nodes.map((n) => ({ at: n.at, message: n.why })),
    };
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
