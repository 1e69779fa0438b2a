import { describe, expect, it } from 'vitest';
import { channelPermission, commandPermission } from '../../../src/model/queries/acl-permissions.js';
import { aclUser } from '../../../src/model/queries/acl-user.js';
import { serverOf } from './conf-nodes.js';

const userOf = (rules: string) => aclUser(serverOf(`user sentinel on nopass ${rules}\n`).conf.directives.find((d) => d.name === 'user')!);

describe('commandPermission', () => {
  it.each([
    ['+@all', 'slaveof', 'allowed'],
    ['allcommands -slaveof', 'slaveof', 'denied'],
    ['+multi +ping', 'slaveof', 'denied'],
    ['+multi +ping', 'ping', 'allowed'],
    ['+SLAVEOF', 'slaveof', 'allowed'],
    ['+config|rewrite', 'config|rewrite', 'allowed'],
    ['+config|get', 'config|rewrite', 'denied'],
    ['+config', 'config|rewrite', 'allowed'],
    ['+config -config|rewrite', 'config|rewrite', 'denied'],
    ['-config +config|rewrite', 'config|rewrite', 'allowed'],
    ['+@admin', 'slaveof', 'unknown'],
    ['+@all -@dangerous', 'slaveof', 'unknown'],
    ['-@all +@admin +slaveof', 'slaveof', 'allowed'],
    ['+@all nocommands', 'info', 'denied'],
    ['+@all reset', 'info', 'denied'],
    ['(~* +slaveof)', 'slaveof', 'unknown'],
    ['(~* +get) -@all', 'info', 'unknown'],
    ['(~* +get) clearselectors', 'info', 'denied'],
  ])('%s: %s is %s', (rules, command, expected) => {
    expect(commandPermission(userOf(rules), command)).toBe(expected);
  });
});

describe('channelPermission', () => {
  const hello = '__sentinel__:hello';
  it.each([
    ['+@all', 'resetchannels', 'denied'],
    ['+@all', 'allchannels', 'allowed'],
    ['&*', 'resetchannels', 'allowed'],
    ['allchannels', 'resetchannels', 'allowed'],
    ['&__sentinel__:hello', 'resetchannels', 'allowed'],
    ['&__sentinel__:*', 'resetchannels', 'unknown'],
    ['&other', 'resetchannels', 'denied'],
    ['&* resetchannels', 'resetchannels', 'denied'],
  ] as const)('%s with acl-pubsub-default %s: %s', (rules, pubsubDefault, expected) => {
    expect(channelPermission(userOf(rules), hello, pubsubDefault)).toBe(expected);
  });
});
