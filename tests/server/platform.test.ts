import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/common/config.js';
import { migrationsList } from '../../server/src/db/migrations/index.js';
import { startTestApp, TEST_SECRET, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('health', () => {
  it('GET /healthz says the process is up', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz checks the database', async () => {
    const res = await fetch(`${t.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready' });
  });
});

describe('schema management', () => {
  it('applies the committed migrations and records them', async () => {
    const rows = await t.sql<{ name: string }>('select name from mikro_orm_migrations order by id');
    expect(rows.map((r) => r.name)).toEqual(migrationsList.map((m) => m.name));
  });

  it('the migrations produce exactly the schema the entities describe (no schema sync needed)', async () => {
    const diff = await t.app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});

describe('GraphQL over HTTP', () => {
  it('refuses a GET mutation and a simple-request POST (CSRF prevention)', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(405);
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(form.status).toBe(400);
  });

  it('a malformed query gets a Vietnamese message with a code, not a 500', async () => {
    const res = await t.caller().request('{ me { id ');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0]?.message).toBe('Yêu cầu gửi lên không đúng cú pháp.');
    expect(res.status).toBe(400);
  });
});

describe('the embedded database', () => {
  it('keeps its data across a restart, with migrations applied once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kycuong-pglite-'));
    const env = {
      NODE_ENV: 'test',
      SESSION_SECRET: TEST_SECRET,
      CLIENT_DIST: '',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
    };
    try {
      const first = await createApp(loadConfig(env));
      expect(first.database.kind).toBe('pglite');
      expect(first.seeded).toBe(true);
      await first.orm.em
        .getConnection()
        .execute(`update unit set name = 'Văn phòng Sở (đã đổi tên)' where code = 'VP'`);
      await first.close();

      const second = await createApp(loadConfig(env));
      try {
        expect(second.seeded).toBe(false);
        const rows = await second.orm.em
          .getConnection()
          .execute<{ name: string }[]>(`select name from unit where code = 'VP'`);
        expect(rows[0]?.name).toBe('Văn phòng Sở (đã đổi tên)');
        const migrations = await second.orm.em
          .getConnection()
          .execute<{ n: string }[]>('select count(*) as n from mikro_orm_migrations');
        expect(Number(migrations[0]?.n)).toBe(migrationsList.length);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
