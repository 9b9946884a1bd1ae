import { describe, expect, it } from 'vitest';
import {
  adaptDump,
  compareCounts,
  countsTable,
  migrationLevelProblem,
  targetContentsProblem,
  targetVersionProblem,
} from './move-rules.js';

describe('target version', () => {
  it.each([
    [150020, null],
    [170004, null],
    [180006, null],
    [140013, /PostgreSQL 14; Kỷ cương cần PostgreSQL 15 trở lên/],
    [120022, /PostgreSQL 12/],
    [Number.NaN, /PostgreSQL NaN/],
  ])('%s', (num, expected) => {
    const problem = targetVersionProblem(num);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('target contents', () => {
  it('accepts an empty database and names what a used one holds', () => {
    expect(targetContentsProblem([])).toBeNull();
    expect(targetContentsProblem(['table public.unit'])).toMatch(/không trống \(table public\.unit\).*not empty/);
    const many = Array.from({ length: 7 }, (_, i) => `table public.t${i}`);
    expect(targetContentsProblem(many)).toMatch(/t4, … \(7 in all\)/);
  });
});

describe('source migration level', () => {
  const known = ['M1', 'M2', 'M3'];
  it.each([
    [['M1', 'M2', 'M3'], null],
    [['M1', 'M2'], /1 migration chưa áp dụng, từ M3.*start the app once/],
    [[], /3 migration chưa áp dụng, từ M1/],
    [['M1', 'M2', 'M3', 'M4'], /mới hơn.*M4/],
  ])('%j', (applied, expected) => {
    const problem = migrationLevelProblem(applied, known);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('dump for the target', () => {
  const dump = "SET lock_timeout = 0;\nSET transaction_timeout = 0;\nSET client_encoding = 'UTF8';\n";
  it('drops transaction_timeout below PostgreSQL 17 only', () => {
    expect(adaptDump(dump, 15)).toBe("SET lock_timeout = 0;\nSET client_encoding = 'UTF8';\n");
    expect(adaptDump(dump, 17)).toBe(dump);
    expect(adaptDump(dump, 18)).toBe(dump);
  });
});

describe('counts', () => {
  it('names tables that differ or are on one side only', () => {
    const source = new Map([
      ['public.a', 3],
      ['public.b', 0],
      ['public.c', 5],
    ]);
    const target = new Map([
      ['public.a', 3],
      ['public.c', 4],
      ['public.d', 0],
    ]);
    expect(compareCounts(source, target)).toEqual([
      { table: 'public.b', source: 0, target: null },
      { table: 'public.c', source: 5, target: 4 },
      { table: 'public.d', source: null, target: 0 },
    ]);
    expect(compareCounts(source, new Map(source))).toEqual([]);
  });

  it('prints one line per table and the total', () => {
    const table = countsTable(
      new Map([
        ['public.visit', 60],
        ['public.app_user', 6],
      ]),
    );
    const lines = table.split('\n');
    expect(lines[2]).toMatch(/^public\.app_user\s+6$/);
    expect(lines[3]).toMatch(/^public\.visit\s+60$/);
    expect(lines.at(-1)).toMatch(/^2 bảng \/ tables\s+66$/);
  });
});
