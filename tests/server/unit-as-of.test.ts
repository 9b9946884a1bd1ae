import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitAsOfLoader } from '../../server/src/features/units/unit-as-of-loader.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The lists name a record's unit as it was on the record's day (issue 16, "records pin their time"), on
 * the reformed demo: Hạt Kiểm lâm huyện Cao Lộc became Hạt Kiểm lâm khu vực Cao Lộc on 01/07/2025 and
 * took in Hạt Kiểm lâm thành phố Lạng Sơn; Bắc Sơn's station went into the new Hữu Lũng area station.
 */

const CAO_LOC_2021 = 'Hạt Kiểm lâm huyện Cao Lộc';
const CAO_LOC_TODAY = 'Hạt Kiểm lâm khu vực Cao Lộc';
const CITY = 'Hạt Kiểm lâm thành phố Lạng Sơn';

interface AsOf {
  id: string;
  unitId: string;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  todayNames: string[];
}
interface ListedVisit {
  id: string;
  status: string;
  visitDate: string | null;
  plannedMonth: number | null;
  unit: { id: string; code: string; name: string };
  unitAsOf: AsOf;
}

const AS_OF = 'unitAsOf { id unitId code name validFrom validTo todayNames }';
const VISITS = `query ($year: Int) { visits(year: $year) { id status visitDate plannedMonth unit { id code name } ${AS_OF} } }`;

let t: TestApp;
let office: GraphQLCaller;

async function visitsOf(year: number): Promise<ListedVisit[]> {
  const res = await office.request<{ visits: ListedVisit[] }>(VISITS, { year });
  expect(res.errors).toBeUndefined();
  return res.data?.visits ?? [];
}

const ofUnit = (visits: ListedVisit[], code: string) => {
  const found = visits.filter((v) => v.unit.code === code);
  expect(found, code).toHaveLength(1);
  return found[0] as ListedVisit;
};

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
});
afterAll(async () => {
  await t?.close();
});

describe('Visit.unitAsOf in the office list', () => {
  it("a 2021 visit names the unit as it was, and says what it is today; the unit entry keeps today's name", async () => {
    const visit = ofUnit(await visitsOf(2021), 'HKL-CL');
    expect(visit.visitDate?.slice(0, 4)).toBe('2021');
    expect(visit.unit.name).toBe(CAO_LOC_TODAY);
    expect(visit.unitAsOf).toMatchObject({
      id: `${visit.unit.id}@2015-01-01`,
      unitId: visit.unit.id,
      code: 'HKL-CL',
      name: CAO_LOC_2021,
      validFrom: '2015-01-01',
      validTo: '2025-06-30',
      todayNames: [CAO_LOC_TODAY],
    });
  });

  it('a visit of this year (planned on the reformed structure) names the unit by its new name', async () => {
    const visit = ofUnit(await visitsOf(DEMO_YEAR), 'HKL-CL');
    expect(visit.status).toBe('PLANNED');
    expect(visit.unitAsOf).toMatchObject({
      id: `${visit.unit.id}@2025-07-01`,
      name: CAO_LOC_TODAY,
      validFrom: '2025-07-01',
      validTo: null,
      todayNames: [CAO_LOC_TODAY],
    });
  });

  it('a unit merged away is named as it was, and today by the unit that carries its work', async () => {
    const city = ofUnit(await visitsOf(2022), 'HKL-TP');
    expect(city.unitAsOf).toMatchObject({ name: CITY, validTo: '2025-06-30', todayNames: [CAO_LOC_TODAY] });
    // Planned in 2022, never made: named as the unit was in its plan year.
    const bacSon = ofUnit(await visitsOf(2022), 'HKL-BS');
    expect(bacSon.status).toBe('PLANNED');
    expect(bacSon.unitAsOf).toMatchObject({
      name: 'Hạt Kiểm lâm huyện Bắc Sơn',
      todayNames: ['Hạt Kiểm lâm khu vực Hữu Lũng'],
    });
  });

  it('a visit asked for alone names its unit as the list does', async () => {
    const listed = ofUnit(await visitsOf(2021), 'HKL-CL');
    const res = await office.request<{ visit: { unitAsOf: AsOf } }>(
      `query ($id: ID!) { visit(id: $id) { ${AS_OF} } }`,
      { id: listed.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.visit.unitAsOf).toEqual(listed.unitAsOf);
  });
});

describe('the other records that name a past unit', () => {
  it("a finding names its responsible unit as of its visit's day; the unit head sees it as for the visit", async () => {
    const head = await t.as('thutruong');
    const res = await head.request<{
      findings: {
        visitDate: string;
        responsibleUnit: { name: string };
        followingUnit: { name: string } | null;
        responsibleUnitAsOf: AsOf;
      }[];
    }>(
      `{ findings { visitDate responsibleUnit { name } followingUnit { name } responsibleUnitAsOf { name todayNames } } }`,
    );
    expect(res.errors).toBeUndefined();
    const followed = res.data?.findings.filter((f) => f.followingUnit !== null) ?? [];
    expect(followed.length).toBeGreaterThan(0);
    for (const finding of followed) {
      expect(finding.followingUnit?.name).toBe(CAO_LOC_TODAY);
      expect(finding.responsibleUnitAsOf).toEqual({ name: CITY, todayNames: [CAO_LOC_TODAY] });
    }
  });

  it("the unit head's visits name the unit each visit was of: their own station's, and the city's it follows", async () => {
    const head = await t.as('thutruong');
    const res = await head.request<{ myUnitVisits: { visitDate: string; unitAsOf: { name: string } }[] }>(
      '{ myUnitVisits { visitDate unitAsOf { name } } }',
    );
    expect(res.errors).toBeUndefined();
    const named = (res.data?.myUnitVisits ?? []).map((v) => [v.visitDate.slice(0, 4), v.unitAsOf.name]);
    expect(named).toContainEqual(['2021', CAO_LOC_2021]);
    expect(named).toContainEqual(['2022', CITY]);
  });

  it("a plan's lines name their units as of their visits", async () => {
    const plans = await office.request<{ inspectionPlans: { id: string; year: number }[] }>(
      '{ inspectionPlans { id year } }',
    );
    const plan2021 = plans.data?.inspectionPlans.find((p) => p.year === 2021);
    expect(plan2021).toBeDefined();
    const res = await office.request<{
      inspectionPlan: { lines: { unit: { code: string; name: string }; unitAsOf: { name: string } }[] };
    }>('query ($id: ID!) { inspectionPlan(id: $id) { lines { unit { code name } unitAsOf { name } } } }', {
      id: plan2021?.id,
    });
    expect(res.errors).toBeUndefined();
    const caoLoc = res.data?.inspectionPlan.lines.find((l) => l.unit.code === 'HKL-CL');
    expect(caoLoc).toEqual({ unit: { code: 'HKL-CL', name: CAO_LOC_TODAY }, unitAsOf: { name: CAO_LOC_2021 } });
  });
});

describe('UnitAsOfLoader', () => {
  it('reads the units of a whole list in one query, whatever its length', async () => {
    const visits = [...(await visitsOf(2021)), ...(await visitsOf(2022))];
    expect(visits.length).toBeGreaterThan(30);
    const em = t.app.orm.em.fork() as EntityManager;
    // Every query takes a connection of the ORM's pool, through em.execute or straight (readRows). On
    // PGlite the background jobs (pg-boss) share that pool and may poll meanwhile (stop 29 counted 2),
    // so only the connections asked for in the loader's own async context are counted.
    const pool = em.getKnex().client as { acquireConnection: () => Promise<unknown> };
    const acquire = pool.acquireConnection;
    const loading = new AsyncLocalStorage<true>();
    let queries = 0;
    pool.acquireConnection = function (this: unknown) {
      if (loading.getStore()) queries++;
      return acquire.call(this);
    };
    try {
      const loader = UnitAsOfLoader.of(em);
      const named = await loading.run(true, () =>
        Promise.all(visits.map((v) => loader.load({ unitId: v.unit.id, visitId: v.id }))),
      );
      expect(named.map((n) => n.name)).toEqual(visits.map((v) => v.unitAsOf.name));
      expect(named.map((n) => n.todayNames)).toEqual(visits.map((v) => v.unitAsOf.todayNames));
    } finally {
      pool.acquireConnection = acquire;
    }
    // One query: the records' dates, the units, their versions, and (merged stations) the changes and
    // the units they touched, which carry the merged stations' work.
    expect(queries).toBe(1);
  });
});
