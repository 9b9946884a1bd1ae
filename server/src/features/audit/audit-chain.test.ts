import { describe, expect, it } from 'vitest';
import { anchorIsValid, signAnchor } from './audit-anchor.js';
import {
  type AnchorLine,
  type ChainedEntry,
  type ChainVerdict,
  entryDigest,
  KEYED_KIND,
  keyedDigest,
  LEGACY_KIND,
  verifyChain,
} from './audit-chain.js';

const KEY = 'audit-key-for-unit-tests-0123456789abcdef';

function entry(id: number, change: Partial<ChainedEntry> = {}): ChainedEntry {
  return {
    id: String(id),
    chainSeq: String(id),
    prevHash: null,
    hash: null,
    hashKind: KEYED_KIND,
    at: `2026-11-26T08:00:${String(id).padStart(2, '0')}.000000`,
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

/** Seals entries in order as the app does: the first `legacy` ones unkeyed, as the database did before the key. */
function reseal(entries: ChainedEntry[], legacy = 0, key = KEY): ChainedEntry[] {
  let prev: string | null = null;
  return entries.map((e, i) => {
    const seq = String(i + 1);
    const kind = i < legacy ? LEGACY_KIND : KEYED_KIND;
    const hash = kind === LEGACY_KIND ? entryDigest(prev, seq, e) : keyedDigest(key, prev, seq, e);
    const sealed = { ...e, chainSeq: seq, prevHash: prev, hash, hashKind: kind };
    prev = hash;
    return sealed;
  });
}

const chain = (n: number, legacy = 0) =>
  reseal(
    Array.from({ length: n }, (_, i) => entry(i + 1)),
    legacy,
  );

/** A signed anchor of the chain's head after its first `n` entries. */
function anchorAfter(c: ChainedEntry[], n: number, line = 1, key = KEY): AnchorLine {
  const head = c[n - 1];
  const anchor = signAnchor(key, { seq: String(n), hash: head?.hash ?? null, at: head?.at ?? null });
  return { line, anchor, valid: anchorIsValid(KEY, anchor) };
}

const verify = (c: ChainedEntry[], anchors: AnchorLine[]) => verifyChain(c, { key: KEY, anchors });
const checks = (v: ChainVerdict) => v.problems.map((p) => [p.entryId, p.check]);

describe('entryDigest and keyedDigest', () => {
  it('separate fields by their byte length, so shifting text between fields changes the hash', () => {
    const a = entry(1, { actorName: 'An', reason: 'Bình' });
    const b = entry(1, { actorName: 'AnB', reason: 'ình' });
    expect(entryDigest(null, '1', a)).not.toBe(entryDigest(null, '1', b));
    expect(keyedDigest(KEY, null, '1', a)).not.toBe(keyedDigest(KEY, null, '1', b));
  });

  it('tell null from an empty value', () => {
    expect(entryDigest(null, '1', entry(1, { reason: null }))).not.toBe(
      entryDigest(null, '1', entry(1, { reason: '' })),
    );
  });

  it('the keyed hash depends on the key, and is not the unkeyed one', () => {
    const e = entry(1);
    expect(keyedDigest(KEY, null, '1', e)).not.toBe(keyedDigest(`${KEY}x`, null, '1', e));
    expect(keyedDigest(KEY, null, '1', e)).not.toBe(entryDigest(null, '1', e));
  });
});

describe('verifyChain', () => {
  const sealed = chain(6);
  const at = (i: number) => sealed[i] as ChainedEntry;
  const anchored = [anchorAfter(sealed, 3, 1), anchorAfter(sealed, 6, 2)];

  it('passes an intact chain reaching its newest anchor, and names its head', async () => {
    expect(await verify(sealed, anchored)).toMatchObject({
      intact: true,
      entries: 6,
      legacyEntries: 0,
      headHash: at(5).hash,
      headEntryId: '6',
      anchors: 2,
      problems: [],
    });
    expect(await verify([], [])).toMatchObject({ intact: true, entries: 0, headHash: null, problems: [] });
  });

  it('passes a chain that goes on past its newest anchor (entries sealed since are still keyed)', async () => {
    expect((await verify(sealed, [anchorAfter(sealed, 4)])).intact).toBe(true);
  });

  it('accepts entries sealed before the key only before the first keyed one', async () => {
    const mixed = chain(6, 3);
    expect(await verify(mixed, [anchorAfter(mixed, 6)])).toMatchObject({ intact: true, legacyEntries: 3 });
    // An unkeyed entry appended after keyed ones, hashed the way the database used to.
    const appended = [...mixed];
    const forged = entry(7);
    appended.push({
      ...forged,
      chainSeq: '7',
      prevHash: mixed[5]?.hash ?? null,
      hashKind: LEGACY_KIND,
      hash: entryDigest(mixed[5]?.hash ?? null, '7', forged),
    });
    expect(checks(await verify(appended, [anchorAfter(mixed, 6)]))).toEqual([['7', 'kind']]);
  });

  it.each([
    [
      'an edited value',
      (c: ChainedEntry[]) => c.with(2, { ...at(2), after: '{"status": "APPROVED"}' }),
      [['3', 'hash']],
    ],
    [
      'an edited date',
      (c: ChainedEntry[]) => c.with(1, { ...at(1), at: '2026-11-26T08:00:01.500000' }),
      [['2', 'hash']],
    ],
    [
      'a deleted entry',
      (c: ChainedEntry[]) => c.toSpliced(2, 1),
      [
        ['4', 'position'],
        ['4', 'link'],
      ],
    ],
    [
      'the first entry deleted',
      (c: ChainedEntry[]) => c.slice(1),
      [
        ['2', 'position'],
        ['2', 'link'],
      ],
    ],
    [
      'an entry replaced with a consistent forgery under a guessed key',
      (c: ChainedEntry[]) => {
        const forged = { ...at(1), actorName: 'Kẻ giả mạo' };
        forged.hash = keyedDigest('guessed', forged.prevHash, '2', forged);
        return c.with(1, forged);
      },
      [
        ['2', 'hash'],
        ['3', 'link'],
      ],
    ],
    [
      'an entry never sealed',
      (c: ChainedEntry[]) => [{ ...at(0), chainSeq: null, hash: null }, ...c],
      [['1', 'sealed']],
    ],
    ['an unknown hash kind', (c: ChainedEntry[]) => c.with(3, { ...at(3), hashKind: 'md5' }), [['4', 'kind']]],
  ])('names the entry that does not fit and the check: %s', async (_name, tamper, expected) => {
    expect(checks(await verify(tamper(sealed), anchored))).toEqual(expected);
  });

  it('names a rewrite with every later hash recomputed: unkeyed, under a guessed key, or by one who had the key', async () => {
    const edited = sealed.with(2, { ...at(2), after: '{"status": "APPROVED"}' });
    // Recomputed without the key, the way the database sealed (every entry made "unkeyed").
    const unkeyed = reseal(edited, 6);
    expect(checks(await verify(unkeyed, anchored))).toEqual([
      ['3', 'anchor-head'],
      ['6', 'anchor-head'],
    ]);
    // Recomputed under a guessed key.
    const guessed = reseal(edited, 0, 'guessed');
    expect(checks(await verify(guessed, anchored)).slice(0, 2)).toEqual([
      ['1', 'hash'],
      ['2', 'hash'],
    ]);
    // With the key itself (stolen): the anchors written before still hold the old heads.
    const stolen = reseal(edited);
    expect(checks(await verify(stolen, anchored))).toEqual([
      ['3', 'anchor-head'],
      ['6', 'anchor-head'],
    ]);
  });

  it('names entries deleted at the end, and an emptied table, from the newest anchor', async () => {
    const cut = await verify(sealed.slice(0, 4), anchored);
    expect(checks(cut)).toEqual([['4', 'anchor-count']]);
    expect(cut.problems[0]?.reason).toMatch(/records 6 entries .*ends at position 4: positions 5-6 were deleted/);
    expect(cut.problems[0]?.anchorLine).toBe(2);

    const emptied = await verify([], anchored);
    expect(checks(emptied)).toEqual([[null, 'anchor-count']]);
    expect(emptied.problems[0]?.reason).toMatch(/the chain is empty: positions 1-6 were deleted/);
  });

  it('names a back-dated entry inserted at the end', async () => {
    const backdated = entry(7, { at: '2025-01-01T00:00:00.000000' });
    const c = [
      ...sealed,
      { ...backdated, chainSeq: '7', prevHash: at(5).hash, hashKind: KEYED_KIND, hash: 'f'.repeat(64) },
    ];
    const verdict = await verify(c, anchored);
    expect(checks(verdict)).toEqual([
      ['7', 'hash'],
      ['7', 'time'],
    ]);
    expect(verdict.problems[1]?.reason).toBe(
      `it is dated 2025-01-01T00:00:00.000000, before entry #6 (${at(5).at}): back-dated or moved`,
    );
  });

  it('refuses a chain with no anchor, and anchors that are forged or signed with another key', async () => {
    expect(checks(await verify(sealed, []))).toEqual([['6', 'anchor-missing']]);
    const forged = anchorAfter(sealed, 6, 1);
    const tampered: AnchorLine = { ...forged, anchor: { ...forged.anchor, seq: '9' }, valid: false };
    const otherKey = anchorAfter(sealed, 6, 2, 'another-key-0123456789abcdef0123456789');
    const verdict = await verify(sealed, [tampered, otherKey, anchorAfter(sealed, 6, 3)]);
    expect(verdict.problems.map((p) => [p.anchorLine, p.check])).toEqual([
      [1, 'anchor-signature'],
      [2, 'anchor-signature'],
    ]);
    expect(verdict.problems[0]?.reason).toMatch(/forged or altered/);
    expect(verdict.problems[1]?.reason).toMatch(/signed with another key/);
  });
});
