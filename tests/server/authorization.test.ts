import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/src/db/seeders/demo-data.js';
import { buildAppSchema } from '../../server/src/graphql/schema.js';
import { GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

type Caller = 'anonymous' | 'ADMIN' | 'OFFICE' | 'LEADERSHIP' | 'INSPECTOR' | 'UNIT_HEAD';
const CALLERS: Caller[] = ['anonymous', 'ADMIN', 'OFFICE', 'LEADERSHIP', 'INSPECTOR', 'UNIT_HEAD'];
const SIGNED_IN: Caller[] = ['ADMIN', 'OFFICE', 'LEADERSHIP', 'INSPECTOR', 'UNIT_HEAD'];
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * THE authorization matrix: every query and mutation, who may call it. Allowed calls use arguments
 * that pass the permission check and then stop on a harmless domain error (an unknown id), so the
 * matrix changes no data; the other test files cover what the allowed calls do.
 */
const MATRIX: Record<string, { allowed: Caller[]; doc: string; variables?: Record<string, unknown> }> = {
  me: { allowed: CALLERS, doc: '{ me { id } }' },
  signIn: {
    allowed: CALLERS,
    doc: 'mutation ($i: SignInInput!) { signIn(input: $i) { id } }',
    variables: { i: { username: 'khong-co-ai', password: 'sai-mat-khau-1' } },
  },
  signOut: { allowed: CALLERS, doc: 'mutation { signOut }' },
  changePassword: {
    allowed: SIGNED_IN,
    doc: 'mutation ($i: ChangePasswordInput!) { changePassword(input: $i) }',
    variables: { i: { currentPassword: 'sai-mat-khau-1', newPassword: 'MatKhauMoi2026' } },
  },
  units: { allowed: SIGNED_IN, doc: '{ units { id } }' },
  unit: { allowed: SIGNED_IN, doc: `{ unit(id: "${NOBODY}") { id } }` },
  createUnit: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id } }',
    variables: { i: { code: 'AUTHZ', name: 'Đơn vị thử', kind: 'OTHER', parentId: NOBODY } },
  },
  updateUnit: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: UpdateUnitInput!) { updateUnit(input: $i) { id } }',
    variables: { i: { id: NOBODY, name: 'Tên mới' } },
  },
  moveUnit: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: MoveUnitInput!) { moveUnit(input: $i) { id } }',
    variables: { i: { id: NOBODY, parentId: NOBODY } },
  },
  deactivateUnit: {
    allowed: ['ADMIN', 'OFFICE'],
    doc: 'mutation ($i: DeactivateUnitInput!) { deactivateUnit(input: $i) { id } }',
    variables: { i: { id: NOBODY } },
  },
  users: { allowed: ['ADMIN'], doc: '{ users { id } }' },
  createUser: {
    allowed: ['ADMIN'],
    doc: 'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }',
    variables: {
      i: { username: 'authz.test', fullName: 'Thử quyền', role: 'UNIT_HEAD', unitId: NOBODY, password: 'MatKhau2026x' },
    },
  },
  setUserActive: {
    allowed: ['ADMIN'],
    doc: 'mutation ($i: SetUserActiveInput!) { setUserActive(input: $i) { id } }',
    variables: { i: { userId: NOBODY, active: false } },
  },
  resetUserPassword: {
    allowed: ['ADMIN'],
    doc: 'mutation ($i: ResetPasswordInput!) { resetUserPassword(input: $i) { id } }',
    variables: { i: { userId: NOBODY, newPassword: 'MatKhau2026x' } },
  },
};

let t: TestApp;
const callers = new Map<Caller, GraphQLCaller>();

beforeAll(async () => {
  t = await startTestApp();
  callers.set('anonymous', t.caller());
  for (const account of DEMO_ACCOUNTS) {
    callers.set(account.role, await new GraphQLCaller(t.url).signIn(account.username, DEMO_PASSWORD));
  }
});
afterAll(() => t?.close());

describe('authorization matrix', () => {
  it('covers every query and mutation of the schema', async () => {
    const schema = await buildAppSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  const rows = Object.entries(MATRIX).flatMap(([operation, entry]) =>
    CALLERS.map((caller) => [operation, caller, entry.allowed.includes(caller)] as const),
  );

  it.each(rows)('%s as %s → allowed: %s', async (operation, caller, allowed) => {
    const entry = MATRIX[operation];
    if (!entry) throw new Error(operation);
    // signOut would end the shared session: use a throwaway one for it
    const who =
      operation === 'signOut' && caller !== 'anonymous'
        ? await new GraphQLCaller(t.url).signIn(
            DEMO_ACCOUNTS.find((a) => a.role === caller)?.username ?? '',
            DEMO_PASSWORD,
          )
        : callers.get(caller);
    const res = await who?.request(entry.doc, entry.variables ?? {});
    const code = res?.errors?.[0]?.extensions?.code ?? null;
    if (allowed) {
      expect(code).not.toBe('UNAUTHENTICATED');
      expect(code).not.toBe('FORBIDDEN');
      expect(code).not.toBe('INTERNAL_SERVER_ERROR');
    } else {
      expect(code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect((res?.data as Record<string, unknown> | null)?.[operation] ?? null).toBeNull();
    }
  });

  it('refused calls changed nothing', async () => {
    const rows = await t.sql<{ n: string }>(
      `select (select count(*) from unit where code = 'AUTHZ') + (select count(*) from app_user where username = 'authz.test') as n`,
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
