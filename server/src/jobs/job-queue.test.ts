import { describe, expect, it } from 'vitest';
import { inlineParameters } from './job-queue.js';

describe('inlineParameters (pg-boss statements on PGlite)', () => {
  it.each([
    ['strings are quoted and escaped', 'select $1', ["it's"], "select 'it''s'"],
    ['numbers and booleans stay bare', 'limit $1 offset $2 where $3', [5, 0, true], 'limit 5 offset 0 where true'],
    ['null and undefined are NULL', 'values ($1, $2)', [null, undefined], 'values (NULL, NULL)'],
    ['$10 is not $1 followed by 0', 'select $1, $10', [...Array.from({ length: 10 }, (_, i) => i + 1)], 'select 1, 10'],
    [
      'arrays become PostgreSQL arrays',
      'select unnest($1::uuid[])',
      [['a', 'b']],
      `select unnest('{"a","b"}'::uuid[])`,
    ],
    ['objects become JSON', 'select $1::jsonb', [{ a: 1 }], `select '{"a":1}'::jsonb`],
    ['a value holding $2 is not read again', 'select $1, $2', ['$2', 'x'], "select '$2', 'x'"],
  ])('%s', (_label, text, values, expected) => {
    expect(inlineParameters(text, values as unknown[])).toBe(expected);
  });
});
