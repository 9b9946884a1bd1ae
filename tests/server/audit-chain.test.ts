import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/common/config.js';
import { ormConfig } from '../../server/src/db/orm.js';
import { recordAudit } from '../../server/src/features/audit/audit.service.js';
import { readAnchors } from '../../server/src/features/audit/audit-anchor.js';
import { entryDigest, readChain, verifyChain } from '../../server/src/features/audit/audit-chain.js';
import { GraphQLCaller, startTestApp, TEST_AUDIT_KEY, TEST_SECRET, type TestApp } from '../helpers/test-app.js';
import { createTestDatabase } from '../helpers/test-database.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../server/dist/cli.js');

const CREATE_DOC = 'mutation ($i: DirectiveDocumentInput!) { createDirectiveDocument(input: $i) { id } }';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm cli audit verify` (the built CLI) on a database with the given key and anchor file. */
async function cliVerify(databaseUrl: string, auditKey: string, anchorFile: string): Promise<CliResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-audit-'));
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dir,
    SESSION_SECRET: TEST_SECRET,
    AUDIT_KEY: auditKey,
    AUDIT_ANCHOR_FILE: anchorFile,
  };
  try {
    const { stdout, stderr } = await run('node', [CLI, 'audit', 'verify'], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let t: TestApp;
let office: GraphQLCaller;
let departmentId: string;
let documents = 0;

const verify = () =>
  verifyChain(readChain(t.app.orm.em.fork(), 7), {
    key: TEST_AUDIT_KEY,
    anchors: readAnchors(t.config.auditAnchorFile, TEST_AUDIT_KEY).anchors,
  });

/** `audit verify` through the CLI against the test database, with the app's connections let go meanwhile. */
async function verifyCommand(): Promise<CliResult> {
  await t.app.orm.close();
  try {
    return await cliVerify(t.app.database.url, TEST_AUDIT_KEY, t.config.auditAnchorFile);
  } finally {
    await t.restart();
  }
}

/** Changes stored rows around every trigger of the table, as its owner (the app's database user) could. */
async function tamper(...statements: [string, unknown[]?][]): Promise<void> {
  await t.sql('alter table audit_entry disable trigger user');
  try {
    for (const [sql, params] of statements) await t.sql(sql, params ?? []);
  } finally {
    await t.sql('alter table audit_entry enable trigger user');
  }
}

/** Keeps the chain as it is now, and puts it back after a test broke it. */
async function keepChain(): Promise<() => Promise<void>> {
  await t.sql('drop table if exists audit_kept');
  await t.sql('create table audit_kept as select * from audit_entry');
  return () => tamper(['delete from audit_entry'], ['insert into audit_entry select * from audit_kept']);
}

/** The unkeyed digest the database used to seal with (Migration20261126123000), as an attacker can define it. */
async function defineDatabaseDigest(): Promise<void> {
  await t.sql(`create or replace function audit_field(value text) returns text language sql immutable as $$
    select case when value is null then '~;' else octet_length(value)::text || ':' || value || ';' end $$`);
  await t.sql(`create or replace function audit_entry_digest(prev text, seq bigint, e audit_entry) returns varchar language sql stable as $$
    select encode(sha256(convert_to(
      audit_field(prev) || audit_field(seq::text) || audit_field(e.id::text)
      || audit_field(to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))
      || audit_field(e.actor_id::text) || audit_field(e.actor_name) || audit_field(e.entity_type)
      || audit_field(e.entity_id::text) || audit_field(e.visit_id::text) || audit_field(e.action)
      || audit_field(e.reason) || audit_field(e.before::text) || audit_field(e.after::text),
      'UTF8')), 'hex') $$`);
}

async function createDocuments(caller: GraphQLCaller, n: number): Promise<void> {
  const results = await Promise.all(
    Array.from({ length: n }, () => {
      documents += 1;
      return caller.request<{ createDirectiveDocument: { id: string } }>(CREATE_DOC, {
        i: {
          type: 'CONG_VAN',
          number: `${900 + documents}/SNN-VP`,
          issuedOn: '2026-03-02',
          issuingUnitId: departmentId,
          summary: `Về chấn chỉnh giờ giấc làm việc (${documents})`,
        },
      });
    }),
  );
  for (const res of results) expect(res.errors).toBeUndefined();
}

const head = async () =>
  (
    await t.sql<{ id: string; seq: string; hash: string }>(
      'select id::text as id, chain_seq::text as seq, hash from audit_entry order by chain_seq desc limit 1',
    )
  )[0] as { id: string; seq: string; hash: string };

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  const [department] = await t.sql<{ id: string }>(`select id from unit where code = 'SNNMT'`);
  departmentId = department?.id ?? '';
});
afterAll(() => t?.close());

describe('the keyed audit chain', () => {
  it('seals every entry with an HMAC and anchors the head after each commit, outside the database', async () => {
    await createDocuments(office, 1);
    const [unsealed] = await t.sql<{ n: string }>(
      `select count(*)::text as n from audit_entry where hash is null or chain_seq is null or hash_kind <> 'hmac-sha256'`,
    );
    expect(unsealed?.n).toBe('0');
    const [{ n, max } = { n: '0', max: '0' }] = await t.sql<{ n: string; max: string }>(
      'select count(*)::text as n, max(chain_seq)::text as max from audit_entry',
    );
    expect(Number(n)).toBeGreaterThan(0);
    expect(max).toBe(n);
    const { anchors, unreadable } = readAnchors(t.config.auditAnchorFile, TEST_AUDIT_KEY);
    expect(unreadable).toEqual([]);
    expect(anchors.every((a) => a.valid)).toBe(true);
    expect(anchors.at(-1)?.anchor).toMatchObject({ seq: n, head: (await head()).hash });
    expect(await verify()).toMatchObject({ intact: true, entries: Number(n), legacyEntries: 0 });
  });

  it('stays one chain with valid anchors when two instances sharing one anchor file append at once', async () => {
    const second = await t.startSecondInstance();
    const otherOffice = await second.as('vanphong');
    await Promise.all([createDocuments(office, 12), createDocuments(otherOffice, 12)]);
    const verdict = await verify();
    expect(verdict).toMatchObject({ intact: true, problems: [] });
    const { anchors, unreadable } = readAnchors(t.config.auditAnchorFile, TEST_AUDIT_KEY);
    expect(unreadable).toEqual([]);
    expect(anchors.every((a) => a.valid)).toBe(true);
    expect(verdict.newestAnchor?.anchor.seq).toBe((await head()).seq);
  });

  it('chains the entries of one transaction in the order they were written, also when their ids gain a digit', async () => {
    // Ids 99999998-100000002: in text order 100000000 would come before 99999998.
    await t.sql(`select setval(pg_get_serial_sequence('audit_entry', 'id'), 99999997)`);
    const before = BigInt((await head()).seq);
    await t.app.orm.em.fork().transactional(async (em) => {
      for (let i = 0; i < 5; i++) {
        recordAudit(em, null, { entityType: 'Visit', entityId: randomUUID(), action: 'ORDER_CHECK', after: { i } });
      }
    });
    const chained = await t.sql<{ id: string; i: number }>(
      `select id::text as id, (after->>'i')::int as i from audit_entry where chain_seq > ? order by chain_seq`,
      [String(before)],
    );
    expect(chained.map((e) => e.i)).toEqual([0, 1, 2, 3, 4]);
    expect(chained.map((e) => e.id)).toEqual(['99999998', '99999999', '100000000', '100000001', '100000002']);
    expect(await verify()).toMatchObject({ intact: true, problems: [] });
  });

  it('refuses UPDATE, DELETE and TRUNCATE, including an attempt to re-seal an entry', async () => {
    await expect(t.sql(`update audit_entry set action = 'FORGED' where chain_seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.sql('update audit_entry set hash = null where chain_seq = 1')).rejects.toThrow(/append-only/);
    await expect(t.sql('delete from audit_entry where chain_seq = 1')).rejects.toThrow(/append-only/);
    await expect(t.sql('truncate audit_entry')).rejects.toThrow(/append-only: TRUNCATE is refused/);
  });

  it('refuses to commit an entry that was not sealed', async () => {
    await expect(
      t.sql(
        `insert into audit_entry (at, entity_type, entity_id, action) values (now(), 'Visit', gen_random_uuid(), 'X')`,
      ),
    ).rejects.toThrow(/was not sealed into the audit chain/);
  });

  it('`cli audit verify` passes the intact chain, then names each entry edited behind the triggers', async () => {
    const intact = await verifyCommand();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/audit chain intact: \d+ entries; last entry #\d+, hash [0-9a-f]{64}/);
    expect(intact.stdout).toMatch(
      /\d+ anchors checked in .*audit-anchors\.jsonl; the newest, written .*, covers \d+ entries/,
    );

    const putBack = await keepChain();
    const [victim, later] = await t.sql<{ id: string; seq: string }>(
      `select id::text as id, chain_seq::text as seq from audit_entry
        where entity_type = 'DirectiveDocument' order by chain_seq limit 2 offset 3`,
    );
    if (!victim || !later) throw new Error('no entries to edit');
    await tamper(
      [`update audit_entry set after = jsonb_set(after, '{summary}', '"Đã sửa"') where id = ?::bigint`, [victim.id]],
      [`update audit_entry set actor_name = 'Người khác' where id = ?::bigint`, [later.id]],
    );
    const broken = await verifyCommand();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      `audit chain BROKEN at entry #${victim.id} (position ${victim.seq}) [hash]: its content does not match its keyed hash`,
    );
    expect(broken.stderr).toContain(`audit chain BROKEN at entry #${later.id} (position ${later.seq}) [hash]`);
    await putBack();
    expect((await verify()).intact).toBe(true);
  });

  it('truncate: the table emptied around the trigger is named against the newest anchor', async () => {
    const putBack = await keepChain();
    const { seq } = await head();
    await tamper(['truncate audit_entry']);
    const result = await verifyCommand();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `audit chain BROKEN at anchor line \\d+ of .*audit-anchors\\.jsonl \\[anchor-count\\]: the newest anchor \\(written .*\\) records ${seq} entries ending in hash [0-9a-f]{64}; the chain is empty: positions 1-${seq} were deleted`,
      ),
    );
    await putBack();
    expect((await verify()).intact).toBe(true);
  });

  it('tail delete: the last entries deleted are named from the newest anchor', async () => {
    const putBack = await keepChain();
    const { seq } = await head();
    const last = Number(seq);
    const [kept] = await t.sql<{ id: string }>('select id::text as id from audit_entry where chain_seq = ?::bigint', [
      last - 3,
    ]);
    await tamper(['delete from audit_entry where chain_seq > ?::bigint', [last - 3]]);
    const result = await verifyCommand();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `audit chain BROKEN at entry #${kept?.id} \\(position ${last - 3}\\), anchor line \\d+ of .* \\[anchor-count\\]: the newest anchor .* records ${last} entries .*; the chain ends at position ${last - 3}: positions ${last - 2}-${last} were deleted`,
      ),
    );
    await putBack();
    expect((await verify()).intact).toBe(true);
  });

  it('recompute-all: an entry rewritten and every later hash recomputed with the database digest is named', async () => {
    const putBack = await keepChain();
    await defineDatabaseDigest();
    const [victim] = await t.sql<{ id: string; seq: string }>(
      `select id::text as id, chain_seq::text as seq from audit_entry
        where entity_type = 'DirectiveDocument' order by chain_seq limit 1 offset 2`,
    );
    if (!victim) throw new Error('no entry to rewrite');
    // The rewrite, then the chain re-sealed from there on, once keeping each entry's kind, once
    // claiming every entry was sealed before the key.
    const recompute = (kind: string): [string, unknown[]?][] => [
      [`update audit_entry set after = jsonb_set(after, '{summary}', '"Đã sửa"') where id = ?::bigint`, [victim.id]],
      [
        `do $$ declare e audit_entry; prev varchar(64); begin
           select hash into prev from audit_entry where chain_seq = ${victim.seq}::bigint - 1;
           for e in select * from audit_entry where chain_seq >= ${victim.seq}::bigint order by chain_seq loop
             update audit_entry set prev_hash = prev, hash = audit_entry_digest(prev, e.chain_seq, e), hash_kind = ${kind}
              where id = e.id returning hash into prev;
           end loop; end $$`,
      ],
    ];
    await tamper(...recompute('hash_kind'));
    const keptKinds = await verifyCommand();
    expect(keptKinds.code).toBe(1);
    expect(keptKinds.stderr.split('\n')[0]).toBe(
      `audit chain BROKEN at entry #${victim.id} (position ${victim.seq}) [hash]: its content does not match its keyed hash: the entry was altered or forged`,
    );
    expect(keptKinds.stderr).toMatch(
      /\[anchor-head\]: the anchor written .* recorded hash [0-9a-f]{64} at this position/,
    );

    await putBack();
    await tamper(...recompute(`'sha256'`), [`update audit_entry set hash_kind = 'sha256'`]);
    const allUnkeyed = await verifyCommand();
    expect(allUnkeyed.code).toBe(1);
    expect(allUnkeyed.stderr).toMatch(
      new RegExp(
        `audit chain BROKEN at entry #${victim.id} \\(position ${victim.seq}\\), anchor line \\d+ of .* \\[anchor-head\\]`,
      ),
    );
    await putBack();
    expect((await verify()).intact).toBe(true);
  });

  it('back-dated insert: an entry appended with an earlier date (no trigger disabled) is named', async () => {
    const putBack = await keepChain();
    await defineDatabaseDigest();
    const before = await head();
    await t.sql(
      `insert into audit_entry (at, actor_name, entity_type, entity_id, action, after, chain_seq, prev_hash, hash, hash_kind)
       values ('2025-01-02T08:00:00Z', 'Nguyễn Thị Văn Phòng', 'DirectiveDocument', gen_random_uuid(), 'CREATE',
               '{"summary": "Văn bản lùi ngày"}', ?::bigint + 1, ?, repeat('0', 64), 'hmac-sha256')`,
      [before.seq, before.hash],
    );
    // Even "sealed" with the database's digest it stays wrong: the digest is not keyed.
    await tamper([
      `update audit_entry set hash = audit_entry_digest(prev_hash, chain_seq, audit_entry) where chain_seq = ?::bigint + 1`,
      [before.seq],
    ]);
    const inserted = await head();
    const result = await verifyCommand();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`audit chain BROKEN at entry #${inserted.id} (position ${inserted.seq}) [hash]`);
    expect(result.stderr).toMatch(
      new RegExp(
        `audit chain BROKEN at entry #${inserted.id} \\(position ${inserted.seq}\\) \\[time\\]: it is dated 2025-01-02T08:00:00\\.000000, before entry #${before.id} \\(2\\d{3}-.*\\): back-dated or moved`,
      ),
    );
    await putBack();
    expect((await verify()).intact).toBe(true);
  });

  it('a chain verified with another key is refused, naming the anchors signed with the server key', async () => {
    const result = await cliVerify(
      t.app.database.url,
      'another-key-0123456789abcdef0123456789',
      t.config.auditAnchorFile,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[anchor-signature\]: it was signed with another key/);
  });
});

describe('entries sealed before the key existed', () => {
  it('stay as they are, are anchored at the first start with a key, and keyed entries chain on from them', async () => {
    const database = await createTestDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-legacy-'));
    const anchorFile = path.join(dir, 'audit-anchors.jsonl');
    try {
      // The database as the previous release left it: three entries sealed by its unkeyed trigger.
      const old = await MikroORM.init(ormConfig(database, 2));
      try {
        await old.getMigrator().up({ to: 'Migration20261126132824' });
        for (const action of ['CREATE', 'UPDATE', 'APPROVE']) {
          await old.em
            .getConnection()
            .execute(
              `insert into audit_entry (at, actor_name, entity_type, entity_id, action, after) values (now(), 'Trước khi có khóa', 'Visit', '7f6d0b38-0e53-4bb1-8d0a-5a1f7a2e9c40', ?, '{"a": 1}')`,
              [action],
            );
        }
      } finally {
        await old.close();
      }

      const config = loadConfig({
        NODE_ENV: 'test',
        SESSION_SECRET: TEST_SECRET,
        AUDIT_KEY: TEST_AUDIT_KEY,
        AUDIT_ANCHOR_FILE: anchorFile,
        CLIENT_DIST: '',
        SEED_DEMO: 'true',
      });
      const app = await createApp(config, { database });
      try {
        const caller = await new GraphQLCaller(await app.listen(0, '127.0.0.1')).signIn('vanphong');
        const [department] = await app.orm.em
          .getConnection()
          .execute<{ id: string }[]>(`select id from unit where code = 'SNNMT'`);
        const created = await caller.request(CREATE_DOC, {
          i: {
            type: 'CONG_VAN',
            number: '1/SNN-VP',
            issuedOn: '2026-03-02',
            issuingUnitId: department?.id,
            summary: 'Sau khi có khóa',
          },
        });
        expect(created.errors).toBeUndefined();
        const rows = await app.orm.em
          .getConnection()
          .execute<{ kind: string; n: string }[]>(
            'select hash_kind as kind, count(*)::text as n from audit_entry group by hash_kind order by 1',
          );
        expect(rows.map((r) => r.kind)).toEqual(['hmac-sha256', 'sha256']);
        expect(rows.find((r) => r.kind === 'sha256')?.n).toBe('3');
        // The first anchor is the unkeyed head, written at start before any keyed entry.
        const first = readAnchors(anchorFile, TEST_AUDIT_KEY).anchors[0];
        expect(first).toMatchObject({ valid: true, anchor: { seq: '3' } });
      } finally {
        await app.close();
      }
      const intact = await cliVerify(database.url, TEST_AUDIT_KEY, anchorFile);
      expect(intact.stdout).toContain('3 entries were sealed before AUDIT_KEY (unkeyed), all before the keyed ones');
      expect(intact.code).toBe(0);

      // An unkeyed entry rewritten and re-hashed the old way: the keyed entry after it no longer links.
      const admin = await MikroORM.init(ormConfig(database, 1));
      try {
        const conn = admin.em.getConnection();
        await conn.execute('alter table audit_entry disable trigger user');
        await conn.execute(`update audit_entry set actor_name = 'Kẻ giả mạo' where chain_seq = 2`);
        const chain = [];
        for await (const e of readChain(admin.em.fork())) chain.push(e);
        let prev = chain[0]?.hash ?? null;
        for (const e of chain.slice(1, 3)) {
          const hash = entryDigest(prev, e.chainSeq ?? '', e);
          await conn.execute('update audit_entry set prev_hash = ?, hash = ? where id = ?::bigint', [prev, hash, e.id]);
          prev = hash;
        }
        await conn.execute('alter table audit_entry enable trigger user');
        const broken = await cliVerify(database.url, TEST_AUDIT_KEY, anchorFile);
        expect(broken.code).toBe(1);
        expect(broken.stderr).toMatch(/entry #\d+ \(position 3\), anchor line 1 of .* \[anchor-head\]/);
        expect(broken.stderr).toMatch(/entry #\d+ \(position 4\) \[link\]/);
      } finally {
        await admin.close();
      }
      expect(readFileSync(anchorFile, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(1);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
