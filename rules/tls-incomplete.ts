import { defineRule } from '../src/engine/rule.js';
import { confNodes, isSentinel, type ConfNode } from '../src/model/queries/conf-node.js';

export default defineRule({
  id: 'tls-incomplete',
  level: 'error',
  category: 'security',
  refusesStart: true,
  docs: {
    summary:
      'TLS is turned on (`tls-port`, `tls-replication` or `tls-cluster`) without a certificate, a key, or the CA that ' +
      'client authentication needs.',
    breaks:
      'The server sets up TLS at start and exits with "Failed to configure TLS. Check logs for more info." after ' +
      '"No tls-cert-file configured!", "No tls-key-file configured!", or "Either tls-ca-cert-file or tls-ca-cert-dir must ' +
      'be specified when tls-cluster, tls-replication or tls-auth-clients are enabled!"; `tls-auth-clients` is yes by ' +
      'default, so a CA is needed unless it is set to no (tls.c, RULES.md §1.3, E33).',
    fix:
      'Add `tls-cert-file` and `tls-key-file`, and `tls-ca-cert-file` (or `tls-ca-cert-dir`); set `tls-auth-clients no` ' +
      'only if clients are not to present certificates.',
    example: { bad: 'bad-tls-port-without-ca', good: 'good-tls-complete' },
  },
  *check(deployment) {
    for (const node of confNodes(deployment)) {
      const enabledBy = tlsEnabledBy(node);
      if (!enabledBy) continue;
      const missing = firstMissing(node);
      if (!missing) continue;
      const server = isSentinel(node) ? 'redis-sentinel' : 'redis-server';
      yield {
        at: enabledBy.span,
        message:
          `${server} will not start: "${missing.words}" and "Failed to configure TLS. Check logs for more info.": ` +
          `${enabledBy.written} turns TLS on, and ${missing.fix}`,
      };
    }
  },
});

const isSet = (node: ConfNode, name: string) => (node.setting(name)?.args[0]?.text ?? '') !== ''; // `""` unsets it
const isYes = (node: ConfNode, name: string) => node.setting(name)?.args[0]?.text.toLowerCase() === 'yes';

/** server.c initServer: TLS is configured when tls-port is not 0, or tls-replication or tls-cluster is yes. */
function tlsEnabledBy(node: ConfNode) {
  const port = node.setting('tls-port');
  if (port && Number(port.args[0]?.text) > 0) return port;
  if (isYes(node, 'tls-replication')) return node.setting('tls-replication');
  return isYes(node, 'tls-cluster') ? node.setting('tls-cluster') : undefined;
}

/** tls.c createSSLContext checks in this order and stops at the first failure. */
function firstMissing(node: ConfNode): { words: string; fix: string } | undefined {
  if (!isSet(node, 'tls-cert-file')) {
    return { words: 'No tls-cert-file configured!', fix: 'there is no tls-cert-file. Add tls-cert-file and tls-key-file.' };
  }
  if (!isSet(node, 'tls-key-file')) return { words: 'No tls-key-file configured!', fix: 'there is no tls-key-file. Add it.' };
  const authClients = (node.setting('tls-auth-clients')?.args[0]?.text ?? 'yes').toLowerCase() !== 'no';
  const needsCa = authClients || isYes(node, 'tls-replication') || isYes(node, 'tls-cluster');
  if (!needsCa || isSet(node, 'tls-ca-cert-file') || isSet(node, 'tls-ca-cert-dir')) return undefined;
  return {
    words:
      'Either tls-ca-cert-file or tls-ca-cert-dir must be specified when tls-cluster, tls-replication or ' +
      'tls-auth-clients are enabled!',
    fix: authClients
      ? 'there is no CA while tls-auth-clients is on (the default). Add tls-ca-cert-file or tls-ca-cert-dir, or set tls-auth-clients no.'
      : 'there is no CA. Add tls-ca-cert-file or tls-ca-cert-dir.',
  };
}
