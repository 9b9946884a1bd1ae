import { randomUUID } from 'node:crypto';
import { type DocumentNode, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DashboardRollupDocument,
  FieldVisitDocument,
  FindingsCountsDocument,
  FindingsListDocument,
  MeDocument,
  MyVisitsDocument,
  PlansListDocument,
  PlansTeamsDocument,
  ReviewAuditTrailDocument,
  ReviewVisitDocument,
  ReviewVisitsDocument,
  UnitsDocument,
  UserPageDocument,
} from '../../client/src/apollo/generated/graphql.js';
import { COMPILE_AFTER_RUNS, compiledExecutionStats } from '../../server/src/graphql/compiled-execution.js';
import { type GraphQLCaller, type GraphQLResponse, startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The server runs a document through graphql-js the first time and through graphql-jit (compiled)
 * afterwards (server/src/graphql/compiled-execution.ts). Both must answer exactly alike: the same data
 * in the same order, the same errors with the same codes, messages and paths, the same HTTP status.
 * Each case sends the same request several times and compares every answer with the first.
 */

let t: TestApp;
let office: GraphQLCaller;
let inspector: GraphQLCaller;
let unitHead: GraphQLCaller;
let leadership: GraphQLCaller;
let admin: GraphQLCaller;
let visitId: string;
let approvedVisitId: string;

const RUNS = COMPILE_AFTER_RUNS + 2;

async function sameEveryRun(
  caller: GraphQLCaller,
  document: DocumentNode | string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse> {
  const query = typeof document === 'string' ? document : print(document);
  const answers: GraphQLResponse[] = [];
  const compiledBefore = compiledExecutionStats.compiledRuns;
  for (let run = 0; run < RUNS; run++) answers.push(await caller.request(query, variables));
  // The first runs of a document go through graphql-js and the later ones through its compiled query
  // (a document already sent in an earlier case is compiled from its first run here), unless a
  // variable was refused, which graphql-js checks before anything runs.
  const compiledRuns = compiledExecutionStats.compiledRuns - compiledBefore;
  if (answers[0]?.status === 400) expect(compiledRuns).toBe(0);
  else expect(compiledRuns).toBeGreaterThanOrEqual(RUNS - COMPILE_AFTER_RUNS);
  const [first, ...rest] = answers as [GraphQLResponse, ...GraphQLResponse[]];
  for (const later of rest) expect(later).toEqual(first);
  return first;
}

beforeAll(async () => {
  t = await startTestApp();
  [office, inspector, unitHead, leadership, admin] = await Promise.all(
    ['vanphong', 'kiemtra', 'thutruong', 'lanhdao', 'admin'].map((u) => t.as(u)),
  );
  const [started] = await t.sql<{ id: string }>(
    `select v.id from visit v where v.template_version_id is not null
       and exists (select 1 from team_member m join app_user u on u.id = m.user_id
                   where m.team_id = v.team_id and u.username = 'kiemtra')
     order by v.id limit 1`,
  );
  const [approved] = await t.sql<{ id: string }>(`select id from visit where status = 'APPROVED' order by id limit 1`);
  if (!started || !approved) throw new Error('the demo data has no started or approved visit');
  visitId = started.id;
  approvedVisitId = approved.id;
});

afterAll(async () => {
  await t?.close();
});

describe('compiled execution answers as graphql-js does', () => {
  it('lists, details and roll-ups for each role', async () => {
    const phone = await sameEveryRun(inspector, MyVisitsDocument);
    expect(phone.errors).toBeUndefined();
    expect((phone.data as { myVisits: unknown[] }).myVisits.length).toBeGreaterThan(0);

    const visit = await sameEveryRun(inspector, FieldVisitDocument, { id: visitId });
    expect(visit.errors).toBeUndefined();
    expect((visit.data as { visit: { id: string } }).visit.id).toBe(visitId);

    for (const filter of [{}, { year: 2021 }, { year: 2021, status: 'APPROVED' }, { search: 'kiem lam' }]) {
      const list = await sameEveryRun(office, ReviewVisitsDocument, { filter, first: 20, offset: 20 });
      expect(list.errors).toBeUndefined();
      expect((list.data as { visitPage: { items: unknown[] } }).visitPage.items.length).toBeGreaterThan(0);
    }
    expect((await sameEveryRun(office, ReviewVisitDocument, { id: approvedVisitId })).errors).toBeUndefined();
    expect(
      (await sameEveryRun(office, ReviewAuditTrailDocument, { entityId: approvedVisitId })).errors,
    ).toBeUndefined();
    expect((await sameEveryRun(office, FindingsListDocument, {})).errors).toBeUndefined();
    expect((await sameEveryRun(unitHead, FindingsCountsDocument, {})).errors).toBeUndefined();
    expect((await sameEveryRun(office, PlansListDocument, { year: 2021 })).errors).toBeUndefined();
    expect((await sameEveryRun(office, PlansTeamsDocument, { year: 2021 })).errors).toBeUndefined();
    expect((await sameEveryRun(office, UnitsDocument, {})).errors).toBeUndefined();
    expect(
      (await sameEveryRun(admin, UserPageDocument, { filter: { q: 'kiem' }, first: 20, offset: 0 })).errors,
    ).toBeUndefined();
    expect((await sameEveryRun(unitHead, MeDocument)).errors).toBeUndefined();
    const rollup = await sameEveryRun(leadership, DashboardRollupDocument, { year: 2021 });
    expect(rollup.errors).toBeUndefined();
  });

  it('the same refusals: codes, Vietnamese messages, paths and HTTP status', async () => {
    const missing = await sameEveryRun(inspector, FieldVisitDocument, { id: randomUUID() });
    expect(missing.errors?.[0]?.extensions?.code).toBe('VISIT_NOT_FOUND');
    expect(missing.errors?.[0]?.path).toEqual(['visit']);

    const forbidden = await sameEveryRun(inspector, ReviewVisitsDocument, { filter: { year: 2021 }, first: 20 });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const anonymous = await sameEveryRun(t.caller(), MyVisitsDocument);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const wrongPassword = await sameEveryRun(t.caller(), 'mutation ($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { username: 'khong-co-ai', password: 'sai-mat-khau-123' },
    });
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');

    const badVariable = await sameEveryRun(office, ReviewVisitsDocument, { filter: { year: 'hai nghìn' }, first: 20 });
    expect(badVariable.status).toBe(400);
    expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the visit lists read only the columns asked for', () => {
  /**
   * Every field of a visit, in two halves, and the office's list paged (there are 23 visits in 2021): a
   * list asking all of them at once costs more than the query cost limit allows (each list counts its
   * page or assumed size), so the comparison is made per half.
   */
  const EVERY_FIELD_PARTS = [
    `id status startedAt startLatitude startLongitude visitDate
    attendees { name position side } conclusion returnComment submittedAt approvedAt version plannedMonth canEdit
    unit { id code name kind parentId address latitude longitude activeFrom activeTo active version }`,
    `id team { id year name decisionNumber decisionDate members { role user { id username } } }
    progress { answered total groups { groupId answered total } } templateVersion { id }`,
  ];
  const EVERY_FIELD = EVERY_FIELD_PARTS[0];

  it('a list asking every field answers each row as the visit itself does', async () => {
    for (const fields of EVERY_FIELD_PARTS) {
      for (const [caller, list] of [
        [office, `visits(year: 2021, first: 30) { ${fields} }`],
        [inspector, `myVisits { ${fields} }`],
      ] as const) {
        const res = await caller.request<Record<string, Record<string, unknown>[]>>(`{ ${list} }`);
        expect(res.errors).toBeUndefined();
        const rows = Object.values(res.data ?? {})[0] ?? [];
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows.slice(0, 25)) {
          const one = await caller.request<{ visit: Record<string, unknown> }>(
            `query ($id: ID!) { visit(id: $id) { ${fields} } }`,
            { id: row.id },
          );
          expect(one.errors).toBeUndefined();
          expect(row).toEqual(one.data?.visit);
        }
      }
    }
  });

  it.each([
    ['unit { active }', 'team { year }'],
    ['unit { parentId kind __typename }', 'team { members { role } }'],
    ['unit { name activeTo }', 'team { decisionDate decisionNumber __typename }'],
    ['... on Visit { unit { code } }', '...T'],
  ])('a list asking %s and %s of the unit and team answers them as the visit does', async (unit, team) => {
    const fields = `id ${unit} ${team}`;
    const fragment = team === '...T' ? ' fragment T on Visit { team { name } }' : '';
    const res = await office.request<{ visits: Record<string, unknown>[] }>(
      `{ visits(year: 2021, first: 30) { ${fields} } }${fragment}`,
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data?.visits ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.slice(0, 10)) {
      const one = await office.request<{ visit: Record<string, unknown> }>(
        `query ($id: ID!) { visit(id: $id) { ${fields} } }${fragment}`,
        { id: row.id },
      );
      expect(one.errors).toBeUndefined();
      expect(row).toEqual(one.data?.visit);
    }
  });

  it('a plan line’s visit answers its unit, team and planned month as the visit itself does', async () => {
    const fields = `id status plannedMonth visitDate canEdit unit { id code name address active }
      team { id year name decisionNumber } progress { answered total }`;
    const plans = await office.request<{ inspectionPlans: { id: string }[] }>('{ inspectionPlans(year: 2021) { id } }');
    const res = await office.request<{ inspectionPlan: { lines: { visit: Record<string, unknown> | null }[] } }>(
      `query ($id: ID!) { inspectionPlan(id: $id) { lines { visit { ${fields} } } } }`,
      { id: plans.data?.inspectionPlans[0]?.id },
    );
    expect(res.errors).toBeUndefined();
    const visits = res.data?.inspectionPlan.lines.map((l) => l.visit) ?? [];
    expect(visits.length).toBeGreaterThan(0);
    for (const visit of visits.slice(0, 5)) {
      const one = await office.request<{ visit: Record<string, unknown> }>(
        `query ($id: ID!) { visit(id: $id) { ${fields} } }`,
        { id: visit?.id },
      );
      expect(one.errors).toBeUndefined();
      expect(visit).toEqual(one.data?.visit);
    }
  });

  it('progress counts read with the list (no groups asked) equal the visit’s own', async () => {
    const list = await inspector.request<{ myVisits: { id: string; progress: unknown }[] }>(
      '{ myVisits { id progress { answered total } } }',
    );
    expect(list.errors).toBeUndefined();
    const started = list.data?.myVisits.filter((v) => v.progress !== null) ?? [];
    expect(started.length).toBeGreaterThan(0);
    for (const row of list.data?.myVisits ?? []) {
      const one = await inspector.request<{ visit: { progress: unknown } }>(
        'query ($id: ID!) { visit(id: $id) { progress { answered total } } }',
        { id: row.id },
      );
      expect(row.progress).toEqual(one.data?.visit.progress);
    }
  });

  it('a list asking only ids gives the same visits in the same order', async () => {
    const full = await office.request<{ visits: { id: string }[] }>(
      `{ visits(year: 2021, first: 30) { ${EVERY_FIELD} } }`,
    );
    const ids = await office.request<{ visits: { id: string }[] }>('{ visits(year: 2021, first: 30) { id } }');
    const viaFragment = await office.request<{ visits: { id: string }[] }>(
      '{ visits(year: 2021, first: 30) { ...V } } fragment V on Visit { id unit { name } }',
    );
    expect(ids.data?.visits.map((v) => v.id)).toEqual(full.data?.visits.map((v) => v.id));
    expect(viaFragment.data?.visits.map((v) => v.id)).toEqual(full.data?.visits.map((v) => v.id));
    expect(viaFragment.errors).toBeUndefined();
  });
});
