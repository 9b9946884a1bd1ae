import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/* A temporary password (new account, reset by an administrator) opens nothing but changing it. */

const CREATE = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';
const RESET = 'mutation ($input: ResetPasswordInput!) { resetUserPassword(input: $input) { id } }';
const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const TEMPORARY = 'Chim sẻ đậu cành mai 47';
const CHOSEN = 'Thuyền nan qua sông Kỳ Cùng 1958';
const MESSAGE = 'Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu trước khi tiếp tục.';

let t: TestApp;
let admin: GraphQLCaller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.as('admin');
});
afterAll(async () => {
  await t?.close();
});

async function api(caller: GraphQLCaller, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${t.url}${path}`, { headers: { cookie: caller.cookie ?? '' } });
  const text = await res.text();
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {} };
}

describe('a temporary password', () => {
  it('signs in, but every operation and /api route except me, changePassword and signOut is refused until it is changed', async () => {
    const created = await admin.request<{ createUser: { id: string } }>(CREATE, {
      input: { username: 'tam.thoi', fullName: 'Người Tạm Thời', role: 'OFFICE', password: TEMPORARY },
    });
    expect(created.errors).toBeUndefined();
    const user = await new GraphQLCaller(t.url).signIn('tam.thoi', TEMPORARY);

    const me = await user.request<{ me: { username: string; mustChangePassword: boolean } }>(
      '{ me { username mustChangePassword unit { id } } }',
    );
    expect(me.data?.me).toMatchObject({ username: 'tam.thoi', mustChangePassword: true });

    for (const query of [
      '{ units { id } }',
      '{ me { id } units { id } }',
      '{ ...F } fragment F on Query { units { id } }',
      '{ ... on Query { users { id } } }',
    ]) {
      const res = await user.request(query, {});
      expect(res.status, query).toBe(403);
      expect(res.data, query).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, query).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(res.errors?.[0]?.message, query).toBe(MESSAGE);
    }
    const mutation = await user.request(
      'mutation ($input: CorrectUnitDetailsInput!) { correctUnitDetails(input: $input) { id } }',
      { input: { id: randomUUID(), version: 1, address: 'Địa chỉ thử' } },
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');

    for (const path of [`/api/files/${randomUUID()}`, '/api/registers/directive-documents/2026.csv']) {
      const res = await api(user, path);
      expect(res.status, path).toBe(403);
      expect(res.body, path).toEqual({ code: 'PASSWORD_CHANGE_REQUIRED', message: MESSAGE });
    }

    expect(await user.code(CHANGE, { input: { currentPassword: TEMPORARY, newPassword: CHOSEN } })).toBeNull();
    // The same session goes on, now with everything its role allows.
    expect(await user.code('{ units { id } }')).toBeNull();
    expect((await api(user, '/api/registers/directive-documents/2026.csv')).status).toBe(200);
    expect(await user.code('mutation { signOut }')).toBeNull();
  });

  it('set by an administrator, it closes an existing account the same way', async () => {
    const users = await admin.request<{ users: { id: string; username: string }[] }>('{ users { id username } }');
    const userId = users.data?.users.find((u) => u.username === 'lanhdao')?.id;
    expect(await admin.code(RESET, { input: { userId, newPassword: TEMPORARY } })).toBeNull();
    const leader = await new GraphQLCaller(t.url).signIn('lanhdao', TEMPORARY);
    expect(await leader.code('{ visits(year: 2026) { id } }')).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await leader.code('mutation { signOut }')).toBeNull();
  });
});
