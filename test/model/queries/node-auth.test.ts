import { describe, expect, it } from 'vitest';
import { defaultUserAuth, userAuth } from '../../../src/model/queries/node-auth.js';
import { serverOf } from './conf-nodes.js';

const kindOf = (text: string, user = 'default') => userAuth(serverOf(text), user).kind;

describe('defaultUserAuth', () => {
  it('is the requirepass password, at its line', () => {
    const auth = defaultUserAuth(serverOf('port 6379\nrequirepass Xk4mW9qT2zR7vNp3\n'));
    expect(auth).toMatchObject({ kind: 'password', at: { line: 2 } });
  });

  it('needs no password without requirepass, or with requirepass ""', () => {
    expect(kindOf('port 6379\n')).toBe('none');
    expect(kindOf('requirepass ""\n')).toBe('none');
  });

  it('lets a `user default … nopass` line win over requirepass, in either order (E27)', () => {
    expect(kindOf('requirepass Xk4mW9qT2zR7vNp3\nuser default on nopass ~* +@all\n')).toBe('none');
    expect(kindOf('user default on nopass ~* +@all\nrequirepass Xk4mW9qT2zR7vNp3\n')).toBe('none');
  });

  it('never says "no password" for a default user with a password rule', () => {
    expect(kindOf('user default on >Xk4mW9qT2zR7vNp3 ~* +@all\n')).not.toBe('none');
    expect(kindOf(`user default on #${'a'.repeat(64)} ~* +@all\n`)).toBe('unknown');
  });

  it('is unknown when an ACL file decides, or the default user is off', () => {
    expect(kindOf('requirepass Xk4mW9qT2zR7vNp3\naclfile /etc/redis/users.acl\n')).toBe('unknown');
    expect(kindOf('user default off nopass ~* +@all\n')).toBe('unknown');
  });

  it('is unknown when an include that was not read comes after the last requirepass', () => {
    expect(kindOf('requirepass Xk4mW9qT2zR7vNp3\ninclude /etc/redis/auth.conf\n')).toBe('unknown');
    expect(kindOf('include /etc/redis/auth.conf\nrequirepass Xk4mW9qT2zR7vNp3\n')).toBe('unknown'); // a `user` line may hide there
  });
});

describe('userAuth', () => {
  it('knows that a user without a `user` line does not exist', () => {
    expect(kindOf('requirepass Xk4mW9qT2zR7vNp3\n', 'replicator')).toBe('no-such-user');
  });

  it('reads nopass and on/off', () => {
    expect(kindOf('user replicator on nopass +psync +replconf +ping\n', 'replicator')).toBe('none');
    expect(kindOf('user replicator nopass +psync\n', 'replicator')).toBe('unknown');
  });

  it('treats user names as case-sensitive', () => {
    expect(kindOf('user Replicator on nopass +psync\n', 'replicator')).toBe('no-such-user');
  });
});
