import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLCaller, SIGN_IN, startTestApp, type TestApp } from '../helpers/test-app.js';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id username fullName role active mustChangePassword unit { code } } }`;
const SET_ACTIVE = `mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { id active } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetUserPassword(input: $input) { id mustChangePassword } }`;
const USERS = '{ users { id username role active unitId } }';

let t: TestApp;
let admin: GraphQLCaller;
let unitIds: Map<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.as('admin');
  const units = await admin.request<{ units: { id: string; code: string }[] }>('{ units { id code } }');
  unitIds = new Map((units.data?.units ?? []).map((u) => [u.code, u.id]));
});
afterAll(() => t?.close());

const userCount = async () => Number((await t.sql<{ n: string }>('select count(*) as n from app_user'))[0]?.n);

describe('user administration', () => {
  it('lists the demo users', async () => {
    const res = await admin.request<{ users: { username: string }[] }>(USERS);
    expect(res.data?.users.map((u) => u.username).sort()).toEqual([
      'admin',
      'kiemtra',
      'kiemtra2',
      'lanhdao',
      'thutruong',
      'vanphong',
    ]);
  });

  it('creates a unit head bound to a unit, who must change the first password', async () => {
    const res = await admin.request<{ createUser: Record<string, unknown> }>(CREATE, {
      input: {
        username: 'Hat.VanLang',
        fullName: ' Hoàng  Thị Mai ',
        role: 'UNIT_HEAD',
        unitId: unitIds.get('HKL-VL'),
        password: 'TamThoi2026',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createUser).toMatchObject({
      username: 'hat.vanlang',
      fullName: 'Hoàng Thị Mai',
      role: 'UNIT_HEAD',
      active: true,
      mustChangePassword: true,
      unit: { code: 'HKL-VL' },
    });
    const head = await new GraphQLCaller(t.url).signIn('hat.vanlang', 'TamThoi2026');
    const me = await head.request<{ me: { mustChangePassword: boolean } }>('{ me { mustChangePassword } }');
    expect(me.data?.me.mustChangePassword).toBe(true);
  });

  it.each([
    ['a unit head without a unit', { role: 'UNIT_HEAD', unitId: null }, 'USER_UNIT_REQUIRED'],
    ['an unknown unit', { unitId: '00000000-0000-4000-8000-000000000000' }, 'UNIT_NOT_FOUND'],
    ['a taken username', { username: 'ADMIN' }, 'USERNAME_TAKEN'],
    ['a username with diacritics', { username: 'người.dùng' }, 'BAD_USER_INPUT'],
    ['a too short username', { username: 'ab' }, 'BAD_USER_INPUT'],
    ['an empty full name', { fullName: '   ' }, 'BAD_USER_INPUT'],
    ['a too long full name', { fullName: 'a'.repeat(201) }, 'BAD_USER_INPUT'],
    ['a weak password', { password: 'abc' }, 'WEAK_PASSWORD'],
    ['an unknown role', { role: 'SUPERUSER' }, 'BAD_USER_INPUT'],
  ])('refuses %s with %s and saves nothing', async (_label, override, code) => {
    const before = await userCount();
    const input = {
      username: 'moi.nguoi',
      fullName: 'Người mới',
      role: 'INSPECTOR',
      password: 'TamThoi2026',
      ...override,
    };
    const res = await admin.request(CREATE, { input });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.data).toBeNull();
    expect(await userCount()).toBe(before);
  });

  it('deactivating signs the user out at once and blocks sign-in; reactivating allows it again', async () => {
    const inspector = await t.as('kiemtra');
    const ids = await admin.request<{ users: { id: string; username: string }[] }>(USERS);
    const userId = ids.data?.users.find((u) => u.username === 'kiemtra')?.id;
    const off = await admin.request<{ setUserActive: { active: boolean } }>(SET_ACTIVE, {
      input: { userId, active: false },
    });
    expect(off.data?.setUserActive.active).toBe(false);
    expect(await inspector.code('{ units { id } }')).toBe('UNAUTHENTICATED');
    expect(await t.caller().code(SIGN_IN, { input: { username: 'kiemtra', password: 'kycuong@2026' } })).toBe(
      'INVALID_CREDENTIALS',
    );
    await admin.request(SET_ACTIVE, { input: { userId, active: true } });
    await expect(t.as('kiemtra')).resolves.toBeInstanceOf(GraphQLCaller);
  });

  it('an admin cannot deactivate themselves', async () => {
    const me = await admin.request<{ me: { id: string } }>('{ me { id } }');
    const res = await admin.request(SET_ACTIVE, { input: { userId: me.data?.me.id, active: false } });
    expect(res.errors?.[0]?.extensions?.code).toBe('CANNOT_DEACTIVATE_SELF');
    expect(await admin.code('{ users { id } }')).toBeNull();
  });

  it('resetting a password signs the user out and requires a new password', async () => {
    const leader = await t.as('lanhdao');
    const ids = await admin.request<{ users: { id: string; username: string }[] }>(USERS);
    const userId = ids.data?.users.find((u) => u.username === 'lanhdao')?.id;
    expect(await admin.code(RESET, { input: { userId, newPassword: 'short' } })).toBe('WEAK_PASSWORD');
    expect(await leader.code('{ units { id } }')).toBeNull();
    const res = await admin.request<{ resetUserPassword: { mustChangePassword: boolean } }>(RESET, {
      input: { userId, newPassword: 'DatLai2026xyz' },
    });
    expect(res.data?.resetUserPassword.mustChangePassword).toBe(true);
    expect(await leader.code('{ units { id } }')).toBe('UNAUTHENTICATED');
    await expect(new GraphQLCaller(t.url).signIn('lanhdao', 'DatLai2026xyz')).resolves.toBeInstanceOf(GraphQLCaller);
    expect(await admin.code(RESET, { input: { userId: 'nope', newPassword: 'DatLai2026xyz' } })).toBe('USER_NOT_FOUND');
  });
});

describe('the audit trail of user administration (issue 13)', () => {
  const TRAIL = 'query ($id: ID!) { auditTrail(entityId: $id) { action actorName before after } }';
  const PASSWORD = 'Cay-Thong-Mau-Xanh-47!';
  const RESET_PASSWORD = 'Rung-Phong-Hoa-Tim-58!';

  it('records create, deactivate, reactivate and password reset with who did it, never a password or hash', async () => {
    const me = await admin.request<{ me: { fullName: string } }>('{ me { fullName } }');
    const created = await admin.request<{ createUser: { id: string } }>(CREATE, {
      input: {
        username: 'ghivet',
        fullName: 'Lò Văn Ghi',
        password: PASSWORD,
        role: 'UNIT_HEAD',
        unitId: unitIds.get('HKL-DL'),
      },
    });
    expect(created.errors).toBeUndefined();
    const userId = created.data?.createUser.id as string;
    for (const active of [false, false, true]) {
      expect((await admin.request(SET_ACTIVE, { input: { userId, active } })).errors).toBeUndefined();
    }
    const reset = await admin.request(RESET, { input: { userId, newPassword: RESET_PASSWORD } });
    expect(reset.errors).toBeUndefined();

    const trail = await admin.request<{
      auditTrail: { action: string; actorName: string; before: unknown; after: unknown }[];
    }>(TRAIL, { id: userId });
    expect(trail.errors).toBeUndefined();
    const entries = trail.data?.auditTrail ?? [];
    // Deactivating twice changes nothing the second time, so it is recorded once.
    expect(entries.map((e) => [e.action, e.actorName])).toEqual(
      ['CREATE', 'DEACTIVATE', 'ACTIVATE', 'RESET_PASSWORD'].map((a) => [a, me.data?.me.fullName]),
    );
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [
        null,
        {
          username: 'ghivet',
          fullName: 'Lò Văn Ghi',
          role: 'UNIT_HEAD',
          unitId: unitIds.get('HKL-DL'),
          active: true,
          mustChangePassword: true,
        },
      ],
      [{ active: true }, { active: false }],
      [{ active: false }, { active: true }],
      [null, { mustChangePassword: true, sessionsRevoked: true }],
    ]);
    const [stored] = await t.sql<{ hash: string }>('select password_hash as hash from app_user where id = ?', [userId]);
    const texts = await t.sql<{ text: string }>(
      `select coalesce(before::text, '') || coalesce(after::text, '') as text from audit_entry where entity_id = ?`,
      [userId],
    );
    for (const { text } of texts) {
      expect(text.replaceAll('mustChangePassword', '')).not.toMatch(/password/i);
      for (const secret of [PASSWORD, RESET_PASSWORD, stored?.hash ?? '']) expect(text).not.toContain(secret);
    }
  });
});
