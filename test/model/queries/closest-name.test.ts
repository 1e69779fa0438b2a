import { describe, expect, it } from 'vitest';
import { closestName } from '../../../src/model/queries/closest-name.js';

describe('closestName', () => {
  it('suggests the service a typo means', () => {
    expect(closestName('sentinel1', ['redis-master', 'sentinel-1', 'sentinel-12'])).toBe('sentinel-1');
    expect(closestName('REDIS', ['redis-master', 'rediss'])).toBe('rediss');
  });
  it('stays silent when nothing is close or two names are equally close', () => {
    expect(closestName('cache', ['redis'])).toBeUndefined();
    expect(closestName('sentinel', ['sentinel-1', 'sentinel-2'])).toBeUndefined();
    expect(closestName('ab', ['ac'])).toBeUndefined();
  });
});
