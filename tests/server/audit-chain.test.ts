import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChain, verifyChain } from '../../server/src/features/audit/audit-chain.js';
import { type GraphQLCaller, startTestApp, TEST_SECRET, type TestApp } from '../helpers/test-app.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../server/dist/cli.js');

const CREATE_DOC = 'mutation ($i: DirectiveDocumentInput!) { createDirectiveDocument(input: $i) { id } }';

let t: TestApp;
let office: GraphQLCaller;
let departmentId: string;

const verify = () => verifyChain(readChain(t.app.orm.em.fork(), 7));

/** Runs `pnpm cli audit verify` against the test database, with the app's connections let go. */
async function verifyCommand(): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-audit-'));
  const env = { ...process.env, DATABASE_URL: t.app.database.url, DATA_DIR: dir, SESSION_SECRET: TEST_SECRET };
  await t.app.orm.close();
  try {
    const { stdout, stderr } = await run('node', [CLI, 'audit', 'verify'], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  } finally {
    await t.restart();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Changes a stored row around the append-only trigger, as someone with the database password could. */
async function tamper(sql: string, params: unknown[] = []): Promise<void> {
  await t.sql('alter table audit_entry disable trigger audit_entry_append_only');
  try {
    await t.sql(sql, params);
  } finally {
    await t.sql('alter table audit_entry enable trigger audit_entry_append_only');
  }
}

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  const [department] = await t.sql<{ id: string }>(`select id from unit where code = 'SNN'`);
  departmentId = department?.id ?? '';
});
afterAll(() => t?.close());

describe('the audit trail hash chain', () => {
  it('seals every entry of the demo data and of later changes, and the chain verifies in Node', async () => {
    const res = await office.request<{ createDirectiveDocument: { id: string } }>(CREATE_DOC, {
      i: {
        type: 'CONG_VAN',
        number: '901/SNN-VP',
        issuedOn: '2026-03-02',
        issuingUnitId: departmentId,
        summary: 'Về chấn chỉnh giờ giấc làm việc',
      },
    });
    expect(res.errors).toBeUndefined();
    const [unsealed] = await t.sql<{ n: string }>(
      'select count(*)::text as n from audit_entry where hash is null or chain_seq is null',
    );
    expect(unsealed?.n).toBe('0');
    const [{ n, max } = { n: '0', max: '0' }] = await t.sql<{ n: string; max: string }>(
      'select count(*)::text as n, max(chain_seq)::text as max from audit_entry',
    );
    expect(Number(n)).toBeGreaterThan(0);
    expect(max).toBe(n);
    const verdict = await verify();
    expect(verdict).toMatchObject({ intact: true, entries: Number(n) });
  });

  it('stays one unbroken chain when many transactions append at once', async () => {
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        office.request<{ createDirectiveDocument: { id: string } }>(CREATE_DOC, {
          i: {
            type: 'CONG_VAN',
            number: `${1000 + i}/SNN-VP`,
            issuedOn: '2026-04-01',
            issuingUnitId: departmentId,
            summary: `Văn bản đồng thời số ${i}`,
          },
        }),
      ),
    );
    for (const res of created) expect(res.errors).toBeUndefined();
    const verdict = await verify();
    expect(verdict.intact).toBe(true);
    const [dup] = await t.sql<{ n: string }>(
      'select count(*)::text as n from (select prev_hash from audit_entry group by prev_hash having count(*) > 1) d',
    );
    expect(dup?.n).toBe('0');
  });

  it('still refuses UPDATE and DELETE, including an attempt to re-seal an entry', async () => {
    await expect(t.sql(`update audit_entry set action = 'FORGED' where chain_seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.sql('update audit_entry set hash = null where chain_seq = 1')).rejects.toThrow(/append-only/);
    await expect(t.sql('delete from audit_entry where chain_seq = 1')).rejects.toThrow(/append-only/);
  });

  it('`cli audit verify` passes the intact chain, then names the first entry edited behind the trigger', async () => {
    const intact = await verifyCommand();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/audit chain intact: \d+ entries; last entry #\d+, hash [0-9a-f]{64}/);

    const [victim, later] = await t.sql<{ id: string; seq: string; after: string; actor: string }>(
      `select id::text as id, chain_seq::text as seq, after::text as after, actor_name as actor from audit_entry
        where entity_type = 'DirectiveDocument' order by chain_seq limit 2 offset 3`,
    );
    if (!victim || !later) throw new Error('no entries to edit');
    // A later entry is edited too: the command names the first one.
    await tamper(`update audit_entry set after = jsonb_set(after, '{summary}', '"Đã sửa"') where id = ?::bigint`, [
      victim.id,
    ]);
    await tamper(`update audit_entry set actor_name = 'Người khác' where id = ?::bigint`, [later.id]);

    const broken = await verifyCommand();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      `audit chain BROKEN at entry #${victim.id} (position ${victim.seq}): its content does not match its hash`,
    );

    // Put back exactly what was there and the chain holds again: the hash covers the stored values only.
    await tamper('update audit_entry set after = ?::jsonb where id = ?::bigint', [victim.after, victim.id]);
    expect(await verify()).toMatchObject({ intact: false, entryId: later.id });
    await tamper('update audit_entry set actor_name = ? where id = ?::bigint', [later.actor, later.id]);
    expect((await verify()).intact).toBe(true);
  });

  it('names the entry after a deleted one', async () => {
    const [gone, next] = await t
      .sql<{ id: string; seq: string }>(
        `select id::text as id, chain_seq::text as seq from audit_entry order by chain_seq desc limit 2 offset 3`,
      )
      .then((rows) => rows.reverse());
    const [before] = await t.sql<{ id: string }>(
      'select id::text as id from audit_entry where chain_seq = ?::bigint - 1',
      [gone?.seq],
    );
    if (!gone || !next || !before) throw new Error('no entries');
    await tamper('delete from audit_entry where id = ?::bigint', [gone.id]);
    const verdict = await verify();
    expect(verdict).toMatchObject({ intact: false, entryId: next.id, position: next.seq });
    expect(verdict.intact ? '' : verdict.reason).toBe(
      `position ${gone.seq} is missing after entry #${before.id}: entries were deleted`,
    );
  });
});
