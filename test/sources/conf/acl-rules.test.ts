import { describe, expect, it } from 'vitest';
import { checkUserLine, validateAclRule } from '../../../src/sources/conf/acl-rules.js';

const redis70 = { product: 'redis' as const, version: '7.0' };
const redis62 = { product: 'redis' as const, version: '6.2' };
const HASH = 'a'.repeat(64);
const SYNTAX = 'Syntax error';
const UNKNOWN = 'Unknown command or category name in ACL';

describe('validateAclRule (acl.c ACLSetUser / ACLSetSelector on a new user)', () => {
  it.each([
    ['on', undefined], ['OFF', undefined], ['nopass', undefined], ['resetpass', undefined], ['reset', undefined],
    ['>secret', undefined], ['<secret', 'The password you are trying to remove from the user does not exist'],
    [`#${HASH}`, undefined], ['#abc', 'The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters'],
    [`#${'A'.repeat(64)}`, 'The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters'],
    [`!${HASH}`, 'The password you are trying to remove from the user does not exist'],
    ['~*', undefined], ['allkeys', undefined], ['~cache:*', undefined], ['resetkeys', undefined],
    ['%R~x', undefined], ['%RW~x', undefined], ['%w~x', undefined], ['%R', undefined],
    ['%RR~x', SYNTAX], ['%X~x', SYNTAX], ['%~x', SYNTAX], ['%', SYNTAX], ['~a b', SYNTAX],
    ['&*', undefined], ['&chan', undefined], ['allchannels', undefined], ['resetchannels', undefined],
    ['+@all', undefined], ['+@ALL', undefined], ['-@dangerous', undefined], ['allcommands', undefined], ['nocommands', undefined],
    ['+@al', UNKNOWN], ['+nosuch', UNKNOWN], ['+', UNKNOWN], ['-', UNKNOWN],
    ['+get', undefined], ['+GET', undefined], ['-flushall', undefined],
    ['+config|get', undefined], ['-config|get', undefined], ['+config|nosuch', UNKNOWN], ['-get|x', UNKNOWN],
    ['+select|0', undefined], ['+get|', SYNTAX], ['+config|get|x', 'Allowing first-arg of a subcommand is not supported'],
    ['(~* +get)', undefined], ['(+nosuch)', UNKNOWN], ['(bogus)', SYNTAX], ['()', undefined], ['clearselectors', undefined],
    ['skip-sanitize-payload', undefined], ['bogus', SYNTAX], ['', undefined],
  ])('%j → %s', (rule, expected) => {
    expect(validateAclRule(rule, redis70)).toBe(expected);
  });

  it('knows the sentinel command table in sentinel mode', () => {
    expect(validateAclRule('+get', redis70, 'sentinel')).toBe(UNKNOWN);
    expect(validateAclRule('+sentinel|get-master-addr-by-name', redis70, 'sentinel')).toBeUndefined();
    expect(validateAclRule('+sentinel|get-primary-addr-by-name', { product: 'valkey', version: '8.0' }, 'sentinel')).toBeUndefined();
  });

  it('follows 6.2: no selectors, no %R~, every channel by default', () => {
    expect(validateAclRule('(~* +get)', redis62)).toBe(SYNTAX);
    expect(validateAclRule('%R~x', redis62)).toBe(SYNTAX);
    expect(validateAclRule('clearselectors', redis62)).toBe(SYNTAX);
    expect(validateAclRule('&chan', redis62)).toBe("Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any effect. Try 'resetchannels' to start with an empty list of channels");
    expect(validateAclRule('+stralgo', redis62)).toBeUndefined();
    expect(validateAclRule('+lcs', redis62)).toBe(UNKNOWN);
  });
});

describe('checkUserLine (user lines as redis-server 7.0.15 loads them)', () => {
  const check = (line: string[], declared?: Set<string>) =>
    checkUserLine(line, redis70, { mode: 'server', ...(declared ? { declared } : {}) });

  it.each([
    [['user', 'default', 'on', 'nopass', '~*', '&*', '+@all'], undefined],
    [['user', 'bob', 'on', '>pw', '~*', '+@all'], undefined],
    // config.c prints argv[j] with j counted in the rules (not the line): 'bob' for the 2nd rule.
    [['user', 'bob', 'on', `#bad`], { message: "Error in user declaration 'bob': The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters", argIndex: 3 }],
    [['user', 'bob', '~*', '~x'], { message: "Error in user declaration 'bob': Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any effect. Try 'resetkeys' to start with an empty list of patterns", argIndex: 3 }],
    [['user', 'bob', '>pw', '<pw'], undefined],
    [['user', 'bob', '(on'], { message: "Error in user declaration 'user': Unknown command or category name in ACL", argIndex: 2 }],
    [['user', 'bob', '(~*', '+get)', 'on'], undefined],
    [['user', 'bob', '(~*', '+nosuch)'], { message: "Error loading ACL rule '(~* +nosuch)' for the user named 'bob': Unknown command or category name in ACL", argIndex: 2 }],
    [['user', 'bob', '+@al'], { message: "Error loading ACL rule '+@al' for the user named 'bob': Unknown command or category name in ACL", argIndex: 2 }],
    [['user', 'b b', 'on'], { message: 'Spaces not allowed in ACL usernames', argIndex: 1 }],
    [['user', 'bob', '+nosuch', 'bogus'], { message: "Error in user declaration 'bob': Syntax error", argIndex: 3 }],
  ])('%j', (line, expected) => {
    expect(check(line)).toEqual(expected);
  });

  it('refuses a second declaration of the same user (case-sensitive)', () => {
    const declared = new Set<string>();
    expect(check(['user', 'bob', 'on'], declared)).toBeUndefined();
    expect(check(['user', 'Bob', 'on'], declared)).toBeUndefined();
    expect(check(['user', 'bob', 'off'], declared)).toEqual({
      message: "Error in user declaration 'bob': Duplicate user found. A user can only be defined once in config files", argIndex: 1,
    });
  });

  it('redacts the password config.c or acl.c would print', () => {
    expect(check(['user', 'bob', '>s3cret', 'on', 'bogus'])?.message).toBe("Error in user declaration '«redacted»': Syntax error");
    expect(check(['user', 'bob', '(+nosuch', '>s3cret)'])?.message)
      .toBe("Error loading ACL rule '(+nosuch «redacted»' for the user named 'bob': Unknown command or category name in ACL");
  });

  it('6.2 prints the failing rule itself', () => {
    expect(checkUserLine(['user', 'bob', 'on', 'bogus'], redis62, { mode: 'server' }))
      .toEqual({ message: "Error in user declaration 'bogus': Syntax error", argIndex: 3 });
  });
});
