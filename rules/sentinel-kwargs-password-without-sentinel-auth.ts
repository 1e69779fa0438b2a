import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment } from '../src/model/deployment.js';
import { nameList } from '../src/model/queries/name-list.js';
import { commonLogin, oncePerPlace, sentinelClients } from '../src/model/queries/sentinel-clients.js';

export default defineRule({
  id: 'sentinel-kwargs-password-without-sentinel-auth',
  level: 'error',
  category: 'client',
  docs: {
    summary: '`sentinel_kwargs` gives the Sentinel connections a password, but none of the Sentinels the client asks has `requirepass`.',
    breaks:
      '`sentinel_kwargs` holds the options of the Sentinel connections only, so its password is sent to the Sentinels ' +
      '(not to the master). A Sentinel without `requirepass` answers the AUTH with "AUTH <password> called without any ' +
      'password configured for the default user. Are you sure your configuration is correct?": redis-py 4.3 raises it ' +
      'as a ResponseError, 4.4 and later skip every Sentinel and raise MasterNotFoundError, so the broker or result ' +
      'backend never reaches its master (RULES.md E38; the seed guide\'s defect 5). The rule reads ' +
      '`broker_transport_options` / `result_backend_transport_options` `sentinel_kwargs` for a Celery `sentinel://` ' +
      'URL, and redis-py `Sentinel(..., sentinel_kwargs=...)`. It fires only when every address the client dials is a ' +
      'Sentinel of the repository\'s compose project; a host name the project does not define, a port nothing listens ' +
      'on, or a value from an unset environment variable keeps it silent.',
    fix:
      'Remove `password` from `sentinel_kwargs`: the master\'s password belongs in the URL (`sentinel://:<password>@' +
      'sentinel-1:26379;sentinel://:<password>@sentinel-2:26379`) or in `master_for(..., password=...)`. Keep it only ' +
      'if you also set `requirepass` (the same value) on every Sentinel.',
    example: { bad: 'bad-master-password-sent-to-sentinels', good: 'good-sentinels-require-password' },
  },
  check(deployment) {
    return oncePerPlace(findings(deployment));
  },
});

function* findings(deployment: Deployment): Iterable<Finding> {
  for (const client of sentinelClients(deployment)) {
    // With a user name it is `AUTH <user> <password>`, which a nopass default user accepts: only the one-argument form fails.
    if (!client.sentinels || client.sentinelPassword.kind !== 'set' || client.sentinelPassword.user) continue;
    const login = commonLogin(client.sentinels);
    if (login?.kind !== 'none') continue;
    const names = client.sentinels.map((s) => s.name);
    yield {
      at: client.sentinelPassword.at,
      message:
        `sentinel_kwargs of ${client.describe} sends a password to the Sentinels, but ${nameList(names)} ` +
        `${names.length === 1 ? 'requires' : 'require'} none (no requirepass): each answers the AUTH with an error, so no master is ` +
        `found (MasterNotFoundError). Remove the password from sentinel_kwargs (the master's password goes ` +
        `${client.library === 'celery' ? 'in the URL as sentinel://:<password>@host' : 'to master_for(..., password=...)'}), ` +
        `or set requirepass on every Sentinel.`,
      related: login.nodes.map((n) => ({ at: n.at, message: n.why })),
    };
  }
}
