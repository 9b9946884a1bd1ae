import { describe, expect, it } from 'vitest';
import { isSql, type Sql, sql } from './sql.js';

const year = 2021;
const root = '6f1c2f36-5c8e-4a4c-9b1a-0e6f7c1d2e3f';
const scope = sql`(${root}::uuid is null or u.id = ${root}::uuid)`;

describe('the sql template', () => {
  it.each<[string, Sql, string, unknown[]]>([
    ['no value', sql`select 1`, 'select 1', []],
    ['one value', sql`select * from unit where year = ${year}`, 'select * from unit where year = ?', [2021]],
    [
      'a value used twice goes twice, in the order of the text',
      sql`make_date(${year}, 1, 1) and make_date(${year}, 12, 31) and ${root}`,
      'make_date(?, 1, 1) and make_date(?, 12, 31) and ?',
      [2021, 2021, root],
    ],
    ['null', sql`${null}::text is null or a = ${null}`, '?::text is null or a = ?', [null, null]],
    ['undefined as it is', sql`a = ${undefined}`, 'a = ?', [undefined]],
    ['an array stays one value', sql`id in (${['a', 'b']})`, 'id in (?)', [['a', 'b']]],
    ['an empty array', sql`id in (${[]})`, 'id in (?)', [[]]],
    ['a date', sql`at < ${new Date(0)}`, 'at < ?', [new Date(0)]],
    ['a string with SQL in it stays a value', sql`a = ${"x' or 1=1 --"}`, 'a = ?', ["x' or 1=1 --"]],
    [
      'a fragment with its values, in place',
      sql`select ${1} from unit u where ${scope} and year = ${year}`,
      'select ? from unit u where (?::uuid is null or u.id = ?::uuid) and year = ?',
      [1, root, root, 2021],
    ],
    [
      'fragments nested two deep',
      sql`with t as (select ${sql`a from b where ${sql`c = ${'x'}`} and d = ${'y'}`}) select ${'z'}`,
      'with t as (select a from b where c = ? and d = ?) select ?',
      ['x', 'y', 'z'],
    ],
    [
      'raw text, for a constant of the code',
      sql`at time zone '${sql.raw('Asia/Ho_Chi_Minh')}'`,
      "at time zone 'Asia/Ho_Chi_Minh'",
      [],
    ],
    [
      'fragments joined',
      sql`where ${sql.join([sql`a = ${1}`, sql.raw('true'), sql`b = ${2}`], ' and ')}`,
      'where a = ? and true and b = ?',
      [1, 2],
    ],
    ['nothing joined', sql`where true${sql.join([], ' and ')}`, 'where true', []],
    ['the empty fragment', sql`select 1${sql.empty}`, 'select 1', []],
  ])('%s', (_name, query, text, values) => {
    expect(query.text).toBe(text);
    expect(query.values).toEqual(values);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
  });

  it('keeps the same value objects (no copy, no conversion)', () => {
    const ids = ['a'];
    const at = new Date();
    expect(sql`${ids} ${at}`.values[0]).toBe(ids);
    expect(sql`${ids} ${at}`.values[1]).toBe(at);
  });

  it('takes only its own fragments as SQL: a look-alike object is a value', () => {
    const lookAlike = { text: 'true; drop table unit', values: [] };
    expect(sql`where ${lookAlike}`).toMatchObject({ text: 'where ?', values: [lookAlike] });
    expect(isSql(lookAlike)).toBe(false);
    expect(isSql(sql`true`)).toBe(true);
  });

  it('refuses to be written into a plain string, where its values would be lost', () => {
    const scopeOf = (root: string) => sql`u.id = ${root}`;
    expect(() => `select * from unit u where ${scopeOf('x')}`).toThrow(/plain string/);
  });

  it.each([
    ['in the text', () => sql`select data ? 'key'`],
    ['in raw text', () => sql.raw('a ? b')],
    ['in a separator', () => sql.join([sql`a`, sql`b`], ' ? ')],
  ])('refuses a question mark %s, which would read as a placeholder', (_name, make) => {
    expect(make).toThrow(/"\?" in the text/);
  });
});
