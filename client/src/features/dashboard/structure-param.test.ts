import { describe, expect, it } from 'vitest';
import { addressWithStructure, structureInAddress } from './structure-param';

describe('the roll-up structure in the address', () => {
  it.each([
    ['', 'AS_IT_WAS'],
    ['?nam=2021', 'AS_IT_WAS'],
    ['?nam=2021&cocau=hien-nay', 'TODAY'],
    ['?cocau=other', 'AS_IT_WAS'],
  ])('%s', (search, expected) => {
    expect(structureInAddress(search)).toBe(expected);
  });

  it('keeps the other parameters', () => {
    expect(addressWithStructure('/tong-hop', '?nam=2021', 'TODAY')).toBe('/tong-hop?nam=2021&cocau=hien-nay');
    expect(addressWithStructure('/tong-hop', '?nam=2021&cocau=hien-nay', 'AS_IT_WAS')).toBe('/tong-hop?nam=2021');
    expect(addressWithStructure('/tong-hop', '?cocau=hien-nay', 'AS_IT_WAS')).toBe('/tong-hop');
  });
});
