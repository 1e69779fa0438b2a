import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment } from '../src/model/deployment.js';
import { nameList } from '../src/model/queries/name-list.js';
import { commonLogin, oncePerPlace, sentinelClients } from '../src/model/queries/sentinel-clients.js';

export default defineRule({
  id: 'sentinel-password-missing',
  level: 'error',
  category: 'client',
  docs: {
    summary: 'The Sentinels a client asks require a password, but the client gives none in `sentinel_kwargs`.',
    breaks:
      'A password in the URL (`sentinel://:pw@host`) or in `master_for` is sent to the master only; the Sentinel ' +
      'connections get only `sentinel_kwargs` (redis-py copies just the `socket_*` options when it is absent, and ' +
      'Celery\'s result backend defaults it to `{}`; RULES.md §1.8). A Sentinel with `requirepass` answers ' +
      '`SENTINEL get-master-addr-by-name` with "NOAUTH Authentication required.", so every Sentinel fails and the ' +
      'client raises MasterNotFoundError or an AuthenticationError. The rule fires only when every address the ' +
      'client dials is a Sentinel of the repository\'s compose project and each of them has `requirepass`; otherwise ' +
      '(an unknown host, an ACL file, a Sentinel without a password among them) it stays silent.',
    fix:
      'Add the Sentinels\' password to `sentinel_kwargs`: `broker_transport_options = {"master_name": "mymaster", ' +
      '"sentinel_kwargs": {"password": SENTINEL_PASSWORD}}` (and the same in `result_backend_transport_options`), or ' +
      '`Sentinel([...], sentinel_kwargs={"password": SENTINEL_PASSWORD})` in redis-py.',
    example: { bad: 'bad-no-sentinel-kwargs', good: 'good-sentinel-kwargs-password' },
  },
  check(deployment) {
    return oncePerPlace(findings(deployment));
  },
});

function* findings(deployment: Deployment): Iterable<Finding> {
  for (const client of sentinelClients(deployment)) {
    if (!client.sentinels || client.sentinelPassword.kind !== 'none') continue;
    const login = commonLogin(client.sentinels);
    if (login?.kind !== 'password') continue;
    const names = client.sentinels.map((s) => s.name);
    yield {
      at: client.sentinelPassword.at,
      message:
        `${capitalize(client.describe)} sends no password to the Sentinels, but ${nameList(names)} ` +
        `${names.length === 1 ? 'requires' : 'require'} one: every Sentinel answers NOAUTH, so no master is found. ` +
        `Add the Sentinels' password as sentinel_kwargs={'password': ...} (a password in the URL goes to the master only).`,
      related: login.nodes.map((n) => ({ at: n.at, message: n.why })),
    };
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
