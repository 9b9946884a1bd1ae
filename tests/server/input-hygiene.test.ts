import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/features/auth/password.js';
import { Role } from '../../server/src/features/users/role.js';
import { User } from '../../server/src/features/users/user.entity.js';
import { docxText } from '../helpers/documents.js';
import { fakeJpeg } from '../helpers/images.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * Issue 13, items 14 and 15: control characters refused and bidi controls dropped in one input layer,
 * bidi controls never in a document, no "Did you mean" in production refusals of syncBatch, and answers
 * that no browser cache keeps.
 */

let t: TestApp;
let prod: TestApp;
let admin: GraphQLCaller;
let office: GraphQLCaller;

beforeAll(async () => {
  [t, prod] = await Promise.all([
    startTestApp(),
    startTestApp({ NODE_ENV: 'production', SEED_DEMO: 'false', LOG_LEVEL: 'silent' }),
  ]);
  [admin, office] = await Promise.all([t.as('admin'), t.as('vanphong')]);
});
afterAll(async () => {
  await Promise.all([t?.close(), prod?.close()]);
});

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
const UNITS = 'query ($s: String) { units(filter: { search: $s }) { id name } }';

describe('control characters in what a client sends', () => {
  it.each([
    ['a variable', UNITS, { s: 'Sở\u0000' }],
    ['a literal in the document', '{ units(filter: { search: "S\\u0000" }) { id } }', {}],
    ['an escape sequence', UNITS, { s: 'x\u001B[2J' }],
  ])('a NUL or another control character in a search (%s) is refused with a code, not 503', async (_n, q, vars) => {
    const res = await admin.request(q, vars);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.extensions?.code).toBe('INPUT_CONTROL_CHARACTER');
    expect(res.errors?.[0]?.message).toMatch(VIETNAMESE);
    expect(res.data).toBeNull();
  });

  it('still finds units with ordinary text, lines and tabs', async () => {
    const res = await admin.request<{ units: { name: string }[] }>(UNITS, { s: 'nông nghiệp' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.units.length).toBeGreaterThan(0);
  });
});

describe('bidirectional controls', () => {
  it('are dropped from every text input before it is stored', async () => {
    const code = `RLO${Date.now() % 100000}`;
    const [parent] = await t.sql<{ id: string }>('select id::text as id from unit where parent_id is null limit 1');
    const res = await admin.request('mutation ($i: RecordUnitChangeInput!) { recordUnitChange(input: $i) { id } }', {
      i: {
        kind: 'CREATE',
        effectiveOn: '2026-01-01',
        basisNumber: '1/QĐ-UBND',
        basisDate: '2025-12-20',
        newUnits: [
          { code, parentId: parent?.id, name: 'Phòng \u202Eaxế\u202C thử \u2066nghiệm\u2069', kind: 'DEPARTMENT' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    const rows = await t.sql<{ name: string }>('select name from unit where code = ?', [code]);
    expect(rows[0]?.name).toBe('Phòng axế thử nghiệm');
  });

  it('are not copied into an official document from text stored before', async () => {
    const visits = await office.request<{ visits: { id: string; findings: { id: string }[] }[] }>(
      '{ visits(year: 2021, first: 50) { id findings { id } } }',
    );
    const visit = visits.data?.visits.find((v) => v.findings.length > 0);
    if (!visit) throw new Error('no 2021 visit with a finding');
    await t.sql('update finding set found_text = ? where id = ?', [
      'Số quyết định \u202E0021/QĐ\u202C bị đảo',
      visit.findings[0]?.id,
    ]);
    const res = await fetch(`${t.url}/api/visits/${visit.id}/minutes.docx`, {
      headers: { cookie: office.cookie ?? '' },
    });
    expect(res.status).toBe(200);
    const { xml, text } = docxText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('Số quyết định 0021/QĐ bị đảo');
    expect(xml).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('syncBatch refusals in production', () => {
  const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status code message } } }`;
  const badField = () => ({
    deviceId: randomUUID(),
    operations: [
      {
        operationId: randomUUID(),
        sequence: 1,
        kind: 'ANSWER_ITEM',
        input: { visitId: randomUUID(), itemId: randomUUID(), passFai: 'PASS' },
      },
    ],
  });
  type Sync = { syncBatch: { outcomes: { status: string; code: string; message: string }[] } };

  it('carry no "Did you mean" hint, which spells out the schema (development keeps it)', async () => {
    const em = prod.app.orm.em.fork();
    em.create(User, {
      username: 'thanhtra',
      fullName: 'Thanh tra',
      role: Role.INSPECTOR,
      unit: null,
      passwordHash: await hashPassword('Mat-khau-dai-2026!'),
      mustChangePassword: false,
    });
    await em.flush();
    const inspector = await prod.caller().signIn('thanhtra', 'Mat-khau-dai-2026!');
    const inProduction = await inspector.request<Sync>(SYNC, { i: badField() });
    const refused = inProduction.data?.syncBatch.outcomes[0];
    expect(refused?.status).toBe('REFUSED');
    expect(refused?.code).toBe('BAD_USER_INPUT');
    expect(refused?.message).not.toMatch(/Did you mean|passFail/);

    const inDevelopment = await (await t.as('kiemtra')).request<Sync>(SYNC, { i: badField() });
    expect(inDevelopment.data?.syncBatch.outcomes[0]?.message).toMatch(/Did you mean "passFail"\?/);
  });
});

describe('what browsers may keep', () => {
  it('GraphQL answers are no-store', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: office.cookie ?? '' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    '/api/registers/index-results/2021.csv',
    '/api/registers/directive-documents/2021.xlsx',
    '/api/rollup/2021.xlsx',
    '/api/annual-reports/2021.docx',
  ])('the export %s is private, no-store', async (route) => {
    const res = await fetch(`${t.url}${route}`, { headers: { cookie: office.cookie ?? '' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('a checklist export is private, no-store', async () => {
    const versions = await office.request<{ checklistTemplates: { versions: { id: string }[] }[] }>(
      '{ checklistTemplates { versions { id } } }',
    );
    const id = versions.data?.checklistTemplates[0]?.versions[0]?.id;
    const res = await fetch(`${t.url}/api/checklist-versions/${id}/xlsx`, { headers: { cookie: office.cookie ?? '' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('a photo is private, no-store, never immutable for a year', async () => {
    const inspector = await t.as('kiemtra');
    const id = randomUUID();
    expect((await inspector.upload(id, fakeJpeg())).status).toBe(201);
    const res = await fetch(`${t.url}/api/files/${id}`, { headers: { cookie: inspector.cookie ?? '' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});
