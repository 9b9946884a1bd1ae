import { JsonProperty, RawQueryFragment } from '@mikro-orm/core';
import { knex, PostgreSqlPlatform } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type BoundQuery, bindParameters } from './bound-parameters.js';

const platform = new PostgreSqlPlatform();
// Compiles only (no connection is opened): knex's own reading of `?` and `\?` in the bound text.
const pgKnex = knex({ client: 'pg' });
afterAll(() => pgKnex.destroy());

/** The bound query inlined again with MikroORM's quoting: must be what `formatQuery` makes of the original. */
function inlined(bound: BoundQuery): string {
  let i = 0;
  return bound.sql.replace(/\\\?|\?/g, (m) => (m === '\\?' ? '?' : platform.quoteValue(bound.values[i++])));
}

/** What knex sends to `pg` for the bound query: the text with `$n` and the values. */
function native(bound: BoundQuery) {
  const { sql, bindings } = pgKnex
    .raw(bound.sql, bound.values as never[])
    .toSQL()
    .toNative();
  return { sql, bindings };
}

const jsonArray = Object.defineProperty(['a', 1], JsonProperty, { value: true });

describe('bindParameters: the values apart, with the meaning formatQuery gives them inlined', () => {
  it.each<[string, string, unknown[], string, unknown[]]>([
    [
      'plain values',
      'select ? as a, ? as b, ? as c',
      ['x', 1, true],
      'select $1 as a, $2 as b, $3 as c',
      ['x', 1, true],
    ],
    [
      'text that would need quoting inlined',
      'where a = ? or a = ? or a = ? or a = ? or a = ?',
      ["it's", 'a\\b', 'what?', '$1', 'Sở Nông nghiệp 🌾'],
      'where a = $1 or a = $2 or a = $3 or a = $4 or a = $5',
      ["it's", 'a\\b', 'what?', '$1', 'Sở Nông nghiệp 🌾'],
    ],
    ['null and undefined', 'values (?, ?)', [null, undefined], 'values ($1, $2)', [null, null]],
    ['a missing value is null, as inlined', 'values (?, ?)', ['a'], 'values ($1, $2)', ['a', null]],
    [
      'identifiers stay inlined',
      'select ?? from t where ?? = ?',
      ['a.b', 'c', 5],
      'select "a"."b" from t where "c" = $1',
      [5],
    ],
    ['a query that starts with a value', '? = 1', [1], '$1 = 1', [1]],
    ['a query that starts with an identifier', '?? = ?', ['id', 1], '"id" = $1', [1]],
    ['an escaped question mark', "select j \\? 'k', ? from t", ['v'], "select j ? 'k', $1 from t", ['v']],
    ['a question mark right after an escaped one is text', "select ?, j \\?? 'k'", [1], "select $1, j ?? 'k'", [1]],
    [
      'an array is a list',
      'where id in (?) and n = ?',
      [['a', 'b', 'c'], 2],
      'where id in ($1, $2, $3) and n = $4',
      ['a', 'b', 'c', 2],
    ],
    ['nested arrays flatten, as PostgreSqlPlatform.escape', 'in (?)', [[1, [2, 3]]], 'in ($1, $2, $3)', [1, 2, 3]],
    ['a plain object is its JSON', 'set j = ?', [{ a: [1, 'x'] }], 'set j = $1', ['{"a":[1,"x"]}']],
    ['a JSON property array is its JSON', 'set j = ?', [jsonArray], 'set j = $1', ['["a",1]']],
    ['a bigint', 'limit ?', [12n], 'limit $1', ['12']],
    [
      'a raw fragment is spliced in with its values',
      'select ? as x, ? as y',
      [new RawQueryFragment('lower(?)', ['ÂB']), 'z'],
      'select lower($1) as x, $2 as y',
      ['ÂB', 'z'],
    ],
  ])('%s', (_name, sql, params, text, values) => {
    const bound = bindParameters(platform, sql, params);
    if (!bound) throw new Error('not bound');
    expect(native(bound)).toEqual({ sql: text, bindings: values });
    expect(inlined(bound)).toBe(platform.formatQuery(sql, params));
  });

  it('a Date as the platform writes it, a Buffer as bytes', () => {
    const at = new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 7));
    const bytes = Buffer.from([0, 1, 0xff]);
    const bound = bindParameters(platform, 'values (?, ?)', [at, bytes]);
    if (!bound) throw new Error('not bound');
    expect(bound.values).toEqual([platform.formatDate(at), bytes]);
    expect(inlined(bound)).toBe(platform.formatQuery('values (?, ?)', [at, bytes]));
  });

  it.each<[string, string, unknown[]]>([
    ['no values', 'select 1', []],
    ['identifiers only', 'select ?? from t', ['a']],
    ['a backslash before an escaped question mark (knex would count two)', "select 'a\\\\?', ?", [1]],
    ['a typed array other than a Buffer', 'values (?)', [new Uint8Array([1])]],
    ['a function', 'values (?)', [() => 1]],
  ])('leaves the query to be inlined as before: %s', (_name, sql, params) => {
    expect(bindParameters(platform, sql, params)).toBeUndefined();
  });

  it('for any text of ?, backslashes, quotes and words, PostgreSQL gets what formatQuery would have inlined', () => {
    const sql = fc
      .array(
        fc.oneof(
          { arbitrary: fc.constant('?'), weight: 6 },
          { arbitrary: fc.constantFrom('??', '\\', '\\?', "'", '"', ' a ', 'é', '(', ')'), weight: 9 },
        ),
        { maxLength: 14 },
      )
      .map((parts) => parts.join(''));
    // No `$` in the values: an identifier (`??`) stays in the text, where `$n` is read as a placeholder below.
    const string = fc.string().map((text) => text.replaceAll('$', 's'));
    const value = fc.oneof(
      string,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(string, fc.integer()), { maxLength: 3 }),
      fc.dictionary(string, string, { maxKeys: 2 }),
    );
    let boundRuns = 0;
    fc.assert(
      fc.property(sql, fc.array(value, { minLength: 1, maxLength: 6 }), (text, params) => {
        let expected: string;
        try {
          expected = platform.formatQuery(text, params);
        } catch {
          // An identifier that is not one (a missing or null parameter for ??): refused both ways.
          expect(() => bindParameters(platform, text, params)).toThrow();
          return;
        }
        const bound = bindParameters(platform, text, params);
        if (!bound) return;
        boundRuns++;
        const sent = native(bound);
        expect(sent.bindings).toEqual(bound.values);
        const inlinedAgain = sent.sql.replace(/\$(\d+)/g, (_, n: string) =>
          platform.quoteValue(bound.values[Number(n) - 1]),
        );
        expect(inlinedAgain).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: about a third of the texts are bound (the others have a backslash next to a `?`, no
    // value, or a `??` without an identifier).
    expect(boundRuns).toBeGreaterThan(600);
  });
});
