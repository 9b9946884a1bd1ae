import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverage } from '../../server/src/features/rollup/coverage.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('coverage of a year', () => {
  it(`has every unit of the demo department inspected in 2021, and none yet in ${DEMO_YEAR}`, async () => {
    const em = t.app.orm.em.fork();
    // The subordinate units of 2021, those merged in 2025 included and those made in 2025 not.
    const units = await t.sql<{ n: string }>(
      `select count(*) as n from unit where parent_id is not null
        and active_from <= '2021-12-31' and (active_to is null or active_to >= '2021-01-01')`,
    );
    const y2021 = await coverage(em, 2021);
    expect(y2021.inScope).toBe(Number(units[0]?.n));
    expect(y2021.inspected).toBe(y2021.inScope);
    expect(y2021.ratio).toBe(1);
    const yNow = await coverage(em, DEMO_YEAR);
    expect(yNow.inspected).toBe(0);
    expect(yNow.units.every((u) => !u.inspected)).toBe(true);
  });

  it('counts a unit closed before the year out of scope, and one opened in the year in', async () => {
    await t.sql(`update unit set active_to = '2020-12-31' where code = 'CCTL'`);
    await t.sql(`update unit set active_from = '2021-11-01' where code = 'CCPTNT'`);
    const em = t.app.orm.em.fork();
    const y2021 = await coverage(em, 2021);
    expect(y2021.units.map((u) => u.code)).not.toContain('CCTL');
    expect(y2021.units.map((u) => u.code)).toContain('CCPTNT');
    const kiemLam = await t.sql<{ id: string }>(`select id from unit where code = 'CCKL'`);
    const subtree = await coverage(em, 2021, kiemLam[0]?.id ?? null);
    expect(subtree.units.length).toBeGreaterThan(5);
    // domain.md: a roll-up over a sub-tree includes the unit at its root.
    expect(subtree.units.map((u) => u.code)).toContain('CCKL');
    expect(subtree.units.every((u) => u.code === 'CCKL' || u.code.startsWith('HKL'))).toBe(true);
  });

  it("runs the server's queries without JIT compiling (1-2 s of the roll-up at 1.2 million answers)", async () => {
    // pg_jit_available(): a JIT provider is loaded and `jit` is on; PGlite has no provider to load.
    const rows = await t.sql<{ jit: boolean }>('select pg_jit_available() as jit');
    expect(rows[0]?.jit).toBe(false);
  });
});
