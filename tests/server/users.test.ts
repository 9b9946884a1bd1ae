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
      'ACCOUNT_LOCKED',
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

const PAGE = `query ($filter: UserFilterInput, $first: Int, $offset: Int) {
  userPage(filter: $filter, first: $first, offset: $offset) { total items { username fullName role active unitId } }
}`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id fullName role unitId } }`;
type Page = { userPage: { total: number; items: { username: string; active: boolean }[] } };
const names = async (filter: Record<string, unknown>, first?: number, offset?: number) => {
  const res = await admin.request<Page>(PAGE, { filter, first, offset });
  expect(res.errors).toBeUndefined();
  return { total: res.data?.userPage.total, usernames: res.data?.userPage.items.map((u) => u.username) };
};
const idOf = async (username: string) =>
  (await t.sql<{ id: string }>('select id from app_user where username = ?', [username]))[0]?.id as string;

describe('the users list: search, filters and pages (issue 18)', () => {
  it('finds by words of the name or username, accents and case ignored', async () => {
    const [row] = await t.sql<{ full_name: string }>(`select full_name from app_user where username = 'thutruong'`);
    const word = row?.full_name.split(' ').at(-1) as string;
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase();
    expect((await names({ q: word })).usernames).toContain('thutruong');
    expect((await names({ q: plain })).usernames).toContain('thutruong');
    expect(await names({ q: 'KIEMTRA2' })).toEqual({ total: 1, usernames: ['kiemtra2'] });
    expect(await names({ q: 'khong co ai nhu the' })).toEqual({ total: 0, usernames: [] });
    expect(await names({ q: '100%_' })).toEqual({ total: 0, usernames: [] });
  });

  it('filters by role, unit and status, and pages with the total of all pages', async () => {
    expect((await names({ role: 'INSPECTOR' })).usernames?.sort()).toEqual(['kiemtra', 'kiemtra2']);
    const unitId = (await t.sql<{ unit_id: string }>(`select unit_id from app_user where username = 'thutruong'`))[0]
      ?.unit_id;
    expect((await names({ unitId })).usernames).toContain('thutruong');
    expect((await names({ unitId: 'not-a-uuid' })).total).toBe(0);
    const all = await names({});
    const first = await names({}, 2, 0);
    const second = await names({}, 2, 2);
    expect(first.total).toBe(all.total);
    expect([...(first.usernames ?? []), ...(second.usernames ?? [])]).toEqual(all.usernames?.slice(0, 4));
    expect(await names({}, 2, 1000)).toEqual({ total: all.total, usernames: [] });
    const lanhdao = await idOf('lanhdao');
    await admin.request(SET_ACTIVE, { input: { userId: lanhdao, active: false } });
    expect((await names({ status: 'LOCKED' })).usernames).toEqual(['lanhdao']);
    expect((await names({ status: 'ACTIVE' })).usernames).not.toContain('lanhdao');
    await admin.request(SET_ACTIVE, { input: { userId: lanhdao, active: true } });
    expect(await (await t.as('kiemtra')).code(PAGE, {})).toBe('FORBIDDEN');
  });
});

describe('editing a user (issue 18)', () => {
  it('changes name, role and unit; the open session has the new permissions at its next request', async () => {
    const userId = await idOf('kiemtra2');
    const inspector = await t.as('kiemtra2');
    expect(await inspector.code('{ users { id } }')).toBe('FORBIDDEN');
    const res = await admin.request<{ updateUser: Record<string, unknown> }>(UPDATE, {
      input: { userId, fullName: '  Trần   Văn Hai ', role: 'OFFICE', unitId: null },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateUser).toMatchObject({ fullName: 'Trần Văn Hai', role: 'OFFICE', unitId: null });
    const me = await inspector.request<{ me: { role: string; can: string[] } }>('{ me { role can } }');
    expect(me.data?.me.role).toBe('OFFICE');
    expect(await inspector.code('{ syncDevices { id } }')).toBeNull();
    const headUnit = unitIds.get('HKL-VL');
    const head = await admin.request<{ updateUser: Record<string, unknown> }>(UPDATE, {
      input: { userId, fullName: 'Trần Văn Hai', role: 'UNIT_HEAD', unitId: headUnit },
    });
    expect(head.data?.updateUser).toMatchObject({ role: 'UNIT_HEAD', unitId: headUnit });
    const unitOfSession = await inspector.request<{ me: { unit: { code: string } } }>('{ me { unit { code } } }');
    expect(unitOfSession.data?.me.unit.code).toBe('HKL-VL');
    await admin.request(UPDATE, { input: { userId, fullName: 'Trần Văn Hai', role: 'INSPECTOR', unitId: null } });
    const trail = await admin.request<{ auditTrail: { action: string; before: { role: string } }[] }>(
      'query ($id: ID!) { auditTrail(entityId: $id) { action before } }',
      { id: userId },
    );
    expect(trail.data?.auditTrail.filter((e) => e.action === 'UPDATE').map((e) => e.before.role)).toEqual([
      'INSPECTOR',
      'OFFICE',
      'UNIT_HEAD',
    ]);
  });

  it.each([
    ['a unit head without a unit', 'kiemtra', { role: 'UNIT_HEAD', unitId: null }, 'USER_UNIT_REQUIRED'],
    ['an unknown unit', 'kiemtra', { unitId: '00000000-0000-4000-8000-000000000000' }, 'UNIT_NOT_FOUND'],
    ['an empty name', 'kiemtra', { fullName: '  ' }, 'BAD_USER_INPUT'],
    ['an unknown user', null, {}, 'USER_NOT_FOUND'],
    ['the admin demoting themselves', 'admin', { role: 'OFFICE' }, 'CANNOT_DEMOTE_SELF'],
  ])('refuses %s with %s and changes nothing', async (_label, username, override, code) => {
    const userId = username ? await idOf(username) : '00000000-0000-4000-8000-000000000001';
    const before = await t.sql('select full_name, role, unit_id from app_user order by id');
    const res = await admin.request(UPDATE, {
      input: { userId, fullName: 'Tên Mới', role: 'INSPECTOR', unitId: null, ...override },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await t.sql('select full_name, role, unit_id from app_user order by id')).toEqual(before);
  });

  it('keeps the last active admin: a second admin may be demoted, then the first cannot be', async () => {
    const created = await admin.request<{ createUser: { id: string } }>(CREATE, {
      input: { username: 'quantri2', fullName: 'Quản Trị Hai', role: 'ADMIN', password: 'Cay-Thong-Mau-Xanh-47!' },
    });
    const second = created.data?.createUser.id as string;
    const other = await new GraphQLCaller(t.url).signIn('quantri2', 'Cay-Thong-Mau-Xanh-47!');
    await other.request(
      `mutation { changePassword(input: { currentPassword: "Cay-Thong-Mau-Xanh-47!", newPassword: "Rung-Phong-Hoa-Tim-58!" }) }`,
    );
    // The second admin demotes the first (allowed: two active admins), who then cannot demote the second.
    const adminId = await idOf('admin');
    expect(
      (await other.request(UPDATE, { input: { userId: adminId, fullName: 'Quản trị', role: 'OFFICE' } })).errors,
    ).toBeUndefined();
    expect(await other.code(UPDATE, { input: { userId: second, fullName: 'Quản Trị Hai', role: 'OFFICE' } })).toBe(
      'CANNOT_DEMOTE_SELF',
    );
    await other.request(UPDATE, { input: { userId: adminId, fullName: 'Quản trị', role: 'ADMIN' } });
    await admin.request(SET_ACTIVE, { input: { userId: second, active: false } });
    const locked = await admin.request(UPDATE, { input: { userId: second, fullName: 'Quản Trị Hai', role: 'OFFICE' } });
    expect(locked.errors).toBeUndefined();
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
