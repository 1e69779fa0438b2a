import { defineRule } from '../src/engine/rule.js';
import { ACCESS_DIRECTIVES, hasTemplatedSetting } from '../src/model/queries/template-markers.js';
import { confNodes, isSentinel } from '../src/model/queries/conf-node.js';
import { isWildcardAddress, listeningOf } from '../src/model/queries/listen-addresses.js';

/** IPv4 loopback is on every Linux machine and container; `::1` is missing where IPv6 is turned off. */
const alwaysPresent = (address: string) =>
  isWildcardAddress(address) || /^127\./.test(address) || address.toLowerCase() === 'localhost';

export default defineRule({
  id: 'bind-optional-address',
  level: 'note',
  category: 'network',
  docs: {
    summary: 'A `bind` address without the `-` prefix that may not exist where the file is started (`::1`, a fixed IP, a host name).',
    breaks:
      'redis-server listens on every `bind` address at start; an address the machine does not have stops it with ' +
      '"Failed listening on port 6379 (TCP), aborting." unless it is written with a leading `-`, which makes it ' +
      'optional: then it only logs "Could not create server TCP listening socket" (RULES.md §1.3, E34). `::1` is missing ' +
      'where IPv6 is turned off, which is why the shipped redis.conf says `-::1`. A conf file alone cannot tell which ' +
      'addresses its machine has, so this is a note; wildcards and 127.x addresses are never reported.',
    fix: 'Prefix addresses that may be missing with `-` (`bind 127.0.0.1 -::1`), or bind to the addresses every host has.',
    example: { bad: 'bad-ipv6-loopback-required', good: 'good-ipv6-loopback-optional' },
  },
  *check(deployment) {
    for (const node of confNodes(deployment)) {
      if (hasTemplatedSetting(node.conf, ACCESS_DIRECTIVES)) continue; // filled in by a tool: unknown
      const listening = listeningOf(node);
      if (!listening?.bind) continue;
      const server = isSentinel(node) ? 'redis-sentinel' : 'redis-server';
      const port = node.port.known ? String(node.port.value) : 'its port';
      for (const { address, optional, span } of listening.addresses) {
        if (optional || alwaysPresent(address)) continue;
        const missing = address === '::1'
          ? 'the machine or container has no IPv6 loopback address (IPv6 can be turned off, as in many containers)'
          : `${address} is not an address of the machine or container it runs on`;
        yield {
          at: span,
          message:
            `If ${missing}, ${server} stops at start with "Failed listening on port ${port} (TCP), aborting.". Write ` +
            `-${address} to make the address optional, if the server should start without it.`,
        };
      }
    }
  },
});
