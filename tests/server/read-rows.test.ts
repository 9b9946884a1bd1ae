import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/src/common/sql.js';
import { numberedPlaceholders, readRows, statementName } from '../../server/src/db/read-path/read-rows.js';
import { AuthService } from '../../server/src/features/auth/auth.service.js';
import { Role } from '../../server/src/features/users/role.js';
import { User } from '../../server/src/features/users/user.entity.js';
import { GraphQLRequestContext } from '../../server/src/graphql/context.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The hot reads (the session of every request, the visit lists) go to a pooled connection with their
 * parameters apart from the text, and the signed-in user entity is mapped only when a resolver asks.
 */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('numberedPlaceholders', () => {
  it.each([
    ['select 1', 0, 'select 1'],
    ['select ? as a', 1, 'select $1 as a'],
    ['where a = ? and b = ? or c = ?', 3, 'where a = $1 and b = $2 or c = $3'],
  ])('%s with %i parameters', (sql, count, expected) => {
    expect(numberedPlaceholders(sql, count)).toBe(expected);
  });

  it('refuses a query whose placeholders do not match its parameters', () => {
    expect(() => numberedPlaceholders('select ?', 2)).toThrow(/1 placeholders for 2 parameters/);
    expect(() => numberedPlaceholders('select ?, ?', 1)).toThrow(/2 placeholders for 1 parameters/);
  });
});

describe('statementName', () => {
  it('gives a text the same name every time, another text another name, within PostgreSQL names', () => {
    const a = 'select $1::int as n';
    expect(statementName(a)).toBe(statementName(`${a}`));
    expect(statementName(a)).not.toBe(statementName('select $1::int as m'));
    expect(statementName(a)).toMatch(/^read_[A-Za-z0-9_-]{32}$/);
    // PostgreSQL keeps 63 bytes of a name: two names must differ within them.
    expect(statementName(a).length).toBeLessThanOrEqual(63);
  });
});

describe('readRows', () => {
  const SQL = `select u.username, u.role, u.active, u.created_at, ?::int + 1 as next, ?::text as label, ? as nothing
    from app_user u where u.username = ?`;

  it('reads the same rows and types as em.execute', async () => {
    const em = t.app.orm.em.fork();
    const params = [41, 'nhãn tiếng Việt', null, 'vanphong'];
    const direct = await readRows<Record<string, unknown>>(em, { text: SQL, values: params });
    const executed = await em.execute<Record<string, unknown>[]>(SQL, params);
    expect(direct).toHaveLength(1);
    expect(direct).toEqual(executed);
    expect(direct[0]).toMatchObject({ username: 'vanphong', role: Role.OFFICE, active: true, next: 42 });
    expect(direct[0]?.label).toBe('nhãn tiếng Việt');
    // As the ORM configures the driver: timestamps come as text, which the entity mapping reads.
    expect(Date.parse(String(direct[0]?.created_at))).toBeGreaterThan(0);
  });

  it('sends bound parameters on PostgreSQL only; the embedded database keeps em.execute', async () => {
    const em = t.app.orm.em.fork();
    let executed = 0;
    const execute = em.execute.bind(em);
    em.execute = ((...args: Parameters<typeof em.execute>) => {
      executed++;
      return execute(...args);
    }) as typeof em.execute;
    const rows = await readRows<{ n: number }>(em, sql`select ${7}::int as n`);
    expect(rows).toEqual([{ n: 7 }]);
    // PGlite serves all connections from one session, message by message: two connections' unnamed
    // prepared statements would overwrite each other there.
    expect(executed).toBe(t.app.database.kind === 'pglite' ? 1 : 0);
  });

  it('on PostgreSQL prepares a text once on each connection, under its name; PGlite prepares none', async () => {
    const em = t.app.orm.em.fork();
    const query = (i: number) => sql`select ${i}::int + 0 as prepared_once`;
    const text = numberedPlaceholders(query(0).text, 1);
    // Twice the pool's connections at once: every connection of the pool runs it at least once.
    const reads = Array.from({ length: 2 * t.app.database.poolSize }, (_, i) =>
      readRows<{ prepared_once: number }>(em, query(i)),
    );
    expect((await Promise.all(reads)).map((r) => r[0]?.prepared_once)).toEqual(reads.map((_, i) => i));
    // Asked on whichever connection: each one holds the statement, prepared from the same text. PGlite's
    // reads go through em.execute, whose statements are unnamed (see the test above).
    const expected = t.app.database.kind === 'pglite' ? [] : [{ statement: text }];
    for (let i = 0; i < 3; i++) {
      const held = await readRows<{ statement: string }>(
        em,
        sql`select statement from pg_prepared_statements where name = ${statementName(text)}`,
      );
      expect(held).toEqual(expected);
    }
  });

  it('inside a transaction reads through it, and sees what it has written', async () => {
    await t.app.orm.em
      .fork()
      .transactional(async (tx) => {
        await tx.execute(`update app_user set full_name = ? where username = ?`, ['Tên tạm trong giao dịch', 'admin']);
        const [row] = await readRows<{ full_name: string }>(
          tx,
          sql`select full_name from app_user where username = ${'admin'}`,
        );
        expect(row?.full_name).toBe('Tên tạm trong giao dịch');
        throw new Error('roll back');
      })
      .catch((err: Error) => expect(err.message).toBe('roll back'));
    const [after] = await readRows<{ full_name: string }>(
      t.app.orm.em.fork(),
      sql`select full_name from app_user where username = ${'admin'}`,
    );
    expect(after?.full_name).not.toBe('Tên tạm trong giao dịch');
  });

  it('gives its connection back to the pool, also when the query fails', async () => {
    const em = t.app.orm.em.fork();
    // Far more reads than the pool has connections: a leaked connection would stall them.
    for (let i = 0; i < 30; i++) {
      await expect(readRows(em, sql`select * from no_such_table where id = ${i}`)).rejects.toThrow(/no_such_table/);
    }
    const rows = await Promise.all(
      Array.from({ length: 30 }, (_, i) => readRows<{ n: number }>(em, sql`select ${i}::int as n`)),
    );
    expect(rows.map((r) => r[0]?.n)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});

describe('the signed-in user of a GraphQL request', () => {
  /** How many User entities the request's EntityManager holds. */
  const usersMapped = (em: ReturnType<TestApp['app']['orm']['em']['fork']>) =>
    em
      .getUnitOfWork()
      .getIdentityMap()
      .values()
      .filter((e) => e instanceof User).length;

  async function contextOf(username: string) {
    const caller = await t.as(username);
    const token = decodeURIComponent(caller.cookie?.split('=')[1] ?? '');
    const em = t.app.orm.em.fork();
    const session = await new AuthService(em, t.config).resolveSession(token);
    expect(session).not.toBeNull();
    const ctx = new GraphQLRequestContext(em, session, {} as never, {} as never, t.config, t.app.logger, t.app.jobs);
    return { ctx, em };
  }

  it('has the viewer at once and maps the user entity only when it is read, once', async () => {
    const { ctx, em } = await contextOf('kiemtra');
    expect(ctx.viewer?.role).toBe(Role.INSPECTOR);
    expect(usersMapped(em)).toBe(0);
    const user = ctx.user;
    expect(user).toBeInstanceOf(User);
    expect(user?.id).toBe(ctx.viewer?.id);
    expect(user?.username).toBe('kiemtra');
    expect(ctx.user).toBe(user);
    expect(usersMapped(em)).toBe(1);
  });

  it('stays lazy through the copy Apollo makes of the context for each operation', async () => {
    const { ctx, em } = await contextOf('thutruong');
    // Apollo Server's cloneObject: a new object of the same prototype with the own properties.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx)), ctx) as GraphQLRequestContext;
    expect(usersMapped(em)).toBe(0);
    expect(copy.viewer).toEqual(ctx.viewer);
    expect(copy.viewer?.role).toBe(Role.UNIT_HEAD);
    expect(copy.viewer?.unitId).toEqual(expect.any(String));
    expect(copy.user?.unit?.id).toBe(copy.viewer?.unitId);
    expect(ctx.user).toBe(copy.user);
  });
});
