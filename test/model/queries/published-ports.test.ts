import { describe, expect, it } from 'vitest';
import { describeHostPorts, hostIpsOverlap } from '../../../src/model/queries/published-ports.js';

describe('hostIpsOverlap', () => {
  it('treats a missing host IP as every address', () => {
    expect(hostIpsOverlap(undefined, '127.0.0.1')).toBe(true);
    expect(hostIpsOverlap('::1', undefined)).toBe(true);
  });
  it('lets 0.0.0.0 cover IPv4 addresses only, and :: IPv6 ones only', () => {
    expect(hostIpsOverlap('0.0.0.0', '10.0.0.5')).toBe(true);
    expect(hostIpsOverlap('0.0.0.0', '::1')).toBe(false);
    expect(hostIpsOverlap('::', 'fe80::1')).toBe(true);
    expect(hostIpsOverlap('::', '127.0.0.1')).toBe(false);
  });
  it('keeps two different specific addresses apart', () => {
    expect(hostIpsOverlap('127.0.0.1', '127.0.0.2')).toBe(false);
    expect(hostIpsOverlap('127.0.0.1', '127.0.0.1')).toBe(true);
  });
});

describe('describeHostPorts', () => {
  it('writes ranges, IPv6 brackets and non-TCP protocols the way compose files do', () => {
    expect(describeHostPorts({ protocol: 'tcp' }, { start: 6379, end: 6379 })).toBe('6379');
    expect(describeHostPorts({ hostIp: '127.0.0.1', protocol: 'tcp' }, { start: 26379, end: 26381 })).toBe('127.0.0.1:26379-26381');
    expect(describeHostPorts({ hostIp: '::1', protocol: 'udp' }, { start: 53, end: 53 })).toBe('[::1]:53/udp');
  });
});
