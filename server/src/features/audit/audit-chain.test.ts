import { describe, expect, it } from 'vitest';
import { type ChainedEntry, entryDigest, verifyChain } from './audit-chain.js';

function entry(id: number, change: Partial<ChainedEntry> = {}): ChainedEntry {
  return {
    id: String(id),
    chainSeq: String(id),
    prevHash: null,
    hash: null,
    at: `2026-11-26T08:00:0${id % 10}.000000`,
    actorId: '2b0c5a8e-3f1e-4d7a-9a55-0d9f3b1e6c11',
    actorName: 'Nguyễn Thị Văn Phòng',
    entityType: 'Visit',
    entityId: '7f6d0b38-0e53-4bb1-8d0a-5a1f7a2e9c40',
    visitId: null,
    action: 'UPDATE',
    reason: null,
    before: '{"status": "DRAFT"}',
    after: '{"status": "SUBMITTED"}',
    ...change,
  };
}

/** A chain sealed the way the database seals it. */
function chain(n: number): ChainedEntry[] {
  const sealed: ChainedEntry[] = [];
  let prev: string | null = null;
  for (let i = 1; i <= n; i++) {
    const e = entry(i, { prevHash: prev });
    e.hash = entryDigest(prev, String(i), e);
    sealed.push(e);
    prev = e.hash;
  }
  return sealed;
}

describe('entryDigest', () => {
  it('separates fields by their byte length, so shifting text between fields changes the hash', () => {
    const a = entry(1, { actorName: 'An', reason: 'Bình' });
    const b = entry(1, { actorName: 'AnB', reason: 'ình' });
    expect(entryDigest(null, '1', a)).not.toBe(entryDigest(null, '1', b));
  });

  it('tells null from an empty value', () => {
    expect(entryDigest(null, '1', entry(1, { reason: null }))).not.toBe(
      entryDigest(null, '1', entry(1, { reason: '' })),
    );
  });
});

describe('verifyChain', () => {
  const sealed = chain(5);
  const at = (i: number) => sealed[i] as ChainedEntry;

  it('passes an intact chain and names its head', async () => {
    expect(await verifyChain(sealed)).toEqual({
      intact: true,
      entries: 5,
      headHash: at(4).hash,
      headEntryId: '5',
    });
    expect(await verifyChain([])).toEqual({ intact: true, entries: 0, headHash: null, headEntryId: null });
  });

  it.each([
    [
      'an edited value',
      (c: ChainedEntry[]) => c.with(2, { ...at(2), after: '{"status": "APPROVED"}' }),
      '3',
      /altered/,
    ],
    [
      'an edited date',
      (c: ChainedEntry[]) => c.with(1, { ...at(1), at: '2020-01-01T00:00:00.000000' }),
      '2',
      /altered/,
    ],
    ['a deleted entry', (c: ChainedEntry[]) => c.toSpliced(2, 1), '4', /position 3 is missing after entry #2/],
    ['two deleted entries', (c: ChainedEntry[]) => c.toSpliced(1, 2), '4', /position 2-3 is missing after entry #1/],
    ['the first entry deleted', (c: ChainedEntry[]) => c.slice(1), '2', /position 1 is missing: entries/],
    [
      'an entry replaced with a consistent forgery',
      (c: ChainedEntry[]) => {
        const forged = { ...at(1), actorName: 'Kẻ giả mạo' };
        forged.hash = entryDigest(forged.prevHash, '2', forged);
        return c.with(1, forged);
      },
      '3',
      /previous hash is not the hash of entry #2/,
    ],
    [
      'an entry never sealed',
      (c: ChainedEntry[]) => [{ ...at(0), chainSeq: null, hash: null }, ...c],
      '1',
      /not sealed/,
    ],
    [
      'a position repeated',
      (c: ChainedEntry[]) => c.with(3, { ...at(3), chainSeq: '3' }),
      '4',
      /position 3 appears twice/,
    ],
  ])('names the first entry that does not fit: %s', async (_name, tamper, entryId, reason) => {
    const verdict = await verifyChain(tamper(sealed));
    expect(verdict).toMatchObject({ intact: false, entryId });
    expect(verdict.intact ? '' : verdict.reason).toMatch(reason);
  });
});
